/**
 * Servers' libraries at scale (`npm run bench -- --only libraries`), in processes of their own with `gc`
 * exposed: 2,000 servers with 3 articles each in a SQLite store (the default), 5% of them asking, against
 * the operator's corpus (the seed). Each asking server's first question finds its index cold: the time
 * from asking to the answer covers reading the library from the store, parsing, indexing and answering.
 * Memory is taken after those 100 servers have answered (`libraries`), and set against a process that
 * holds only the operator's index and those 100 servers' indexes, built directly, with no store, and has
 * asked each the same first question (`reference`: what answering loads once per process is in both); answers once warm are timed against one index of the operator's articles and the
 * server's together. The articles are the Brown corpus's samples, cut to 12 paragraphs each, as
 * long as a news article; a server's three are three consecutive samples, so that servers share none
 * of their statistics but the operator's.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceKeys } from "../src/add/source.ts";
import { answer } from "../src/answer/answer.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import type { Article } from "../src/corpus/types.ts";
import { attributionVersion, BYTES_PER_CHARACTER, Libraries } from "../src/library/libraries.ts";
import { SqliteStore } from "../src/library/sqlite-store.ts";
import { buildIndex, type CorpusIndex } from "../src/search/corpus-index.ts";
import { brownDocuments } from "./corpus.ts";
import { memory, percentile } from "./measure.ts";
import { makeQueries } from "./queries.ts";

/** How many servers, articles each, the share asking, and questions per asking server once warm. */
export const LIBRARY_SCALE = { servers: 2000, articlesEach: 3, asking: 0.05, warmQuestions: 10 } as const;
const PARAGRAPHS_EACH = 12;

/** Resident and heap memory, in bytes, as `memory()` gives them. */
type Footprint = ReturnType<typeof memory>;

/** What the libraries process reports. */
export interface LibraryFigures {
  servers: number;
  asking: number;
  storeMs: number;
  /** First answer in a cold server, in ms. */
  cold: { p50: number; p99: number; max: number };
  /** Answers once warm, in ms: across the operator's library and the server's, and as one library of both. */
  warm: { p50: number; p99: number };
  single: { p50: number; p99: number };
  /** After the asking servers answered, every server in the store. */
  memory: Footprint;
  held: number;
}

/** What the reference process reports: the operator's index and the asking servers' indexes alone. */
export interface ReferenceFigures {
  memory: Footprint;
  operatorHeap: number;
  activeIndexesHeap: number;
  /** Bytes of index per character of the asking servers' articles, measured: what BYTES_PER_CHARACTER estimates. */
  perCharacter: number;
  estimatePerCharacter: number;
}

/** A Brown sample as a news-length article in the corpus's `.txt` form. */
function asText(title: string, paragraphs: string[]): string {
  return `${title}\n\n${paragraphs.slice(0, PARAGRAPHS_EACH).join("\n\n")}\n`;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function spread(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? Number.NaN };
}

/** The articles, who says what in each, which servers hold which, and the questions: the same in both processes. */
function workload(root: string) {
  const pool = brownDocuments().map((document) => asText(document.title, document.paragraphs));
  const parsed = pool.map((text, i) => parseTxt(`${i}.txt`, `a${i}`, text));
  // Who says what, worked out once per text, as /corpus add does before storing.
  const attributions = parsed.map((article) => attributeArticle(article));
  const attributionOf = (article: Article) => attributions[Number(article.id.slice(1))] ?? [];
  const articlesOf = (n: number) =>
    Array.from(
      { length: LIBRARY_SCALE.articlesEach },
      (_, k) => parsed[(n * LIBRARY_SCALE.articlesEach + k) % pool.length] as Article,
    );
  // Every 20th server asks: 100 of 2,000.
  const asking = Array.from({ length: Math.round(LIBRARY_SCALE.servers * LIBRARY_SCALE.asking) }, (_, k) =>
    Math.floor(k / LIBRARY_SCALE.asking),
  );
  const questions = new Map(asking.map((n) => [n, makeQueries(articlesOf(n), LIBRARY_SCALE.warmQuestions + 1, n)]));
  const operatorArticles = loadCorpus(join(root, "corpus"));
  return { pool, attributions, attributionOf, articlesOf, asking, questions, operatorArticles };
}

/** The operator's index, who says what in it worked out, as a bot that has quoted it holds it. */
function operatorIndex(articles: Article[]): CorpusIndex {
  const index = buildIndex(articles, attributeArticle);
  for (const indexed of index.articles.values()) void indexed.attribution;
  return index;
}

const serverOf = (n: number) => String(300000000000000000n + BigInt(n));

