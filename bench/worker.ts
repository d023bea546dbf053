/**
 * Measures one engine on one corpus, alone in its process, so that one engine's garbage and JIT state
 * never weigh on another's figures. Started by run.ts as `worker.ts <workload.json> <engine name>`; sends
 * back one {@link EngineResult}.
 */
import type { Article } from "../src/corpus/types.ts";
import { engines } from "./engines.ts";
import { type Latency, latency, memory, readWorkload, timed } from "./measure.ts";

/** What run.ts hands a worker: a corpus and its queries. */
export interface Workload {
  articles: Article[];
  queries: string[];
}

/** One engine's figures on one corpus. */
export interface EngineResult {
  engine: string;
  setup: string;
  buildMs: number;
  /** The engine's deferred work (`Engine.deferred`), done after the build and before the queries. */
  deferredMs?: number;
  /** Heap in use after the build, the corpus included, and what the build added to it. */
  heapUsed: number;
  indexHeap: number;
  rss: number;
  /** Latency of each way of querying the engine, by name. */
  latencies: Record<string, Latency>;
}

const [file, name] = process.argv.slice(2);
if (!file || !name || !process.send) throw new Error("bench: worker.ts is started by run.ts");
const engine = engines.find((candidate) => candidate.name === name);
if (!engine) throw new Error(`bench: no engine "${name}"`);
const workload = readWorkload<Workload>(file);

const before = memory();
const built = await timed(() => engine.build(workload.articles));
const deferred = engine.deferred && (await timed(() => engine.deferred?.run())).ms;
const after = memory();
const latencies: Record<string, Latency> = {};
for (const [way, search] of Object.entries(built.value)) latencies[way] = await latency(search, workload.queries);

const result: EngineResult = {
  engine: engine.name,
  setup: engine.setup,
  buildMs: built.ms,
  ...(deferred !== undefined && { deferredMs: deferred }),
  heapUsed: after.heapUsed,
  indexHeap: after.heapUsed - before.heapUsed,
  rss: after.rss,
  latencies,
};
process.send(result, () => process.exit(0));
