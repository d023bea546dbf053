import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { CorpusError } from "../corpus/errors.ts";
import { loadCorpus } from "../corpus/load.ts";
import type { Article } from "../corpus/types.ts";
import { CORPUS_REFUSAL } from "../render/wording.ts";
import type { ExtractionReport } from "./extract.ts";
import { anyAddress, type FetchLimits, fetchPage } from "./fetch-page.ts";
import { articleMarkdown } from "./markdown.ts";
import { type ReadBudget, readPage } from "./read-page.ts";
import { Refusal } from "./refusal.ts";
import { slugOf } from "./slug.ts";
import { articleCount, articleFiles, removeFiles, writeNewArticle } from "./store.ts";
import { checkedMarkdown, storeLimit } from "./stored.ts";

/** Where an article goes and what is already there. */
export interface AddOptions {
  /** The corpus folder. */
  dir: string;
  /** Fetch from loopback and private networks too (`FETCH_ALLOW_PRIVATE=true`). */
  allowPrivate: boolean;
  /** The articles already in the corpus, so that the same one is not added twice. */
  existing: Iterable<Article>;
  /** Tighter fetch limits, for tests. */
  limits?: Partial<FetchLimits>;
  /** Another budget for reading a page (default `READ_BUDGET`, src/add/read-page.ts), for tests. */
  read?: Partial<ReadBudget>;
  /** The largest file stored, in bytes; default `CORPUS_MAX_FILE_MB`, as the library is loaded. */
  maxFileBytes?: number;
}

/** An article written to the corpus folder, as the loader reads it. */
export interface Added {
  id: string;
  article: Article;
  /** What reading the page kept and left out, for an article added from a link. */
  report?: ExtractionReport;
}

/**
 * Fetches a page and adds its article as `<slug of the headline>.md`. An HTML page is read by
 * `extractArticle`; a text page must be in the corpus's `.txt` form. Throws a {@link Refusal}
 * for a link it will not fetch, a page with no article, or an article already in the corpus; then
 * nothing is written.
 */
export async function addFromUrl(link: string, options: AddOptions): Promise<Added> {
  const page = await fetchPage(link, fetchOptions(options));
  const found = await readPage(page, options.read);
  if (!found) {
    throw new Refusal("no_article", CORPUS_REFUSAL.noArticle, { host: new URL(page.url).host, type: page.type });
  }
  refuseDuplicate(found.title, found.paragraphs[0], found.url, options.existing);
  const markdown = articleMarkdown(found);
  const slug = slugOf(found.title);
  const parsed = checkedMarkdown(`${slug}.md`, slug, markdown, storeLimit(options.maxFileBytes));
  const id = writeNewArticle(options.dir, slug, ".md", markdown);
  return { id, article: { ...parsed, id, file: join(options.dir, `${id}.md`) }, report: found.report };
}

/**
 * Adds a `.txt` or `.md` file in the corpus format, checked by the corpus loader itself and stored
 * byte for byte as `<slug of its name>.<ext>`. Throws a {@link Refusal} with the loader's message (file
 * and line) for a malformed file, and for another kind of file or an article already in the corpus.
 */
export function addFromFile(name: string, bytes: Uint8Array, options: AddOptions): Added {
  const ext = articleExtension(name);
  const slug = slugOf(basename(name, extname(name)));
  const checked = loadAlone(basename(name), `${slug}${ext}`, bytes, storeLimit(options.maxFileBytes));
  refuseDuplicate(checked.title, checked.paragraphs[0]?.text, checked.url, options.existing);
  const id = writeNewArticle(options.dir, slug, ext, bytes);
  return { id, article: { ...checked, id, file: join(options.dir, `${id}${ext}`) } };
}

/**
 * {@link addFromFile} for a file that is at a url (a Discord attachment): its name is checked before
 * it is fetched, and it is fetched under the same limits and address checks as a page, of any type.
 */
export async function addFromAttachment(name: string, url: string, options: AddOptions): Promise<Added> {
  articleExtension(name);
  const file = await fetchPage(url, { ...fetchOptions(options), types: null });
  return addFromFile(name, file.bytes, options);
}

/**
 * Removes article `id` from the corpus folder (its file, and a `.txt`'s sidecar). Refuses an id that is
 * not there, and the last article, since a corpus without one cannot load. Returns the files removed.
 */
export function removeArticle(dir: string, id: string): string[] {
  const files = articleFiles(dir, id);
  if (files.length === 0) throw new Refusal("unknown_article", CORPUS_REFUSAL.unknownArticle, { id }, id);
  if (articleCount(dir) === 1) throw new Refusal("last_article", CORPUS_REFUSAL.lastArticle, { id }, id);
  removeFiles(dir, files);
  return files;
}

function fetchOptions({ allowPrivate, limits }: AddOptions) {
  return allowPrivate ? { allowed: anyAddress, limits } : { limits };
}

function articleExtension(name: string): ".md" | ".txt" {
  const ext = extname(name).toLowerCase();
  if (ext === ".md" || ext === ".txt") return ext;
  throw new Refusal("file_type", CORPUS_REFUSAL.fileType, { ext: ext || "none" }, basename(name));
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
    const message = new CorpusError(shownName, error.reason, error.line).message;
    throw new Refusal("malformed", CORPUS_REFUSAL.malformed, { reason: error.reason }, message);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The same article is the same address, or the same headline over the same first paragraph. */
function refuseDuplicate(title: string, first: string | undefined, url: string | null, existing: Iterable<Article>) {
  for (const article of existing) {
    const sameUrl = url !== null && article.url !== null && comparable(url) === comparable(article.url);
    if (sameUrl || (article.title === title && article.paragraphs[0]?.text === first)) {
      throw new Refusal("duplicate", CORPUS_REFUSAL.duplicate, { id: article.id }, article.id);
    }
  }
}

/** An address as compared for sameness: without its fragment and a trailing slash. */
function comparable(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = "";
    return parsed.href.replace(/\/$/u, "");
  } catch {
    return url;
  }
}
