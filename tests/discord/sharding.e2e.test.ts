import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { FakeDiscord } from "./fake-discord.ts";
import { FAKE_TOKEN } from "./harness.ts";
import { run } from "./process.ts";

/** The manager and both shards start Node, and each shard loads the corpus: generous on 2 cores. */
const TIMEOUT_MS = 45_000;

let fake: FakeDiscord;
const cacheDir = makeCorpusDir({});
beforeAll(async () => {
  // Sixteen may identify at once, as for a large bot, so that the manager does not wait 5.5 s between shards.
  fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 16 });
});
afterAll(async () => {
  await fake?.close();
  removeCorpusDir(cacheDir);
});

/** `npm run start:sharded` without npm in between, so that the signal reaches the manager itself. */
function startManager(vars: Record<string, string>) {
  const child = run(process.execPath, ["dist/discord/sharded.js"], {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    INDEX_CACHE_DIR: cacheDir,
    WATCH_CORPUS: "false",
    LOG_LEVEL: "info",
    ...vars,
  });
  let stdout = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  const lines = () =>
    stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { child, lines };
}

/** Polls the manager's log until `done` holds; the shards' lines come through it, on the same stdout. */
async function until(
  lines: () => Array<Record<string, unknown>>,
  done: (lines: Array<Record<string, unknown>>) => boolean,
) {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!done(lines())) {
    if (Date.now() > deadline) throw new Error(`not within ${TIMEOUT_MS} ms; log:\n${JSON.stringify(lines())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("npm run start:sharded", { timeout: TIMEOUT_MS * 2 }, () => {
  it("runs as many shards as Discord announces, each identifying as itself and answering its own interactions, and stops them all on SIGTERM", async () => {
    const { child, lines } = startManager({});
    // A shard's log line reaches the manager's stdout through a pipe, its ready event through IPC: either can come first.
    await until(
      lines,
      (all) =>
        all.some((line) => line.msg === "every shard is ready") &&
        all.filter((line) => line.msg === "ready").length >= 2,
    );

    expect(lines().find((line) => line.msg === "starting the shards")).toMatchObject({ shards: 2, configured: false });
    // One process per shard: each logs its own ready line, with the one guild the fake gives every shard.
    expect(lines().filter((line) => line.msg === "ready")).toHaveLength(2);
    expect(fake.identifiedShards().map(String).sort()).toEqual(["0,2", "1,2"]);

    // Each interaction goes out on one shard's connection only: a reply means that shard's process answered.
    for (const shard of [0, 1]) {
      const asked = fake.onShard(shard, () =>
        fake.slash("ask", [{ name: "question", type: 3, value: "Who was arrested?" }]),
      );
      const typed = fake.onShard(shard, () =>
        fake.autocomplete("sources", [{ name: "claim", type: 3, value: "the", focused: true }]),
      );
      expect((await fake.reply(asked.id, 10_000)).body).toMatchObject({ type: 4 });
      expect((await fake.reply(typed.id, 10_000)).body).toMatchObject({ type: 8 });
    }

    child.kill("SIGTERM");
    const [code] = (await once(child, "close")) as [number | null];
    expect(code).toBe(0);
    // Both shards closed their connections themselves, which they do only on being told to stop.
    expect(lines().filter((line) => line.msg === "closing the connection")).toHaveLength(2);
  });

  it("runs SHARD_COUNT shards when it is set, whatever Discord recommends", async () => {
    const before = fake.identifiedShards().length;
    const { child, lines } = startManager({ SHARD_COUNT: "1" });
    await until(lines, (all) => all.some((line) => line.msg === "every shard is ready"));
    expect(fake.identifiedShards().slice(before)).toEqual([[0, 1]]);
    child.kill("SIGINT");
    const [code] = (await once(child, "close")) as [number | null];
    expect(code).toBe(0);
  });

  it("runs only this machine's shards with SHARDS, as one machine of several: shard 1 of 2 here", async () => {
    const before = fake.identifiedShards().length;
    const { child, lines } = startManager({ SHARD_COUNT: "2", SHARDS: "1" });
    await until(lines, (all) => all.some((line) => line.msg === "every shard is ready"));
    expect(lines().find((line) => line.msg === "starting the shards")).toMatchObject({ shards: 2, here: [1] });
    expect(fake.identifiedShards().slice(before)).toEqual([[1, 2]]);
    child.kill("SIGTERM");
    const [code] = (await once(child, "close")) as [number | null];
    expect(code).toBe(0);
  });
});
