import { randomUUID } from "node:crypto";
import type pg from "pg";
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

type Db = pg.ClientBase;

/** The channel on which every write says which library it changed (NOTIFY, delivered at commit). */
const CHANNEL = "citebot_libraries";

/** The advisory lock that one starting process holds while it migrates, so that others wait. */
const MIGRATION_LOCK = 720_020;

/** How long to wait before listening again after the listening connection is lost. */
const RECONNECT_MS = 1_000;

/** Connections per process: answers read a library once, then from memory; adds are rare. */
const POOL_SIZE = 4;

const MIGRATIONS: ReadonlyArray<Migration<Db>> = [
  {
    name: "0001-libraries",
    async up(db) {
      await db.query(LIBRARY_ARTICLES_TABLE);
    },
  },
  {
    name: "0002-feedback",
    async up(db) {
      await db.query(`
        CREATE TABLE feedback (
          id BIGSERIAL PRIMARY KEY,
          ${FEEDBACK_COLUMNS}
        );
        CREATE INDEX feedback_by_server ON feedback (server, created_at)`);
    },
  },
  {
    name: "0003-server-settings",
    async up(db) {
      await db.query(SERVER_SETTINGS_TABLE);
    },
  },
];

const LOG: MigrationLog<Db> = {
  async applied(db) {
    await db.query(
      "CREATE TABLE IF NOT EXISTS citebot_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
    );
    const { rows } = await db.query<{ name: string }>("SELECT name FROM citebot_migrations ORDER BY name");
    return rows.map((row) => row.name);
  },
  async record(db, name) {
    await db.query("INSERT INTO citebot_migrations (name) VALUES ($1)", [name]);
  },
};

const INSERT = `INSERT INTO library_articles (library, id, format, content, url_key, text_key, added_by_id, added_by_name,
  added_at, added_from, added_from_kind, attribution, attribution_version)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING`;

/**
 * Libraries in PostgreSQL (`pg`), shared by bot processes on any number of machines. An add is one
 * transaction; the source keys are unique in a library, so the same link added through several
 * processes at once is stored once; every write to a library or its server's settings NOTIFYs its library
 * and topic at commit, and each process LISTENs,
 * so a change is answered everywhere within moments. A lost listening connection is made again, and
 * then every library is read afresh, since notifications may have been missed meanwhile.
 */
export class PostgresStore implements LibraryStore {
  readonly #pool: pg.Pool;
  readonly #client: typeof pg.Client;
  readonly #url: string;
  readonly #listeners: Array<(library: string | undefined, topic: ChangeTopic | undefined) => void> = [];
  /** This process's name in its notifications, so that it does not hear its own twice. */
  readonly #self = randomUUID();
  #listening: pg.Client | undefined;
  #closed = false;

  private constructor(url: string, pool: pg.Pool, client: typeof pg.Client) {
    this.#url = url;
    this.#pool = pool;
    this.#client = client;
    // An idle connection that drops is the pool's to replace; unheard, the error would end the process.
    pool.on("error", () => {});
  }

  /** Connects to `url`, brings the schema up to date, and starts listening for changes. */
  static async open(url: string): Promise<PostgresStore> {
    // Loaded when a store opens: the CLI bundles this module for `article --server` alone.
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
    try {
      await inTransaction(pool, async (db) => {
        await db.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
        await migrate(db, MIGRATIONS, LOG);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    const store = new PostgresStore(url, pool, pg.Client);
    await store.#listen();
    return store;
  }

  async list(library: string): Promise<StoredArticle[]> {
    const { rows } = await this.#pool.query<Row>(
      "SELECT * FROM library_articles WHERE library = $1 ORDER BY added_at, id",
      [library],
    );
    return rows.map(fromRow);
  }

  async add(library: string, article: NewArticle, reserved: ReadonlySet<string>): Promise<Stored> {
    const stored = await inTransaction(this.#pool, async (db): Promise<Stored> => {
      for (const id of candidateIds(article.slug, (id) => reserved.has(id))) {
        const row = toRow(library, id, article);
        const inserted = await db.query(INSERT, Object.values(row));
        if (inserted.rowCount === 1) {
          await this.#notify(db, library, "articles");
          return { id };
        }
        // Nothing inserted: the id is taken (try the next) or the source is, by a write committed meanwhile.
        const { rows } = await db.query<{ id: string }>(
          "SELECT id FROM library_articles WHERE library = $1 AND (url_key = $2 OR text_key = $3)",
          [library, article.keys.url, article.keys.text],
        );
        if (rows[0]) return { duplicateOf: rows[0].id };
      }
      throw new Error("unreachable: candidate ids never end");
    });
    if ("id" in stored) this.#tell(library, "articles");
    return stored;
  }

  async remove(library: string, id: string): Promise<boolean> {
    const removed = await inTransaction(this.#pool, async (db) => {
      const { rowCount } = await db.query("DELETE FROM library_articles WHERE library = $1 AND id = $2", [library, id]);
      if (rowCount) await this.#notify(db, library, "articles");
      return Boolean(rowCount);
    });
    if (removed) this.#tell(library, "articles");
    return removed;
  }

