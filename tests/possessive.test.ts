import { describe, expect, it } from "vitest";
import { ownedByOther, possessiveOf } from "../src/answer/possessive.ts";
import { tokenize } from "../src/text/analyzer.ts";

/** The question's possessive read as QuestionReading reads it, then tested against a text. */
function other(question: string, text: string): boolean {
  const possessive = possessiveOf(question);
  if (!possessive) throw new Error(`no possessive in ${question}`);
  const owner = new Set(possessive.owner.flatMap((token) => token.terms));
  const owned = new Set(possessive.owned.flatMap((token) => token.terms));
  return ownedByOther(tokenize(text), owner, owned);
}

describe("possessiveOf", () => {
  it("finds a name's possessive and the words it owns up to a stop word", () => {
    const found = possessiveOf("What did Iraq's acting PM call the strike?");
    expect(found?.owner.map((token) => token.surface)).toEqual(["Iraq's"]);
    expect(found?.owned.map((token) => token.surface)).toEqual(["acting", "PM"]);
    expect(possessiveOf("Who was Rollo's wife?")?.owned.map((token) => token.surface)).toEqual(["wife"]);
  });

  it("reads 'the Y of X' as X's Y where X looks like a name", () => {
    const found = possessiveOf("Who is the president of the United Arab Emirates?");
    expect(found?.owner.map((token) => token.surface)).toEqual(["United", "Arab", "Emirates"]);
    expect(found?.owned.map((token) => token.surface)).toEqual(["president"]);
    expect(possessiveOf("What is the speed of light?")).toBeUndefined();
  });

  it("reads no possessive of a word that is not a name", () => {
    expect(possessiveOf("What is the school's name?")).toBeUndefined();
    expect(possessiveOf("Who won the prize?")).toBeUndefined();
  });
});

describe("ownedByOther", () => {
  it("says a word is another's where a group's or another name's possessive stands before it", () => {
    expect(other("Who was Rollo's wife?", "The descendants of Rollo's Vikings and their Frankish wives settled.")).toBe(
      true,
    );
    expect(other("Who is the UAE's president?", "The UAE backed Egypt, whose president spoke.")).toBe(true);
    expect(other("Who is the president of Chad?", "Chad backed Egypt, whose president spoke.")).toBe(true);
    expect(other("Who was Karl's wife?", "Karl met Otto's wife in Paris.")).toBe(true);
  });

  it("says it is the owner's in the forms that relate them", () => {
    expect(other("Who was Rollo's wife?", "Rollo's wife was Poppa, though Otto's wife was not.")).toBe(false);
    expect(other("Who was Rollo's wife?", "Poppa, the wife of Duke Rollo, and their wives.")).toBe(false);
    expect(
      other(
        "What was Poland's capital?",
        "The capital of Lithuania and of the Kingdom of Poland, not Kraków's capital.",
      ),
    ).toBe(false);
    expect(other("Who was Rollo's wife?", "Rollo and his wife met their wives.")).toBe(false);
    expect(other("Who is Iraq's president?", "The Iraqi president met Egypt, whose president spoke.")).toBe(false);
  });

  it("does not decide where the text does not name the owner or does not say whose the word is", () => {
    expect(other("Who was Rollo's wife?", "Their wives came from Frankia.")).toBe(false);
    expect(other("Who was Rollo's wife?", "Rollo came with many wives.")).toBe(false);
    expect(
      other("What was Poland's capital?", "Kraków was the Polish capital, one of the Commonwealth's capitals."),
    ).toBe(false);
  });
});
