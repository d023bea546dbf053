import { describe, expect, it } from "vitest";
import { VERDICT } from "../src/answer/tuning.ts";
import type { Judged } from "../src/answer/verdict.ts";
import { replyOrder } from "../src/answer/verdict.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { sources } from "./helpers/answer.ts";

describe("replyOrder: a claim's passage that lacks its figure comes after its article's passage that supports it", () => {
  const candidate = (name: string, score: number, article = "a") => ({ name, score, article, extra: false });
  const order = (candidates: ReturnType<typeof candidate>[], verdicts: Record<string, Judged>) =>
    replyOrder("sources", candidates, (c) => verdicts[c.name] as Judged, VERDICT, 3);
  const verdicts: Record<string, Judged> = {
    lacks: { verdict: "near", lacksFigure: true },
    near: { verdict: "near" },
    supports: { verdict: "supports" },
    other: { verdict: "supports" },
  };

  it("moves it after the supporting passage, which then gives the reply its verdict", () => {
    const reply = order([candidate("lacks", 9), candidate("supports", 8)], verdicts);
    expect(reply.shown.map((p) => p.candidate.name)).toEqual(["supports", "lacks"]);
    expect(reply.verdict).toBe("supports");
  });

  it("leaves a near passage that gives the figure, and one whose article does not support the claim", () => {
    expect(order([candidate("near", 9), candidate("supports", 8)], verdicts).verdict).toBe("near");
    expect(order([candidate("lacks", 9), candidate("other", 8, "b")], verdicts).verdict).toBe("near");
  });
});

const COLLAPSE = `Magnitogorsk building collapses

A building collapsed in Magnitogorsk on Monday, and the Magnitogorsk building's residents lived through a night in the cold.

The 1973 block was home to over 1,000 people.`;

const index = buildIndex([parseTxt("collapse.txt", "collapse", COLLAPSE)], attributeArticle);

describe("sources: the passage that gives a claim's figure in other words comes first", () => {
  it("supports 'over a thousand people' with 'over 1,000 people', ranked below a passage without it", () => {
    const answer = sources(index, "over a thousand people lived in the Magnitogorsk building");
    expect(answer.verdict).toBe("supports");
    expect(answer.results[0]).toMatchObject({ paragraph: 2, verdict: "supports" });
    expect(answer.results[0]).not.toHaveProperty("lacksFigure");
  });
});
