import { type Candidate, duplicate, type ReadOptions, readAttachment, readFile, readPage } from "../add/add.ts";
import type { ExtractionReport } from "../add/extract.ts";
import { readLocalFile } from "../add/local-file.ts";
import { Refusal } from "../add/refusal.ts";
import { sameSource, sourceKeys } from "../add/source.ts";
import { storeLimit } from "../add/stored.ts";
import type { ArticleAttribution } from "../attribution/types.ts";
import type { Article } from "../corpus/types.ts";
import type { IndexedArticle } from "../search/corpus-index.ts";
import { UNKNOWN_ARTICLE_ON } from "../wording/answers.ts";
import { NOT_THIS_SERVERS } from "../wording/corpus.ts";
import { attributionVersion, type Libraries } from "./libraries.ts";
import type { Provenance } from "./store.ts";

/**
 * What to add: a link to a page, a file at a url under its own name (a Discord attachment), or a file on
 * this machine (the local console's `/corpus add ./ferry.md`).
 */
export type AddSource = { url: string } | { file: { name: string; url: string } } | { path: string };

/** An article added to or removed from a server's library, as the library now holds it. */
export interface Edit {
  action: "added" | "removed";
  id: string;
  /** The added article as its server's index holds it (who-says-what included), or the removed one as it was. */
  indexed: IndexedArticle;
  /** What reading the page kept and left out, for an article added from a link. */
  report?: ExtractionReport;
}

/** One article of a server's library, with who added it, when and from where: a line of `/corpus list`. */
export interface Listed {
  indexed: IndexedArticle;
  provenance: Provenance;
}

/**
 * Adds, removes and lists the articles of servers' libraries: `/corpus`. The page or file is read first
 * (`src/add`, which knows nothing of libraries), then stored, whole, in the server's library, which the
 * store keeps to one article per source however many processes add it; the library is then read again,
 * so that the reply can say the article is asked already. Refusals are {@link Refusal}s, with nothing
 * changed. The operator's corpus is never changed from here.
 */
export class LibraryEditor {
  readonly #libraries: Libraries;
  readonly #read: ReadOptions;
  readonly #attribute: (article: Article) => Promise<ArticleAttribution>;

  /** `attribute` works out who says what in an article being added: the bot's does it in a worker thread. */
  constructor(libraries: Libraries, read: ReadOptions, attribute: (article: Article) => Promise<ArticleAttribution>) {
    this.#libraries = libraries;
    this.#read = read;
    this.#attribute = attribute;
  }

  /** Reads the article at a link or in a file and adds it to `server`'s library, as added by `by`. */
  async add(server: string, source: AddSource, by: Provenance["addedBy"]): Promise<Edit> {
    return this.store(server, await this.#candidate(source), by);
  }

  async #candidate(source: AddSource): Promise<Candidate> {
    if ("url" in source) return readPage(source.url, this.#read);
    if ("file" in source) return readAttachment(source.file.name, source.file.url, this.#read);
    const { maxFileBytes } = this.#read;
    return readFile(source.path, readLocalFile(source.path, storeLimit(maxFileBytes)), maxFileBytes);
  }

  /** Stores an article already read in `server`'s library. */
  async store(server: string, candidate: Candidate, by: Provenance["addedBy"]): Promise<Edit> {
    const { article } = candidate;
    const operator = this.#libraries.operator;
    // The operator's articles answer in every server: the same one added here would answer twice.
    for (const indexed of operator.articles.values()) {
      if (sameSource(indexed.article, article)) throw duplicate(indexed.article.id);
    }
    const stored = await this.#libraries.store.add(
      server,
      {
        slug: candidate.slug,
        format: candidate.format,
        content: candidate.content,
        keys: sourceKeys(article),
        provenance: { addedBy: by, addedAt: new Date().toISOString(), from: candidate.from },
        attribution: { version: attributionVersion(), data: await this.#attribute(article) },
      },
      new Set(operator.articles.keys()),
    );
    if ("duplicateOf" in stored) throw duplicate(stored.duplicateOf);
    this.#libraries.forget(server);
    const indexed = (await this.#libraries.library(server)).index.articles.get(stored.id);
    if (!indexed)
      throw new Error(`citebot: article ${stored.id} stored in server ${server}'s library but not read back`);
    const edit: Edit = { action: "added", id: stored.id, indexed };
    return candidate.report ? { ...edit, report: candidate.report } : edit;
  }

  /** Removes article `id` from `server`'s library; an id it does not hold is refused, the operator's included. */
  async remove(server: string, id: string): Promise<Edit> {
    const indexed = (await this.#libraries.library(server)).index.articles.get(id);
    if (!indexed || !(await this.#libraries.store.remove(server, id))) {
      const text = this.#libraries.operator.articles.has(id) ? NOT_THIS_SERVERS : UNKNOWN_ARTICLE_ON;
      throw new Refusal("unknown_article", text, { id }, id);
    }
    this.#libraries.forget(server);
    return { action: "removed", id, indexed };
  }

  /** The articles of `server`'s library, oldest first, each with who added it, when and from where. */
  async list(server: string): Promise<Listed[]> {
    const library = await this.#libraries.library(server);
    return [...library.index.articles.values()].flatMap((indexed) => {
      const provenance = library.provenance.get(indexed.article.id);
      return provenance ? [{ indexed, provenance }] : [];
    });
  }
}
