import { once } from "node:events";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type PageServer, startPageServer } from "../add/page-server.ts";
import { HARBOUR } from "../helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { STORE_KINDS, type StorePlace, storePlace } from "../library/stores.ts";
import { FakeDiscord, GUILD_ID, MEMBER_PERMISSIONS, user } from "./fake-discord.ts";
import { FAKE_TOKEN } from "./harness.ts";
import { followLog, startBotProcess } from "./process.ts";

const SUBCOMMAND = 1;
const STRING = 3;
const EPHEMERAL = 64;
/** Two processes start Node and load the corpus, and a change is to be answered within 5 s: generous on 2 cores. */
const WAIT_MS = 60_000;
/** How soon every process must answer from a change made through another. */
const PROPAGATION_MS = 5_000;
const MODERATOR = user("600000000000000006", "ada");
const MODERATOR_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();
const FERRY_ID = "lake-morrow-ferry-suspended-after-crack-found-in-hull";
const FERRY_QUESTION = "Who said the crack is below the waterline?";

let fake: FakeDiscord;
let pages: PageServer;
let corpus: string;
beforeAll(async () => {
  // Two shards, as two machines would each run one of (SHARDS=0 and SHARDS=1, SHARD_COUNT=2).
  [fake, pages] = await Promise.all([FakeDiscord.start({ shards: 2, maxConcurrency: 16 }), startPageServer()]);
  corpus = makeCorpusDir({ "harbour.txt": HARBOUR });
});
afterAll(async () => {
  await Promise.all([fake?.close(), pages?.close()]);
  removeCorpusDir(corpus);
});

const places: StorePlace[] = [];
afterEach(async () => {
  await Promise.all(places.splice(0).map((place) => place.dispose()));
});

/** The text of what `shard`'s process answers to `/ask` of the ferry question in the server. */
async function askOn(shard: number): Promise<string> {
  const interaction = fake.onShard(shard, () =>
    fake.slash("ask", [{ name: "question", type: STRING, value: FERRY_QUESTION }], undefined, {
      place: { guild: GUILD_ID },
    }),
  );
  return JSON.stringify(await fake.message(interaction, WAIT_MS));
}

/** Asks `shard`'s process until `done` holds of its answer; throws if it does not within 5 s. */
async function answeredWithin(shard: number, done: (answer: string) => boolean): Promise<void> {
  const deadline = performance.now() + PROPAGATION_MS;
  for (;;) {
    if (done(await askOn(shard))) return;
    if (performance.now() > deadline) throw new Error(`shard ${shard} did not answer from the change within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(STORE_KINDS)("two bot processes sharing one %s store", { timeout: WAIT_MS * 3 }, (kind) => {
  it("answers in one an article added through the other, stops once it is removed through the other, and follows the other's settings", async () => {
    const place = await storePlace(kind);
    places.push(place);
    const store: Record<string, string> =
      kind === "sqlite" ? { LIBRARY_DB: place.location } : { DATABASE_URL: place.location };
    const bots = [0, 1].map((shard) =>
      startBotProcess({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        CORPUS_DIR: corpus,
        WATCH_CORPUS: "false",
        FETCH_ALLOW_PRIVATE: "true",
        LOG_LEVEL: "info",
        SHARDS: String(shard),
        SHARD_COUNT: "2",
        ...store,
      }),
    );
    try {
      await Promise.all(bots.map((bot) => followLog(bot).waitFor((line) => line.msg === "ready")));
      expect(await askOn(1)).not.toContain("Lake Morrow");

      const added = fake.onShard(0, () =>
        fake.slash(
          "corpus",
          [
            {
              name: "add",
              type: SUBCOMMAND,
              options: [{ name: "url", type: STRING, value: `${pages.origin}/pages/ferry` }],
            },
          ],
          MODERATOR,
          { permissions: MODERATOR_PERMISSIONS, place: { guild: GUILD_ID } },
        ),
      );
      expect(JSON.stringify(await fake.message(added, WAIT_MS))).toContain(`Added as “${FERRY_ID}”`);
      await answeredWithin(1, (answer) => answer.includes("¶3 · Lake Morrow ferry suspended"));

      const removed = fake.onShard(1, () =>
        fake.slash(
          "corpus",
          [{ name: "remove", type: SUBCOMMAND, options: [{ name: "article", type: STRING, value: FERRY_ID }] }],
          MODERATOR,
          { permissions: MODERATOR_PERMISSIONS, place: { guild: GUILD_ID } },
        ),
      );
      expect(JSON.stringify(await fake.message(removed, WAIT_MS))).toContain(`Removed “${FERRY_ID}”`);
      await answeredWithin(0, (answer) => !answer.includes("Lake Morrow"));

      // A server's settings changed through one process reach the other as its library's changes do.
      expect(await askOn(1)).not.toContain(`"flags":${EPHEMERAL}`);
      const privately = fake.onShard(0, () =>
        fake.slash(
          "settings",
          [{ name: "replies", type: SUBCOMMAND, options: [{ name: "visibility", type: STRING, value: "private" }] }],
          MODERATOR,
          { permissions: MODERATOR_PERMISSIONS, place: { guild: GUILD_ID } },
        ),
      );
      expect(JSON.stringify(await fake.message(privately, WAIT_MS))).toContain("private to the asker");
      await answeredWithin(1, (answer) => answer.includes(`"flags":${EPHEMERAL}`));
    } finally {
      for (const bot of bots) bot.kill("SIGTERM");
      await Promise.all(bots.map((bot) => (bot.exitCode === null ? once(bot, "close") : undefined)));
    }
  });
});
