import { type ChildProcessByStdio, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync } from "node:fs";
import type { Readable } from "node:stream";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command as corpusCommand } from "../../commands/corpus.ts";
import { type PageServer, startPageServer } from "../add/page-server.ts";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { type AttachmentData, FakeDiscord, MEMBER_PERMISSIONS, type OptionData } from "./fake-discord.ts";
import { FAKE_TOKEN, startHarness } from "./harness.ts";
import { followLog, type LogLine } from "./process.ts";

const SUBCOMMAND = 1;
const STRING = 3;
const ATTACHMENT = 11;
const EPHEMERAL = 64;
const MESSAGE_REPLY = 4;
const DEFERRED_REPLY = 5;
/** Long enough for a fetch and a rebuild of the index on a busy machine; a hang still fails. */
const WAIT_MS = 60_000;

const MODERATOR_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();
const FERRY_ID = "lake-morrow-ferry-suspended-after-crack-found-in-hull";
const FERRY_QUESTION = "Who said the crack is below the waterline?";

let fake: FakeDiscord;
let pages: PageServer;
let bot: ChildProcessByStdio<null, Readable, Readable>;
let log: ReturnType<typeof followLog>;
let corpus: string;
let cache: string;

/**
 * The bot as `npm start` runs it, on a corpus of one article, allowed to fetch from the tests' own
 * page server on 127.0.0.1. Started once for the file: each case below goes on from the one before.
 */
