import { resolve } from "node:path";
import * as z from "zod";
import { DEFAULT_MAX_FILE_BYTES } from "./corpus/read.ts";
import { DEFAULT_IDLE_MS, DEFAULT_MEMORY_BUDGET_BYTES } from "./library/libraries.ts";

/** A Discord id (a snowflake): digits only. */

/** Where the bot and the CLI keep built indexes unless told otherwise (git-ignored). */
export const DEFAULT_INDEX_CACHE_DIR = ".citebot-cache";

/** The operator's corpus folder unless told otherwise: the bundled article's. */
export const DEFAULT_CORPUS_DIR = "corpus";

/**
 * Where servers' libraries are kept without `DATABASE_URL` or `LIBRARY_DB`: a SQLite file beside the
 * operator's corpus folder, named after it (`corpus` → `corpus.libraries.db`, git-ignored), so that each
 * corpus has the libraries that were added beside it.
 */
export function defaultLibraryDb(corpusDir: string): string {
  return `${resolve(corpusDir)}.libraries.db`;
}

const snowflake = (name: string) =>
  z.string().regex(/^\d{17,20}$/u, `${name} must be a Discord id: 17 to 20 digits (copy it with Developer Mode on)`);

/** An unset variable and one set to nothing (`DISCORD_GUILD_ID=` in `.env`) mean the same: not given. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const count = (name: string, fallback: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: `${name} must be a number` })
      .int(`${name} must be a whole number`)
      .min(1, `${name} must be at least 1`)
      .default(fallback),
  );

/**
 * `SHARDS`: the shards this process runs, as `0,1` (or as discord.js's ShardingManager sets it for each
 * shard's process: `3`, or JSON `[0,1]`).
 */
const shardsSchema = optional(
  z
    .string()
    .regex(/^\[?\s*\d+(\s*,\s*\d+)*\s*\]?$/u, "SHARDS must list shard numbers, such as 0,1")
    .transform((list) => [
      ...new Set(
        list
          .replace(/[[\]\s]/gu, "")
          .split(",")
          .map(Number),
      ),
    ]),
);

/** `FETCH_ALLOW_PRIVATE`: whether `/corpus add` and `citebot add` may fetch from loopback and private networks. */
const fetchAllowPrivateSchema = optional(
  z.enum(["true", "false"], { error: "FETCH_ALLOW_PRIVATE must be true or false" }),
).transform((allow) => allow === "true");

/**
 * Whether a URL's hostname, as the WHATWG parser normalises it, is this machine: `localhost`, 127.0.0.0/8
 * or `::1`. The parser has already turned `127.1`, `0x7f.1` or `2130706433` into dotted form and
 * `[0:0:0:0:0:0:0:1]` into `[::1]`, so these three shapes are all there is to check.
 */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(hostname);
}

/** Plain http to a host that is not this machine: the bot's token would cross a network unencrypted. */
function isCleartextToAnotherMachine(url: URL): boolean {
  return url.protocol === "http:" && !isLoopback(url.hostname);
}

/** `CORPUS_MAX_FILE_MB`, in megabytes (millions of bytes), as bytes. */
const maxFileMegabytes = optional(
  z.coerce
    .number({ error: "CORPUS_MAX_FILE_MB must be a number of megabytes, such as 5 or 0.5" })
    .positive("CORPUS_MAX_FILE_MB must be more than 0"),
).transform((megabytes) => (megabytes === undefined ? DEFAULT_MAX_FILE_BYTES : Math.round(megabytes * 1_000_000)));

/**
 * The environment, validated once. The token's schema never repeats its value in a message: every
 * message here names the variable and what is wrong, nothing more.
 */