  onChange(listener: (library: string | undefined, topic: ChangeTopic | undefined) => void): void {
    this.#listeners.push(listener);
  }

  async settings(server: string): Promise<ServerSettings | undefined> {
    const { rows } = await this.#pool.query<SettingsRow>("SELECT * FROM server_settings WHERE server = $1", [server]);
    return rows[0] && fromSettingsRow(rows[0]);
  }

  async saveSettings(server: string, settings: ServerSettings, by: string): Promise<void> {
    const row = toSettingsRow(server, settings, by, new Date().toISOString());
    await inTransaction(this.#pool, async (db) => {
      await db.query(
        `INSERT INTO server_settings (server, replies, editor_role, channels, updated_by_id, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (server) DO UPDATE SET replies = excluded.replies, editor_role = excluded.editor_role,
           channels = excluded.channels, updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
        Object.values(row),
      );
      await this.#notify(db, server, "settings");
    });
    this.#tell(server, "settings");
  }

  async addFeedback(record: NewFeedback): Promise<number> {
    const { rows } = await this.#pool.query<{ id: string }>(
      `INSERT INTO feedback (server, user_id, user_name, kind, query, reply, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      feedbackValues(record),
    );
    return Number(rows[0]?.id);
  }

  async feedback({ server, limit }: FeedbackQuery): Promise<Feedback[]> {
    const { rows } = await this.#pool.query<FeedbackRow>(
      `SELECT * FROM feedback WHERE $1::text IS NULL OR server = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [server ?? null, limit],
    );
    return rows.map(fromFeedbackRow);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.length = 0;
    await this.#listening?.end().catch(() => {});
    await this.#pool.end();
  }

  #notify(db: Db, library: string, topic: ChangeTopic): Promise<unknown> {
    return db.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ library, topic, by: this.#self })]);
  }

  /** Listens on a connection of its own; once it is lost, listens again ({@link #relisten}). */
  async #listen(): Promise<void> {
    const client = new this.#client({ connectionString: this.#url });
    const lost = () => {
      if (this.#listening !== client) return;
      this.#listening = undefined;
      this.#relisten();
    };
    client.on("notification", ({ payload }) => {
      const { library, by, topic } = JSON.parse(payload ?? "{}") as { library?: string; by?: string; topic?: string };
      // A process of the version before settings says nothing of the topic: its changes were to articles.
      if (library !== undefined && by !== this.#self)
        this.#tell(library, topic === "settings" ? "settings" : "articles");
    });
    client.on("error", lost);
    client.on("end", lost);
    this.#listening = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      this.#listening = undefined;
      await client.end().catch(() => {});
      throw error;
    }
  }

  /** Listens again after a pause, until it can; then has every library read afresh, as changes may have gone unheard. */
  #relisten(): void {
    if (this.#closed) return;
    setTimeout(() => {
      if (this.#closed) return;
      this.#listen().then(
        () => this.#tell(undefined, undefined),
        () => this.#relisten(),
      );
    }, RECONNECT_MS).unref();
  }

  #tell(library: string | undefined, topic: ChangeTopic | undefined): void {
    for (const listener of this.#listeners) listener(library, topic);
  }
}

/** Runs `work` in a transaction on a connection of the pool: committed if it returns, rolled back if it throws. */
async function inTransaction<T>(pool: pg.Pool, work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
  const db = await pool.connect();
  try {
    await db.query("BEGIN");
    const result = await work(db);
    await db.query("COMMIT");
    return result;
  } catch (error) {
    await db.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    db.release();
  }
}
