import { readdirSync } from "node:fs";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command as corpusCommand } from "../../commands/corpus.ts";
import { FERRY_PARAGRAPHS, type PageServer, startPageServer } from "../add/page-server.ts";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import {
  type AttachmentData,
  FakeDiscord,
  GUILD_ID,
  MEMBER_PERMISSIONS,
  type OptionData,
  type Place,
  SECOND_GUILD_ID,
  type User,
  user,
} from "./fake-discord.ts";
import { startHarness } from "./harness.ts";
import { botVars, followLog, type LogLine, libraryFile, startFileBot, stopBot } from "./process.ts";

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
let bot: ReturnType<typeof startFileBot> | undefined;
let log: ReturnType<typeof followLog>;
let corpus: string;
let cache: string;

/**
 * The bot as `npm start` runs it, on a corpus of one article, allowed to fetch from the tests' own
 * page server on 127.0.0.1. Started once for the file: each case below goes on from the one before.
 */
beforeAll(async () => {
  [fake, pages] = await Promise.all([FakeDiscord.start({ guilds: [GUILD_ID, SECOND_GUILD_ID] }), startPageServer()]);
  corpus = makeCorpusDir({ "harbour.txt": HARBOUR });
  cache = makeCorpusDir({});
  bot = startFileBot({
    ...botVars(fake.apiUrl, corpus, cache),
    FETCH_ALLOW_PRIVATE: "true",
    LIBRARY_DB: libraryFile(),
    // Each server's moderator is one user across the cases, as in a real server: no case is about the rate limit.
    RATE_LIMIT_REQUESTS: "1000",
  });
  log = followLog(bot);
  await log.waitFor((line) => line.msg === "ready");
});

afterAll(async () => {
  await stopBot(bot);
  await Promise.all([fake?.close(), pages?.close()]);
  removeCorpusDir(corpus);
  removeCorpusDir(cache);
});

/** The two servers' moderators: each its own user, as in Discord, so that what they did can be told apart. */
const MODERATOR: Record<string, User> = {
  [GUILD_ID]: user("600000000000000006", "ada"),
  [SECOND_GUILD_ID]: user("600000000000000016", "bo"),
};

/**
 * `/corpus <sub> ...` in a server (the first unless `place` says), by default from that server's moderator;
 * each case's interactions are few enough that no one meets the rate limit.
 */
