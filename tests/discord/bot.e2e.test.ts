import { ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import type { ChatCommand } from "../../src/discord/command.ts";
import * as L from "../../src/discord/limits.ts";
import { liveMaskedLinks } from "../fuzz/checks.ts";
import { type OptionData, type Recorded, user } from "./fake-discord.ts";
import { FAKE_TOKEN, type Harness, startHarness } from "./harness.ts";
import { expectWithinLimits, TRICKY } from "./tricky.ts";

/** A command that always throws, to check that one failing handler does not stop the bot. */
const boom: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data: new SlashCommandBuilder().setName("boom").setDescription("Throws"),
  execute() {
    throw new Error("handler exploded");
  },
};

/** A command whose reply Discord refuses: content one character past its limit. */
const oversize: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data: new SlashCommandBuilder().setName("oversize").setDescription("Replies too long"),
  execute() {
    return {
      payload: { content: "x".repeat(L.CONTENT_MAX + 1), embeds: [], allowedMentions: { parse: [] } },
      private: false,
      outcome: "answered",
    };
  },
};

const STRING = 3;
const BOOLEAN = 5;
const EPHEMERAL = 64;
const MESSAGE_REPLY = 4;
const AUTOCOMPLETE_REPLY = 8;

interface WireMessage {
  content?: string;
  embeds: Array<{ title?: string; description?: string; url?: string; footer?: { text: string } }>;
  allowed_mentions?: { parse: string[] };
  flags?: number;
}

/** The message of an interaction callback, as it reached Discord. */
function messageOf(reply: Recorded): WireMessage {
  const body = reply.body as { type: number; data: WireMessage };
  expect(body.type).toBe(MESSAGE_REPLY);
  const data = { ...body.data, embeds: body.data.embeds ?? [] };
  expectWithinLimits({ content: data.content, embeds: data.embeds, allowedMentions: data.allowed_mentions });
  return data;
}

const question = (value: string): OptionData => ({ name: "question", type: STRING, value });

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ commands: [...commands, boom, oversize] });
});
afterAll(async () => {
  await h?.close();
});

