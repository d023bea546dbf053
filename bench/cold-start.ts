import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/corpus/types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Cold-start figures for one corpus folder: milliseconds from process start to the answer printed. */
export interface ColdStart {
  corpus: string;
  paragraphs: number;
  /** `node dist/cli/main.js --help`: Node and the compiled CLI loaded, no corpus. */
  floorMs: number;
  /** No cache: the corpus is read, split into sentences, attributed and indexed. */
  noCacheMs: number;
  /** With `--cache`, first run: the same, plus the index written to the cache. */
  cacheBuildMs: number;
  /** With `--cache`, once written: the corpus fingerprinted and the index loaded from MiniSearch's JSON. */
  cacheHitMs: number;
}

/**
 * Writes articles as `.txt` files in the seed's format (headline, blank line, paragraphs separated by
 * blank lines), so that the CLI loads them as it loads `corpus/`. A last line of two tags keeps a final
 * paragraph from ever being read as the tag line.
 */
export function writeCorpus(articles: Article[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  const oneLine = (text: string) => text.replace(/\s+/gu, " ").trim();
  articles.forEach((article, i) => {
    const body = article.paragraphs.map((paragraph) => oneLine(paragraph.text)).join("\n\n");
    writeFileSync(
      join(dir, `${String(i).padStart(4, "0")}.txt`),
      `${oneLine(article.title)}\n\n${body}\n\nbench, generated\n`,
    );
  });
}

/** Milliseconds for one fresh `node dist/cli/main.js ARGS` (the compiled CLI, as users run it) to exit, which must succeed. */
function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["dist/cli/main.js", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`bench: cli ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/** The median of `runs` timings of `measure`: start-up varies with what else the machine does. */
function median(runs: number, measure: () => number): number {
  const times = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * Times `ask --corpus DIR "question"` in fresh processes: without a cache, with a cache being built
 * (into a new, empty folder each run), and with the cache hit. A large corpus takes tens of seconds
 * to build, so `runs` is 1 there. Caches go in a new folder under `tmp`, removed at the end.
 */
export function coldStart(
  corpus: { name: string; dir: string; paragraphs: number },
  question: string,
  runs: number,
  tmp: string,
): ColdStart {
  const ask = ["ask", "--corpus", corpus.dir, question];
  const scratch = mkdtempSync(join(tmp, "cache-"));
  try {
    const floorMs = median(3, () => timeProcess(["--help"]));
    const noCacheMs = median(runs, () => timeProcess([...ask, "--no-cache"]));
    let build = 0;
    const cacheBuildMs = median(runs, () => timeProcess([...ask, "--cache", join(scratch, `run-${build++}`)]));
    const warm = join(scratch, "run-0");
    const cacheHitMs = median(Math.max(3, runs), () => timeProcess([...ask, "--cache", warm]));
    return { corpus: corpus.name, paragraphs: corpus.paragraphs, floorMs, noCacheMs, cacheBuildMs, cacheHitMs };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
