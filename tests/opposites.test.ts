import { describe, expect, it } from "vitest";
import { oppositesOf, stancesOf, type WordnetExcerpt } from "../scripts/opposites.ts";

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

/** The synset each word of `SIDES` is most often. */
const SIDE_KEYS: Record<string, number> = {
  approve: 10,
  back: 11,
  endorse: 11,
  champion: 12,
  criticize: 20,
  denounce: 21,
  condemn: 22,
  oppose: 23,
  second: 30,
};

/**
 * A hand-made excerpt of WordNet's verbs of taking sides: {approve} with the troponym {back, endorse}, and under
 * that {champion}; {criticize} with {denounce} and under it {condemn}; {oppose}; and {second} under both sides,
 * and {bless} under {approve} in its third sense only.
 */
const SIDES: WordnetExcerpt = {
  synsets: new Map([
    ["v10", ["approve"]],
    ["v11", ["back", "endorse"]],
    ["v12", ["champion"]],
    ["v20", ["criticize"]],
    ["v21", ["denounce"]],
    ["v22", ["condemn"]],
    ["v23", ["oppose"]],
    ["v30", ["second"]],
    ["v31", ["bless"]],
  ]),
  pointers: [
    { symbol: "@", from: "v11", fromWord: 0, to: "v10", toWord: 0 },
    { symbol: "@", from: "v12", fromWord: 0, to: "v11", toWord: 0 },
    { symbol: "@", from: "v21", fromWord: 0, to: "v20", toWord: 0 },
    { symbol: "@", from: "v22", fromWord: 0, to: "v21", toWord: 0 },
    { symbol: "@", from: "v30", fromWord: 0, to: "v10", toWord: 0 },
    { symbol: "@", from: "v30", fromWord: 0, to: "v20", toWord: 0 },
    { symbol: "@", from: "v31", fromWord: 0, to: "v10", toWord: 0 },
  ],
  senseRanks: new Map([
    ...["approve", "back", "endorse", "champion", "criticize", "denounce", "condemn", "oppose", "second"].map(
      (word) => [word, new Map([[`v${SIDE_KEYS[word]}`, 1]])] as const,
    ),
    ["bless", new Map([["v31", 3]])],
  ]),
};

const sides = (depth: number) =>
  stancesOf(SIDES, { seeds: { for: ["approve"], against: ["criticize", "oppose"] }, depth, senses: 1 }, single);

describe("stancesOf", () => {
  it("puts the seeds' commonest senses and their troponyms on the seeds' sides, as deep as the reach", () => {
    const two = sides(2);
    expect(["approve", "back", "endorse", "champion"].map((word) => two.get(word))).toEqual([
      "for",
      "for",
      "for",
      "for",
    ]);
    expect(["criticize", "denounce", "condemn", "oppose"].map((word) => two.get(word))).toEqual([
      "against",
      "against",
      "against",
      "against",
    ]);
    expect(sides(1).get("condemn")).toBeUndefined();
    expect(sides(1).get("denounce")).toBe("against");
  });

  it("leaves out a word reached from both sides, and one whose sense there is not among its commonest", () => {
    expect(sides(2).get("second")).toBeUndefined();
    expect(sides(2).get("bless")).toBeUndefined();
  });
});

/**
 * WordNet's accepting, by hand: "accept" is first {accept} "hold as true", with the troponym {believe}; second
 * {accept, take} "receive what is offered", opposed to {refuse, reject} and with the troponym {welcome}.
 */
const ACCEPTING: WordnetExcerpt = {
  synsets: new Map([
    ["v40", ["accept"]],
    ["v41", ["believe"]],
    ["v42", ["accept", "take"]],
    ["v43", ["refuse", "reject"]],
    ["v44", ["welcome"]],
    ["v45", ["bounce"]],
  ]),
  pointers: [
    { symbol: "@", from: "v41", fromWord: 0, to: "v40", toWord: 0 },
    { symbol: "!", from: "v42", fromWord: 1, to: "v43", toWord: 1 },
    { symbol: "!", from: "v43", fromWord: 1, to: "v42", toWord: 1 },
    { symbol: "@", from: "v44", fromWord: 0, to: "v42", toWord: 0 },
    { symbol: "@", from: "v45", fromWord: 0, to: "v43", toWord: 0 },
  ],
  senseRanks: new Map([
    [
      "accept",
      new Map([
        ["v40", 1],
        ["v42", 2],
      ]),
    ],
    ["believe", new Map([["v41", 1]])],
    ["refuse", new Map([["v43", 1]])],
    ["welcome", new Map([["v44", 1]])],
    ["bounce", new Map([["v45", 1]])],
  ]),
};

describe("stancesOf, seeds opposed to each other", () => {
  it("grows a seed from the sense WordNet opposes to the other side's seed, not from its commonest", () => {
    const taken = stancesOf(
      ACCEPTING,
      { seeds: { for: ["accept"], against: ["refuse"] }, depth: 1, senses: 1 },
      single,
    );
    expect(taken.get("welcome")).toBe("for");
    expect(taken.get("bounce")).toBe("against");
    expect(taken.get("believe")).toBeUndefined();
  });

  it("keeps the commonest sense of a seed the other side's seeds are not opposed to", () => {
    const taken = stancesOf(ACCEPTING, { seeds: { for: ["accept"], against: [] }, depth: 1, senses: 1 }, single);
    expect(taken.get("believe")).toBe("for");
    expect(taken.get("welcome")).toBeUndefined();
  });
});
