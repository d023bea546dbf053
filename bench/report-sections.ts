import { WORKER_FROM_PARAGRAPHS } from "../src/search/parallel-build.ts";
import type { Part } from "./answer-worker.ts";
import type { AnswersFigures } from "./answers.ts";
import { BUILD_ENGINES, type BuildScale } from "./build-scaling.ts";
import type { ColdStart } from "./cold-start.ts";
import type { EndToEnd } from "./end-to-end.ts";
import type { EntryStart } from "./entry-starts.ts";
import type { SetQuality } from "./labelled.ts";
import { LIBRARY_SCALE, type LibraryFigures, type ReferenceFigures } from "./libraries.ts";
import type { Latency } from "./measure.ts";
import { medianRound, ratioRange } from "./rounds.ts";
import type { VerdictQuality } from "./verdicts.ts";

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

/** Each compiled entry point's start in fresh processes, against Node alone in the same runs. */
export function entryStartSection(starts: EntryStart[], runs: number, code: string): string[] {
  const lines = [
    "## Start per entry point",
    "",
    `Code: ${code}; ${new Date().toISOString().slice(0, 10)}. Alone: \`npm run bench -- --only starts\` (bench/entry-starts.ts). A fresh \`node dist/<entry>.js\` process for each run, timed from spawn to its work done: to its exit, or for the bot to its "ready" log line against the local Discord-compatible server on 127.0.0.1. The CLI and the bot load the seed corpus from their index cache, filled by one untimed run first. Each run is paired with \`node -e 0\` just before it; figures are medians of ${runs} runs, the ratio the median of the runs' ratios.`,
    "",
    "| Entry point | Command | Start | `node -e 0` | Ratio |",
    "|---|---|--:|--:|--:|",
  ];
  for (const start of starts) {
    lines.push(
      `| ${start.entry} | \`${start.command}\` | ${s(start.ms)} | ${s(start.floorMs)} | ${start.ratio.toFixed(1)}× |`,
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
 * citebot's whole answer against what each peer runs to give one (answers.ts): for each query set, each
 * engine's median-round p50 and p99 for the search, the quote step and the whole answer, and the peers'
 * whole answers over citebot's, with their range over the rounds; then issue 11's target judged. `code`
 * names the commit measured, since this section may be rewritten on its own.
 */
export function answersSection(figures: AnswersFigures, code: string): string[] {
  const { rounds, engines } = figures;
  const citebot = engines[0]?.engine ?? "citebot";
  const across = (engine: string, set: string, part: Part) =>
    rounds.flatMap((round) => round[engine]?.[set]?.[part] ?? []);
  const lines = [
    `## The answer path against the peers (${figures.corpus})`,
    "",
    `Code: ${code}; ${new Date().toISOString().slice(0, 10)}. Alone: \`npm run bench -- --only answers\` (bench/answers.ts). citebot's whole answer (\`ask\`: relevance floor, 3 passages, quotes, highlights, attribution) against what each peer runs to give one: its first 3 results, each paragraph's quote chosen by citebot's own \`selectQuote\` with every query term weighing the same (bench/answer-path.ts). Timed apart: *search*, the first 3 paragraphs' ids (a peer's search at limit 3, lunr's first 3 of all, as it has no limit; citebot's \`rankParagraphs\`, the ranking \`ask\` calls, on the query's terms at boost 1: no name boost, no bridging of absent words, no floor); *quote*, a peer's quote step on the 3 paragraphs its search found beforehand; *answer*, the two in a row, or citebot's \`ask\`, which chooses its quotes inside its ranking and floor, so that its quote step cannot be timed apart.`,
    "",
    `Same warm state: citebot's index holds every paragraph's terms and sentence ends (\`CorpusIndex.paragraphs\`), worked out by its build, and a peer's quote step reads the same, worked out once after its build by the same analyzer (\`termStream\`): no quote analyses a paragraph at query time, and the analyzer's word cache is as full in every process, where the peers' used to start empty. Each engine is built once in a process of its own, which stays up; citebot then attributes every article, the steady state a running bot reaches. Each of the ${rounds.length} rounds asks every engine in turn (starting one further along each round) to time every query set: 50 untimed queries, then each query once, for each part. A process per engine keeps one engine's garbage and JIT state off another's figures; keeping it up lets the rounds interleave, so that a slow spell of this shared machine falls on every engine alike, without building citebot and attributing every article (about a minute) again for each round.`,
    "",
    `Figures: the median over ${rounds.length} rounds of each round's p50 and p99, in ms. Peer / citebot is the whole answers' ratio of those medians (above 1, citebot is ahead), then its lowest and highest in any one round. The real questions are SQuAD open's (${figures.realFile}, read at bench time), asked of a corpus that is not theirs: like a user's, many hold words the corpus lacks, which citebot looks for by spelling, initials and meaning before it answers or refuses; queries drawn from the corpus (bench/queries.ts) seldom do.`,
    "",
  ];
  if (!figures.sets.some((set) => set.real)) {
    lines.push(`Real questions not timed: ${figures.realFile} not found. Queries drawn from the corpus only.`, "");
  }
  const cell = (latencies: Latency[]) => {
    if (latencies.length === 0) return "in `ask` | ";
    const { p50, p99 } = medianRound(latencies);
    return `${ms(p50)} | ${ms(p99)}`;
  };
  const times = (value: number) => `${value.toFixed(2)}×`;
  for (const set of figures.sets) {
    lines.push(
      `### ${set.name}: ${set.queries} queries`,
      "",
      "| Engine | Search p50 | p99 | Quote p50 | p99 | Answer p50 | p99 | Peer / citebot p50 (rounds) | p99 (rounds) |",
      "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    );
    const ours = across(citebot, set.name, "answer");
    const base = medianRound(ours);
    for (const { engine } of engines) {
      const answers = across(engine, set.name, "answer");
      const parts = (["search", "quote", "answer"] as const).map((part) => cell(across(engine, set.name, part)));
      const ratios =
        engine === citebot
          ? " | "
          : (["p50", "p99"] as const)
              .map((key) => {
                const { low, high } = ratioRange(
                  answers.map((latency) => latency[key]),
                  ours.map((latency) => latency[key]),
                );
                return `${times(medianRound(answers)[key] / base[key])} (${times(low)}–${times(high)})`;
              })
              .join(" | ");
      lines.push(`| ${engine === citebot ? `${engine} \`ask\`` : engine} | ${parts.join(" | ")} | ${ratios} |`);
    }
    lines.push("");
  }
  for (const { engine, answered } of engines) {
    for (const set of figures.sets) {
      const counts = answered?.[set.name];
      if (!counts) continue;
      lines.push(
        `- ${engine} refused ${counts.refused} of the ${set.queries} ${set.name}; ${counts.unmatched} named a word the corpus never uses (\`unmatched\`, which leaves out common words: at least that many took the path for absent words).`,
      );
    }
  }
  const prepared = engines.map(
    ({ engine, buildMs, prepared: steps }) =>
      `${engine} ${s(buildMs)}${steps.map(({ what, ms: time }) => `, then ${what} ${s(time)}`).join("")}`,
  );
  lines.push(`- Built and prepared before the rounds: ${prepared.join("; ")}.`);
  lines.push(`- ${target(figures, across, citebot)}`, "");
  return lines;
}

/** Issue 11's target judged on the median round, with how many single rounds agree. */
function target(
  figures: AnswersFigures,
  across: (engine: string, set: string, part: Part) => Latency[],
  citebot: string,
): string {
  const goal =
    "Target (issue 11): on real questions, citebot's whole-answer p99 at or below FlexSearch's top 3 with quotes, and its p50 ahead";
  const real = figures.sets.find((set) => set.real);
  if (!real) return `${goal}: not judged, no real questions timed.`;
  const ours = across(citebot, real.name, "answer");
  const theirs = across("FlexSearch", real.name, "answer");
  if (ours.length === 0 || theirs.length !== ours.length) return `${goal}: not judged, FlexSearch not timed.`;
  const [a, b] = [medianRound(ours), medianRound(theirs)];
  const rounds = (holds: (ours: Latency, theirs: Latency) => boolean) =>
    `${ours.filter((latency, i) => theirs[i] && holds(latency, theirs[i])).length} of ${ours.length} rounds`;
  const met = (holds: boolean) => (holds ? "met" : "not met");
  return `${goal}. p99: ${ms(a.p99)} against ${ms(b.p99)} ms, ${met(a.p99 <= b.p99)} (in ${rounds((x, y) => x.p99 <= y.p99)}); p50: ${ms(a.p50)} against ${ms(b.p50)} ms, ${met(a.p50 < b.p50)} (in ${rounds((x, y) => x.p50 < y.p50)}).`;
}

/** The heading the quality section starts with, by which `npm run bench -- --only quality` finds it again. */
export const QUALITY_HEADING = "## Answer quality on the labelled sets";

/**
 * For each labelled set, each engine's top-1, top-3 and refusals, side by side. `code` names the commit
 * measured, since this section may be rewritten on its own, apart from the rest of the report.
 */
export function qualitySection(sets: SetQuality[], verdicts: VerdictQuality, code: string): string[] {
  const share = (n: number, of: number) => (of === 0 ? "–" : `${((100 * n) / of).toFixed(1)}% (${n}/${of})`);
  const lines = [
    QUALITY_HEADING,
    "",
    `Code: ${code}; ${new Date().toISOString().slice(0, 10)}. Alone: \`npm run bench -- --only quality\` (bench/labelled.ts). citebot runs in process on the corpus opened as the CLI opens it, questions through \`ask\`, claims through \`sources\`, 3 passages. "citebot, first article a server's library" splits the corpus as a server sees it: its first article a server's library, the rest the operator's, answered together (\`answerAcross\`). The baselines are MiniSearch over the same paragraphs, numbered alike: plain \`{ fields: ['text'] }\`, and the same with \`stopword\`'s English stop words dropped and the rest Porter-stemmed (\`stemmer\`); their first 3 hits. As ../shared/eval/retrieval-score counts: top-1 and top-3 are answerable rows with a right article and paragraph first or in the first 3; answerable refused, answerable rows answered \`no_match\` (a baseline only when nothing matches); unanswerable refused, rows the corpus does not answer that get \`no_match\`. (../shared/eval/score also passes an unanswerable row whose \`unmatched\` names an absent term; not counted here.)`,
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
  return [...lines, ...verdictTable(verdicts)];
}

/**
 * Beside the quality table, the verdicts: each class's share passed on the verdict sets, as
 * scripts/verdict-score.ts judges it, against the issue's targets; and on SQuAD open, how many right first
 * passages are called `answers`.
 */
function verdictTable({ sets, squad }: VerdictQuality): string[] {
  const scored = sets.filter((set) => !set.skipped);
  const lines = [
    "### Verdicts",
    "",
    `citebot's verdicts, with the knobs of \`VERDICT\` (src/answer/tuning.ts), in process as above. ${scored.map((set) => `${set.file}: ${set.rows} rows`).join("; ")}; the first is the open set the knobs were chosen on (\`npm run sweep\`), the second a check set never tuned on, the third a set over the 13 real news pages of eval/attribution/pages, written blind (its first score is in scripts/verdict-score.ts's header), the fourth claims around denials, its Wikinews rows read while tuning and its Normans rows never (how each was written is in that header). Alone: \`npm run verdicts -- FILE\` through the CLI.`,
    "",
    `| Class | ${scored.map((set) => set.file).join(" | ")} | Target |`,
    `|---|${scored.map(() => "--:|").join("")}--:|`,
  ];
  const labels = scored[0]?.lines.map((line) => line.label) ?? [];
  for (const label of labels) {
    const cells = scored.map((set) => {
      const line = set.lines.find((l) => l.label === label);
      return line && line.total > 0
        ? `${((100 * line.count) / line.total).toFixed(1)}% (${line.count}/${line.total})`
        : "–";
    });
    const target = scored[0]?.lines.find((l) => l.label === label)?.target;
    const aim = target ? `${target.atMost ? "≤" : "≥"} ${(100 * target.share).toFixed(0)}%` : "";
    lines.push(
      `| ${label.trim()}${label.startsWith(" ") ? " (of the class above)" : ""} | ${cells.join(" | ")} | ${aim} |`,
    );
  }
  lines.push("");
  for (const set of sets) if (set.skipped) lines.push(`- Skipped ${set.file}: ${set.skipped}.`);
  if (squad) {
    const share = squad.top1 === 0 ? "–" : `${((100 * squad.answers) / squad.top1).toFixed(1)}%`;
    lines.push(
      `SQuAD open (../shared/eval/squad-open.jsonl): ${squad.top1} of ${squad.answerable} answerable questions have a right first passage; ${squad.answers} of those are called \`answers\` (${share}; target ≥ 90%).`,
    );
  }
  lines.push("");
  return lines;
}

export const BUILD_HEADING = "## Build at three sizes";

/** Build time at each size for citebot and the strong baseline, and their ratio. */
export function buildSection(scales: BuildScale[], revision: string): string[] {
  const [citebot, baseline] = BUILD_ENGINES;
  const lines = [
    BUILD_HEADING,
    "",
    `Code: ${revision}; ${new Date().toISOString().slice(0, 10)}. Alone: \`npm run bench -- --only build\` (bench/build-scaling.ts). The first articles of the large corpus holding 1,000 and 5,000 paragraphs, and all of it, already split into sentences; each build in a fresh process of compiled JavaScript (\`buildCorpusIndex\`, which works out the terms in a worker thread from ${WORKER_FROM_PARAGRAPHS.toLocaleString("en")} paragraphs, or MiniSearch's \`addAll\`), the engines in turn; the median of 3 runs (1 for the whole corpus). citebot's build leaves attribution to an article's first quote; attributing every article after the build, as the index cache does before it is written, is timed apart.`,
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

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const share = (bytes: number, of: number) => `${mb(bytes)} (${((100 * bytes) / of).toFixed(0)}%)`;

/** Servers' libraries at scale: cold first answers, warm answers against one library, and memory against its bound. */
export function librariesSection(figures: LibraryFigures, bound: ReferenceFigures, code: string): string[] {
  const rss = figures.memory.rss / bound.memory.rss;
  const indexes = bound.operatorHeap + bound.activeIndexesHeap;
  const heap = figures.memory.heapUsed / bound.memory.heapUsed;
  return [
    "## Servers' libraries",
    "",
    `Code: ${code}; ${new Date().toISOString().slice(0, 10)}. Alone: \`npm run bench -- --only libraries\` (bench/libraries.ts), compiled, in processes of their own. ${figures.servers} servers with 3 articles each in the SQLite store (Brown corpus samples cut to 12 paragraphs, who-says-what stored with them as \`/corpus add\` stores it; written in ${s(figures.storeMs)}), the seed as the operator's corpus; ${figures.asking} of them (5%) ask. A cold server's first answer is timed from asking to the answer: the library read from the store, parsed, indexed and answered. Then ${LIBRARY_SCALE.warmQuestions} questions each, warm, also asked of one index of the operator's articles and the server's together. Memory, garbage collected, after the asking servers answered (${figures.held} libraries in memory), against a reference process that holds only the operator's index and the ${figures.asking} asking servers' indexes, built directly, with the same modules loaded and no store, that has asked each of those indexes the server's first question, so that what answering loads once per process (WordNet's tables, the word caches) is in both (both also hold the bench's articles and questions).`,
    "",
    "| Figure | Value |",
    "|---|--:|",
    `| First answer, cold server: p50 | ${ms(figures.cold.p50)} ms |`,
    `| First answer, cold server: p99 (max) | ${ms(figures.cold.p99)} ms (${ms(figures.cold.max)} ms) |`,
    `| Answer, warm, operator's + server's library: p50 / p99 | ${ms(figures.warm.p50)} / ${ms(figures.warm.p99)} ms |`,
    `| Answer, one library of the same articles: p50 / p99 | ${ms(figures.single.p50)} / ${ms(figures.single.p99)} ms |`,
    `| Resident memory at ${figures.servers} servers / reference | ${mb(figures.memory.rss)} / ${mb(bound.memory.rss)}: ${rss.toFixed(2)}× |`,
    `| Heap at ${figures.servers} servers / reference | ${mb(figures.memory.heapUsed)} / ${mb(bound.memory.heapUsed)}: ${heap.toFixed(2)}× |`,
    `| In the reference: the operator's index, the asking servers' indexes (heap) | ${mb(bound.operatorHeap)}, ${mb(bound.activeIndexesHeap)} |`,
    `| Above the reference, as a share of those two indexes: resident, heap | ${share(figures.memory.rss - bound.memory.rss, indexes)}, ${share(figures.memory.heapUsed - bound.memory.heapUsed, indexes)} |`,
    `| Index per character of article (the budget's estimate) | ${bound.perCharacter.toFixed(1)} B (${bound.estimatePerCharacter} B) |`,
    "",
  ];
}
