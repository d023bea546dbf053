import { parentPort } from "node:worker_threads";
import { attributeArticle } from "../attribution/extract.ts";
import type { ArticleAttribution } from "../attribution/types.ts";
import { CorpusError } from "../corpus/errors.ts";
import { parseCorpus, parseSource } from "../corpus/load.ts";
import { readCorpus, type SourceFile } from "../corpus/read.ts";
import type { Article } from "../corpus/types.ts";
import { storeIndex } from "../search/cache.ts";
import { buildIndex, type IndexChange } from "../search/corpus-index.ts";
import { BuildMemory, contentKey } from "./build-memory.ts";
import type { BuildRequest, BuildResult, WarmRequest, WorkerSeed, WorkerWarning } from "./protocol.ts";

// Works out, off the main thread, what changed in the corpus folder: it parses and attributes the files
// that changed and sends those articles, for the live corpus to take into its index in place. It lives as
// long as the live corpus, remembering each file it parsed and each article it attributed, which are most
// of a build's time, and what the serving index holds.
const parsed = new BuildMemory<Article>();
const attributed = new BuildMemory<ArticleAttribution>();
/** The articles of the serving index by id. */
let serving = new Map<string, Article>();

/** The index cache write waiting for the folder to stay unchanged. */
let storing: NodeJS.Timeout | undefined;

parentPort?.on("message", (message: BuildRequest | WorkerSeed | WarmRequest) => {
  if ("seed" in message) {
    // The index the live corpus started with was attributed by the same code: it need not be done again.
    for (const { article, attribution } of message.seed) {
      if (attribution) attributed.remember(article, attribution);
      serving.set(article.id, article);
    }
    return;
  }
  clearTimeout(storing);
  if ("warm" in message) {
    warm(message.warm);
    return;
  }
  parsed.startBuild();
  attributed.startBuild();
  let result: BuildResult;
  try {
    const sources = readCorpus(message.dir, { maxFileBytes: message.maxFileBytes });
    const articles = parseCorpus(sources, parse);
    result = { ok: true, ...changeFrom(articles), parsed: parsed.fresh, attributed: attributed.fresh };
    storeLater(message, sources, articles);
  } catch (error) {
    result = { ok: false, error: error instanceof CorpusError ? error.message : `citebot: ${String(error)}` };
  }
  parentPort?.postMessage(result);
});

function parse(source: SourceFile): Article {
  return parsed.recall(source.id, source, () => parseSource(source));
}

function attribute(article: Article): ArticleAttribution {
  return attributed.recall(article.id, article, () => attributeArticle(article));
}

/**
 * Writes the index cache once the folder has stayed unchanged a while, unless it holds this corpus's
 * already: a write attributes every article and takes as long as a build, and a change that came
 * meanwhile would wait for it.
 */
function storeLater({ dir, cacheDir, cacheQuietMs }: BuildRequest, sources: SourceFile[], articles: Article[]): void {
  if (cacheDir === undefined) return;
  const warn = (warning: string) => parentPort?.postMessage({ warning } satisfies WorkerWarning);
  storing = setTimeout(() => {
    try {
      storeIndex(sources, { dir, cacheDir, onWarning: warn }, () => buildIndex(articles, attribute));
    } catch (error) {
      warn(`citebot: the index cache was not written: ${String(error)}`);
    }
  }, cacheQuietMs);
}

/**
 * Parses the folder as it is, and takes each article that matches the serving one's content as the one
 * served: the first change then finds every other article unchanged by identity; then writes the index
 * cache later where it has none. A folder that does not load is left for the next build to report.
 */
function warm(request: BuildRequest): void {
  parsed.startBuild();
  try {
    const sources = readCorpus(request.dir, { maxFileBytes: request.maxFileBytes });
    const articles = parseCorpus(sources, parse);
    for (const article of articles) {
      const before = serving.get(article.id);
      if (before !== undefined && contentKey(before) === contentKey(article)) serving.set(article.id, article);
    }
    storeLater(request, sources, articles);
  } catch {
    // Reported by the build that the change asks for.
  }
}

/**
 * The change from the serving index to `articles`: an article parsed from an unchanged file is the one
 * remembered, so only those whose object differs are compared by content (keys are kept by object).
 * Attributing may throw the article's error, and then nothing is taken as served.
 */
function changeFrom(articles: Article[]): IndexChange {
  const next = new Map(articles.map((article) => [article.id, article]));
  const changed = articles.filter((article) => {
    const before = serving.get(article.id);
    return before !== article && (before === undefined || contentKey(before) !== contentKey(article));
  });
  // Attributed here rather than when first quoted, so that the main thread need not.
  const added = changed.map((article) => ({ article, attribution: attribute(article) }));
  // What is known of the others is kept for the cache's write; the rest is attributed when it is written.
  for (const article of articles) attributed.keep(article);
  const changedIds = new Set(changed.map((article) => article.id));
  const removed = [...serving.keys()].filter((id) => !next.has(id) || changedIds.has(id));
  serving = next;
  return { removed, added };
}
