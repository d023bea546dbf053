/** One versioned change of a store's schema: its name (kept in the store once applied) and what it does. */
export interface Migration<Db> {
  name: string;
  up(db: Db): Promise<void>;
}

/** How a store records which migrations it has applied: in a table of its own. */
export interface MigrationLog<Db> {
  applied(db: Db): Promise<string[]>;
  record(db: Db, name: string): Promise<void>;
}

/**
 * Brings a store's schema up to date at start: each migration not yet recorded runs, in order, and is
 * recorded (umzug keeps the order and the bookkeeping). The caller holds the store's lock meanwhile, so
 * that two processes starting together do not both migrate.
 */
export async function migrate<Db extends object>(
  db: Db,
  migrations: ReadonlyArray<Migration<Db>>,
  log: MigrationLog<Db>,
): Promise<string[]> {
  // Loaded when a store opens, not with every entry point that bundles this module (the CLI's answers).
  const { Umzug } = await import("umzug");
  const umzug = new Umzug<Db>({
    migrations: migrations.map(({ name, up }) => ({ name, up: ({ context }) => up(context) })),
    context: db,
    storage: {
      executed: ({ context }) => log.applied(context),
      logMigration: ({ name, context }) => log.record(context, name),
      unlogMigration: () => Promise.reject(new Error("citebot: its schema migrations are never undone")),
    },
    logger: undefined,
  });
  return (await umzug.up()).map((migration) => migration.name);
}
