import { Writable } from "node:stream";
import type { Client } from "discord.js";
import { commands as allCommands } from "../../commands/index.ts";
import { loadConfig } from "../../src/config.ts";
import { startBot } from "../../src/discord/bot.ts";
import type { Command } from "../../src/discord/command.ts";
import { createLogger } from "../../src/discord/log.ts";
import { Shelf } from "../../src/library/shelf.ts";
import { openCorpus } from "../../src/open.ts";
import { FakeDiscord, type Recorded } from "./fake-discord.ts";
import { FakeDiscordWorker } from "./fake-discord-worker.ts";

/** A token in the shape of a real one; the tests check it never reaches a log line. */
export const FAKE_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GfakeX.fake-token-never-logged_0123456789";

/** The bot under test, connected to `fake`: a `FakeDiscord` in the test's thread, or one in a worker. */
export interface BotHarness<Fake> {
  fake: Fake;
  client: Client<true>;
  /** Every log line the bot wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  /** The raw log text, for checking what must never appear. */
  logText(): string;
  /** The log's lines as written, growing as the bot writes: for reading on from where one left off. */
  readonly logLines: readonly string[];
  close(): Promise<void>;
}

/** The bot and a `FakeDiscord` in the same thread, which the test drives directly. */
export interface Harness extends BotHarness<FakeDiscord> {
  /** The reply to an interaction; fails at once if discord.js dropped one with an unhandled rejection. */
  reply(interactionId: string, timeoutMs?: number): Promise<Recorded>;
}

/** What the bot runs with: its commands (all by default), environment and corpus folder. */
export interface HarnessOptions {
  commands?: Command[];
  env?: Record<string, string>;
  corpusDir?: string;
}

/**
 * The fake Discord, and the bot connected to it with the real discord.js Client through
 * `DISCORD_API_URL`. Unhandled rejections (what discord.js leaves when an interaction payload lacks a
 * field it needs) make every pending wait fail, and `close` throws if any happened.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { harness, failed } = await connectBot(await FakeDiscord.start(), options);
  // Assigned onto the harness rather than spread into a copy, which would freeze its `logs` getter.
  return Object.assign(harness, {
    reply: (id: string, timeoutMs?: number) => Promise.race([harness.fake.reply(id, timeoutMs), failed]),
  });
}

/**
 * The bot connected to a fake Discord in a worker thread, for measuring the bot's own acknowledgements
 * and heap (see `FakeDiscordWorker`). `close` throws if the bot left unhandled rejections.
 */
export async function startWorkerHarness(options: HarnessOptions = {}): Promise<BotHarness<FakeDiscordWorker>> {
  return (await connectBot(await FakeDiscordWorker.start(), options)).harness;
}

/** Starts the bot on `fake`'s API, logging into memory; `failed` rejects at the bot's first unhandled rejection. */
async function connectBot<Fake extends { apiUrl: string; close(): Promise<void> }>(
  fake: Fake,
  options: HarnessOptions,
): Promise<{ harness: BotHarness<Fake>; failed: Promise<never> }> {
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
  const index = await openCorpus(options.corpusDir ?? config.corpusDir);
  const logger = createLogger("debug", sink);
  const client = await startBot({
    config: { ...config, token: FAKE_TOKEN },
    context: { shelf: new Shelf(index) },
    corpus: index,
    commands: options.commands ?? allCommands,
    logger,
  });
  const harness: BotHarness<Fake> = {
    fake,
    client,
    get logs() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => lines.join("\n"),
    logLines: lines,
    async close() {
      await client.destroy();
      await fake.close();
      process.off("unhandledRejection", onRejection);
      if (rejections.length > 0)
        throw new Error(`unhandled rejections in the bot: ${rejections.map(String).join("; ")}`);
    },
  };
  return { harness, failed };
}