describe("the bot against a local Discord", () => {
  it("answers /ask in public with the quote, ¶3 and no mentions allowed, and logs one line without the text", async () => {
    const asker = user("410000000000000001");
    const { id } = h.fake.slash("ask", [question("What did Russia send to Libya?")], asker);
    const message = messageOf(await h.reply(id));
    expect(message.flags ?? 0).toBe(0);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds[0]?.title).toMatch(/^¶3 · Putin prepares/u);
    expect(message.embeds[0]?.description).toContain("has probably already **sent** S-300");
    await expect.poll(() => h.logs.find((line) => line.interaction === id)).toBeTruthy();
    const line = h.logs.find((l) => l.interaction === id);
    expect(line).toMatchObject({ msg: "interaction", command: "ask", user: asker.id, outcome: "answered" });
    expect(line?.latencyMs).toEqual(expect.any(Number));
    expect(h.logText()).not.toContain("What did Russia send");
    expect(h.logText()).not.toContain(FAKE_TOKEN);
  });

  it("answers privately with flag 64 when private:true", async () => {
    const { id } = h.fake.slash("ask", [
      question("Who supports Haftar?"),
      { name: "private", type: BOOLEAN, value: true },
    ]);
    expect(messageOf(await h.reply(id)).flags).toBe(EPHEMERAL);
  });

  it("says the article does not say a claim, naming the words it never mentions", async () => {
    const { id } = h.fake.slash("sources", [{ name: "claim", type: STRING, value: "Russia landed on Mars" }]);
    const message = messageOf(await h.reply(id));
    expect(message.content).toContain("The article does not say this.");
    expect(message.content).toContain("**Mars**");
  });

  it("shows /article with its paragraph count and tags", async () => {
    const { id } = h.fake.slash("article", []);
    const embed = messageOf(await h.reply(id)).embeds[0];
    expect(embed?.title).toBe("Putin prepares for military campaign in Libya");
    expect(embed?.description).toContain("12 paragraphs");
    expect(embed?.description).toContain("Tags: Putin, Russia");
  });

  it("refuses an unknown article privately and names it", async () => {
    const { id } = h.fake.slash("ask", [question("Who?"), { name: "article", type: STRING, value: "nope" }]);
    const message = messageOf(await h.reply(id));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toContain("no article “nope”");
  });

  it("answers autocomplete on question, claim and article within Discord's limits and well inside 3 seconds", async () => {
    const cases: Array<[string, OptionData[]]> = [
      ["ask", [{ ...question("What did Russia se"), focused: true }]],
      ["sources", [{ name: "claim", type: STRING, value: "Russia sent S-3", focused: true }]],
      ["sources", [{ name: "claim", type: STRING, value: "", focused: true }]],
      ["article", [{ name: "article", type: STRING, value: "", focused: true }]],
      ["ask", [{ ...question(TRICKY.long ?? ""), focused: true }]],
    ];
    const all: Array<Array<{ name: string; value: string }>> = [];
    for (const [name, options] of cases) {
      const started = performance.now();
      const { id } = h.fake.autocomplete(name, options);
      const body = (await h.reply(id)).body as {
        type: number;
        data: { choices: Array<{ name: string; value: string }> };
      };
      expect(performance.now() - started).toBeLessThan(L.INTERACTION_RESPONSE_MS / 3);
      expect(body.type).toBe(AUTOCOMPLETE_REPLY);
      const { choices } = body.data;
      expect(choices.length).toBeLessThanOrEqual(L.AUTOCOMPLETE_CHOICES_MAX);
      for (const choice of choices) {
        expect(choice.name.length).toBeGreaterThanOrEqual(L.CHOICE_NAME_MIN);
        expect(choice.name.length).toBeLessThanOrEqual(L.CHOICE_NAME_MAX);
        expect(choice.value.length).toBeLessThanOrEqual(L.CHOICE_VALUE_MAX);
      }
      all.push(choices);
    }
    const [words, claims, opening, articles, tooLong] = all;
    expect(words?.map((c) => c.value)).toEqual(expect.arrayContaining(["What did Russia se", "What did Russia sent"]));
    expect(claims?.[0]?.name).toMatch(/^Under the guise of the Wagner/u);
    expect(opening?.[0]?.name).toMatch(/^Inspired by the military campaign/u);
    expect(articles).toEqual([{ name: expect.stringContaining("Putin prepares"), value: "000_327ff4fb0c59c7a6" }]);
    expect(tooLong).toEqual([]);
  });

  it("runs Find sources on a message's text, privately", async () => {
    const { id } = h.fake.messageCommand("Find sources", "Russia has sent S-300 systems to Libya!! @everyone");
    const message = messageOf(await h.reply(id));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toContain("**Claim:** Russia has sent S-300 systems to Libya!! @\u200beveryone");
    expect(message.embeds[0]?.title).toMatch(/^¶3 /u);
  });

  it("tells Find sources on a message without text that there is nothing to look up", async () => {
    const { id } = h.fake.messageCommand("Find sources", "");
    expect(messageOf(await h.reply(id)).content).toContain("no text to look up");
  });

  for (const [name, text] of Object.entries({
    "of 6,000 characters": TRICKY.long ?? "",
    "full of markdown and @everyone": `${TRICKY.markdown} ${TRICKY.mentions} ${TRICKY.fences}`,
    "with a masked link after a bracket": TRICKY.maskedLinks ?? "",
    "that only looks empty": TRICKY.empty ?? "",
  })) {
    it(`answers a question ${name} within every limit`, async () => {
      const { id } = h.fake.slash("ask", [question(text)], user("420000000000000002"));
      const message = messageOf(await h.reply(id));
      expect(message.content).toMatch(/^\*\*Question:\*\*/u);
      expect(message.content).not.toMatch(/@(everyone|here)/u);
      expect(liveMaskedLinks(message.content ?? "")).toEqual([]);
    });
  }

  it("apologises privately when a handler throws, logs it with the interaction id, and answers the next one", async () => {
    const { id } = h.fake.slash("boom", []);
    const apology = messageOf(await h.reply(id));
    expect(apology.flags).toBe(EPHEMERAL);
    expect(apology.content).toMatch(/^Sorry, something went wrong/u);
    await expect
      .poll(() => h.logs.find((line) => line.interaction === id))
      .toMatchObject({ outcome: "error", level: 50 });
    const next = h.fake.slash("ask", [question("What did Russia send to Libya?")]);
    expect(messageOf(await h.reply(next.id)).embeds.length).toBeGreaterThan(0);
  });

  it("apologises when Discord refuses a reply past its limits, having logged Discord's code", async () => {
    const { id } = h.fake.slash("oversize", []);
    await expect.poll(() => h.logs.find((line) => line.interaction === id)).toMatchObject({ outcome: "error" });
    const sent = h.fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(sent.map((r) => r.status)).toEqual([400, 204]);
    expect(JSON.stringify(h.logs.find((line) => line.interaction === id))).toContain("50035");
    expect(messageOf(sent[1] as Recorded).content).toMatch(/^Sorry, something went wrong/u);
  });

  it("logs a reply Discord refuses by its code, status and route, without the interaction's token or the question", async () => {
    const callback = (r: Recorded) => r.method === "POST" && r.path.endsWith("/callback");
    // Discord refuses the reply and then the apology alike once an interaction is unknown (10062).
    h.fake.failOnce(callback);
    h.fake.failOnce(callback);
    const asked = "Which zebra417 crates did Russia ship to Libya?";
    const { id, token } = h.fake.slash("ask", [question(asked)]);
    const logged = () => h.logs.filter((line) => line.interaction === id);
    await expect.poll(() => logged().length, { timeout: 15_000 }).toBe(2);
    const refused = {
      type: "DiscordAPIError[10062]",
      message: "Unknown interaction",
      code: 10062,
      status: 404,
      method: "POST",
      route: "/interactions/:id/:token/callback",
    };
    expect(logged()).toEqual([
      expect.objectContaining({ msg: "interaction", outcome: "error", err: refused }),
      expect.objectContaining({ msg: "could not send the apology", err: refused }),
    ]);
    expect(h.logText()).not.toContain(token);
    expect(h.logText()).not.toContain("zebra417");
    expect(h.logText()).not.toContain(FAKE_TOKEN);
  });

  it("rate limits a user past 5 requests in 30 seconds, privately, saying when to try again", async () => {
    const hasty = user("430000000000000003");
    const ids = Array.from({ length: 6 }, () => h.fake.slash("ask", [question("Who supports Haftar?")], hasty).id);
    const replies = await Promise.all(ids.map((id) => h.reply(id)));
    const messages = replies.map(messageOf);
    expect(messages.slice(0, 5).every((m) => m.content?.startsWith("**Question:**"))).toBe(true);
    expect(messages[5]?.flags).toBe(EPHEMERAL);
    expect(messages[5]?.content).toMatch(/at most 5 requests every 30 seconds\. Try again in \d+ seconds?\./u);
    const other = h.fake.slash("ask", [question("Who supports Haftar?")], user("440000000000000004"));
    expect(messageOf(await h.reply(other.id)).content).toMatch(/^\*\*Question:\*\*/u);
  });

  it("still delivers a reply that Discord first answers with 429 and retry_after", async () => {
    h.fake.rateLimitOnce((r) => r.path.endsWith("/callback"), 0.2);
    const { id } = h.fake.slash("ask", [question("What did Russia send to Libya?")]);
    const reply = await h.reply(id);
    expect(messageOf(reply).embeds.length).toBeGreaterThan(0);
    const attempts = h.fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(attempts.map((r) => r.method)).toEqual(["POST (429)", "POST"]);
  });

  for (const how of [4000, "abrupt"] as const) {
    it(`resumes after the gateway ends the connection mid-session (${how}), and answers the next interaction`, async () => {
      const identifies = h.fake.count(2);
      const resumes = h.fake.count(6);
      h.fake.dropConnection(how);
      await h.fake.waitForGateway(6, resumes + 1);
      expect(h.fake.count(2)).toBe(identifies);
      const { id } = h.fake.slash("ask", [question("What did Russia send to Libya?")]);
      expect(messageOf(await h.reply(id)).embeds.length).toBeGreaterThan(0);
    });
  }
});
