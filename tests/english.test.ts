import { describe, expect, it } from "vitest";
import { readsAsEnglish } from "../src/text/english.ts";

describe("readsAsEnglish", () => {
  it.each([
    "What did Russia send to Libya?",
    "egypt isn't backing haftar",
    "How would one write T(n) = 7n2 + 15n + 40 in big O notation?",
    "Who said the crack is below the waterline?",
    "Haftar?",
    "https://news.example/2025/03/04/ferry-suspended",
    "<@123456789012345678> what did putin say about the bases",
  ])("reads %j as English", (text) => {
    expect(readsAsEnglish(text)).toBe(true);
  });

  it.each([
    "Qu'est-ce que la Russie a envoyé en Libye ?",
    "¿Cuántas personas murieron en el accidente?",
    "Wer hat gesagt, dass der Riss unter der Wasserlinie liegt?",
    "Quante persone sono morte nell'incidente?",
    "Hoeveel mensen zijn er omgekomen bij het ongeluk?",
    "Что Россия отправила в Ливию?",
    "俄罗斯向利比亚派遣了什么？",
  ])("reads %j as another language", (text) => {
    expect(readsAsEnglish(text)).toBe(false);
  });
});
