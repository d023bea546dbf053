import { describe, expect, it } from "vitest";
import type { Judged } from "../src/answer/verdict.ts";
import { answerAfter } from "../src/answer/verdict.ts";
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
