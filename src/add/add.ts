import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { CorpusError } from "../corpus/errors.ts";
import { loadCorpus } from "../corpus/load.ts";
import { type ArticleFormat, articleFileName, articleFormat } from "../corpus/names.ts";
import type { Article } from "../corpus/types.ts";
import { UNKNOWN_ARTICLE_ON } from "../wording/answers.ts";
import { CORPUS_REFUSAL, FILE_TYPE_ON } from "../wording/corpus.ts";
import type { ExtractionReport } from "./extract.ts";
import { anyAddress, type FetchLimits, fetchPage } from "./fetch-page.ts";
import { articleMarkdown } from "./markdown.ts";
import { type ReadBudget, readFetched } from "./read-page.ts";
import { Refusal } from "./refusal.ts";
import { slugOf } from "./slug.ts";
import { sameSource } from "./source.ts";
import { articleCount, articleFiles, removeFiles, writeNewArticle } from "./store.ts";
import { checkedMarkdown, storeLimit } from "./stored.ts";

/** How a page or a file is read into an article: the fetch's allowances. */
export interface ReadOptions {
  /** Fetch from loopback and private networks too (`FETCH_ALLOW_PRIVATE=true`). */
  allowPrivate: boolean;
  /** Tighter fetch limits, for tests. */
  limits?: Partial<FetchLimits>;
  /** Another budget for reading a page (default `READ_BUDGET`, src/add/read-page.ts), for tests. */
  read?: Partial<ReadBudget>;
  /** The largest file stored, in bytes; default `CORPUS_MAX_FILE_MB`, as the library is loaded. */
  maxFileBytes?: number;
}

/** Where an article goes and what is already there. */
export interface AddOptions extends ReadOptions {
  /** The corpus folder. */
  dir: string;
  /** The articles already in the corpus, so that the same one is not added twice. */
  existing: Iterable<Article>;
}

/** An article written to the corpus folder, as the loader reads it. */
export interface Added {
  id: string;
  article: Article;
  /** What reading the page kept and left out, for an article added from a link. */
  report?: ExtractionReport;
}

/**
 * An article read from a page or a file and checked by the corpus loader, not stored anywhere yet: what
 * a corpus folder (`storeInFolder`) and a server's library (`src/library`) take in alike.
 */
export interface Candidate {
  /** The id it asks for: the slug of its headline (a page) or of its file name. */
  slug: string;
  format: ArticleFormat;
  /** The file's text, as stored: the page as `.md`, or the file as given. */
  content: string;
  /** The article as the loader reads `content`. */
  article: Article;
  /** Where it came from: the page's address, or the file's name as the user gave it. */
  from: { url: string } | { file: string };
  /** What reading the page kept and left out, for an article read from a link. */
  report?: ExtractionReport;
}

/**
 * Fetches a page and reads its article, as `.md`, checked by the loader's own reading and limits before
 * anything stores it (`checkedMarkdown`). An HTML page is read by `extractArticle`; a text page must be in
 * the corpus's `.txt` form (`readFetched`). Throws a {@link Refusal} for a link it will not fetch, a page
 * with no article, or one too large to store.
 */
export async function readPage(link: string, options: ReadOptions): Promise<Candidate> {
  const page = await fetchPage(link, fetchOptions(options));
  const found = await readFetched(page, options.read);
  if (!found) {
    throw new Refusal("no_article", CORPUS_REFUSAL.noArticle, { host: new URL(page.url).host, type: page.type });
  }
  const content = articleMarkdown(found);
  const slug = slugOf(found.title);
  const article = checkedMarkdown(`${slug}.md`, slug, content, storeLimit(options.maxFileBytes));
  return { slug, format: "md", content, article, from: { url: link }, report: found.report };
}

/**
 * Reads a `.txt` or `.md` file in the corpus format, checked by the corpus loader itself, to be stored
 * byte for byte as `<slug of its name>.<ext>`. Throws a {@link Refusal} with the loader's message (file
 * and line) for a malformed file, and for another kind of file.
 */
export function readFile(name: string, bytes: Uint8Array, maxFileBytes?: number): Candidate {
  const format = articleFormatOf(name);
  const slug = slugOf(basename(name, extname(name)));
  const article = loadAlone(basename(name), articleFileName(slug, format), bytes, storeLimit(maxFileBytes));
  // The loader has read the bytes as UTF-8 (refusing anything else), so they decode whole.
  const content = new TextDecoder().decode(bytes);
  return { slug, format, content, article, from: { file: basename(name) } };
}