/** Writes the 2,000 servers' libraries into the SQLite store `file`, as servers' moderators would have over time. */
async function populate(root: string, file: string): Promise<{ storeMs: number }> {
  const work = workload(root);
  const store = await SqliteStore.open(file);
  const storing = process.hrtime.bigint();
  const version = attributionVersion();
  for (let n = 0; n < LIBRARY_SCALE.servers; n++) {
    for (const article of work.articlesOf(n)) {
      const i = Number(article.id.slice(1));
      await store.add(
        serverOf(n),
        {
          slug: article.id,
          format: "txt",
          content: work.pool[i] ?? "",
          keys: sourceKeys(article),
          provenance: {
            addedBy: { id: "1", name: "bench" },
            addedAt: new Date().toISOString(),
            from: { file: `${i}.txt` },
          },
          attribution: { version, data: work.attributionOf(article) },
        },
        new Set(),
      );
    }
  }
  const storeMs = ms(storing);
  await store.close();
  return { storeMs };
}

/** The bot's side, on the store `file` of 2,000 servers, 100 asking: cold first answers, memory, then warm answers against one library. */
async function libraries(root: string, file: string): Promise<LibraryFigures> {
  const work = workload(root);
  const store = await SqliteStore.open(file);
  const operator = operatorIndex(work.operatorArticles);
  const libraries = new Libraries({ store, operator: () => operator, attribute: attributeArticle });
  const cold: number[] = [];
  for (const n of work.asking) {
    const asked = process.hrtime.bigint();
    (await libraries.shelf(serverOf(n))).answer(work.questions.get(n)?.[0] ?? "");
    cold.push(ms(asked));
  }
  const footprint = memory();
  const held = libraries.held.libraries;

  const warm: number[] = [];
  const single: number[] = [];
  for (const n of work.asking) {
    const shelf = await libraries.shelf(serverOf(n));
    const one = buildIndex([...work.operatorArticles, ...work.articlesOf(n)], (article) =>
      article.id.startsWith("a") ? work.attributionOf(article) : attributeArticle(article),
    );
    for (const indexed of one.articles.values()) void indexed.attribution;
    for (const question of work.questions.get(n)?.slice(1) ?? []) {
      const across = process.hrtime.bigint();
      shelf.answer(question);
      warm.push(ms(across));
      const whole = process.hrtime.bigint();
      answer(one, question);
      single.push(ms(whole));
    }
  }
  libraries.close();
  await store.close();
  const { max: _warmMax, ...warmSpread } = spread(warm);
  const { max: _singleMax, ...singleSpread } = spread(single);
  return {
    servers: LIBRARY_SCALE.servers,
    asking: work.asking.length,
    storeMs: 0,
    cold: spread(cold),
    warm: warmSpread,
    single: singleSpread,
    memory: footprint,
    held,
  };
}

/** The operator's index and the asking servers' indexes, built directly and held: what memory is set against. */
function reference(root: string): ReferenceFigures {
  const work = workload(root);
  const start = memory().heapUsed;
  const operator = operatorIndex(work.operatorArticles);
  const withOperator = memory().heapUsed;
  const indexes = work.asking.map((n) => buildIndex(work.articlesOf(n), work.attributionOf));
  const indexed = memory();
  // Each server's first question, as the libraries process asked it: what answering loads once per process
  // (WordNet's tables, the word caches) is then in both, and the difference is what the libraries hold.
  for (const [i, n] of work.asking.entries()) {
    const index = indexes[i];
    if (index) answer(index, work.questions.get(n)?.[0] ?? "");
  }
  const footprint = memory();
  const characters = work.asking.reduce(
    (sum, n) =>
      sum +
      work.articlesOf(n).reduce((total, article) => total + (work.pool[Number(article.id.slice(1))]?.length ?? 0), 0),
    0,
  );
  // Held to here, so that the figures above count them.
  if (indexes.length === 0 || operator.articles.size === 0) throw new Error("bench: nothing indexed");
  return {
    memory: footprint,
    operatorHeap: withOperator - start,
    activeIndexesHeap: indexed.heapUsed - withOperator,
    perCharacter: (indexed.heapUsed - withOperator) / characters,
    estimatePerCharacter: BYTES_PER_CHARACTER,
  };
}

/**
 * `populate ROOT FILE`, `libraries ROOT FILE` or `reference ROOT`: each a process of its own, so that the
 * store's writing leaves nothing in the memory the bot's side is measured in.
 */
export async function measureLibraries(
  run: <T>(args: string[]) => Promise<T>,
): Promise<[LibraryFigures, ReferenceFigures]> {
  const scratch = mkdtempSync(join(tmpdir(), "citebot-libraries-"));
  try {
    const file = join(scratch, "libraries.db");
    const { storeMs } = await run<{ storeMs: number }>(["populate", ROOT, file]);
    const figures = await run<LibraryFigures>(["libraries", ROOT, file]);
    return [{ ...figures, storeMs }, await run<ReferenceFigures>(["reference", ROOT])];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const [mode, root, file] = process.argv.slice(2);
if (root && process.send) {
  if (mode === "populate" && file) process.send(await populate(root, file));
  else if (mode === "libraries" && file) process.send(await libraries(root, file));
  else if (mode === "reference") process.send(reference(root));
}
