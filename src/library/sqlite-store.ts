import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type Database from "better-sqlite3";
import { candidateIds } from "../corpus/names.ts";
import {
  type Feedback,
  type FeedbackQuery,
  type FeedbackRow,
  feedbackValues,
  fromFeedbackRow,
  type NewFeedback,
} from "./feedback.ts";
import { type Migration, type MigrationLog, migrate } from "./migrate.ts";
import { fromRow, type Row, toRow } from "./rows.ts";
import { FEEDBACK_COLUMNS, LIBRARY_ARTICLES_TABLE, SERVER_SETTINGS_TABLE } from "./schema.ts";
import { fromSettingsRow, type ServerSettings, type SettingsRow, toSettingsRow } from "./settings.ts";
import type { ChangeTopic, LibraryStore, NewArticle, Stored, StoredArticle } from "./store.ts";

type Db = Database.Database;

/**
 * How often other processes' changes are looked for: well inside the 5 seconds in which every process
 * must answer from a change, for one indexed read of a small table.
 */
const POLL_MS = 1_000;

/** Changes kept for processes that poll: one that falls further behind reads everything again. */
const CHANGES_KEPT = 10_000;

/** How long a write waits for another process's write to the same file before failing. */
const BUSY_TIMEOUT_MS = 10_000;

const MIGRATIONS: ReadonlyArray<Migration<Db>> = [
  {
    name: "0001-libraries",
    async up(db) {
      db.exec(`
        ${LIBRARY_ARTICLES_TABLE};
        CREATE TABLE library_changes (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          library TEXT NOT NULL
        );`);
    },
  },
  {
    name: "0002-feedback",
    async up(db) {
      db.exec(`
        CREATE TABLE feedback (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          ${FEEDBACK_COLUMNS}
        );
        CREATE INDEX feedback_by_server ON feedback (server, created_at);`);
    },
  },
  {
    name: "0003-server-settings",
    async up(db) {
      // A change is now to a library's articles or to its server's settings: processes reload only what changed.
      db.exec(`
        ${SERVER_SETTINGS_TABLE};
        ALTER TABLE library_changes ADD COLUMN topic TEXT NOT NULL DEFAULT 'articles';`);
    },
  },
];

