import { describe, expect, it } from "vitest";
import { peerAnswer, quoter } from "../bench/answer-path.ts";
import type { EngineReady, RoundFigures } from "../bench/answer-worker.ts";
import type { AnswersFigures } from "../bench/answers.ts";
import { toArticles } from "../bench/corpus.ts";
import { type Latency, median } from "../bench/measure.ts";
import { answersSection, entryStartSection } from "../bench/report-sections.ts";
import { medianRound, ratioRange, roundOrder } from "../bench/rounds.ts";

const latency = (p50: number, p99: number): Latency => ({ p50, p99, mean: p50, hits: 3 });

describe("median", () => {
  it("takes the middle value whatever the order, and the lower middle of an even count", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });
});

describe("medianRound", () => {
  it("takes each figure's median apart, so that it may come from different rounds", () => {
    expect(medianRound([latency(1, 30), latency(3, 10), latency(2, 20)])).toEqual({ p50: 2, p99: 20, mean: 2 });
    expect(medianRound([latency(5, 1), latency(1, 9), latency(9, 5)])).toMatchObject({ p50: 5, p99: 5 });
  });
});

describe("ratioRange", () => {
  it("divides round by round, not the sorted figures", () => {
    expect(ratioRange([2, 6, 3], [1, 2, 6])).toEqual({ low: 0.5, high: 3 });
  });

  it("refuses rounds that do not pair up", () => {
    expect(() => ratioRange([1, 2], [1])).toThrow();
  });
});

describe("roundOrder", () => {
  it("starts one further along each round and wraps around", () => {
    expect(roundOrder(["a", "b", "c"], 0)).toEqual(["a", "b", "c"]);
    expect(roundOrder(["a", "b", "c"], 1)).toEqual(["b", "c", "a"]);
    expect(roundOrder(["a", "b", "c"], 5)).toEqual(["c", "a", "b"]);
    expect(roundOrder([], 3)).toEqual([]);
  });
});

describe("quoter", () => {
  const articles = toArticles([
    { id: "a", title: "A", paragraphs: ["Nothing here is relevant at all to anything asked."] },
    {
      id: "b",
      title: "B",
      paragraphs: [
        "The harbour closed on Tuesday. Waves of nine metres were recorded off the breakwater. Crews stayed ashore for the night.",
      ],
    },
  ]);
  const quote = quoter(articles);

  it("quotes the sentence holding the query's terms, by paragraph id across articles", () => {
    expect(quote("Where were the waves recorded, by the breakwater?", [1])).toEqual([
      "Waves of nine metres were recorded off the breakwater.",
    ]);
  });

  it("adds the next sentence where it holds query terms of its own", () => {
    expect(quote("waves ashore", [1])).toEqual([
      "Waves of nine metres were recorded off the breakwater. Crews stayed ashore for the night.",
    ]);
  });

  it("skips an id no paragraph has", () => {
    expect(quote("waves", [7, 1])).toHaveLength(1);
  });
});

describe("peerAnswer", () => {
  const quote = (query: string, ids: number[]) => ids.map((id) => `${query}:${id}`);

  it("stays synchronous over a synchronous search", () => {
    expect(peerAnswer(() => [2, 0], quote)("q")).toEqual(["q:2", "q:0"]);
  });

  it("quotes what an asynchronous search finds", async () => {
    const answer = peerAnswer(async () => [1], quote)("q");
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual(["q:1"]);
  });
});

describe("answersSection", () => {
  const ready = (engine: string): EngineReady => ({ engine, setup: "", buildMs: 1000, prepared: [] });
  const round = (citebot: Latency, flex: Latency): Record<string, RoundFigures> => ({
    citebot: { drawn: { search: citebot, answer: citebot }, real: { search: citebot, answer: citebot } },
    FlexSearch: {
      drawn: { search: flex, quote: flex, answer: flex },
      real: { search: flex, quote: flex, answer: flex },
    },
  });
  const figures = (rounds: Array<Record<string, RoundFigures>>, real = true): AnswersFigures => ({
    corpus: "c",
    paragraphs: 10,
    sets: [{ name: "drawn", queries: 5, real: false }, ...(real ? [{ name: "real", queries: 5, real: true }] : [])],
    realFile: "q.jsonl",
    engines: [ready("citebot"), ready("FlexSearch")],
    rounds,
  });

  it("gives each peer's ratio to citebot on the median round, with its range over the rounds", () => {
    const lines = answersSection(
      figures([
        round(latency(1, 10), latency(2, 5)),
        round(latency(2, 10), latency(2, 40)),
        round(latency(4, 10), latency(2, 20)),
      ]),
      "abc",
    );
    expect(lines).toContain(
      "| FlexSearch | 2.00 | 20.0 | 2.00 | 20.0 | 2.00 | 20.0 | 1.00× (0.50×–2.00×) | 2.00× (0.50×–4.00×) |",
    );
    expect(lines).toContain("| citebot `ask` | 2.00 | 10.0 | in `ask` |  | 2.00 | 10.0 |  |  |");
  });

  it("judges the target on the real questions' median round, counting the rounds that agree", () => {
    const met = answersSection(
      figures([round(latency(1, 10), latency(2, 20)), round(latency(3, 30), latency(2, 20))]),
      "x",
    );
    expect(met.find((line) => line.includes("Target"))).toMatch(
      /p99: .*, met \(in 1 of 2 rounds\); p50: .*, met \(in 1 of 2 rounds\)/,
    );
    const slower = answersSection(figures([round(latency(3, 30), latency(2, 20))]), "x");
    expect(slower.find((line) => line.includes("Target"))).toMatch(
      /p99: 30\.0 against 20\.0 ms, not met.*p50: .*not met/,
    );
  });

  it("says so when there are no real questions, and judges nothing", () => {
    const lines = answersSection(figures([round(latency(1, 10), latency(2, 20))], false), "x");
    expect(lines).toContain("Real questions not timed: q.jsonl not found. Queries drawn from the corpus only.");
    expect(lines.find((line) => line.includes("Target"))).toMatch(/not judged/);
  });
});

describe("entryStartSection", () => {
  it("shows each entry point's start beside Node alone, in seconds, with the runs' median ratio", () => {
    const lines = entryStartSection(
      [{ entry: "invite", command: "npm run invite", ms: 330, floorMs: 41, ratio: 7.96 }],
      7,
      "abc1234",
    );
    expect(lines[0]).toBe("## Start per entry point");
    expect(lines.join("\n")).toContain("medians of 7 runs");
    expect(lines).toContain("| invite | `npm run invite` | 0.33 s | 0.04 s | 8.0× |");
  });
});
