import { describe, expect, it } from "vitest";
import { relatedTerms } from "../src/answer/bridge.ts";
import { americanSpellings, isSpellingVariant } from "../src/answer/spelling-variants.ts";

describe("isSpellingVariant: British and American spellings of one word", () => {
  it("pairs the regular endings either way round", () => {
    expect(isSpellingVariant("centre", "center")).toBe(true);
    expect(isSpellingVariant("color", "colour")).toBe(true);
    expect(isSpellingVariant("organise", "organize")).toBe(true);
    expect(isSpellingVariant("defence", "defense")).toBe(true);
    expect(isSpellingVariant("catalogue", "catalog")).toBe(true);
  });

  it("does not pair other words, nor short ones that end alike", () => {
    expect(isSpellingVariant("centre", "middle")).toBe(false);
    expect(isSpellingVariant("centre", "centre")).toBe(false);
    expect(isSpellingVariant("ore", "or")).toBe(false);
    expect(isSpellingVariant("actor", "factor")).toBe(false);
  });
});

describe("relatedTerms: a word's family through its other spelling", () => {
  it("reaches the family WordNet links to the other spelling only", () => {
    // WordNet links "center", not "centre", to "central".
    expect(relatedTerms("centre").has("central")).toBe(true);
  });
});

describe("americanSpellings", () => {
  it("finds the American spelling inside an inflected or derived word", () => {
    expect(americanSpellings("colours")).toContain("colors");
    expect(americanSpellings("organised")).toContain("organized");
    expect(americanSpellings("centres")).toContain("centers");
    expect(americanSpellings("neighbourhood")).toContain("neighborhood");
  });

  it("leaves a word's first letters alone", () => {
    expect(americanSpellings("four")).toEqual([]);
    expect(americanSpellings("rise")).toEqual([]);
  });
});
