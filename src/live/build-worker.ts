import { parentPort } from "node:worker_threads";
import { attributeArticle } from "../attribution/extract.ts";
import type { ArticleAttribution } from "../attribution/types.ts";
import { CorpusError } from "../corpus/errors.ts";
import { parseSource } from "../corpus/load.ts";
import type { Article } from "../corpus/types.ts";
import { openCorpus } from "../open.ts";
import { toSnapshot, toSnapshotParts } from "../search/snapshot.ts";
import { BuildMemory } from "./build-memory.ts";
import type { BuildRequest, BuildResult, WorkerSeed } from "./protocol.ts";

// Builds indexes off the main thread, one per request, so that the bot keeps answering from the old one
// meanwhile. It lives as long as the live corpus, remembering each file it parsed and each article it
// attributed, which are most of a build's time.
const parsed = new BuildMemory<Article>();
const attributed = new BuildMemory<ArticleAttribution>();

parentPort?.on("message", (message: BuildRequest | WorkerSeed) => {
  if ("seed" in message) {
    // The index the live corpus started with was attributed by the same code: it need not be done again.
    for (const { article, attribution } of message.seed) attributed.remember(article, attribution);
    return;
  }
  const { dir, ...options } = message;
  const warnings: string[] = [];
  let result: BuildResult;
  parsed.startBuild();
  attributed.startBuild();
  try {
    const index = openCorpus(dir, {
      ...options,
      parse: (source) => parsed.recall(source.id, source, () => parseSource(source)),
      attribute: (article) => attributed.recall(article.id, article, () => attributeArticle(article)),
      onWarning: (warning) => warnings.push(warning),
    });
    // An index loaded from the cache asked for no attribution, though it holds one the next build can reuse.
    if (attributed.asked === 0) {
      for (const { article, attribution } of index.articles.values()) attributed.remember(article, attribution);
    }
    const snapshot = toSnapshotParts(toSnapshot(index));
    result = { ok: true, snapshot, warnings, parsed: parsed.fresh, attributed: attributed.fresh };
  } catch (error) {
    result = { ok: false, error: error instanceof CorpusError ? error.message : `citebot: ${String(error)}` };
  }
  parentPort?.postMessage(result);
});
