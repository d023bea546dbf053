import { BUILD_ENGINES, type BuildScale } from "./build-scaling.ts";
import type { ColdStart } from "./cold-start.ts";
import type { EndToEnd } from "./end-to-end.ts";
import type { SetQuality } from "./labelled.ts";
import type { EngineResult } from "./worker.ts";

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const s = (value: number) => `${(value / 1000).toFixed(2)} s`;

/** Process start to the first answer printed, for each corpus, without and with the index cache. */
export function coldStartSection(runs: ColdStart[]): string[] {
  const lines = [
    "## Cold start",
    "",
    'Process start to the answer printed and the process gone: `node dist/cli/main.js ask --corpus DIR [--no-cache | --cache CACHEDIR] "question"`, a fresh process each time (the large corpus written out as `.txt` articles in the seed\'s format). "Floor" is the same process with `--help`: Node and the compiled CLI loaded, no corpus. Seed: median of 3; large: one run, cache hit median of 3.',
    "",
    "| Corpus | Paragraphs | Floor | No cache | Cache, first run (builds, writes) | Cache hit |",
    "|---|--:|--:|--:|--:|--:|",
  ];
  for (const run of runs) {
    lines.push(
      `| ${run.corpus} | ${run.paragraphs} | ${s(run.floorMs)} | ${s(run.noCacheMs)} | ${s(run.cacheBuildMs)} | ${s(run.cacheHitMs)} |`,
    );
  }
  lines.push("");
  return lines;
}

/** Interaction in to reply out through the local Discord-compatible server, citebot against the echo floor. */
export function endToEndSection(runs: EndToEnd[], interactions: number, corpus: string): string[] {
  const lines = [
    "## End to end",
    "",
    `Interaction in to reply out: from just before the local Discord-compatible server (tests/discord/fake-discord.ts) dispatches INTERACTION_CREATE on the gateway to the reply's POST reaching it, through the real discord.js Client, in one process (bench/end-to-end.ts). ${interactions} interactions, a third each /ask, /sources and autocomplete on /ask, questions drawn from the ${corpus} corpus; 50 untimed first. "One at a time" waits for each reply before sending the next; "burst" sends all ${interactions} at once, so each waits behind the others. Echo is a bare discord.js bot replying "ok" to everything: the floor.`,
    "",
    "| Bot | One at a time p50 (ms) | p99 (ms) | Mean (ms) | Burst p50 (ms) | Burst p99 (ms) | Burst, all answered (ms) |",
    "|---|--:|--:|--:|--:|--:|--:|",
  ];
  for (const run of runs) {
    const { sequential: one, burst } = run;
    lines.push(
      `| ${run.bot} | ${ms(one.p50)} | ${ms(one.p99)} | ${ms(one.mean)} | ${ms(burst.p50)} | ${ms(burst.p99)} | ${ms(burst.wallMs)} |`,
    );
  }
  lines.push("");
  return lines;
}

/**
 * citebot's whole answer against what each peer needs to give one (its top 3 and their quotes), on the
 * same corpus and queries. A ratio above 1 means the peer is slower than citebot.
 */
export function answerPathSection(engines: EngineResult[], corpus: string): string[] {
  const citebot = engines[0]?.latencies.ask;
  if (!citebot) return [];
  const lines = [
    `## The answer path against the peers (${corpus})`,
    "",
    "Like for like: citebot's `ask` (relevance floor, 3 passages, quotes, highlights, attribution) against each peer's search limited to its top 3, each paragraph fetched and its quote chosen by citebot's own quote selection (bench/answer-path.ts). Peer / citebot above 1 means citebot is ahead.",
    "",
    "| Engine | p50 (ms) | p99 (ms) | Mean (ms) | Peer / citebot p50 | p99 | Mean |",
    "|---|--:|--:|--:|--:|--:|--:|",
    `| citebot \`ask\` | ${ms(citebot.p50)} | ${ms(citebot.p99)} | ${ms(citebot.mean)} | | | |`,
  ];
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  for (const engine of engines) {
    const answer = engine.latencies["answer: top 3 + quote"];
    if (!answer) continue;
    lines.push(
      `| ${engine.engine} | ${ms(answer.p50)} | ${ms(answer.p99)} | ${ms(answer.mean)} | ${ratio(answer.p50, citebot.p50)} | ${ratio(answer.p99, citebot.p99)} | ${ratio(answer.mean, citebot.mean)} |`,
    );
  }
  lines.push("");
  return lines;
}

