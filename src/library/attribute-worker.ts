import { parentPort, workerData } from "node:worker_threads";
import { attributeArticle } from "../attribution/extract.ts";
import type { Article } from "../corpus/types.ts";

// Works out who says what in an article being added, off the bot's thread: compromise's tagger takes
// tens of milliseconds an article, seconds for a long one, and the bot keeps answering meanwhile.
// Sends back the attribution, or the error's message.
const { article } = workerData as { article: Article };
try {
  parentPort?.postMessage({ attribution: attributeArticle(article) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
