import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CUSTOM_ID_MAX } from "../../src/discord/limits.ts";
import { HARBOUR } from "../helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { componentProblems, type WireRow } from "./discord-rules.ts";
import {
  type DiscordMessage,
  EPHEMERAL,
  OPTION,
  type OptionData,
  type Recorded,
  type User,
  user,
} from "./fake-discord.ts";
import { type Harness, startHarness } from "./harness.ts";

const MESSAGE_REPLY = 4;
const UPDATE_MESSAGE = 7;
const AUTOCOMPLETE_REPLY = 8;
/** Button styles: a link button opens its url, and sends the bot nothing. */
const LINK = 5;
const SELECT = 3;

const HARBOUR_URL = "https://gazette.example/2025/01/14/storm-closes-harbour";
const RUSSIA = "What did Russia do in Libya?";

let h: Harness;
let corpus: string;
beforeAll(async () => {
  // The bundled article, which many passages match, and one with a link and a card.
  corpus = makeCorpusDir({
    "seed.txt": readFileSync("corpus/000_327ff4fb0c59c7a6.txt"),
    "harbour.txt": HARBOUR,
    "harbour.meta.json": JSON.stringify({
      url: HARBOUR_URL,
      outlet: "Elling Gazette",
      author: "Priya Castellano",
      date: "2025-01-14",
    }),
  });
  h = await startHarness({ corpusDir: corpus, env: { RATE_LIMIT_REQUESTS: "1000" } });
});
afterAll(async () => {
  await h?.close();
  removeCorpusDir(corpus);
});

interface Posted extends DiscordMessage {
  content: string;
  embeds: Array<{ title?: string; description?: string; url?: string; footer?: { text: string } }>;
  components: WireRow[];
}

const ASKER: User = user("410000000000000011", "asker");
const OTHER: User = user("410000000000000012", "reader");

/** `/ask` by `from`, and the message it posted. */
async function asked(question: string, from: User = ASKER, extra: OptionData[] = []) {
  const interaction = h.fake.slash("ask", [{ name: "question", type: OPTION.string, value: question }, ...extra], from);
  return (await h.fake.postedMessage(interaction)) as Posted;
}

/** The custom id of the button labelled `label`, or of the select menu, on `message`. */
function idOf(message: Posted, label: string | "select"): string {
  const components = message.components.flatMap((row) => row.components);
  const found = components.find((c) => (label === "select" ? c.type === SELECT : c.label === label));
  if (!found?.custom_id) throw new Error(`no ${label} on the message: ${JSON.stringify(message.components)}`);
  return found.custom_id;
}

/** The callback a click got, which the local Discord accepted only within 3 seconds of the click (else 10062). */
async function answered(interaction: {
  id: string;
}): Promise<{ type: number; data?: { flags?: number; content?: string } }> {
  const callback: Recorded = await h.reply(interaction.id);
  expect(callback.status).toBe(204);
  return callback.body as { type: number; data?: { flags?: number; content?: string } };
}

