import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { attributionLine, mergeAttributions, sourceIndex } from "../src/attribution/sources.ts";
import type { Attribution } from "../src/attribution/types.ts";
import { parseTxt } from "../src/corpus/parse.ts";

const SUN: Attribution = {
  source: "The Sun",
  citing: ["sources in the British government"],
  cue: "reports",
  hedges: ["probably"],
};
const OFFICIAL: Attribution = { source: "a senior official", citing: [], cue: "fears", hedges: ["fears"] };

describe("attributionLine", () => {
  it("names the source, whom it cites and the hedges", () => {
    expect(attributionLine([SUN])).toBe("The Sun, citing sources in the British government · hedged: probably");
  });

  it("is empty for a sentence in the article's own voice", () => {
    expect(attributionLine([])).toBe("");
  });

  it("joins several sources and gathers their hedges once", () => {
    expect(attributionLine([SUN, OFFICIAL, { ...SUN, hedges: ["may"] }])).toBe(
      "The Sun, citing sources in the British government; a senior official · hedged: probably, may, fears",
    );
  });
});

describe("mergeAttributions", () => {
  it("keeps one entry per source and citing, in order of first appearance, with every hedge", () => {
    const merged = mergeAttributions([[SUN], [OFFICIAL, { ...SUN, cue: "says", hedges: ["may"] }], []]);
    expect(merged).toEqual([{ ...SUN, hedges: ["probably", "may"] }, OFFICIAL]);
  });

  it("keeps the same source apart where it cites someone else, and leaves its input alone", () => {
    const other = { ...SUN, citing: ["a navy officer"] };
    const input = [[SUN], [{ ...SUN, hedges: ["allegedly"] }], [other]];
    expect(mergeAttributions(input).map((a) => a.citing)).toEqual([SUN.citing, other.citing]);
    expect(SUN.hedges).toEqual(["probably"]);
  });
});

describe("sourceIndex", () => {
  it("lists each source once, with the paragraphs it speaks in and everything it cites", () => {
    const article = parseTxt(
      "invented.txt",
      "invented",
      [
        "Ferry sinks off Port Elling",
        "",
        "The ferry sank at dawn, the Elling Gazette reports, citing harbour staff.",
        "",
        "All 40 passengers were rescued.",
        "",
        "Mayor Ana Kovač said the harbour would reopen. The Elling Gazette later reported, citing the coastguard, that the captain was arrested.",
        "",
        "“He will be charged,” Kovač said.",
        "",
      ].join("\n"),
    );
    expect(sourceIndex(article, attributeArticle(article))).toEqual([
      { source: "the Elling Gazette", paragraphs: [1, 3], citing: ["harbour staff", "the coastguard"] },
      { source: "Mayor Ana Kovač", paragraphs: [3, 4], citing: [] },
    ]);
  });
});
