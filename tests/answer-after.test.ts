import { describe, expect, it } from "vitest";
import { VERDICT } from "../src/answer/tuning.ts";
import type { Judged } from "../src/answer/verdict.ts";
import { answerAfter, replyOrder } from "../src/answer/verdict.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ask } from "./helpers/answer.ts";

interface P {
  candidate: { article: string; name: string };
  judged: Judged;
}

const passage = (name: string, article: string, verdict: Judged["verdict"], lacksOnlyAnswer = false): P => ({
  candidate: { article, name },
  judged: lacksOnlyAnswer ? { verdict, lacksOnlyAnswer: true } : { verdict },
});
const names = (passages: P[]) => answerAfter(passages).map((p) => p.candidate.name);

describe("answerAfter: a passage that lacks only what is asked comes after its article's answer", () => {
  it("moves it after the first answering passage of its article, keeping the order of those moved", () => {
    expect(
      names([
        passage("lacks1", "a", "near", true),
        passage("lacks2", "a", "near", true),
        passage("other", "b", "answers"),
        passage("answer", "a", "answers"),
        passage("later", "a", "answers"),
      ]),
    ).toEqual(["other", "answer", "lacks1", "lacks2", "later"]);
  });

  it("leaves it where only another article answers, and leaves a near passage that lacks more", () => {
    expect(names([passage("lacks", "a", "near", true), passage("other", "b", "answers")])).toEqual(["lacks", "other"]);
    expect(names([passage("near", "a", "near"), passage("answer", "a", "answers")])).toEqual(["near", "answer"]);
  });
});

const RAID = `Drones hit the Velka refinery

Yesterday, the Velka refinery of the Elling Oil Company was hit by drones in a raid, and drones hit the Velka refinery's tanks.

The strike came at 4:00 A.M. local time and set a tank on fire.

Fire crews from Tobruk put the fire out by noon.`;

const PORT = `Elling port reopens

The port of Elling reopened on Monday after the storm.`;

const index = buildIndex([parseTxt("raid.txt", "raid", RAID), parseTxt("port.txt", "port", PORT)], attributeArticle);

describe("ask: a story's passage that gives the time of day asked comes first", () => {
  it("puts the passage with the clock time before the closer one that only says the day", () => {
    const answer = ask(index, "What time did the drones hit the Velka refinery?");
    expect(answer.verdict).toBe("answers");
    expect(answer.results.map((p) => [p.paragraph, p.verdict])).toEqual([
      [2, "answers"],
      [1, "near"],
      expect.anything(),
    ]);
    expect(answer.results[1]).not.toHaveProperty("lacksOnlyAnswer");
  });

  it("keeps the day's passage first where the question asks only when", () => {
    const answer = ask(index, "When did the drones hit the Velka refinery?");
    expect(answer.results[0]).toMatchObject({ paragraph: 1, verdict: "answers" });
  });
});

const TRIAL = `Ferry captain Ansel Varga convicted

A jury in Port Elling found ferry captain Ansel Varga guilty on all 12 counts for sinking the ferry Marit in the harbour and harming 40 passengers.

Ansel Varga sank the ferry Marit in the harbour on the night of March 3, 2015, with 60 passengers on board.

Varga told the court in 2016 that he had slept for 3 hours before he sailed the ferry.

Varga's lawyers called 4 witnesses about the ferry.

Varga, who was 52 at the time, was arrested the next day.`;

const trial = buildIndex([parseTxt("trial.txt", "trial", TRIAL), parseTxt("port.txt", "port", PORT)], attributeArticle);

describe("ask: an age asked is read for past the passages shown, in the best passage's article", () => {
  it("puts the passage that gives the age, ranked below three that hold other numbers, first", () => {
    const answer = ask(trial, "How old was Ansel Varga when he sank the ferry?");
    expect(answer.verdict).toBe("answers");
    expect(answer.results[0]).toMatchObject({ paragraph: 5, verdict: "answers" });
    expect(answer.results).toHaveLength(3);
  });
});

describe("replyOrder: a question's passage read past those shown counts only as the answer a closer one lacks", () => {
  const candidate = (name: string, score: number, extra = false) => ({ name, score, article: "a", extra });
  const order = (candidates: ReturnType<typeof candidate>[], verdicts: Record<string, Judged>) =>
    replyOrder("ask", candidates, (c) => verdicts[c.name] as Judged, VERDICT, 2).shown.map((p) => p.candidate.name);

  it("puts one that answers before the closer passage that lacks only the answer", () => {
    const verdicts: Record<string, Judged> = {
      lacks: { verdict: "near", lacksOnlyAnswer: true },
      near: { verdict: "near" },
      answer: { verdict: "answers" },
    };
    expect(order([candidate("lacks", 9), candidate("near", 5), candidate("answer", 8, true)], verdicts)).toEqual([
      "answer",
      "lacks",
    ]);
    expect(order([candidate("lacks", 9), candidate("answer", 3, true)], verdicts)).toEqual(["answer", "lacks"]);
  });

  it("leaves out one that does not answer, and every one where no passage shown lacks only the answer", () => {
    const verdicts: Record<string, Judged> = {
      lacks: { verdict: "near", lacksOnlyAnswer: true },
      first: { verdict: "near" },
      second: { verdict: "near" },
      read: { verdict: "near" },
      answer: { verdict: "answers" },
    };
    expect(order([candidate("lacks", 9), candidate("read", 8, true), candidate("answer", 7)], verdicts)).toEqual([
      "answer",
      "lacks",
    ]);
    expect(order([candidate("first", 9), candidate("second", 8), candidate("answer", 10, true)], verdicts)).toEqual([
      "first",
      "second",
    ]);
  });
});