describe("buttons under an answer, clicked through the real discord.js client", () => {
  it("puts a paragraph menu, More passages and the article's link under an answer, within Discord's limits", async () => {
    const russia = await asked(RUSSIA);
    expect(componentProblems(russia.components)).toEqual([]);
    const select = russia.components[0]?.components[0];
    expect(select?.type).toBe(SELECT);
    expect(select?.options?.map((o) => o.label)).toEqual(russia.embeds.map((e) => e.title));
    expect(russia.components[1]?.components.map((c) => c.label)).toEqual(["More passages"]);
    for (const c of russia.components.flatMap((row) => row.components)) {
      if (c.custom_id) expect(c.custom_id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    }
    const harbour = await asked("How high were the waves at Port Elling?");
    const link = harbour.components.flatMap((row) => row.components).find((c) => c.style === LINK);
    expect(link).toMatchObject({ label: "Open the article", url: HARBOUR_URL });
    expect(link).not.toHaveProperty("custom_id");
    expect(harbour.embeds[0]?.footer?.text).toContain("Elling Gazette · 2025-01-14 · by Priya Castellano");
  });

  it("pages the asker's answer in place with the next three passages, and back, each passage shown once", async () => {
    const first = await asked(RUSSIA);
    const more = h.fake.click(first, idOf(first, "More passages"), ASKER);
    expect(await answered(more)).toMatchObject({ type: UPDATE_MESSAGE });
    const second = h.fake.messageById(first.id) as Posted;
    expect(second.content).toContain("Passages 4 to 6.");
    expect(second.embeds).toHaveLength(3);
    const titles = (message: Posted) => message.embeds.map((e) => e.title);
    expect(titles(second).filter((t) => titles(first).includes(t))).toEqual([]);
    expect(second.components[1]?.components.map((c) => c.label)).toEqual(["Previous passages", "More passages"]);
    const back = h.fake.click(second, idOf(second, "Previous passages"), ASKER);
    expect(await answered(back)).toMatchObject({ type: UPDATE_MESSAGE });
    expect(titles(h.fake.messageById(first.id) as Posted)).toEqual(titles(first));
  });

  it("shows another reader the next passages privately, leaving the shared answer as it is", async () => {
    const first = await asked(RUSSIA);
    const more = h.fake.click(first, idOf(first, "More passages"), OTHER);
    expect(await answered(more)).toMatchObject({ type: MESSAGE_REPLY, data: { flags: EPHEMERAL } });
    const page = (await h.fake.postedMessage(more)) as Posted;
    expect(page.content).toContain("Passages 4 to 6.");
    expect(h.fake.messageById(first.id)?.content).toBe(first.content);
  });

  it("shows a passage's whole paragraph privately, with who speaks in it", async () => {
    const first = await asked(RUSSIA);
    const chosen = h.fake.select(first, idOf(first, "select"), ["0"], OTHER);
    expect(await answered(chosen)).toMatchObject({ type: MESSAGE_REPLY, data: { flags: EPHEMERAL } });
    const paragraph = (await h.fake.postedMessage(chosen)) as Posted;
    expect(paragraph.embeds[0]?.title).toBe(first.embeds[0]?.title?.replace(/^.* · (¶\d+ · )/u, "$1"));
    const quote = (first.embeds[0]?.description ?? "").split("\n")[0]?.replace(/^> /u, "").replaceAll("**", "");
    expect(paragraph.embeds[0]?.description?.replaceAll("\\", "")).toContain(
      quote?.replaceAll("\\", "").replace(/…$/u, ""),
    );
  });

  it("lets only the asker use a private answer's buttons", async () => {
    const mine = await asked(RUSSIA, ASKER, [{ name: "private", type: OPTION.boolean, value: true }]);
    expect(mine.flags).toBe(EPHEMERAL);
    const forged = h.fake.click(mine, idOf(mine, "More passages"), OTHER);
    expect(await answered(forged)).toMatchObject({ type: MESSAGE_REPLY, data: { flags: EPHEMERAL } });
    expect((await h.fake.postedMessage(forged)).content).toBe(
      "Only the person who asked can use this answer's buttons.",
    );
    const own = h.fake.click(mine, idOf(mine, "More passages"), ASKER);
    expect(await answered(own)).toMatchObject({ type: UPDATE_MESSAGE });
  });

  it("answers an expired or unknown button with a short private message, and logs no error", async () => {
    const first = await asked(RUSSIA);
    const cases: Array<[string, RegExp]> = [
      ["cb1:page:AAAAAAAA:1", /^These buttons have expired/u],
      ["cb1:flag:AAAAAAAA", /^These buttons have expired/u],
      ["something-else", /^I do not know this button/u],
      [`cb1:page:${"x".repeat(17)}:1`, /^I do not know this button/u],
    ];
    for (const [custom, text] of cases) {
      const click = h.fake.click(first, custom, ASKER);
      expect(await answered(click)).toMatchObject({ type: MESSAGE_REPLY, data: { flags: EPHEMERAL } });
      expect((await h.fake.postedMessage(click)).content).toMatch(text);
    }
    expect(h.logs.filter((line) => line.outcome === "error")).toEqual([]);
  });
});

describe("odd inputs in Discord", () => {
  it("gives a blank question a private hint, and a question in French a private note that citebot reads English", async () => {
    for (const [question, text] of [
      ["   ", /^Type a question after `\/ask`/u],
      ["Qu'est-ce que la Russie a envoyé en Libye ?", /^citebot reads English/u],
    ] as const) {
      const interaction = h.fake.slash("ask", [{ name: "question", type: OPTION.string, value: question }]);
      const message = await h.fake.postedMessage(interaction);
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.content).toMatch(text);
    }
  });

  it("answers a malformed autocomplete with no choices rather than leaving it to time out", async () => {
    const malformed: Array<[string, OptionData[]]> = [
      ["ask", []],
      ["ask", [{ name: "question", type: OPTION.string, value: "What", focused: false }]],
      ["corpus", [{ name: "remove", type: 1 }]],
      ["no-such-command", [{ name: "x", type: OPTION.string, value: "y", focused: true }]],
    ];
    for (const [name, options] of malformed) {
      const interaction = h.fake.autocomplete(name, options);
      const body = (await h.reply(interaction.id)).body as { type: number; data: { choices: unknown[] } };
      expect(body).toEqual({ type: AUTOCOMPLETE_REPLY, data: { choices: [] } });
    }
  });

  it("shows /help privately: every command with what it does and an example", async () => {
    const interaction = h.fake.slash("help", []);
    const message = (await h.fake.postedMessage(interaction)) as Posted & {
      embeds: Array<{ fields?: Array<{ name: string; value: string }> }>;
    };
    expect(message.flags).toBe(EPHEMERAL);
    const names = message.embeds[0]?.fields?.map((f) => f.name.split(/[ (]/u)[0]);
    expect(names).toEqual(["/ask", "/sources", "/article", "Find", "/corpus", "/settings", "/help"]);
    for (const field of message.embeds[0]?.fields ?? []) expect(field.value).toMatch(/`[^`]+`$/u);
  });
});
