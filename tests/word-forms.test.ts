import { describe, expect, it } from "vitest";
import type { Attribution } from "../src/attribution/types.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import type { Article } from "../src/corpus/types.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { searchTerms, termsOf, tokenize } from "../src/text/analyzer.ts";
import { ask } from "./helpers/answer.ts";

/** No one says anything: these tests read ranking alone. */
function unattributed(article: Article): Attribution[][][] {
  return article.paragraphs.map((paragraph) => paragraph.sentences.map(() => []));
}

/** One word of the question, counted once in ranking however many of its forms a paragraph holds. */
const PORTS = `Navies abroad

Ostrava's navy keeps a fleet at home, and its sailors train on the coast.

Russia has opened naval bases in Varna and Burgas on Bulgaria's Black Sea coast.

Russia has also sent engineers, say sources in the Russian Defence Ministry and close to the Bulgarian government.

Shipping in the Black Sea has grown since the bases opened.`;

describe("a word's forms in ranking", () => {
  it("searches a people's adjective by its place's term, which the index gives both forms", () => {
    const [russian] = tokenize("Russian");
    expect(russian && searchTerms(russian)).toEqual(termsOf("Russia"));
    const [bases] = tokenize("bases");
    expect(bases && searchTerms(bases)).toEqual(termsOf("bases"));
  });

  it("gives a word one term in its British and American spellings and their forms", () => {
    expect(termsOf("colours")).toEqual(termsOf("color"));
    expect(termsOf("organising")).toEqual(termsOf("organized"));
    expect(termsOf("centre")).toEqual(termsOf("centers"));
    expect(termsOf("sobre")).not.toEqual(termsOf("sober"));
  });

  it("gives a plural the term of its singular where the singular is a verb's form", () => {
    expect(termsOf("buildings")).toEqual(termsOf("building"));
    expect(termsOf("killings")).toEqual(termsOf("killed"));
  });

  it("does not count a paragraph twice for holding a people's adjective and its place", () => {
    const index = buildIndex([parseTxt("ports.txt", "ports", PORTS)], unattributed);
    expect(ask(index, "Which Bulgarian cities have Russian bases?").results[0]?.paragraph).toBe(2);
  });
});