const LOG: MigrationLog<Db> = {
  async applied(db) {
    db.exec("CREATE TABLE IF NOT EXISTS citebot_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
    return db
      .prepare<[], { name: string }>("SELECT name FROM citebot_migrations ORDER BY name")
      .all()
      .map((row) => row.name);
  },
  async record(db, name) {
    db.prepare("INSERT INTO citebot_migrations (name, applied_at) VALUES (?, ?)").run(name, new Date().toISOString());
  },
};

/** The open under way in this process, which the next waits for. */
let opening: Promise<unknown> = Promise.resolve();

/**
 * Libraries in one SQLite file (better-sqlite3), for a bot on one machine: no server to set up, and
 * what PostgreSQL gives several machines, one process or several: an add is one transaction (a process
 * killed during it leaves the article whole or absent, SQLite's journal sees to it), the source keys
 * are unique in a library, and every change (to a library's articles or its server's settings) is logged in
 * `library_changes`, which each process polls.
 */
export class SqliteStore implements LibraryStore {
  readonly #db: Db;
  readonly #listeners: Array<(library: string | undefined, topic: ChangeTopic | undefined) => void> = [];
  readonly #poller: NodeJS.Timeout;
  /** The last change told to the listeners. */
  #seen: number;
  /** Changes this process made and told of already, which the poll passes over. */
  readonly #own = new Set<number>();

  private constructor(db: Db) {
    this.#db = db;
    this.#seen = this.#lastChange();
    this.#poller = setInterval(() => this.#poll(), POLL_MS).unref();
  }

  /** Opens (creating if need be) the store in `file`, its schema brought up to date. */
  static open(file: string): Promise<SqliteStore> {
    // The migration holds the file's write lock across umzug's awaits, and a second connection of this
    // thread waiting for the lock would block the very thread that holds it: opens here go one at a time.
    const opened = opening.then(() => SqliteStore.#open(file));
    opening = opened.catch(() => undefined);
    return opened;
  }

  static async #open(file: string): Promise<SqliteStore> {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    // Loaded when a store opens: the CLI bundles this module for `article --server` alone.
    const { default: Sqlite } = await import("better-sqlite3");
    const db = new Sqlite(file);
    try {
      db.pragma("journal_mode = WAL");
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // One process migrates at a time: the others wait for its write lock, then find nothing to do.
      db.exec("BEGIN IMMEDIATE");
      try {
        await migrate(db, MIGRATIONS, LOG);
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db);
  }

  async list(library: string): Promise<StoredArticle[]> {
    return this.#db
      .prepare<[string], Row>("SELECT * FROM library_articles WHERE library = ? ORDER BY added_at, id")
      .all(library)
      .map(fromRow);
  }

  async add(library: string, article: NewArticle, reserved: ReadonlySet<string>): Promise<Stored> {
    const insert = this.#db.prepare(
      `INSERT INTO library_articles VALUES (@library, @id, @format, @content, @url_key, @text_key, @added_by_id,
        @added_by_name, @added_at, @added_from, @added_from_kind, @attribution, @attribution_version)
       ON CONFLICT DO NOTHING`,
    );
    const twin = this.#db.prepare<[string, string | null, string], { id: string }>(
      "SELECT id FROM library_articles WHERE library = ? AND (url_key = ? OR text_key = ?)",
    );
    const stored = this.#db
      .transaction((): Stored => {
        for (const id of candidateIds(article.slug, (id) => reserved.has(id))) {
          if (insert.run(toRow(library, id, article)).changes === 1) {
            this.#changed(library, "articles");
            return { id };
          }
          // Nothing inserted: either the id is taken (try the next) or the source is (a duplicate).
          const existing = twin.get(library, article.keys.url, article.keys.text);
          if (existing) return { duplicateOf: existing.id };
        }
        throw new Error("unreachable: candidate ids never end");
      })
      .immediate();
    if ("id" in stored) this.#tell(library, "articles");
    return stored;
  }

  async remove(library: string, id: string): Promise<boolean> {
    const removed = this.#db
      .transaction(() => {
        const { changes } = this.#db
          .prepare("DELETE FROM library_articles WHERE library = ? AND id = ?")
          .run(library, id);
        if (changes > 0) this.#changed(library, "articles");
        return changes > 0;
      })
      .immediate();
    if (removed) this.#tell(library, "articles");
    return removed;
  }

  onChange(listener: (library: string | undefined, topic: ChangeTopic | undefined) => void): void {
    this.#listeners.push(listener);
  }

  async settings(server: string): Promise<ServerSettings | undefined> {
    const row = this.#db.prepare<[string], SettingsRow>("SELECT * FROM server_settings WHERE server = ?").get(server);
    return row && fromSettingsRow(row);
  }

  async saveSettings(server: string, settings: ServerSettings, by: string): Promise<void> {
    const row = toSettingsRow(server, settings, by, new Date().toISOString());
    this.#db
      .transaction(() => {
        this.#db
          .prepare(
            `INSERT INTO server_settings VALUES (@server, @replies, @editor_role, @channels, @updated_by_id, @updated_at)
             ON CONFLICT (server) DO UPDATE SET replies = excluded.replies, editor_role = excluded.editor_role,
               channels = excluded.channels, updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
          )
          .run(row);
        this.#changed(server, "settings");
      })
      .immediate();
    this.#tell(server, "settings");
  }

  async addFeedback(record: NewFeedback): Promise<number> {
    const inserted = this.#db
      .prepare(
        "INSERT INTO feedback (server, user_id, user_name, kind, query, reply, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
      .run(...feedbackValues(record));
    return Number(inserted.lastInsertRowid);
  }

  async feedback({ server, limit }: FeedbackQuery): Promise<Feedback[]> {
    const rows =
      server === undefined
        ? this.#db
            .prepare<[number], FeedbackRow>("SELECT * FROM feedback ORDER BY created_at DESC, id DESC LIMIT ?")
            .all(limit)
        : this.#db
            .prepare<[string, number], FeedbackRow>(
              "SELECT * FROM feedback WHERE server = ? ORDER BY created_at DESC, id DESC LIMIT ?",
            )
            .all(server, limit);
    return rows.map(fromFeedbackRow);
  }

  async close(): Promise<void> {
    clearInterval(this.#poller);
    this.#listeners.length = 0;
    this.#db.close();
  }

  /** Logs a change in the write's own transaction, and forgets changes no poller still needs. */
  #changed(library: string, topic: ChangeTopic): void {
    const seq = Number(
      this.#db.prepare("INSERT INTO library_changes (library, topic) VALUES (?, ?)").run(library, topic)
        .lastInsertRowid,
    );
    this.#db.prepare("DELETE FROM library_changes WHERE seq <= ?").run(seq - CHANGES_KEPT);
    this.#own.add(seq);
  }

  #lastChange(): number {
    return this.#db.prepare<[], { seq: number | null }>("SELECT max(seq) AS seq FROM library_changes").get()?.seq ?? 0;
  }

  /** Tells the listeners of the changes made since the last poll, by any process. */
  #poll(): void {
    if (this.#listeners.length === 0 || !this.#db.open) return;
    const changes = this.#db
      .prepare<[number], { seq: number; library: string; topic: ChangeTopic }>(
        "SELECT seq, library, topic FROM library_changes WHERE seq > ? ORDER BY seq",
      )
      .all(this.#seen);
    const first = changes[0];
    if (!first) return;
    // A gap means pruned changes this process never saw: read everything again.
    if (first.seq > this.#seen + 1 && !this.#own.has(first.seq - 1)) this.#tell(undefined, undefined);
    else {
      const others = changes.filter((change) => !this.#own.delete(change.seq));
      const told = new Map<string, Set<ChangeTopic>>();
      for (const { library, topic } of others) told.set(library, (told.get(library) ?? new Set()).add(topic));
      for (const [library, topics] of told) for (const topic of topics) this.#tell(library, topic);
    }
    this.#seen = changes.at(-1)?.seq ?? this.#seen;
  }

  #tell(library: string | undefined, topic: ChangeTopic | undefined): void {
    for (const listener of this.#listeners) listener(library, topic);
  }
}
