import { describe, expect, it } from "vitest";
import { VERDICT } from "../src/answer/tuning.ts";
import type { Judged } from "../src/answer/verdict.ts";
import { replyOrder } from "../src/answer/verdict.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { sources } from "./helpers/answer.ts";

describe("replyOrder: a claim's passage that lacks its predicate comes after its article's passage that states it", () => {
  const candidate = (name: string, score: number, article = "a") => ({ name, score, article, extra: false });
  const order = (candidates: ReturnType<typeof candidate>[], verdicts: Record<string, Judged>) =>
    replyOrder("sources", candidates, (c) => verdicts[c.name] as Judged, VERDICT, 3);
  const verdicts: Record<string, Judged> = {
    lacks: { verdict: "near", lacksPredicate: true },
    plainly: { verdict: "supports", plainly: true },
    loosely: { verdict: "supports" },
  };

  it("moves it after a supporting passage that holds the predicate and the subject's head", () => {
    const reply = order([candidate("lacks", 9), candidate("plainly", 8)], verdicts);
    expect(reply.shown.map((p) => p.candidate.name)).toEqual(["plainly", "lacks"]);
    expect(reply.verdict).toBe("supports");
  });

  it("leaves it before a passage that supports the claim only in other words, or in another article", () => {
    expect(order([candidate("lacks", 9), candidate("loosely", 8)], verdicts).verdict).toBe("near");
    expect(order([candidate("lacks", 9), candidate("plainly", 8, "b")], verdicts).verdict).toBe("near");
  });
});

// The Press-Enterprise's story (eval/attribution/pages/corpus/pe-perris-shooting.md), its first paragraphs.
const PERRIS = `PERRIS: Woman ordered hit on father of her child, police say

After a man was shot four times in an exchange of gunfire near Perris, police at first thought it might have been a drug deal gone wrong.

But their focus quickly turned to the 20-year-old mother of the man’s child. She is now accused of orchestrating an attempt to kill him. The man survived his injuries.

Judy Avalos, of Perris, was arrested at the hospital where she was visiting her injured boyfriend the day after the Dec. 30 shooting.`;

const index = buildIndex([parseTxt("perris.txt", "perris", PERRIS)], attributeArticle);

describe("sources: a claim that says nothing past its verb is stated only where its verb is", () => {
  const answer = sources(index, "the man who was shot near Perris survived");

  it("does not take the paragraph that tells who the man is, without 'survived', for its source", () => {
    const first = answer.results.find((r) => r.paragraph === 1);
    expect(first).toMatchObject({ verdict: "near", missing: { words: ["survived"] } });
  });

  it("supports it by the next paragraph's 'The man survived', the shooting near Perris told just before", () => {
    expect(answer.verdict).toBe("supports");
    expect(answer.results[0]).toMatchObject({ paragraph: 2, verdict: "supports" });
    expect(answer.results[0]).not.toHaveProperty("plainly");
  });
});
