import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "./extract.ts";

// Reads a page off the main thread: a page of megabytes takes a second or more to parse, and the bot
// keeps answering meanwhile. Says it is ready once loaded, so that the reader's clock counts the reading
// alone, then sends back the article, or null for none. src/add/read-page.ts holds the other end.
const { html, url } = workerData as { html: string; url: string };
parentPort?.postMessage({ ready: true });
parentPort?.postMessage({ article: extractArticle(html, url) ?? null });
