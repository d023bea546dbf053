import { spawnSync } from "node:child_process";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HARBOUR } from "../helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import {
  CHANNEL_ID,
  type DiscordMessage,
  EPHEMERAL,
  type Extra,
  FakeDiscord,
  GUILD_ID,
  MEMBER_PERMISSIONS,
  OPTION,
  type OptionData,
  OTHER_CHANNEL_ID,
  ROLE_ID,
  type User,
  user,
} from "./fake-discord.ts";
import { botVars, followLog, type LogLine, libraryFile, startFileBot, stopBot } from "./process.ts";

/** Long enough for a store write and a reply on a busy machine; a hang still fails. */
const WAIT_MS = 30_000;

const ADMIN: User = user("600000000000000006", "ada");
const MEMBER: User = user("600000000000000008", "cy");
const ADMIN_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();
const QUESTION = "How high were the waves at Port Elling?";

let fake: FakeDiscord;
let bot: ReturnType<typeof startFileBot> | undefined;
let log: ReturnType<typeof followLog>;
let corpus: string;
let cache: string;
const store = libraryFile();

/** The bot as `npm start` runs it, with its servers' store in a SQLite file of its own; each case goes on from the one before. */
beforeAll(async () => {
  fake = await FakeDiscord.start();
  corpus = makeCorpusDir({ "harbour.txt": HARBOUR });
  cache = makeCorpusDir({});
  bot = startFileBot({
    ...botVars(fake.apiUrl, corpus, cache),
    LIBRARY_DB: store,
    RATE_LIMIT_REQUESTS: "1000",
  });
  log = followLog(bot);
  await log.waitFor((line) => line.msg === "ready");
});

afterAll(async () => {
  await stopBot(bot);
  await fake?.close();
  removeCorpusDir(corpus);
  removeCorpusDir(cache);
});

interface Posted extends DiscordMessage {
  content: string;
  embeds: Array<{ title?: string; description?: string }>;
  components?: Array<{ components: Array<{ label?: string; custom_id?: string }> }>;
}

/** `/settings <options>` from the server's admin, and the message it ends with. */
async function settings(options: OptionData[], extra: Extra = {}): Promise<Posted> {
  const interaction = fake.slash("settings", options, ADMIN, { permissions: ADMIN_PERMISSIONS, ...extra });
  return (await fake.postedMessage(interaction, WAIT_MS)) as Posted;
}

/** `/ask` from a member, in `channel` (the server's first unless given), and the message it ends with. */
async function ask(extra: Extra = {}, options: OptionData[] = []): Promise<Posted> {
  const question: OptionData = { name: "question", type: OPTION.string, value: QUESTION };
  const interaction = fake.slash("ask", [question, ...options], MEMBER, extra);
  return (await fake.postedMessage(interaction, WAIT_MS)) as Posted;
}

const logOf = (id: string): Promise<LogLine> =>
  log.waitFor((line) => line.msg === "interaction" && line.interaction === id);

/** Runs the compiled CLI's `feedback` on the bot's store. */
function feedback(args: string[]) {
  return spawnSync(process.execPath, ["dist/cli/main.js", "feedback", ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LIBRARY_DB: store },
    encoding: "utf8",
  });
}

