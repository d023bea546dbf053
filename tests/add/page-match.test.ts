import { describe, expect, it } from "vitest";
import { matchParagraphs, normalise } from "../../scripts/page-match.ts";

const GOLD = [
  "The council voted on Wednesday.",
  "“We will not put passengers on a boat,” she said.",
  "Repairs will take three weeks.",
  "A decision is due in May.",
];

describe("matching stored paragraphs with a reader's", () => {
  it("counts a paragraph right when it equals a gold one once white space and invisible characters are set aside", () => {
    expect(normalise("  The council\u00a0voted\n on Wednes\u00adday.\u200b ")).toBe("The council voted on Wednesday.");
    const match = matchParagraphs(["The council  voted on\nWednesday.", ...GOLD.slice(1)], GOLD);
    expect(match).toMatchObject({ stored: 4, gold: 4, right: 4, extras: [], misses: [] });
  });

  it("names what went wrong: a boundary lost, a piece, padding, text that is not the article's, a paragraph missing", () => {
    const stored = [
      `${GOLD[0]} ${GOLD[1]}`,
      "Repairs will take",
      `${GOLD[3]} Photo: Harbour Authority`,
      "SIGN UP FOR OUR NEWSLETTER",
    ];
    const match = matchParagraphs(stored, GOLD);
    expect(match.right).toBe(0);
    expect(match.extras.map((e) => e.kind)).toEqual(["merged", "part", "padded", "extra"]);
    expect(match.misses.map((m) => [m.index, m.kind])).toEqual([
      [0, "inside"],
      [1, "inside"],
      [2, "split"],
      [3, "inside"],
    ]);
    expect(matchParagraphs(GOLD.slice(0, 3), GOLD).misses).toEqual([{ index: 3, kind: "missing", text: GOLD[3] }]);
  });

  it("matches each gold paragraph once, so a paragraph stored twice counts once", () => {
    const match = matchParagraphs([GOLD[2] ?? "", GOLD[2] ?? ""], GOLD);
    expect(match.right).toBe(1);
    expect(match.extras).toEqual([{ index: 1, kind: "repeat", text: GOLD[2] }]);
  });
});
