import { parentPort } from "node:worker_threads";
import type { Article } from "../corpus/types.ts";
import { type ArticleTerms, articleTerms } from "./corpus-index.ts";

// Works out articles' terms for a build on another thread (search/parallel-build.ts), which adds them to
// its index meanwhile. Each message is a run of articles; the answer is their terms in the same order, or
// null where one of them fails, for the build to analyse again itself and report that article's error
// as a build without a worker would.
parentPort?.on("message", (articles: Article[]) => {
  let terms: ArticleTerms[] | null;
  try {
    terms = articles.map(articleTerms);
  } catch {
    terms = null;
  }
  parentPort?.postMessage(terms);
});
