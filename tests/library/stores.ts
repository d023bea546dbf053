import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { PostgresStore } from "../../src/library/postgres-store.ts";
import { SqliteStore } from "../../src/library/sqlite-store.ts";
import type { LibraryStore } from "../../src/library/store.ts";

/**
 * The PostgreSQL server the store's tests run against, when set (`.ci/run` sets it; without it these
 * tests are not defined, and the suite's setup says in one line how to run them). Reachable or not, a
 * set `TEST_DATABASE_URL` runs them: an unreachable server fails them.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** The kinds of store the contract runs on: SQLite always, PostgreSQL with `TEST_DATABASE_URL`. */
export const STORE_KINDS: Array<"sqlite" | "postgres"> = TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

/** Where one test's stores live: a SQLite file, or a PostgreSQL schema of its own. Opening twice shares it. */
export interface StorePlace {
  kind: "sqlite" | "postgres";
  /** The SQLite file, or the connection string with the schema as its search path. */
  location: string;
  open(): Promise<LibraryStore>;
  /** Removes the file or the schema, after closing every store opened here. */
  dispose(): Promise<void>;
}

/** A fresh place for stores of `kind`. */
export async function storePlace(kind: "sqlite" | "postgres"): Promise<StorePlace> {
  const opened: LibraryStore[] = [];
  const track = async (store: Promise<LibraryStore>) => {
    const done = await store;
    opened.push(done);
    return done;
  };
  const closeAll = () => Promise.all(opened.splice(0).map((store) => store.close().catch(() => {})));
  if (kind === "sqlite") {
    const file = join(tmpdir(), `citebot-store-${randomUUID()}.db`);
    return {
      kind,
      location: file,
      open: () => track(SqliteStore.open(file)),
      async dispose() {
        await closeAll();
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  const base = TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const schema = `citebot_test_${randomUUID().replaceAll("-", "")}`;
  await withClient(base, (client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const location = url.toString();
  return {
    kind,
    location,
    open: () => track(PostgresStore.open(location)),
    async dispose() {
      await closeAll();
      await withClient(base, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