const envSchema = z
  .object({
    DISCORD_TOKEN: optional(
      z.string().superRefine((token, ctx) => {
        if (/^bot\s/iu.test(token)) {
          ctx.addIssue({ code: "custom", message: "DISCORD_TOKEN must be the token alone, without the word Bot" });
        } else if (!/^[\w-]+\.[\w-]+\.[\w-]+$/u.test(token)) {
          ctx.addIssue({
            code: "custom",
            message:
              "DISCORD_TOKEN does not look like a bot token (three parts joined by dots); copy it again from the Bot page",
          });
        }
      }),
    ),
    DISCORD_CLIENT_ID: optional(snowflake("DISCORD_CLIENT_ID")),
    DISCORD_GUILD_ID: optional(snowflake("DISCORD_GUILD_ID")),
    CORPUS_DIR: optional(z.string()).transform((dir) => dir ?? DEFAULT_CORPUS_DIR),
    LOG_LEVEL: optional(
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
      }),
    ).transform((level) => level ?? "info"),
    DISCORD_API_URL: optional(
      z
        .url({
          protocol: /^https?$/u,
          error: "DISCORD_API_URL must be an http(s) URL, such as https://discord.com/api",
        })
        // Whatever the URL check refuses is its to report, once: only a parsed http URL is judged here.
        .refine((url) => !URL.canParse(url) || !isCleartextToAnotherMachine(new URL(url)), {
          message:
            "DISCORD_API_URL must use https; plain http is allowed only to this machine (127.0.0.1, ::1 or localhost), since the bot's token would cross the network unencrypted",
        }),
    ),
    CORPUS_MAX_FILE_MB: maxFileMegabytes,
    INDEX_CACHE_DIR: optional(z.string()).transform((dir) => dir ?? DEFAULT_INDEX_CACHE_DIR),
    WATCH_CORPUS: optional(z.enum(["true", "false"], { error: "WATCH_CORPUS must be true or false" })).transform(
      (watch) => watch !== "false",
    ),
    SHARD_COUNT: optional(
      z.coerce
        .number({ error: "SHARD_COUNT must be a number" })
        .int("SHARD_COUNT must be a whole number")
        .min(1, "SHARD_COUNT must be at least 1"),
    ),
    SHARDS: shardsSchema,
    FETCH_ALLOW_PRIVATE: fetchAllowPrivateSchema,
    RATE_LIMIT_REQUESTS: count("RATE_LIMIT_REQUESTS", 5),
    RATE_LIMIT_WINDOW_SECONDS: count("RATE_LIMIT_WINDOW_SECONDS", 30),
    DATABASE_URL: optional(
      z.string().refine((url) => /^postgres(ql)?:\/\//u.test(url), {
        message: "DATABASE_URL must be a PostgreSQL connection string, such as postgres://user@host:5432/citebot",
      }),
    ),
    LIBRARY_DB: optional(z.string()),
    LIBRARY_MEMORY_MB: count("LIBRARY_MEMORY_MB", DEFAULT_MEMORY_BUDGET_BYTES / 1_000_000),
    LIBRARY_IDLE_MINUTES: count("LIBRARY_IDLE_MINUTES", DEFAULT_IDLE_MS / 60_000),
  })
  .superRefine((env, ctx) => {
    if (!Array.isArray(env.SHARDS)) return;
    if (env.SHARD_COUNT === undefined) {
      ctx.addIssue({ code: "custom", message: "SHARDS needs SHARD_COUNT: the shards of all machines together" });
    } else if (env.SHARDS.some((shard) => shard >= (env.SHARD_COUNT ?? 0))) {
      ctx.addIssue({ code: "custom", message: "SHARDS must be below SHARD_COUNT: shards are numbered from 0" });
    }
  });

/** The bot's configuration, with names for code rather than for the shell. */
export interface Config {
  token: string | undefined;
  clientId: string | undefined;
  guildId: string | undefined;
  corpusDir: string;
  /** The largest corpus file read, in bytes; a larger one stops the load with an error naming it. */
  maxFileBytes: number;
  /** Where the built index is kept between starts, keyed by the corpus and the code. */
  indexCacheDir: string;
  /** Whether changes to the corpus folder are taken in while the bot runs. */
  watchCorpus: boolean;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** The REST base (`rest.api` in discord.js), for a proxy or a local Discord-compatible server. */
  apiUrl: string | undefined;
  rateLimit: { requests: number; windowMs: number };
  /** The shards of the whole bot, on every machine; unset, as many as Discord recommends for the bot's guilds. */
  shardCount: number | undefined;
  /** The shards this machine runs (`SHARDS`, within `shardCount`); unset, all of them. */
  shards: number[] | undefined;
  /** PostgreSQL, where servers' libraries are kept and shared between machines; unset, `libraryDb`. */
  databaseUrl: string | undefined;
  /** The SQLite file that keeps servers' libraries when there is no `databaseUrl`. */
  libraryDb: string;
  /** The memory servers' indexes may take together, in bytes; past it, the least recently asked are dropped. */
  libraryMemoryBytes: number;
  /** How long a server's index is kept after its last request, in milliseconds. */
  libraryIdleMs: number;
  /** Whether `/corpus add` may fetch from loopback and private networks (tests, intranets). */
  fetchAllowPrivate: boolean;
}

