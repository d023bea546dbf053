import { describe, expect, it } from "vitest";
import { oppositesOf, type WordnetExcerpt } from "../scripts/opposites.ts";

/**
 * A hand-made excerpt of WordNet: the verb senses {confirm, corroborate, support, affirm} and {negate,
 * contradict} linked by "affirm" ! "negate"; the adjectives {strong} ! {weak}, with "brawny" and "hefty"
 * satellites of "strong" (`&`, both ways); and each word's senses by rank, as the index files order them.
 */
const EXCERPT: WordnetExcerpt = {
  synsets: new Map([
    ["v1", ["confirm", "corroborate", "support", "affirm"]],
    ["v2", ["negate", "contradict"]],
    ["v3", ["support", "back_up"]],
    ["a1", ["strong"]],
    ["a2", ["weak"]],
    ["a3", ["brawny"]],
    ["a4", ["hefty", "beefy_built"]],
  ]),
  pointers: [
    { symbol: "!", from: "v1", fromWord: 4, to: "v2", toWord: 1 },
    { symbol: "!", from: "v2", fromWord: 1, to: "v1", toWord: 4 },
    { symbol: "@", from: "v3", fromWord: 0, to: "v1", toWord: 0 },
    { symbol: "!", from: "a1", fromWord: 1, to: "a2", toWord: 1 },
    { symbol: "!", from: "a2", fromWord: 1, to: "a1", toWord: 1 },
    { symbol: "&", from: "a1", fromWord: 0, to: "a3", toWord: 0 },
    { symbol: "&", from: "a3", fromWord: 0, to: "a1", toWord: 0 },
    { symbol: "&", from: "a1", fromWord: 0, to: "a4", toWord: 0 },
    { symbol: "&", from: "a4", fromWord: 0, to: "a1", toWord: 0 },
  ],
  senseRanks: new Map([
    ["confirm", new Map([["v1", 1]])],
    ["corroborate", new Map([["v1", 1]])],
    // "support" is {support, back_up} first; confirming is its second sense.
    [
      "support",
      new Map([
        ["v3", 1],
        ["v1", 2],
      ]),
    ],
    ["affirm", new Map([["v1", 1]])],
    ["negate", new Map([["v2", 1]])],
    ["contradict", new Map([["v2", 2]])],
    ["strong", new Map([["a1", 1]])],
    ["weak", new Map([["a2", 1]])],
    ["brawny", new Map([["a3", 1]])],
    // Here "hefty" is mostly "heavy"; as a satellite of "strong", its second sense.
    [
      "hefty",
      new Map([
        ["r1", 1],
        ["a4", 2],
      ]),
    ],
    ["beefy_built", new Map([["a4", 1]])],
  ]),
};

const single = (word: string) => /^[a-z]+$/.test(word);
const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();

describe("oppositesOf", () => {
  it("keeps WordNet's own pairs, both ways, when nothing carries", () => {
    const opposite = oppositesOf(EXCERPT, { synonyms: new Set(), satellites: false, senses: 1 }, single);
    expect(sorted(opposite.get("affirm"))).toEqual(["negate"]);
    expect(sorted(opposite.get("negate"))).toEqual(["affirm"]);
    expect(opposite.get("confirm")).toBeUndefined();
    expect(sorted(opposite.get("strong"))).toEqual(["weak"]);
    expect(opposite.get("brawny")).toBeUndefined();
  });

  it("carries a verb's antonym to the words of both senses for which the sense is their commonest", () => {
    const opposite = oppositesOf(EXCERPT, { synonyms: new Set(["v"]), satellites: false, senses: 1 }, single);
    expect(sorted(opposite.get("confirm"))).toEqual(["negate"]);
    expect(sorted(opposite.get("negate"))).toEqual(["affirm", "confirm", "corroborate"]);
    // Confirming is only "support"'s second sense, and negating "contradict"'s second.
    expect(opposite.get("support")).toBeUndefined();
    expect(opposite.get("contradict")).toBeUndefined();
  });

  it("carries an adjective's antonym to its satellites in their commonest sense, against the antonym only", () => {
    const opposite = oppositesOf(EXCERPT, { synonyms: new Set(["v"]), satellites: true, senses: 1 }, single);
    expect(sorted(opposite.get("brawny"))).toEqual(["weak"]);
    expect(sorted(opposite.get("weak"))).toEqual(["brawny", "strong"]);
    expect(opposite.get("hefty")).toBeUndefined();
  });

  it("reaches further senses as the rank allows, and lists only the words `keep` keeps", () => {
    const opposite = oppositesOf(EXCERPT, { synonyms: new Set(["v"]), satellites: true, senses: 2 }, single);
    expect(sorted(opposite.get("support"))).toEqual(["contradict", "negate"]);
    expect(sorted(opposite.get("hefty"))).toEqual(["weak"]);
    expect(opposite.get("back_up")).toBeUndefined();
    expect(opposite.get("beefy_built")).toBeUndefined();
  });
});