function corpusCommandFrom(
  sub: "add" | "remove" | "list",
  options: OptionData[],
  {
    permissions = MODERATOR_PERMISSIONS,
    attachments,
    place = { guild: GUILD_ID },
  }: { permissions?: string; attachments?: AttachmentData[]; place?: Place } = {},
) {
  const from = "guild" in place ? MODERATOR[place.guild] : undefined;
  return fake.slash("corpus", [{ name: sub, type: SUBCOMMAND, options }], from, { permissions, attachments, place });
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

const IN_A: Place = { guild: GUILD_ID };
const IN_B: Place = { guild: SECOND_GUILD_ID };
const IN_DM: Place = { dm: true };
/** The first server, through a user's own install of citebot rather than the server's. */
const USER_INSTALL_IN_A: Place = { userInstallIn: GUILD_ID };

/** `/ask` from a member without Manage Server, in `place`. */
function ask(question: string, place: Place = IN_A) {
  return fake.slash("ask", [{ name: "question", type: STRING, value: question }], undefined, { place });
}

/** What the autocomplete of `command`'s `article` option offers in `place`, while `typed` is typed. */
async function articlesOffered(command: "ask" | "corpus", place: Place, typed = ""): Promise<string[]> {
  const focused = { name: "article", type: STRING, value: typed, focused: true };
  const options = command === "corpus" ? [{ name: "remove", type: SUBCOMMAND, options: [focused] }] : [focused];
  const interaction = fake.autocomplete(command, options, undefined, place);
  const body = (await fake.reply(interaction.id, WAIT_MS)).body as { data: { choices: Array<{ value: string }> } };
  return body.data.choices.map((choice) => choice.value);
}

describe("every server its own library, through the real discord.js client", { timeout: 120_000 }, () => {
  it("registers /corpus for members with Manage Server, in servers only, with add, remove and list", () => {
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
      ["list", []],
    ]);
  });

  it("leaves who may use /corpus to Discord: a member without Manage Server whom admins let use it is not refused", async () => {
    // Discord keeps /corpus from members without Manage Server unless the server's admins opened it to them
    // (Server Settings > Integrations); what it lets through, the bot does not refuse again.
    const interaction = corpusCommandFrom("list", [], { permissions: MEMBER_PERMISSIONS });
    const message = await messageOf(interaction);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toMatch(/^This server has added no articles yet/u);
    expect(await logOf(interaction.id)).toMatchObject({ outcome: "answered" });
  });

  it("adds a page to the first server's library: a private card once /ask can use it, the operator's folder untouched", async () => {
    const interaction = corpusCommandFrom("add", [url(`${pages.origin}/pages/ferry`)]);
    const message = await messageOf(interaction);
    expect(message).toMatchObject({ callbackType: DEFERRED_REPLY, flags: EPHEMERAL });
    expect(message.content).toBe(
      `Added as “${FERRY_ID}”. You can now \`/ask\` it: it is in the index, and in the \`article:\` list. It answers in this server only, beside the articles every server shares.\n${FERRY_PARAGRAPHS.length} paragraphs`,
    );
    const [embed] = message.embeds ?? [];
    expect(embed?.title).toBe("Lake Morrow ferry suspended after crack found in hull");
    expect(embed?.url).toBe(`${pages.origin}/news/2025/03/04/lake-morrow-ferry-suspended`);
    expect(embed?.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(["Dana Whitfield", "Marcus Oyelaran"]));
    const line = await logOf(interaction.id);
    expect(line).toMatchObject({ outcome: "answered", action: "added", id: FERRY_ID });
    expect(JSON.stringify(line)).not.toContain("waterline");
    expect(readdirSync(corpus)).toEqual(["harbour.txt"]);

    const answer = await messageOf(ask(FERRY_QUESTION, IN_A));
    expect(answer.flags ?? 0).toBe(0);
    expect(answer.embeds?.[0]?.title).toMatch(/^¶3 · Lake Morrow ferry suspended/u);
    expect(JSON.stringify(answer.embeds)).toContain("Dana Whitfield");
  });

  it("answers the second server, a DM and a user install in the first server from the operator's corpus alone", async () => {
    for (const place of [IN_B, IN_DM, USER_INSTALL_IN_A]) {
      const answer = await messageOf(ask(FERRY_QUESTION, place));
      expect(JSON.stringify(answer)).not.toContain("Lake Morrow");
      expect(JSON.stringify(answer)).toContain("The article does not answer this.");
      const harbour = await messageOf(ask("How high were the waves in the harbour?", place));
      expect(JSON.stringify(harbour.embeds)).toContain("Storm closes the harbour");
    }
  });

  it("offers each server its own articles and the operator's, and /corpus remove only the server's own", async () => {
    expect((await articlesOffered("ask", IN_A)).sort()).toEqual([FERRY_ID, "harbour"].sort());
    expect(await articlesOffered("ask", IN_B)).toEqual(["harbour"]);
    expect(await articlesOffered("ask", IN_DM)).toEqual(["harbour"]);
    expect(await articlesOffered("ask", USER_INSTALL_IN_A)).toEqual(["harbour"]);
    expect(await articlesOffered("corpus", IN_A)).toEqual([FERRY_ID]);
    expect(await articlesOffered("corpus", IN_B)).toEqual([]);
  });

  it("refuses the same article again in the same server, and stores it apart in another", async () => {
    const twice = corpusCommandFrom("add", [url(`${pages.origin}/hops/2/ferry`)]);
    expect((await messageOf(twice)).content).toBe(
      `That article is already in the corpus, as “${FERRY_ID}”. Nothing was added.`,
    );
    expect(await logOf(twice.id)).toMatchObject({ outcome: "refused", refused: "duplicate", id: FERRY_ID });
    const elsewhere = await messageOf(corpusCommandFrom("add", [url(`${pages.origin}/pages/ferry`)], { place: IN_B }));
    expect(elsewhere.content).toMatch(new RegExp(`^Added as “${FERRY_ID}”`, "u"));
    const answer = await messageOf(ask(FERRY_QUESTION, IN_B));
    expect(answer.embeds?.[0]?.title).toMatch(/^¶3 · Lake Morrow ferry suspended/u);
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
      "That file is not in the corpus format, so nothing was added: notes.md, line 1: no front matter: line 1 must be ---.",
    );
    expect(await articlesOffered("corpus", IN_A)).toEqual(["copper-mine", FERRY_ID]);
    expect(await articlesOffered("corpus", IN_B)).toEqual([FERRY_ID]);
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

  it("lists a server's own articles with who added each, when, and from which link or file", async () => {
    const list = await messageOf(corpusCommandFrom("list", []));
    expect(list).toMatchObject({ flags: EPHEMERAL });
    const [embed] = list.embeds ?? [];
    expect(embed?.title).toBe("This server’s articles: 2 articles");
    const today = new Date().toISOString().slice(0, 10);
    const [ferry, mine] = (embed?.description ?? "").split(/\n(?=\*\*)/u);
    expect(ferry).toContain(`**Lake Morrow ferry suspended after crack found in hull** · ${FERRY_ID}`);
    expect(ferry).toContain(`added by <@${MODERATOR[GUILD_ID]?.id}> on ${today}, from ${pages.origin}/pages/ferry`);
    expect(mine).toContain(`added by <@${MODERATOR[GUILD_ID]?.id}> on ${today}, from Copper Mine.txt`);
    expect(list).not.toHaveProperty("allowed_mentions.parse", expect.arrayContaining(["users"]));
    const other = await messageOf(corpusCommandFrom("list", [], { place: IN_B }));
    expect(other.embeds?.[0]?.description).toContain(`added by <@${MODERATOR[SECOND_GUILD_ID]?.id}>`);
    expect(other.embeds?.[0]?.description).not.toContain("Copper");
  });

  it("removes only what the server added: not the operator's article, nor another server's copy", async () => {
    const operators = await messageOf(
      corpusCommandFrom("remove", [{ name: "article", type: STRING, value: "harbour" }]),
    );
    expect(operators.content).toBe(
      "“harbour” is not one of this server’s articles: only articles added in this server can be removed here. Nothing was removed.",
    );
    expect(readdirSync(corpus)).toEqual(["harbour.txt"]);
    const notThere = await messageOf(
      corpusCommandFrom("remove", [{ name: "article", type: STRING, value: "copper-mine" }], { place: IN_B }),
    );
    expect(notThere.content).toMatch(/^There is no article “copper-mine”/u);

    const removal = corpusCommandFrom("remove", [{ name: "article", type: STRING, value: FERRY_ID }]);
    const message = await messageOf(removal);
    expect(message).toMatchObject({ callbackType: DEFERRED_REPLY, flags: EPHEMERAL });
    expect(message.content).toBe(`Removed “${FERRY_ID}” from this server’s articles; it is no longer searched here.`);
    expect(await logOf(removal.id)).toMatchObject({ action: "removed", id: FERRY_ID });
    const answer = await messageOf(ask(FERRY_QUESTION, IN_A));
    expect(JSON.stringify(answer)).not.toContain("Lake Morrow");
    expect(JSON.stringify(answer)).toContain("None of the 2 articles answers this.");
    const kept = await messageOf(ask(FERRY_QUESTION, IN_B));
    expect(kept.embeds?.[0]?.title).toMatch(/^¶3 · Lake Morrow ferry suspended/u);
  });

  it("refuses /corpus outside a server that has citebot, changing nothing", async () => {
    for (const place of [IN_DM, USER_INSTALL_IN_A]) {
      const message = await messageOf(corpusCommandFrom("list", [], { place }));
      expect(message.content).toMatch(/^Articles are added and removed per server/u);
    }
  });
});

describe("/corpus on a bot whose libraries cannot be changed", () => {
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
