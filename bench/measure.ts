import { type ChildProcess, fork, type Serializable } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../scripts/bundle.ts";
import type { Article } from "../src/corpus/types.ts";
import { ENTRY_POINTS } from "../src/entry/entry-points.ts";

/** What one search engine (or one way of querying it) is asked: build once, then answer queries. */
export interface Engine {
  /** The row's name in the table. */
  name: string;
  /** How it is configured, in a few words, for the table's notes. */
  setup: string;
  /** Builds the index over the articles' paragraphs and returns the ways of querying it, each timed apart. */
  build(articles: Article[]): Promise<Record<string, Search>>;
  /**
   * Work the build leaves until an answer needs it, done and timed apart after the build and before the
   * queries, so that the queries are timed in the steady state a running bot reaches.
   */
  deferred?: { what: string; run(): void };
}

/** One query against a built index; a peer may answer asynchronously. */
export type Search = (query: string) => unknown;

/** A paragraph as a peer indexes it: a dense id (its place in the corpus) and its text. */
export interface BenchParagraph {
  id: number;
  text: string;
}

/** Every paragraph of the corpus, numbered in order as citebot's index numbers them. */
export function paragraphsOf(articles: Article[]): BenchParagraph[] {
  return articles.flatMap((article) => article.paragraphs).map((paragraph, id) => ({ id, text: paragraph.text }));
}

/** Latency of one way of querying, in milliseconds, and how many results it returns on average. */
export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  hits: number;
}

/** Heap and resident memory, in bytes, after a full garbage collection. */
export interface Memory {
  heapUsed: number;
  rss: number;
}

/** Memory once garbage is collected, so that figures hold what is live, not what is waiting to be freed. */
export function memory(): Memory {
  // `gc` exists only under `node --expose-gc`, which the runner gives every measuring process.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("bench: run under node --expose-gc, as npm run bench does");
  gc();
  gc();
  const usage = process.memoryUsage();
  return { heapUsed: usage.heapUsed, rss: usage.rss };
}

/** Milliseconds a call takes, with its result; a peer's build may be asynchronous. */
export async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/**
 * Times every query once, after running the first `warmUp` untimed so that the JIT has compiled the hot
 * paths; a result that is a promise is awaited inside the timing.
 */
export async function latency(search: Search, queries: string[], warmUp = 50): Promise<Latency> {
  for (const query of queries.slice(0, warmUp)) await search(query);
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const start = process.hrtime.bigint();
    let result = search(query);
    if (result instanceof Promise) result = await result;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    hits += countResults(result);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    mean: times.reduce((sum, time) => sum + time, 0) / times.length,
    hits: hits / queries.length,
  };
}

/**
 * How many results a search returned: an array's length, or the length of Orama's `hits` or citebot's
 * `results`. Engines return very different numbers (all matches, 100, 10, 3), which weighs on latency.
 */
function countResults(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const { hits, results } = (result ?? {}) as { hits?: unknown; results?: unknown };
  const list = hits ?? results;
  return Array.isArray(list) ? list.length : 0;
}

/** The nearest-rank percentile of sorted values: `p` of them are at or below it. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/** The middle of some values (the lower middle of an even count), as the nearest-rank 50th percentile. */
export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Where the measuring scripts are compiled: two folders down, as in `dist/`, so that the paths citebot's
 * code takes to its data and its workers hold.
 */
const COMPILED_DIR = fileURLToPath(new URL("../.bench-build/", import.meta.url));

/** What is compiled into COMPILED_DIR in this bench run, by its path there without the extension. */
const compiled = new Set<string>();

/**
 * A measuring script compiled as citebot's entry points are (scripts/bundle.ts), with those entry points
 * beside it for the workers it starts: the bench times the JavaScript that production runs, not tsx's.
 * Each is compiled once per bench run.
 */
function compiledScript(script: string): string {
  const name = `bench/${basename(script, ".ts")}`;
  const entries = [{ in: script, out: name }, ...ENTRY_POINTS.map((entry) => ({ in: `src/${entry}.ts`, out: entry }))];
  const missing = entries.filter((entry) => !compiled.has(entry.out));
  if (missing.length > 0) bundle(missing, COMPILED_DIR);
  for (const entry of missing) compiled.add(entry.out);
  return join(COMPILED_DIR, `${name}.js`);
}

/** A measuring script started compiled, with `gc` exposed for `memory`. */
function forkMeasuring(script: string, args: string[]): ChildProcess {
  return fork(compiledScript(script), args, { execArgv: ["--expose-gc"] });
}

/** Runs a measuring script in a fresh process with `gc` exposed, and returns the figures it sends back. */
export function measureInChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = forkMeasuring(script, args);
    let result: T | undefined;
    child.on("message", (message) => {
      result = message as T;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      result ? resolve(result) : reject(new Error(`bench: ${args.join(" ")} exited with code ${code} and no figures`)),
    );
  });
}

/** A measuring script kept running in a process of its own, each of its messages awaited in turn. */
export interface MeasuringChild {
  /** The next message the script sends. */
  next<T>(): Promise<T>;
  /** Sends the script a message, and returns its next message: the answer to it. */
  ask<T>(message: Serializable): Promise<T>;
  /** Disconnects from the script, which is to exit then, and waits for it to. */
  stop(): Promise<void>;
}

/**
 * Starts a measuring script in a fresh process with `gc` exposed and keeps it, for figures asked of the
 * same built index again and again. A message is kept until it is awaited; a process that exits while
 * one is awaited fails it.
 */
export function startMeasuring(script: string, args: string[]): MeasuringChild {
  const child = forkMeasuring(script, args);
  const received: unknown[] = [];
  const waiting: Array<{ resolve: (message: unknown) => void; reject: (error: Error) => void }> = [];
  let ended: Error | undefined;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.on("message", (message) => {
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else received.push(message);
  });
  const end = (error: Error) => {
    ended ??= error;
    for (const waiter of waiting.splice(0)) waiter.reject(ended);
  };
  child.on("error", end);
  child.on("exit", (code) => end(new Error(`bench: ${args.join(" ")} exited with code ${code}`)));
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      if (received.length > 0) resolve(received.shift() as T);
      else if (ended) reject(ended);
      else waiting.push({ resolve: resolve as (message: unknown) => void, reject });
    });
  return {
    next,
    ask<T>(message: Serializable) {
      const reply = next<T>();
      child.send(message);
      return reply;
    },
    async stop() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}

/**
 * A workload file as a measuring script reads it. Parsed inside a function of its own: at the top level
 * of a module with `await`, the file's text can stay alive in the suspended module's registers and be
 * counted as the index's memory.
 */
export function readWorkload<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}
