import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "./extract.ts";

// Reads a page off the main thread: a page of megabytes takes a second or more to parse, and the bot
// keeps answering meanwhile. Sends back the article, or null for none.
const { html, url } = workerData as { html: string; url: string };
parentPort?.postMessage(extractArticle(html, url) ?? null);
