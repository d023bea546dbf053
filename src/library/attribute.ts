import type { ArticleAttribution } from "../attribution/types.ts";
import { CorpusError } from "../corpus/errors.ts";
import type { Article } from "../corpus/types.ts";
import { startWorker } from "../entry/worker.ts";

/**
 * Who says what in `article`, worked out in a worker thread (`attribute-worker.ts`), so that an add's
 * tagging never holds up the answers of everyone else. A fault is the article's `CorpusError`, as on
 * the main thread.
 */
export function attributeInWorker(article: Article): Promise<ArticleAttribution> {
  return new Promise((resolve, reject) => {
    const worker = startWorker("library/attribute-worker", { article });
    worker.once("message", (result: { attribution: ArticleAttribution } | { error: string }) => {
      if ("attribution" in result) resolve(result.attribution);
      else reject(new CorpusError(article.file, result.error));
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`citebot: the attribution worker stopped with code ${code}`)));
  });
}
