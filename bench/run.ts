/**
 * `npm run bench`: builds the seed and the large corpus and their queries, measures every engine on each
 * in a process of its own, scores the labelled questions, prints the table and writes BENCHMARKS.md.
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../src/corpus/load.ts";
import { brownDocuments, factbookDocuments, toArticles } from "./corpus.ts";
import { engines } from "./engines.ts";
import { scoreLabelled } from "./labelled.ts";
import { timed } from "./measure.ts";
import { makeQueries } from "./queries.ts";
import { type CorpusResult, renderReport } from "./report.ts";
import type { EngineResult, Workload } from "./worker.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));
const QUERIES = 1000;

/** Runs one engine on one workload in a fresh process with `gc` exposed, and returns its figures. */
function measureInChild(workloadFile: string, engine: string): Promise<EngineResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [workloadFile, engine], { execArgv: ["--expose-gc", "--import", "tsx"] });
    let result: EngineResult | undefined;
    child.on("message", (message) => {
      result = message as EngineResult;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      result ? resolve(result) : reject(new Error(`bench: ${engine} exited with code ${code} and no figures`)),
    );
  });
}

const scratch = mkdtempSync(join(tmpdir(), "citebot-bench-"));
try {
  const seedLoad = await timed(() => loadCorpus(join(ROOT, "corpus")));
  const documents = await timed(() => [...factbookDocuments(), ...brownDocuments()]);
  // Splitting into sentences is part of loading a corpus (loadCorpus does it), not of building the
  // index; it is timed on its own because compromise takes most of the large corpus's preparation.
  const split = await timed(() => toArticles(documents.value));
  const corpora = [
    { name: "seed (corpus/)", articles: seedLoad.value },
    { name: "large (factbook + Brown)", articles: split.value },
  ];
  const results: CorpusResult[] = [];
  for (const [i, corpus] of corpora.entries()) {
    const workload: Workload = { articles: corpus.articles, queries: makeQueries(corpus.articles, QUERIES) };
    const file = join(scratch, `workload-${i}.json`);
    writeFileSync(file, JSON.stringify(workload));
    const engineResults: EngineResult[] = [];
    for (const { name } of engines) {
      process.stderr.write(`bench: ${corpus.name}: ${name}…\n`);
      engineResults.push(await measureInChild(file, name));
    }
    const paragraphs = corpus.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
    results.push({ name: corpus.name, articles: corpus.articles.length, paragraphs, engines: engineResults });
  }
  const report = renderReport({
    corpora: results,
    preparation: { readMs: documents.ms, splitMs: split.ms },
    labelled: scoreLabelled(seedLoad.value),
    queries: QUERIES,
  });
  process.stdout.write(report);
  writeFileSync(join(ROOT, "BENCHMARKS.md"), report);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