describe("per-server settings, through the real discord.js client and the bot's store", { timeout: 120_000 }, () => {
  it("shows a server's settings privately: public answers, from anyone Discord lets use /corpus, in every channel", async () => {
    const shown = await settings([{ name: "show", type: OPTION.subcommand }]);
    expect(shown.flags).toBe(EPHEMERAL);
    const text = shown.embeds[0]?.description ?? "";
    expect(text).toContain("public in the channel");
    expect(text).toContain("whoever Discord lets use `/corpus`");
    expect(text).toContain("every channel");
  });

  it("makes later answers private by default once an admin says so, unless the asker says otherwise", async () => {
    expect((await ask()).flags ?? 0).toBe(0);
    const saved = await settings([
      {
        name: "replies",
        type: OPTION.subcommand,
        options: [{ name: "visibility", type: OPTION.string, value: "private" }],
      },
    ]);
    expect(saved.embeds[0]?.title).toMatch(/^Saved/u);
    expect(saved.embeds[0]?.description).toContain("private to the asker");
    const answer = await ask();
    expect(answer.flags).toBe(EPHEMERAL);
    expect(answer.embeds[0]?.title).toMatch(/^¶\d+ · Storm closes the harbour/u);
    expect((await ask({}, [{ name: "private", type: OPTION.boolean, value: false }])).flags ?? 0).toBe(0);
  });

  it("answers only in the channels an admin lists: elsewhere a private pointer, /help still anywhere", async () => {
    const added = await settings(
      [
        {
          name: "channels",
          type: OPTION.group,
          options: [
            {
              name: "add",
              type: OPTION.subcommand,
              options: [{ name: "channel", type: OPTION.channel, value: CHANNEL_ID }],
            },
          ],
        },
      ],
      { resolvedChannels: [CHANNEL_ID] },
    );
    expect(added.embeds[0]?.description).toContain(`<#${CHANNEL_ID}>`);
    const elsewhere = await ask({ channel: OTHER_CHANNEL_ID });
    expect(elsewhere.flags).toBe(EPHEMERAL);
    expect(elsewhere.content).toBe(`In this server I answer in <#${CHANNEL_ID}>. Ask there, please.`);
    expect(elsewhere.embeds).toEqual([]);
    const help = fake.slash("help", [], MEMBER, { channel: OTHER_CHANNEL_ID });
    expect((await fake.postedMessage(help, WAIT_MS)).embeds).toHaveLength(1);
    expect((await ask({ channel: CHANNEL_ID })).embeds.length).toBeGreaterThan(0);
    await settings([{ name: "channels", type: OPTION.group, options: [{ name: "all", type: OPTION.subcommand }] }]);
    expect((await ask({ channel: OTHER_CHANNEL_ID })).embeds.length).toBeGreaterThan(0);
  });

  it("lets only the role an admin sets add and remove articles, besides Manage Server; none set, whoever Discord lets", async () => {
    const list = (roles: string[]) =>
      fake.slash("corpus", [{ name: "list", type: OPTION.subcommand, options: [] }], MEMBER, {
        permissions: MEMBER_PERMISSIONS,
        roles,
      });
    await settings(
      [{ name: "editors", type: OPTION.subcommand, options: [{ name: "role", type: OPTION.role, value: ROLE_ID }] }],
      {
        resolvedRoles: [ROLE_ID],
      },
    );
    const refused = list([]);
    const message = (await fake.postedMessage(refused, WAIT_MS)) as Posted;
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toBe(
      `In this server, only members with the role <@&${ROLE_ID}> (or Manage Server) can add or remove articles. Nothing was changed.`,
    );
    expect(await logOf(refused.id)).toMatchObject({ outcome: "refused", refused: "role" });
    const withRole = list([ROLE_ID]);
    expect((await fake.postedMessage(withRole, WAIT_MS)).content).toMatch(/^This server has added no articles yet/u);
    await settings([{ name: "editors", type: OPTION.subcommand, options: [] }]);
    expect((await fake.postedMessage(list([]), WAIT_MS)).content).toMatch(/^This server has added no articles yet/u);
  });

  it("records 'Not right?' once per reader, and citebot feedback lists it newest first", async () => {
    await settings([
      {
        name: "replies",
        type: OPTION.subcommand,
        options: [{ name: "visibility", type: OPTION.string, value: "public" }],
      },
    ]);
    const answer = await ask();
    const flag = answer.components?.flatMap((row) => row.components).find((c) => c.label === "Not right?")?.custom_id;
    expect(flag).toBeDefined();
    const click = fake.click(answer, flag ?? "", ADMIN);
    const thanks = await fake.postedMessage(click, WAIT_MS);
    expect(thanks).toMatchObject({ flags: EPHEMERAL });
    expect(thanks.content).toMatch(/^Thank you: whoever runs citebot will see/u);
    const again = fake.click(answer, flag ?? "", ADMIN);
    expect((await fake.postedMessage(again, WAIT_MS)).content).toMatch(/^You said so already/u);

    const json = feedback(["--json"]);
    expect(json.status).toBe(0);
    const records = json.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      server: GUILD_ID,
      user: { id: ADMIN.id, name: ADMIN.username },
      kind: "ask",
      query: QUESTION,
    });
    expect(records[0].reply).toContain(`Question: ${QUESTION}`);
    expect(records[0].reply).toContain("9.5 metres");

    const text = feedback([]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(
        `^#1 · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC · server ${GUILD_ID} · ada \\(${ADMIN.id}\\) · /ask\\n`,
        "u",
      ),
    );
    expect(text.stdout).toContain(`  Question: ${QUESTION}\n  The reply shown:\n    Question: ${QUESTION}`);
    expect(feedback(["--server", "200000000000000099"]).stdout).toBe("No one has said an answer was not right yet.\n");
    expect(feedback(["--limit", "0"]).status).toBe(2);
  });
});
