/**
 * Keeps one engine built, alone in its process, for the answers section (answers.ts): builds it, brings
 * it to its steady state, reports that ({@link EngineReady}), then times its answer path on every query
 * set each time it is sent "round" ({@link RoundFigures}), until the runner disconnects. Started as
 * `answer-worker.ts <workload.json> <engine name>`.
 */
import type { Answer } from "../src/answer/types.ts";
import type { Article } from "../src/corpus/types.ts";
import { peerAnswer, quoter, TOP_WAY, type Top } from "./answer-path.ts";
import { answerEngines } from "./engines.ts";
import { type Latency, latency, readWorkload, type Search, timed } from "./measure.ts";

/** What the runner hands every worker: the corpus, and each query set by name. */
export interface AnswersWorkload {
  articles: Article[];
  sets: Array<{ name: string; queries: string[] }>;
}

/** The parts of an answer timed apart: the search for the top 3, their quotes, and both, the whole answer. */
export type Part = "search" | "quote" | "answer";

/** One engine's figures in one round: by query set's name, by part (citebot has no quote part of its own). */
export type RoundFigures = Record<string, Partial<Record<Part, Latency>>>;

/** An engine built and brought to its steady state, with what that took. */
export interface EngineReady {
  engine: string;
  setup: string;
  buildMs: number;
  /** Work done after the build and before any query, each timed apart. */
  prepared: Array<{ what: string; ms: number }>;
  /** For an engine that gives whole answers itself (citebot), by set: how many it refused, and how many named a word the corpus lacks. */
  answered?: Record<string, { refused: number; unmatched: number }>;
}

const [file, name] = process.argv.slice(2);
if (!file || !name || !process.send) throw new Error("bench: answer-worker.ts is started by answers.ts");
const engine = answerEngines.find((candidate) => candidate.name === name);
if (!engine) throw new Error(`bench: no answering engine "${name}"`);
const workload = readWorkload<AnswersWorkload>(file);

const built = await timed(() => engine.build(workload.articles));
const prepared: EngineReady["prepared"] = [];
if (engine.deferred) prepared.push({ what: engine.deferred.what, ms: (await timed(() => engine.deferred?.run())).ms });
// The ways are the engine's own (engines.ts, peers.ts), and `TOP_WAY` gives paragraph ids by contract.
const top = built.value[TOP_WAY] as Top | undefined;
if (!top) throw new Error(`bench: ${name} has no "${TOP_WAY}" search`);
const ask = built.value.ask;
const parts = new Map<string, Partial<Record<Part, Search>>>();
let answered: EngineReady["answered"];
if (ask) {
  // Each question asked once before any round, untimed: how many are refused, or name a word the corpus
  // lacks (and so take the costly path of bridging it), tells what the timings are made of.
  answered = {};
  for (const { name: set, queries } of workload.sets) {
    const answers = queries.map((query) => ask(query) as Answer);
    answered[set] = {
      refused: answers.filter((answer) => answer.status === "no_match").length,
      unmatched: answers.filter((answer) => answer.unmatched.length > 0).length,
    };
    parts.set(set, { search: top, answer: ask });
  }
} else {
  const quote = await timed(() => quoter(workload.articles));
  prepared.push({ what: "every paragraph's terms and sentence ends, for the quote step", ms: quote.ms });
  for (const { name: set, queries } of workload.sets) {
    // The quote step alone is timed on the paragraphs the search found, found beforehand.
    const found = new Map<string, number[]>();
    for (const query of queries) found.set(query, await top(query));
    parts.set(set, {
      search: top,
      quote: (query) => quote.value(query, found.get(query) ?? []),
      answer: peerAnswer(top, quote.value),
    });
  }
}

const ready: EngineReady = {
  engine: engine.name,
  setup: engine.setup,
  buildMs: built.ms,
  prepared,
  ...(answered && { answered }),
};
process.send(ready);
process.on("disconnect", () => process.exit(0));
process.on("message", async () => {
  const figures: RoundFigures = {};
  for (const { name: set, queries } of workload.sets) {
    const timedParts: Partial<Record<Part, Latency>> = {};
    for (const [part, search] of Object.entries(parts.get(set) ?? {}) as Array<[Part, Search]>) {
      timedParts[part] = await latency(search, queries);
    }
    figures[set] = timedParts;
  }
  process.send?.(figures);
});