/** Variables that a particular entry point cannot do without. */
export type NeededVariable = "DISCORD_TOKEN" | "DISCORD_CLIENT_ID";

/** The field of `Config` that each needed variable fills. */
const FIELD = { DISCORD_TOKEN: "token", DISCORD_CLIENT_ID: "clientId" } as const satisfies Record<
  NeededVariable,
  keyof Config
>;

/** The configuration once the variables in `N` are known to be set: their fields are strings. */
export type ConfigWith<N extends NeededVariable> = Config & { [V in N as (typeof FIELD)[V]]: string };

/** Every problem with the environment at once, one line each, naming the variable; never a value. */
export class ConfigError extends Error {
  override name = "ConfigError";

  constructor(readonly problems: string[]) {
    super(
      `citebot: the configuration has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for each variable.`,
    );
  }
}

const NEEDED: Record<NeededVariable, string> = {
  DISCORD_TOKEN: "DISCORD_TOKEN is not set: copy the bot's token from the Discord Developer Portal (Bot, Reset Token)",
  DISCORD_CLIENT_ID:
    "DISCORD_CLIENT_ID is not set: copy the Application ID from the Developer Portal (General Information)",
};

/**
 * Reads the configuration from `env`, requiring the variables in `required`. Throws a `ConfigError`
 * listing every problem, missing and malformed together.
 */
export function loadConfig<N extends NeededVariable = never>(
  env: NodeJS.ProcessEnv,
  required: N[] = [],
): ConfigWith<N> {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  for (const name of required) {
    const given = typeof env[name] === "string" && env[name].trim() !== "";
    if (!given) problems.push(NEEDED[name]);
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  // Every variable in `required` was checked above to be set, so its field is a string.
  return {
    token: e.DISCORD_TOKEN,
    clientId: e.DISCORD_CLIENT_ID,
    guildId: e.DISCORD_GUILD_ID,
    corpusDir: e.CORPUS_DIR,
    maxFileBytes: e.CORPUS_MAX_FILE_MB,
    indexCacheDir: e.INDEX_CACHE_DIR,
    watchCorpus: e.WATCH_CORPUS,
    logLevel: e.LOG_LEVEL,
    apiUrl: e.DISCORD_API_URL,
    rateLimit: { requests: e.RATE_LIMIT_REQUESTS, windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    shardCount: e.SHARD_COUNT,
    shards: e.SHARDS,
    databaseUrl: e.DATABASE_URL,
    libraryDb: e.LIBRARY_DB ?? defaultLibraryDb(e.CORPUS_DIR),
    libraryMemoryBytes: e.LIBRARY_MEMORY_MB * 1_000_000,
    libraryIdleMs: e.LIBRARY_IDLE_MINUTES * 60_000,
    fetchAllowPrivate: e.FETCH_ALLOW_PRIVATE,
  } as ConfigWith<N>;
}

/**
 * The corpus file size limit alone (`CORPUS_MAX_FILE_MB`, in bytes), for the command-line tool, which
 * reads no other variable. Throws a `ConfigError` for a value that is not a positive number.
 */
export function loadMaxFileBytes(env: NodeJS.ProcessEnv): number {
  const parsed = z.object({ CORPUS_MAX_FILE_MB: maxFileMegabytes }).safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  return parsed.data.CORPUS_MAX_FILE_MB;
}

/**
 * `loadConfig` for an entry point: a configuration problem is printed (every problem, as
 * `ConfigError` words them) and gives `undefined`, for the caller to exit with status 1.
 */
export function loadConfigOrReport<N extends NeededVariable = never>(
  env: NodeJS.ProcessEnv,
  required: N[] = [],
): ConfigWith<N> | undefined {
  try {
    return loadConfig(env, required);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return undefined;
  }
}

/**
 * `FETCH_ALLOW_PRIVATE` alone, for the command-line tool, which needs no other variable: true only
 * when set to `true`. Throws a `ConfigError` for a value that is neither `true` nor `false`.
 */
export function fetchAllowPrivate(env: NodeJS.ProcessEnv): boolean {
  const parsed = fetchAllowPrivateSchema.safeParse(env.FETCH_ALLOW_PRIVATE);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  return parsed.data;
}
