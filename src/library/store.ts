import type { SourceKeys } from "../add/source.ts";
import type { ArticleAttribution } from "../attribution/types.ts";
import type { ArticleFormat } from "../corpus/names.ts";
import type { Feedback, FeedbackQuery, NewFeedback } from "./feedback.ts";
import type { ServerSettings } from "./settings.ts";

/**
 * Where servers' libraries are kept: a library is a Discord server's own articles, by the server's id.
 * Two stores implement it, alike to every caller: SQLite in a file (`SqliteStore`, the default, no set-up)
 * and PostgreSQL (`PostgresStore`, with `DATABASE_URL`), which bot processes on several machines share.
 * Beside each library it keeps its server's settings (`/settings`), and for the operator what users said was
 * not right. The operator's corpus is not here: it is the `CORPUS_DIR` folder.
 */
export interface LibraryStore {
  /** The articles of a library, oldest first; none for a library that has never had one. */
  list(library: string): Promise<StoredArticle[]>;
  /**
   * Stores an article whole or not at all, as `slug`, else `slug-2`, `slug-3`…, the first id neither the
   * library nor `reserved` (the operator's ids) uses. The store refuses a second article with the same
   * source (`SourceKeys`, unique in a library), however many processes add it at once: then nothing is
   * written and the id of the one there is returned.
   */
  add(library: string, article: NewArticle, reserved: ReadonlySet<string>): Promise<Stored>;
  /** Removes an article; false when the library has none of that id. */
  remove(library: string, id: string): Promise<boolean>;
  /**
   * Calls `listener` whenever a library or its server's settings change through any process (this one too),
   * with the library's id and what changed, or with both undefined where changes may have been missed (a
   * lost connection), so that everything is read again.
   */
  onChange(listener: (library: string | undefined, topic: ChangeTopic | undefined) => void): void;
  /** A server's settings, or undefined where its admins never set any. */
  settings(server: string): Promise<ServerSettings | undefined>;
  /** Keeps a server's settings, as set by the user `by` (an id), and tells every process. */
  saveSettings(server: string, settings: ServerSettings, by: string): Promise<void>;
  /** Keeps a "Not right?" for the operator; gives its number. */
  addFeedback(record: NewFeedback): Promise<number>;
  /** What users said was not right, newest first. */
  feedback(query: FeedbackQuery): Promise<Feedback[]>;
  /** Closes the connections; nothing is reported after. */
  close(): Promise<void>;
}

/** What a change concerns: a library's articles, or its server's settings. */
export type ChangeTopic = "articles" | "settings";

/** Who added an article, when, and from where: kept with it, shown by `/corpus list` and `citebot article`. */
export interface Provenance {
  /** The Discord user, by id and by the name shown when they added it. */
  addedBy: { id: string; name: string };
  /** When, as an ISO 8601 time in UTC. */
  addedAt: string;
  /** The link given, or the name of the file attached. */
  from: { url: string } | { file: string };
}

/** Who says what in an article, as worked out when it was added, and by which build of citebot. */
export interface StoredAttribution {
  /** The build that worked it out (`attributionVersion`): another build works it out again. */
  version: string;
  data: ArticleAttribution;
}

/** An article of a library, as stored: its file's text, read by the corpus loader like any corpus file. */
export interface StoredArticle {
  id: string;
  format: ArticleFormat;
  content: string;
  provenance: Provenance;
  attribution: StoredAttribution | undefined;
}

/** An article to store: what `StoredArticle` holds, the id asked for, and the keys that make it unique. */
export interface NewArticle extends Omit<StoredArticle, "id"> {
  slug: string;
  keys: SourceKeys;
}

/** Where an added article went: its id, or the id of the article of the same source already there. */
export type Stored = { id: string } | { duplicateOf: string };

/**
 * Where an article of a library came from, as `citebot article` shows it: the operator's corpus file (and
 * when it last changed), or a server's library with who added it, when and from where.
 */
export type ArticleOrigin =
  | { library: "operator"; file: string; changedAt: string; url: string | null }
  | ({ library: "server"; server: string } & Provenance);
