import { CorpusError } from "../corpus/errors.ts";
import { parseTxt } from "../corpus/parse.ts";
import { startWorker } from "../entry/worker.ts";
import { withoutControls } from "../text/controls.ts";
import { CORPUS_REFUSAL } from "../wording/corpus.ts";
import type { ReadArticle } from "./extract.ts";
import { type FetchedPage, pageText } from "./fetch-page.ts";
import { Refusal } from "./refusal.ts";

/** What reading one page may take: the time once the reader is loaded, and the reader's heap. */
export interface ReadBudget {
  timeoutMs: number;
  heapMb: number;
}

/**
 * A news page of 5 MB, the most the fetch takes, reads in about 1.5 s and a heap of about 150 MB on this
 * machine; a page past these is built to hold the reader up (thousands of nested elements), not to be read.
 */
export const READ_BUDGET: ReadBudget = { timeoutMs: 10_000, heapMb: 384 };

/** A reader that has not loaded within this long will not: refused as unreadable rather than waited for. */
const STARTUP_MS = 60_000;

/**
 * More than this share of characters that text never holds (NUL, other controls, U+FFFD) is not text:
 * random bytes read as UTF-8 are a third or more undecodable, UTF-16 read as UTF-8 half NUL, while a page
 * with a stray NUL or terminal escape here and there is text to be cleaned.
 */
const NOT_TEXT_SHARE = 0.1;

/**
 * The article on a fetched page, or undefined for a page with none. The page is decoded (its byte-order
 * mark, declared charset or `<meta>`), refused if it is not text (binary data, or UTF-16 read as UTF-8);
 * a web page is read by {@link extractArticle} in a worker thread, off the thread that answers, within
 * `budget` (default {@link READ_BUDGET}), and a page past it is refused; a text page must be in the
 * corpus's `.txt` form. Throws a {@link Refusal}.
 */
export async function readFetched(
  page: FetchedPage,
  budget: Partial<ReadBudget> = {},
): Promise<ReadArticle | undefined> {
  const text = pageText(page);
  if (!looksLikeText(text)) {
    throw new Refusal("not_text", CORPUS_REFUSAL.notText, { host: new URL(page.url).host, type: page.type });
  }
  return page.type === "text/html"
    ? readInWorker(text, page.url, { ...READ_BUDGET, ...budget })
    : fromTextPage(page.url, text);
}

/** Whether decoded text reads as text: almost none of it NUL, control characters or undecodable bytes. */
function looksLikeText(text: string): boolean {
  let odd = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) odd++;
  }
  return odd <= NOT_TEXT_SHARE * text.length;
}

/**
 * The page's article as `extractArticle` reads it, in a worker thread with a heap of `budget.heapMb`,
 * terminated once it has read for `budget.timeoutMs`: parsing takes about 0.3 ms a kilobyte here, and a
 * page built against the reader (thousands of nested `<div>`s) far longer, which on the bot's thread would
 * hold up every answer and every later edit.
 */
function readInWorker(html: string, url: string, budget: ReadBudget): Promise<ReadArticle | undefined> {
  const host = new URL(url).host;
  return new Promise((resolve, reject) => {
    const worker = startWorker("add/extract-worker", { html, url }, { maxOldGenerationSizeMb: budget.heapMb });
    let timer = setTimeout(() => fail(unreadable("the page reader did not start")), STARTUP_MS);
    const settle = () => {
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
    };
    const fail = (refusal: Refusal) => {
      settle();
      reject(refusal);
    };
    const unreadable = (reason: string) => new Refusal("unreadable", CORPUS_REFUSAL.unreadable, { host, reason });
    worker.on("message", (message: { ready?: true; article?: ReadArticle | null }) => {
      if (message.ready) {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const seconds = budget.timeoutMs / 1000;
          fail(new Refusal("read_timeout", CORPUS_REFUSAL.readTimeout(seconds), { host, ms: budget.timeoutMs }));
        }, budget.timeoutMs);
        return;
      }
      settle();
      resolve(message.article ?? undefined);
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
        fail(new Refusal("read_memory", CORPUS_REFUSAL.readMemory, { host, heapMb: budget.heapMb }));
      } else {
        fail(unreadable(`${error.name}: ${error.message}`.slice(0, 200)));
      }
    });
    worker.on("exit", (code) => fail(unreadable(`the page reader stopped with code ${code}`)));
  });
}

/** A text page in the corpus's `.txt` form (headline, blank line, paragraphs), or undefined. */
function fromTextPage(url: string, text: string): ReadArticle | undefined {
  try {
    const article = parseTxt(url, "page", withoutControls(text));
    const paragraphs = article.paragraphs.map((p) => p.text);
    return {
      title: article.title,
      paragraphs,
      url,
      outlet: null,
      author: null,
      published: null,
      tags: article.tags,
      report: { paragraphs: paragraphs.length, dropped: {}, shortfall: null },
    };
  } catch (error) {
    if (error instanceof CorpusError) return undefined;
    throw error;
  }
}
