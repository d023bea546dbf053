/**
 * `npm run bench`: builds the seed and the large corpus and their queries, measures every engine on each
 * in a process of its own, times cold starts and interactions end to end, scores every labelled set,
 * prints the tables and writes BENCHMARKS.md.
 *
 * `npm run bench -- --only quality`: scores the labelled sets alone (their verdicts too), prints that section and replaces
 * only it in BENCHMARKS.md, leaving the other figures as they were measured. `--only build` does the
 * same for the build at three sizes (bench/build-scaling.ts), `--only answers` for citebot's answer
 * against the peers' top 3 with quotes, in rounds (bench/answers.ts), and `--only starts` for the start
 * of each compiled entry point (bench/entry-starts.ts), `--only libraries` for servers' libraries at scale
 * (bench/libraries.ts: 2,000 servers, 5% asking).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCorpus } from "../src/corpus/load.ts";
import type { Article } from "../src/corpus/types.ts";
import { measureAnswers } from "./answers.ts";
import { buildScaling } from "./build-scaling.ts";
import { coldStart, writeCorpus } from "./cold-start.ts";
import { brownDocuments, factbookDocuments, toArticles } from "./corpus.ts";
import type { EndToEnd } from "./end-to-end.ts";
import { engines } from "./engines.ts";
import { entryStarts, START_RUNS } from "./entry-starts.ts";
import { scoreLabelledSets } from "./labelled.ts";
import { measureLibraries } from "./libraries.ts";
import { measureInChild, timed } from "./measure.ts";
import { makeQueries } from "./queries.ts";
import { type CorpusResult, renderReport, replaceSection, revision } from "./report.ts";
import {
  answersSection,
  buildSection,
  entryStartSection,
  librariesSection,
  qualitySection,
} from "./report-sections.ts";
import { scoreVerdicts } from "./verdicts.ts";
import type { EngineResult, Workload } from "./worker.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));
const END_TO_END = fileURLToPath(new URL("./end-to-end.ts", import.meta.url));
const LIBRARIES = fileURLToPath(new URL("./libraries.ts", import.meta.url));
const QUERIES = 1000;
/** Interactions sent through the local Discord-compatible server, one at a time and then in one burst. */
const INTERACTIONS = 1000;
const LARGE = "large (factbook + Brown)";

/** The sections that can be run alone: each rewrites its own section of BENCHMARKS.md, or adds it. */
const SECTIONS: Record<string, () => Promise<string[]>> = {
  quality: async () => qualitySection(await scoreLabelledSets(ROOT), await scoreVerdicts(ROOT), revision()),
  build: () =>
    withLargeCorpus(async (articles, scratch) => buildSection(await buildScaling(articles, scratch), revision())),
  answers: () =>
    withLargeCorpus(async (articles, scratch) => answersSection(await answers(articles, scratch), revision())),
  starts: async () => entryStartSection(await entryStarts(START_RUNS), START_RUNS, revision()),
  libraries: async () =>
    librariesSection(...(await measureLibraries((args) => measureInChild(LIBRARIES, args))), revision()),
};

/** Runs `measure` on the large corpus, with a scratch directory that is removed after it. */
async function withLargeCorpus<T>(measure: (articles: Article[], scratch: string) => Promise<T>): Promise<T> {
  const scratch = mkdtempSync(join(tmpdir(), "citebot-bench-"));
  try {
    return await measure(toArticles([...factbookDocuments(), ...brownDocuments()]), scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The answers section's figures on the large corpus, with the same drawn queries as its table. */
function answers(articles: Article[], scratch: string) {
  return measureAnswers({ name: LARGE, articles }, makeQueries(articles, QUERIES), ROOT, scratch);
}

async function only(name: string, make: () => Promise<string[]>): Promise<void> {
  const section = await make();
  process.stdout.write(`${section.join("\n")}\n`);
  const file = join(ROOT, "BENCHMARKS.md");
  const report = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  writeFileSync(file, replaceSection(report, section[0] ?? `## ${name}`, section));
}

async function all(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "citebot-bench-"));
  try {
    const seedLoad = await timed(() => loadCorpus(join(ROOT, "corpus")));
    const documents = await timed(() => [...factbookDocuments(), ...brownDocuments()]);
    // Splitting into sentences is part of loading a corpus (loadCorpus does it), not of building the
    // index; it is timed on its own because compromise takes most of the large corpus's preparation.
    const split = await timed(() => toArticles(documents.value));
    const corpora = [
      { name: "seed (corpus/)", articles: seedLoad.value },
      { name: LARGE, articles: split.value },
    ];
    const results: CorpusResult[] = [];
    for (const [i, corpus] of corpora.entries()) {
      const workload: Workload = { articles: corpus.articles, queries: makeQueries(corpus.articles, QUERIES) };
      const file = join(scratch, `workload-${i}.json`);
      writeFileSync(file, JSON.stringify(workload));
      const engineResults: EngineResult[] = [];
      for (const { name } of engines) {
        process.stderr.write(`bench: ${corpus.name}: ${name}…\n`);
        engineResults.push(await measureInChild<EngineResult>(WORKER, [file, name]));
      }
      const paragraphs = corpus.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
      results.push({ name: corpus.name, articles: corpus.articles.length, paragraphs, engines: engineResults });
    }
    const endToEnd: EndToEnd[] = [];
    for (const bot of ["echo", "citebot"]) {
      process.stderr.write(`bench: end to end: ${bot}…\n`);
      endToEnd.push(await measureInChild<EndToEnd>(END_TO_END, [bot, join(ROOT, "corpus"), String(INTERACTIONS)]));
    }
    process.stderr.write("bench: cold start…\n");
    const largeDir = join(scratch, "large-corpus");
    writeCorpus(split.value, largeDir);
    const seedQuestion = "Who was arrested?";
    const largeQuestion = makeQueries(split.value, 2)[1] ?? "What is the capital?";
    const coldStarts = [
      coldStart(
        { name: "seed", dir: join(ROOT, "corpus"), paragraphs: results[0]?.paragraphs ?? 0 },
        seedQuestion,
        3,
        scratch,
      ),
      coldStart({ name: "large", dir: largeDir, paragraphs: results[1]?.paragraphs ?? 0 }, largeQuestion, 1, scratch),
    ];
    const starts = await entryStarts(START_RUNS);
    process.stderr.write("bench: answers…\n");
    const answerFigures = await answers(split.value, scratch);
    const report = renderReport({
      corpora: results,
      answers: answerFigures,
      preparation: { readMs: documents.ms, splitMs: split.ms },
      quality: await scoreLabelledSets(ROOT),
      verdicts: await scoreVerdicts(ROOT),
      builds: await buildScaling(split.value, scratch),
      queries: QUERIES,
      coldStarts,
      starts,
      endToEnd,
      interactions: INTERACTIONS,
    });
    process.stdout.write(report);
    writeFileSync(join(ROOT, "BENCHMARKS.md"), report);
    process.stderr.write("bench: servers' libraries…\n");
    await only("libraries", SECTIONS.libraries as () => Promise<string[]>);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { only: { type: "string" } } });
const section = values.only === undefined ? undefined : SECTIONS[values.only];
if (values.only === undefined) await all();
else if (section) await only(values.only, section);
else {
  process.stderr.write(`bench: --only takes one of: ${Object.keys(SECTIONS).join(", ")}\n`);
  process.exitCode = 2;
}