/** The heading the quality section starts with, by which `npm run bench -- --only quality` finds it again. */
export const QUALITY_HEADING = "## Answer quality on the labelled sets";

/**
 * For each labelled set, each engine's top-1, top-3 and refusals, side by side. `code` names the commit
 * measured, since this section may be rewritten on its own, apart from the rest of the report.
 */
export function qualitySection(sets: SetQuality[], code: string): string[] {
  const share = (n: number, of: number) => (of === 0 ? "–" : `${((100 * n) / of).toFixed(1)}% (${n}/${of})`);
  const lines = [
    QUALITY_HEADING,
    "",
    `Code: ${code}; ${new Date().toISOString().slice(0, 10)}. Alone: \`npm run bench -- --only quality\` (bench/labelled.ts). citebot runs in process on the corpus opened as the CLI opens it, questions through \`ask\`, claims through \`sources\`, 3 passages. The baselines are MiniSearch over the same paragraphs, numbered alike: plain \`{ fields: ['text'] }\`, and the same with \`stopword\`'s English stop words dropped and the rest Porter-stemmed (\`stemmer\`); their first 3 hits. As ../shared/eval/retrieval-score counts: top-1 and top-3 are answerable rows with a right article and paragraph first or in the first 3; answerable refused, answerable rows answered \`no_match\` (a baseline only when nothing matches); unanswerable refused, rows the corpus does not answer that get \`no_match\`. (../shared/eval/score also passes an unanswerable row whose \`unmatched\` names an absent term; not counted here.)`,
    "",
    "| Set | Corpus | Engine | Top-1 | Top-3 | Answerable refused | Unanswerable refused |",
    "|---|---|---|--:|--:|--:|--:|",
  ];
  const skipped: string[] = [];
  for (const { set, engines, skipped: why } of sets) {
    if (why) {
      skipped.push(`- Skipped ${set.name} (${set.file}): ${why}.`);
      continue;
    }
    for (const { engine, tally: t } of engines) {
      lines.push(
        `| ${set.file} | ${set.corpus} | ${engine} | ${share(t.top1, t.answerable)} | ${share(t.top3, t.answerable)} | ${share(t.refused, t.answerable)} | ${share(t.unanswerableRefused, t.unanswerable)} |`,
      );
    }
  }
  lines.push("", ...skipped);
  if (skipped.length > 0) lines.push("");
  return lines;
}

export const BUILD_HEADING = "## Build at three sizes";

/** Build time at each size for citebot and the strong baseline, and their ratio. */
export function buildSection(scales: BuildScale[], revision: string): string[] {
  const [citebot, baseline] = BUILD_ENGINES;
  const lines = [
    BUILD_HEADING,
    "",
    `Code: ${revision}; ${new Date().toISOString().slice(0, 10)}. Alone: \`npm run bench -- --only build\` (bench/build-scaling.ts). The first articles of the large corpus holding 1,000 and 5,000 paragraphs, and all of it, already split into sentences; each build in a fresh process (\`buildIndex\`, or MiniSearch's \`addAll\`), the engines in turn; the median of 3 runs (1 for the whole corpus). citebot's build leaves attribution to an article's first quote; attributing every article after the build, as the index cache does before it is written, is timed apart.`,
    "",
    `| Paragraphs | ${citebot} (ms) | ${baseline} (ms) | ${citebot} / baseline | Then attributing every article (ms) |`,
    "|--:|--:|--:|--:|--:|",
  ];
  for (const { paragraphs, ms: time, attributeAllMs } of scales) {
    lines.push(
      `| ${paragraphs} | ${ms(time[citebot])} | ${ms(time[baseline])} | ${(time[citebot] / time[baseline]).toFixed(1)}× | ${ms(attributeAllMs)} |`,
    );
  }
  lines.push("");
  return lines;
}