/**
 * {@link readFile} for a file that is at a url (a Discord attachment): its name is checked before it is
 * fetched, and it is fetched under the same limits and address checks as a page, of any type.
 */
export async function readAttachment(name: string, url: string, options: ReadOptions): Promise<Candidate> {
  articleFormatOf(name);
  const file = await fetchPage(url, { ...fetchOptions(options), types: null });
  return readFile(name, file.bytes, options.maxFileBytes);
}

/**
 * Stores a candidate in a corpus folder, under its slug (or `-2`…). Refuses an article already there:
 * one the folder held when `existing` was read, and one another process wrote meanwhile under the same
 * name (`writeNewArticle`).
 */
export function storeInFolder(candidate: Candidate, { dir, existing }: Pick<AddOptions, "dir" | "existing">): Added {
  const { article, slug, format, content } = candidate;
  refuseDuplicate(article, existing);
  const written = writeNewArticle(dir, slug, format, content, (id) =>
    articleFiles(dir, id).some((name) => {
      try {
        return sameSource(loadAlone(name, name, readFileSync(join(dir, name)), storeLimit(undefined)), article);
      } catch {
        return false;
      }
    }),
  );
  if ("duplicateOf" in written) throw duplicate(written.duplicateOf);
  const { id } = written;
  const added: Added = { id, article: { ...article, id, file: join(dir, articleFileName(id, format)) } };
  return candidate.report ? { ...added, report: candidate.report } : added;
}

/** Fetches a page and adds its article to a corpus folder as `<slug of the headline>.md` ({@link readPage}, {@link storeInFolder}). */
export async function addFromUrl(link: string, options: AddOptions): Promise<Added> {
  return storeInFolder(await readPage(link, options), options);
}

/** Adds a `.txt` or `.md` file to a corpus folder ({@link readFile}, {@link storeInFolder}). */
export function addFromFile(name: string, bytes: Uint8Array, options: AddOptions): Added {
  return storeInFolder(readFile(name, bytes, options.maxFileBytes), options);
}

/**
 * Removes article `id` from the corpus folder (its file, and a `.txt`'s sidecar). Refuses an id that is
 * not there, and the last article, since a corpus without one cannot load. Returns the files removed.
 */
export function removeArticle(dir: string, id: string): string[] {
  const files = articleFiles(dir, id);
  if (files.length === 0) throw new Refusal("unknown_article", UNKNOWN_ARTICLE_ON, { id }, id);
  if (articleCount(dir) === 1) throw new Refusal("last_article", CORPUS_REFUSAL.lastArticle, { id }, id);
  removeFiles(dir, files);
  return files;
}

/** The refusal of an article already stored, as `id`. */
export function duplicate(id: string): Refusal {
  return new Refusal("duplicate", CORPUS_REFUSAL.duplicate, { id }, id);
}

function fetchOptions({ allowPrivate, limits }: ReadOptions) {
  return allowPrivate ? { allowed: anyAddress, limits } : { limits };
}

function articleFormatOf(name: string): ArticleFormat {
  const format = articleFormat(name);
  if (format) return format;
  throw new Refusal("file_type", FILE_TYPE_ON, { ext: extname(name).toLowerCase() || "none" }, basename(name));
}

/**
 * The file loaded by the corpus loader, alone in a folder of its own, so that it passes exactly the
 * checks every corpus file passes. Its errors name the file as the user named it.
 */
function loadAlone(shownName: string, storedName: string, bytes: Uint8Array, maxFileBytes: number): Article {
  const stage = mkdtempSync(join(tmpdir(), "citebot-add-"));
  try {
    writeFileSync(join(stage, storedName), bytes);
    // The loader throws rather than return an empty corpus, so there is one article.
    const [article] = loadCorpus(stage, { maxFileBytes }) as [Article];
    return article;
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    const located = new CorpusError(shownName, error.reason, error.line).located;
    throw new Refusal("malformed", CORPUS_REFUSAL.malformed, { reason: error.reason }, located);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Refuses an article that one of `existing` has the same source as. */
function refuseDuplicate(article: Article, existing: Iterable<Article>): void {
  for (const other of existing) if (sameSource(other, article)) throw duplicate(other.id);
}