beforeAll(async () => {
  [fake, pages] = await Promise.all([FakeDiscord.start(), startPageServer()]);
  corpus = makeCorpusDir({ "harbour.txt": HARBOUR });
  cache = makeCorpusDir({});
  bot = spawn(process.execPath, ["dist/discord/main.js"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      CORPUS_DIR: corpus,
      INDEX_CACHE_DIR: cache,
      LOG_LEVEL: "info",
      FETCH_ALLOW_PRIVATE: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  log = followLog(bot);
  await log.waitFor((line) => line.msg === "ready");
});

afterAll(async () => {
  if (bot && bot.exitCode === null) {
    bot.kill("SIGTERM");
    await once(bot, "close");
  }
  await Promise.all([fake?.close(), pages?.close()]);
  removeCorpusDir(corpus);
  removeCorpusDir(cache);
});

/** `/corpus <sub> ...` from a member of its own (so that no case meets the rate limit), by default a moderator. */
function corpusCommandFrom(
  sub: "add" | "remove",
  options: OptionData[],
  { permissions = MODERATOR_PERMISSIONS, attachments }: { permissions?: string; attachments?: AttachmentData[] } = {},
) {
  return fake.slash("corpus", [{ name: sub, type: SUBCOMMAND, options }], undefined, { permissions, attachments });
}

const url = (value: string): OptionData => ({ name: "url", type: STRING, value });
const file = (attachment: AttachmentData): OptionData => ({ name: "file", type: ATTACHMENT, value: attachment.id });

/** The interaction's log line. */
const logOf = (id: string): Promise<LogLine> =>
  log.waitFor((line) => line.msg === "interaction" && line.interaction === id);

interface Message {
  content?: string;
  embeds?: Array<{ title?: string; url?: string; description?: string; fields?: Array<{ name: string }> }>;
  flags?: number;
  callbackType: number;
}

async function messageOf(interaction: { id: string; token: string }): Promise<Message> {
  return (await fake.message(interaction, WAIT_MS)) as unknown as Message;
}

function ask(question: string) {
  return fake.slash("ask", [{ name: "question", type: STRING, value: question }]);
}

describe("/corpus through the real discord.js client", { timeout: 120_000 }, () => {
  it("is registered for members with Manage Server, in servers only, with add and remove", () => {
    const json = corpusCommand.data.toJSON() as {
      default_member_permissions?: string;
      contexts?: number[];
      options?: Array<{ name: string; options?: Array<{ name: string; type: number }> }>;
    };
    expect(json.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(json.contexts).toEqual([0]);
    expect(json.options?.map((sub) => [sub.name, sub.options?.map((o) => `${o.name}:${o.type}`)])).toEqual([
      ["add", ["url:3", "file:11"]],
      ["remove", ["article:3"]],
    ]);
  });

  it("refuses a member without Manage Server at once and privately, fetching nothing", async () => {
    const fetched = pages.requests.length;
    const interaction = corpusCommandFrom("add", [url(`${pages.origin}/pages/ferry`)], {
      permissions: MEMBER_PERMISSIONS,
    });
    const message = await messageOf(interaction);
    expect(message).toMatchObject({ callbackType: MESSAGE_REPLY, flags: EPHEMERAL });
    expect(message.content).toMatch(/^Only members with the Manage Server permission can add or remove articles/u);
    expect(await logOf(interaction.id)).toMatchObject({ outcome: "refused", refused: "permission" });
    expect(pages.requests.length).toBe(fetched);
    expect(readdirSync(corpus)).toEqual(["harbour.txt"]);
  });

  it("adds a page: a deferred private reply with the headline, paragraphs and sources, once /ask can use it", async () => {
    const interaction = corpusCommandFrom("add", [url(`${pages.origin}/pages/ferry`)]);
    const message = await messageOf(interaction);
    expect(message).toMatchObject({ callbackType: DEFERRED_REPLY, flags: EPHEMERAL });
    expect(message.content).toBe(
      `Added as “${FERRY_ID}”. You can now \`/ask\` it: it is in the index, and in the \`article:\` list.`,
    );
    const [embed] = message.embeds ?? [];
    expect(embed?.title).toBe("Lake Morrow ferry suspended after crack found in hull");
    expect(embed?.url).toBe(`${pages.origin}/news/2025/03/04/lake-morrow-ferry-suspended`);
    expect(embed?.description).toMatch(/^9 paragraphs · The Morrow Herald · 2025-03-04\n/u);
    expect(embed?.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(["Dana Whitfield", "Marcus Oyelaran"]));
    const line = await logOf(interaction.id);
    expect(line).toMatchObject({ outcome: "answered", action: "added", id: FERRY_ID, index: "updated" });
    expect(JSON.stringify(line)).not.toContain("waterline");
    expect(readdirSync(corpus).sort()).toEqual(["harbour.txt", `${FERRY_ID}.md`]);

    const answer = await messageOf(ask(FERRY_QUESTION));
    expect(answer.flags ?? 0).toBe(0);
    expect(answer.embeds?.[0]?.title).toMatch(/^¶3 · Lake Morrow ferry suspended/u);
    expect(JSON.stringify(answer.embeds)).toContain("Dana Whitfield");
  });

  it("refuses the same article again, and a page without an article, privately and writing nothing", async () => {
    const twice = corpusCommandFrom("add", [url(`${pages.origin}/hops/2/ferry`)]);
    expect((await messageOf(twice)).content).toBe(
      `That article is already in the corpus, as “${FERRY_ID}”. Nothing was added.`,
    );
    expect(await logOf(twice.id)).toMatchObject({ outcome: "refused", refused: "duplicate", id: FERRY_ID });
    const search = corpusCommandFrom("add", [url(`${pages.origin}/pages/search`)]);
    const refusal = await messageOf(search);
    expect(refusal).toMatchObject({ flags: EPHEMERAL });
    expect(refusal.content).toMatch(/^No article found on this page/u);
    const line = await logOf(search.id);
    expect(line).toMatchObject({ refused: "no_article", host: new URL(pages.origin).host, type: "text/html" });
    expect(readdirSync(corpus).sort()).toEqual(["harbour.txt", `${FERRY_ID}.md`]);
  });

  it("adds an attached file, and refuses a malformed one with the loader's file and line", async () => {
    const good = fake.attach("Copper Mine.txt", MINE);
    const added = await messageOf(corpusCommandFrom("add", [file(good)], { attachments: [good] }));
    expect(added.content).toMatch(/^Added as “copper-mine”\. You can now `\/ask` it/u);
    expect(added.embeds?.[0]?.title).toBe("Copper mine reopens after two-year closure");

    const bad = fake.attach("notes.md", "Headline without front matter\n\nText.\n");
    const refused = await messageOf(corpusCommandFrom("add", [file(bad)], { attachments: [bad] }));
    expect(refused.flags).toBe(EPHEMERAL);
    expect(refused.content).toBe(
      "That file is not in the corpus format, so nothing was added: citebot: corpus file notes.md, line 1: no front matter: line 1 must be ---",
    );
    expect(readdirSync(corpus).sort()).toEqual(["copper-mine.txt", "harbour.txt", `${FERRY_ID}.md`]);
  });

  it("asks for a link or a file, not both nor neither, before fetching anything", async () => {
    const attachment = fake.attach("mine.txt", MINE);
    const both = corpusCommandFrom("add", [url(`${pages.origin}/pages/ferry`), file(attachment)], {
      attachments: [attachment],
    });
    const neither = corpusCommandFrom("add", []);
    for (const interaction of [both, neither]) {
      const message = await messageOf(interaction);
      expect(message).toMatchObject({ callbackType: MESSAGE_REPLY, flags: EPHEMERAL });
      expect(message.content).toBe("Give a link (url:) or a file (file:), one of the two. Nothing was added.");
    }
  });

  it("goes on answering /ask within Discord's 3 seconds while a slow page is read, then refuses that page", async () => {
    // Some 2,000 nested elements: Readability would take minutes; the reader stops at its 10 seconds.
    const deep = `<html><head><title>Deep</title></head><body>${"<div>".repeat(2000)}<h1>Deep</h1><p>${"Words here. ".repeat(80)}</p>${"</div>".repeat(2000)}</body></html>`;
    pages.serve("/slow/deep", deep, "text/html");
    const adding = corpusCommandFrom("add", [url(`${pages.origin}/slow/deep`)]);
    const added = messageOf(adding);
    await expect.poll(() => pages.requests.includes("/slow/deep"), { timeout: WAIT_MS }).toBe(true);
    const answers: Message[] = [];
    const start = Date.now();
    // Questions one after another for eight seconds, each from its own member, while the page is read.
    while (Date.now() - start < 8_000) answers.push(await messageOf(ask(FERRY_QUESTION)));
    expect(answers.length).toBeGreaterThan(3);
    for (const answer of answers) expect(JSON.stringify(answer.embeds)).toContain("Dana Whitfield");
    const refusal = await added;
    expect(refusal).toMatchObject({ callbackType: DEFERRED_REPLY, flags: EPHEMERAL });
    expect(refusal.content).toBe(
      "Reading that page took longer than 10 seconds (its markup is built unlike any news page's), so I gave up. Nothing was added.",
    );
    expect(await logOf(adding.id)).toMatchObject({ outcome: "refused", refused: "read_timeout" });
  });

  it("removes the article, after which the same /ask is not answered", async () => {
    const suggested = fake.autocomplete("corpus", [
      { name: "remove", type: SUBCOMMAND, options: [{ name: "article", type: STRING, value: "ferry", focused: true }] },
    ]);
    const choices = ((await fake.reply(suggested.id, WAIT_MS)).body as { data: { choices: Array<{ value: string }> } })
      .data.choices;
    expect(choices.map((c) => c.value)).toContain(FERRY_ID);

    const removal = corpusCommandFrom("remove", [{ name: "article", type: STRING, value: FERRY_ID }]);
    const message = await messageOf(removal);
    expect(message).toMatchObject({ callbackType: DEFERRED_REPLY, flags: EPHEMERAL });
    expect(message.content).toBe(`Removed “${FERRY_ID}” from the corpus; it is no longer searched.`);
    expect(await logOf(removal.id)).toMatchObject({ action: "removed", id: FERRY_ID, index: "updated" });
    expect(readdirSync(corpus).sort()).toEqual(["copper-mine.txt", "harbour.txt"]);

    const answer = await messageOf(ask(FERRY_QUESTION));
    expect(JSON.stringify(answer)).not.toContain("Lake Morrow");
    expect(JSON.stringify(answer)).toContain("None of the 2 articles answers this.");
  });
});

describe("/corpus on a bot whose corpus cannot be changed", () => {
  it("says so privately, before looking at who asks or what", async () => {
    const h = await startHarness();
    try {
      const interaction = h.fake.slash("corpus", [{ name: "remove", type: SUBCOMMAND, options: [] }], undefined, {
        permissions: MODERATOR_PERMISSIONS,
      });
      const message = (await h.fake.message(interaction, WAIT_MS)) as unknown as Message;
      expect(message).toMatchObject({ callbackType: MESSAGE_REPLY, flags: EPHEMERAL });
      expect(message.content).toBe("Articles cannot be added or removed here.");
      await expect
        .poll(() => h.logs.find((line) => line.interaction === interaction.id))
        .toMatchObject({
          outcome: "refused",
          refused: "read_only",
        });
    } finally {
      await h.close();
    }
  });
});
