import { ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import type { ChatCommand } from "../../src/discord/command.ts";
import { noticeMessage } from "../../src/discord/render/payload.ts";
import { DEFER_AFTER_MS } from "../../src/discord/respond.ts";
import { type Recorded, user } from "./fake-discord.ts";
import { type Harness, startHarness } from "./harness.ts";

const STRING = 3;
const EPHEMERAL = 64;
const DEFERRED = 5;
const DEFERRED_UPDATE = 6;
const SLOW_MS = DEFER_AFTER_MS / 4;

/** Holds the event loop for `ms`, as a costly answer would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** A command whose answer takes a quarter of the deferral delay, public or private as its text says. */
const slow: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data: new SlashCommandBuilder()
    .setName("slow")
    .setDescription("Takes its time")
    .addStringOption((option) => option.setName("text").setDescription("Said back").setRequired(true)),
  execute(interaction) {
    busy(SLOW_MS);
    const text = interaction.options.getString("text", true);
    return { payload: noticeMessage(text), private: text === "private", outcome: "answered" };
  },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ commands: [...commands, slow], env: { RATE_LIMIT_REQUESTS: "1000" } });
});
afterAll(async () => {
  await h?.close();
});

/** Everything that reached Discord for one interaction: its callback and its webhook requests, in order. */
function requestsFor(id: string): Recorded[] {
  return h.fake.requests.filter(
    (r) => r.path.startsWith(`/interactions/${id}/`) || r.path.includes(`/interaction-token-${id}`),
  );
}

/** Waits until the bot has logged the interaction as done: after that nothing more is sent for it. */
async function finished(id: string): Promise<void> {
  while (!h.logs.some((line) => line.interaction === id)) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("acknowledging in time", () => {
  it("defers what waits behind slower answers, then edits the deferred reply once", async () => {
    // Eight answers of a quarter of the delay each: those queued last wait past it, however fast the machine.
    const ids = Array.from(
      { length: 8 },
      (_, i) => h.fake.slash("slow", [{ name: "text", type: STRING, value: `n${i}` }]).id,
    );
    for (const id of ids) await finished(id);
    const first = requestsFor(ids[0] as string);
    const last = requestsFor(ids.at(-1) as string);
    expect(first.map((r) => r.method)).toEqual(["POST"]);
    expect(last.map((r) => `${r.method} ${r.path.endsWith("@original") ? "original" : r.path.split("/")[1]}`)).toEqual([
      "POST interactions",
      "PATCH original",
    ]);
    expect((last[0]?.body as { type?: number } | undefined)?.type).toBe(DEFERRED);
    expect(JSON.stringify(last[1]?.body)).toContain("n7");
    for (const id of ids) expect(requestsFor(id).every((r) => (r.status ?? 0) < 300)).toBe(true);
  });

  it("replaces a public deferral with a private follow-up when the answer turns out private", async () => {
    const ids = Array.from(
      { length: 8 },
      (_, i) => h.fake.slash("slow", [{ name: "text", type: STRING, value: i === 7 ? "private" : `n${i}` }]).id,
    );
    for (const id of ids) await finished(id);
    const last = requestsFor(ids.at(-1) as string);
    expect(last.map((r) => r.method)).toEqual(["POST", "DELETE", "POST"]);
    expect((last[2]?.body as { flags?: number } | undefined)?.flags).toBe(EPHEMERAL);
  });

  it("defers a click queued behind slower answers as an update (6), then edits the message clicked", async () => {
    const asker = user("410000000000000021", "asker");
    const asked = h.fake.slash(
      "ask",
      [{ name: "question", type: STRING, value: "What did Russia do in Libya?" }],
      asker,
    );
    const answer = await h.fake.postedMessage(asked);
    const more = (answer.components as Array<{ components: Array<{ label?: string; custom_id?: string }> }>)
      .flatMap((row) => row.components)
      .find((c) => c.label === "More passages")?.custom_id;
    const slowIds = Array.from(
      { length: 8 },
      (_, i) => h.fake.slash("slow", [{ name: "text", type: STRING, value: `n${i}` }]).id,
    );
    const click = h.fake.click(answer, more ?? "", asker);
    for (const id of [...slowIds, click.id]) await finished(id);
    const sent = requestsFor(click.id);
    expect(sent.map((r) => `${r.method} ${r.path.endsWith("@original") ? "original" : r.path.split("/")[1]}`)).toEqual([
      "POST interactions",
      "PATCH original",
    ]);
    expect((sent[0]?.body as { type?: number } | undefined)?.type).toBe(DEFERRED_UPDATE);
    expect(sent.every((r) => (r.status ?? 0) < 300)).toBe(true);
    expect(h.fake.messageById(answer.id)?.content).toContain("Passages 4 to 6.");
  });

  it("answers an interaction Discord sent while the connection was down, once the session resumes", async () => {
    const resumes = h.fake.count(6);
    h.fake.dropConnection("abrupt");
    const { id } = h.fake.slash("ask", [{ name: "question", type: STRING, value: "What did Russia send to Libya?" }]);
    await h.fake.waitForGateway(6, resumes + 1);
    const reply = await h.reply(id);
    expect((reply.status ?? 0) < 300).toBe(true);
  });
});
