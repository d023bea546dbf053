import { Writable } from "node:stream";
import type { Client } from "discord.js";
import { commands as allCommands } from "../../commands/index.ts";
import { loadConfig } from "../../src/config.ts";
import { startBot } from "../../src/discord/bot.ts";
import type { Command } from "../../src/discord/command.ts";
import { createLogger } from "../../src/discord/log.ts";
import { openCorpus } from "../../src/open.ts";
import { FakeDiscord, type Recorded } from "./fake-discord.ts";

/** A token in the shape of a real one; the tests check it never reaches a log line. */
export const FAKE_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GfakeX.fake-token-never-logged_0123456789";

export interface Harness {
  fake: FakeDiscord;
  client: Client<true>;
  /** Every log line the bot wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  /** The raw log text, for checking what must never appear. */
  logText(): string;
  /** The log's lines as written, growing as the bot writes: for reading on from where one left off. */
  readonly logLines: readonly string[];
  /** The reply to an interaction; fails at once if discord.js dropped one with an unhandled rejection. */
  reply(interactionId: string, timeoutMs?: number): Promise<Recorded>;
  close(): Promise<void>;
}

/**
 * The fake Discord, and the bot connected to it with the real discord.js Client through
 * `DISCORD_API_URL`. Unhandled rejections (what discord.js leaves when an interaction payload lacks a
 * field it needs) make every pending wait fail, and `close` throws if any happened.
 */
export async function startHarness(
  options: { commands?: Command[]; env?: Record<string, string>; corpusDir?: string } = {},
): Promise<Harness> {
  const rejections: unknown[] = [];
  let failNow: ((reason: unknown) => void) | undefined;
  const failed = new Promise<never>((_, reject) => {
    failNow = reject;
  });
  failed.catch(() => {});
  const onRejection = (reason: unknown) => {
    rejections.push(reason);
    failNow?.(new Error(`unhandled rejection in the bot: ${String(reason)}`));
  };
  process.on("unhandledRejection", onRejection);

  const fake = await FakeDiscord.start();
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const config = loadConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl, ...options.env }, [
    "DISCORD_TOKEN",
  ]);
  const index = openCorpus(options.corpusDir ?? config.corpusDir);
  const logger = createLogger("debug", sink);
  const client = await startBot({
    config: { ...config, token: FAKE_TOKEN },
    context: { index },
    commands: options.commands ?? allCommands,
    logger,
  });
  return {
    fake,
    client,
    get logs() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => lines.join("\n"),
    logLines: lines,
    reply: (id, timeoutMs) => Promise.race([fake.reply(id, timeoutMs), failed]),
    async close() {
      await client.destroy();
      await fake.close();
      process.off("unhandledRejection", onRejection);
      if (rejections.length > 0)
        throw new Error(`unhandled rejections in the bot: ${rejections.map(String).join("; ")}`);
    },
  };
}
