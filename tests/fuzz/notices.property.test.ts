import { ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChatCommand } from "../../src/discord/command.ts";
import { CONTENT_MAX } from "../../src/discord/limits.ts";
import { noticeMessage } from "../../src/discord/render/payload.ts";
import { Shelf } from "../../src/library/shelf.ts";
import { fuzzParams, fuzzTimeout, shortText, userText } from "../helpers/arbitraries.ts";
import { expectSafe, type SentMessage, shown, showsAsTyped, wellFormed } from "./checks.ts";
import { fuzzCorpus } from "./corpus.ts";
import { dispatcher, type Sent } from "./interactions.ts";

const corpus = fuzzCorpus();
const { index } = corpus;
const EPHEMERAL = 64;
const UNKNOWN_COMMAND = /^I do not know this command any more/u;
const APOLOGY =
  "Sorry, something went wrong while answering that. It has been logged; please try again, or ask differently.";
const UNKNOWN_ARTICLE = /^There is no article “(.*)” in the corpus; pick one from the suggestions\.$/su;

/** A command that throws whatever it is given, as a bug in a handler would. */
function throwing(message: string): ChatCommand {
  return {
    type: ApplicationCommandType.ChatInput,
    data: new SlashCommandBuilder().setName("boom").setDescription("Throws"),
    execute() {
      throw new Error(message);
    },
  };
}

function privateNotice(sent: Sent[]): SentMessage {
  expect(sent.map((s) => s.via)).toEqual(["reply"]);
  const message = sent[0]?.body as SentMessage;
  expect(message.flags).toBe(EPHEMERAL);
  expect(message.embeds).toEqual([]);
  expectSafe(message, true);
  return message;
}

describe("the bot's own notices: unknown article, unknown command, rate limit, apology", () => {
  it("names an unknown article as typed, even one holding $& or $', and keeps its own words whole", () => {
    for (const id of ["$&", "$'", "$`", "$$", "a$1b", "x".repeat(6000), "@everyone <@1> **b**"]) {
      const content = noticeMessage("There is no article “{}” in the corpus; pick one from the suggestions.", id)
        .content as string;
      expect(content.length).toBeLessThanOrEqual(CONTENT_MAX);
      const named = UNKNOWN_ARTICLE.exec(shown(content));
      expect(named).not.toBeNull();
      expect(showsAsTyped(named?.[1] ?? "", id)).toBe(true);
    }
  });

  it(
    "are private, within every limit, show user text as typed, and say when to try again",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            requests: fc.integer({ min: 1, max: 6 }),
            windowSeconds: fc.integer({ min: 1, max: 7 * 24 * 3600 }),
            start: fc.integer({ min: 0, max: 2 ** 42 }),
            early: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
            name: shortText(corpus.words).filter((n) => !["ask", "sources", "article", "boom"].includes(n)),
            article: shortText(corpus.words).filter((id) => !index.articles.has(id)),
            error: userText(corpus.words),
          }),
          async ({ requests, windowSeconds, start, early, name, article, error }) => {
            const windowMs = windowSeconds * 1000;
            let now = start;
            const send = dispatcher(
              { shelf: new Shelf(index) },
              { extra: [throwing(error)], limit: { requests, windowMs }, now: () => now },
            );
            const user = "fuzzer";

            for (let i = 0; i < requests; i++) {
              const refused = privateNotice(await send({ kind: "slash", command: name, options: [], user }));
              expect(refused.content).toMatch(UNKNOWN_COMMAND);
            }
            const wait = Math.floor(early * windowMs);
            now = start + wait;
            const limited = privateNotice(await send({ kind: "slash", command: "ask", options: [], user }));
            const seconds = Math.ceil((windowMs - wait) / 1000);
            expect(limited.content).toContain(`at most ${requests} requests every ${windowSeconds} seconds.`);
            expect(limited.content).toContain(`Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`);

            now = start + windowMs;
            const options = [
              { name: "question", value: "What did Russia send?" },
              { name: "article", value: article },
            ];
            const unknown = privateNotice(await send({ kind: "slash", command: "ask", options, user }));
            const named = UNKNOWN_ARTICLE.exec(shown(unknown.content ?? ""));
            expect(named).not.toBeNull();
            if (wellFormed(article)) expect(showsAsTyped(named?.[1] ?? "", article)).toBe(true);

            expect(send.errors).toEqual([]);
            const apology = privateNotice(await send({ kind: "slash", command: "boom", options: [], user: "other" }));
            expect(apology.content).toBe(APOLOGY);
            expect(send.errors).toHaveLength(1);

            const blank = privateNotice(
              await send({ kind: "message", command: "Find sources", content: " \n\t ", user: "third" }),
            );
            expect(blank.content).toMatch(/no text to look up/u);
          },
        ),
        fuzzParams("notices"),
      );
    },
    fuzzTimeout("notices"),
  );
});
