import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { FakeDiscord } from "./fake-discord.ts";
import { FAKE_TOKEN } from "./harness.ts";
import { followLog, startBotProcess } from "./process.ts";

let fake: FakeDiscord;
const dirs: string[] = [];
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
  for (const dir of dirs) removeCorpusDir(dir);
});

const ask = (question: string) => fake.slash("ask", [{ name: "question", type: 3, value: question }]);

describe("the bot on a live corpus", { timeout: 60_000 }, () => {
  it("answers from an article added while it runs, and keeps answering when a file turns out malformed", async () => {
    const corpus = makeCorpusDir({ "harbour.txt": HARBOUR });
    const cache = makeCorpusDir({});
    dirs.push(corpus, cache);
    const child = startBotProcess({
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: "info",
      CORPUS_DIR: corpus,
      INDEX_CACHE_DIR: cache,
    });
    const { waitFor } = followLog(child);
    await waitFor((line) => line.msg === "ready");

    writeFileSync(join(corpus, "mine.txt"), MINE);
    expect(await waitFor((line) => line.msg === "corpus reloaded")).toMatchObject({ articles: 2 });
    const added = await fake.reply(ask("Who reopened the copper mine?").id);
    expect(JSON.stringify(added.body)).toContain("Copper mine reopens after two-year closure");

    writeFileSync(join(corpus, "broken.md"), "---\ntitle: [unclosed\n---\n\nText.\n");
    const refused = await waitFor((line) => line.msg === "corpus not reloaded: still answering from the previous one");
    expect(refused.error).toMatch(/broken\.md, line \d+/);
    const still = await fake.reply(ask("Who reopened the copper mine?").id);
    expect(JSON.stringify(still.body)).toContain("Copper mine reopens after two-year closure");

    child.kill("SIGTERM");
    expect((await once(child, "close"))[0]).toBe(0);
  });
});
