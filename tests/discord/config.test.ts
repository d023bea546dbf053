import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, fetchAllowPrivate, loadConfig, loadMaxFileBytes } from "../../src/config.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GsecretX.very-secret-token-value_0123";

function problems(env: NodeJS.ProcessEnv, required: Parameters<typeof loadConfig>[1] = []): ConfigError {
  try {
    loadConfig(env, required);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("gives the defaults for an empty environment", () => {
    expect(loadConfig({})).toEqual({
      token: undefined,
      clientId: undefined,
      guildId: undefined,
      corpusDir: "corpus",
      maxFileBytes: 5_000_000,
      indexCacheDir: ".citebot-cache",
      watchCorpus: true,
      logLevel: "info",
      apiUrl: undefined,
      rateLimit: { requests: 5, windowMs: 30_000 },
      shardCount: undefined,
      shards: undefined,
      databaseUrl: undefined,
      libraryDb: resolve("corpus.libraries.db"),
      libraryMemoryBytes: 256_000_000,
      libraryIdleMs: 30 * 60_000,
      fetchAllowPrivate: false,
    });
  });

  it("reads the shards this machine runs as a list, as discord.js's ShardingManager writes one, or as JSON", () => {
    expect(loadConfig({ SHARDS: "0,1", SHARD_COUNT: "4" })).toMatchObject({ shards: [0, 1], shardCount: 4 });
    expect(loadConfig({ SHARDS: "3", SHARD_COUNT: "4" }).shards).toEqual([3]);
    expect(loadConfig({ SHARDS: "[2, 3]", SHARD_COUNT: "4" }).shards).toEqual([2, 3]);
    expect(problems({ SHARDS: "0,1" }).problems).toEqual([
      "SHARDS needs SHARD_COUNT: the shards of all machines together",
    ]);
    expect(problems({ SHARDS: "2,4", SHARD_COUNT: "4" }).problems[0]).toMatch(/^SHARDS must be below SHARD_COUNT/u);
    expect(problems({ SHARDS: "first", SHARD_COUNT: "4" }).problems[0]).toMatch(/^SHARDS must list shard numbers/u);
  });

  it("reads where servers' libraries are kept and how much memory their indexes may take", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://citebot@db.internal:5432/citebot",
      LIBRARY_DB: "/var/lib/citebot/libraries.db",
      LIBRARY_MEMORY_MB: "64",
      LIBRARY_IDLE_MINUTES: "5",
    });
    expect(config).toMatchObject({
      databaseUrl: "postgres://citebot@db.internal:5432/citebot",
      libraryDb: "/var/lib/citebot/libraries.db",
      libraryMemoryBytes: 64_000_000,
      libraryIdleMs: 300_000,
    });
    expect(problems({ DATABASE_URL: "mysql://db/citebot" }).problems[0]).toMatch(/^DATABASE_URL must be a PostgreSQL/u);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: "100000000000000001",
      DISCORD_GUILD_ID: "200000000000000002",
      CORPUS_DIR: "articles",
      CORPUS_MAX_FILE_MB: "0.5",
      LOG_LEVEL: "debug",
      DISCORD_API_URL: "http://127.0.0.1:8080/api",
      RATE_LIMIT_REQUESTS: "3",
      RATE_LIMIT_WINDOW_SECONDS: "10",
      INDEX_CACHE_DIR: "/tmp/citebot",
      WATCH_CORPUS: "false",
      SHARD_COUNT: "4",
      FETCH_ALLOW_PRIVATE: "true",
    });
    expect(config).toMatchObject({
      shardCount: 4,
      fetchAllowPrivate: true,
      indexCacheDir: "/tmp/citebot",
      watchCorpus: false,
      token: TOKEN,
      clientId: "100000000000000001",
      guildId: "200000000000000002",
      corpusDir: "articles",
      maxFileBytes: 500_000,
      logLevel: "debug",
      apiUrl: "http://127.0.0.1:8080/api",
      rateLimit: { requests: 3, windowMs: 10_000 },
    });
  });

  it("takes a variable set to nothing, as `.env.example` leaves them, as not set", () => {
    expect(loadConfig({ DISCORD_GUILD_ID: "", LOG_LEVEL: " " })).toMatchObject({
      guildId: undefined,
      logLevel: "info",
    });
  });

  it("reports every problem at once, each by the variable's name", () => {
    const error = problems(
      {
        DISCORD_TOKEN: "not a token",
        DISCORD_GUILD_ID: "my-guild",
        LOG_LEVEL: "loud",
        DISCORD_API_URL: "ftp://example.org",
        RATE_LIMIT_REQUESTS: "0",
        RATE_LIMIT_WINDOW_SECONDS: "soon",
        WATCH_CORPUS: "sometimes",
        SHARD_COUNT: "two",
        FETCH_ALLOW_PRIVATE: "yes",
      },
      ["DISCORD_CLIENT_ID"],
    );
    expect(error.problems.map((p) => p.split(" ")[0])).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_GUILD_ID",
      "LOG_LEVEL",
      "DISCORD_API_URL",
      "WATCH_CORPUS",
      "SHARD_COUNT",
      "FETCH_ALLOW_PRIVATE",
      "RATE_LIMIT_REQUESTS",
      "RATE_LIMIT_WINDOW_SECONDS",
      "DISCORD_CLIENT_ID",
    ]);
    expect(error.message).toContain("10 problems");
  });

  it("reads FETCH_ALLOW_PRIVATE alone for the command-line tool: true only when set to true", () => {
    expect(fetchAllowPrivate({})).toBe(false);
    expect(fetchAllowPrivate({ FETCH_ALLOW_PRIVATE: "" })).toBe(false);
    expect(fetchAllowPrivate({ FETCH_ALLOW_PRIVATE: "true", DISCORD_TOKEN: "not a token" })).toBe(true);
    expect(() => fetchAllowPrivate({ FETCH_ALLOW_PRIVATE: "1" })).toThrow("FETCH_ALLOW_PRIVATE must be true or false");
  });

  it("takes DISCORD_API_URL over https anywhere, and over plain http only to this machine", () => {
    for (const url of [
      "https://discord.com/api",
      "https://proxy.example:8443/api",
      "http://127.0.0.1:8080/api",
      "http://127.45.0.9/api",
      "http://127.1/api",
      "http://localhost:3000/api",
      "http://LOCALHOST/api",
      "http://[::1]:8080/api",
      "http://[0:0:0:0:0:0:0:1]/api",
    ]) {
      expect(loadConfig({ DISCORD_API_URL: url }).apiUrl).toBe(url);
    }
  });

  it("refuses DISCORD_API_URL over plain http to another machine, naming the variable and never the url", () => {
    for (const url of [
      "http://discord.com/api",
      "http://10.0.0.5:8080/api",
      "http://128.0.0.1/api",
      "http://127.0.0.1.nip.io/api",
      "http://localhost.evil.example/api",
      "http://[::2]/api",
      "http://[::ffff:10.0.0.1]/api",
      "http://0.0.0.0:8080/api",
    ]) {
      const error = problems({ DISCORD_API_URL: url });
      expect(error.problems).toEqual([
        expect.stringMatching(/^DISCORD_API_URL must use https; plain http is allowed only to this machine/u),
      ]);
      expect(error.message).not.toContain(url);
    }
  });

  it("reads the corpus file size limit in megabytes, also alone for the command-line tool", () => {
    expect(loadMaxFileBytes({})).toBe(5_000_000);
    expect(loadMaxFileBytes({ CORPUS_MAX_FILE_MB: "12" })).toBe(12_000_000);
    for (const value of ["0", "-1", "big"]) {
      expect(() => loadMaxFileBytes({ CORPUS_MAX_FILE_MB: value })).toThrow(/CORPUS_MAX_FILE_MB must be/u);
      expect(problems({ CORPUS_MAX_FILE_MB: value }).problems).toEqual([
        expect.stringMatching(/^CORPUS_MAX_FILE_MB must be/u),
      ]);
    }
  });

  it("requires what an entry point needs, by name", () => {
    const error = problems({}, ["DISCORD_TOKEN", "DISCORD_CLIENT_ID"]);
    expect(error.problems).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN is not set/u),
      expect.stringMatching(/^DISCORD_CLIENT_ID is not set/u),
    ]);
  });

  it("never repeats the token's value, even when it is wrong", () => {
    for (const token of [`Bot ${TOKEN}`, `${TOKEN} trailing`, "x".repeat(80)]) {
      const error = problems({ DISCORD_TOKEN: token });
      expect(error.problems).toHaveLength(1);
      expect(error.message).not.toContain(token.slice(4, 30));
      expect(JSON.stringify(error)).not.toContain(token.slice(4, 30));
    }
  });

  it("says to drop the word Bot from a token pasted with it", () => {
    expect(problems({ DISCORD_TOKEN: `Bot ${TOKEN}` }).problems[0]).toContain("without the word Bot");
  });
});
