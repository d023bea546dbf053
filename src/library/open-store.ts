import { PostgresStore } from "./postgres-store.ts";
import { SqliteStore } from "./sqlite-store.ts";
import type { LibraryStore } from "./store.ts";

/** Where the libraries are kept: PostgreSQL at `databaseUrl` when given, else the SQLite file `libraryDb`. */
export interface StoreOptions {
  databaseUrl: string | undefined;
  libraryDb: string;
}

/**
 * Opens the store the configuration names, its schema brought up to date. A store that cannot be opened
 * throws an error that says which and why, never the connection string (it may hold a password).
 */
export async function openStore({ databaseUrl, libraryDb }: StoreOptions): Promise<LibraryStore> {
  try {
    return databaseUrl === undefined ? await SqliteStore.open(libraryDb) : await PostgresStore.open(databaseUrl);
  } catch (error) {
    const where = databaseUrl === undefined ? `the SQLite file ${libraryDb} (LIBRARY_DB)` : "PostgreSQL (DATABASE_URL)";
    throw new Error(`citebot: cannot open the servers' libraries in ${where}: ${(error as Error).message}`);
  }
}
