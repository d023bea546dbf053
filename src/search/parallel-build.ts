import type { Article } from "../corpus/types.ts";
import { startWorker } from "../entry/worker.ts";
import {
  type ArticleTerms,
  type Attributor,
  addAnalyzed,
  articleTerms,
  buildIndex,
  type CorpusIndex,
  emptyIndex,
} from "./corpus-index.ts";

/** How to build an index. */
export interface BuildOptions {
  /**
   * The fewest paragraphs for which terms are worked out in a worker thread. Below it, starting the
   * worker costs more than it saves. Default: {@link WORKER_FROM_PARAGRAPHS}.
   */
  workerFrom?: number;
  /** Told when the worker stops before it is done, and this thread works out the rest. Default: nothing. */
  onWarning?: (message: string) => void;
}

/**
 * Paragraphs from which a worker pays. Two threads cost a fixed part (the worker's start, the articles
 * copied to it, the wait for its first ones) that the split repays from about 5,000 paragraphs on two
 * cores (DESIGN.md, "Building in two threads").
 */
export const WORKER_FROM_PARAGRAPHS = 6_000;

/** Articles per message to the worker: few, so that adding to the index starts soon after the worker does. */
const ARTICLES_PER_MESSAGE = 25;

/**
 * {@link buildIndex}, with the articles' terms worked out in a worker thread (search/analyze-worker.ts)
 * while this one adds those already done to MiniSearch, which is single-threaded: for a large corpus two
 * cores take it in about two-thirds of the time. The index is the same as `buildIndex` gives, term ids
 * included. An article the worker fails on is analysed again here, so that its error is the one
 * `buildIndex` throws; a worker that cannot start or dies leaves the rest to this thread, with a warning.
 */
export async function buildCorpusIndex(
  articles: Article[],
  attribute: Attributor,
  { workerFrom = WORKER_FROM_PARAGRAPHS, onWarning = () => {} }: BuildOptions = {},
): Promise<CorpusIndex> {
  const paragraphs = articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  if (paragraphs < workerFrom) return buildIndex(articles, attribute);
  const runs: Article[][] = [];
  for (let start = 0; start < articles.length; start += ARTICLES_PER_MESSAGE) {
    runs.push(articles.slice(start, start + ARTICLES_PER_MESSAGE));
  }
  const index = emptyIndex();
  let added = 0;
  const add = (terms: ArticleTerms[] | null) => {
    const run = runs[added] ?? [];
    added += 1;
    addAnalyzed(
      index,
      run.map((article, i) => ({ article, attribution: attribute, terms: terms?.[i] ?? articleTerms(article) })),
    );
  };
  const worker = startWorker("search/analyze-worker", undefined);
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const settle = (work: () => void) => {
        if (failed) return;
        try {
          work();
          if (added === runs.length) resolve();
        } catch (error) {
          failed = true;
          reject(error);
        }
      };
      worker.on("message", (terms: ArticleTerms[] | null) => settle(() => add(terms)));
      // Whatever the worker did not answer is done here; the error that stopped it is not the corpus's.
      const takeOver = (why: string) =>
        settle(() => {
          if (added === runs.length) return;
          onWarning(`citebot: the index build's worker thread stopped (${why}); the build goes on without it`);
          while (added < runs.length) add(null);
        });
      worker.on("error", (error) => takeOver(String(error)));
      worker.on("exit", (code) => takeOver(`exit code ${code}`));
      for (const run of runs) worker.postMessage(run);
    });
  } finally {
    void worker.terminate();
  }
  return index;
}
