import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { REST, type RESTGetAPIGatewayBotResult, Routes, ShardingManager } from "discord.js";
import dotenv from "dotenv";
import { loadConfigOrReport } from "../config.ts";
import { COMPILED, entryPointUrl } from "../entry/entry-points.ts";
import { createLogger, type Logger } from "./log.ts";
import { surviveUnexpectedErrors } from "./survive.ts";

/** The bot that each shard process runs: `npm start`'s entry, which discord.js configures per shard. */
const BOT = fileURLToPath(entryPointUrl("discord/main"));

/**
 * Discord lets `max_concurrency` shards identify per 5 seconds; discord.js waits 5.5 s between shards
 * by default. Spawned one after another, shards `max_concurrency` apart are then this far apart.
 */
const IDENTIFY_WINDOW_MS = 5_500;

/** How long a shard may take to be ready: a large corpus builds its index (about 20 s) before connecting. */
const READY_TIMEOUT_MS = 120_000;

/** How long a shard has to close its connection once told to stop, before it is killed. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * `npm run start:sharded`: the bot under discord.js's ShardingManager, one process per shard, for a bot
 * in more guilds than one gateway connection may hold (Discord requires shards past 2,500). The shard
 * count is `SHARD_COUNT`, or else what Discord recommends; SIGINT or SIGTERM stops every shard.
 */
async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const config = loadConfigOrReport(process.env, ["DISCORD_TOKEN"]);
  if (!config) return 1;
  const { token } = config;
  const logger = createLogger(config.logLevel);
  // The manager's death would take every shard with it.
  surviveUnexpectedErrors(logger);
  let gateway: RESTGetAPIGatewayBotResult;
  try {
    gateway = await gatewayBot(token, config.apiUrl);
  } catch (error) {
    process.stderr.write(`citebot: could not connect to Discord: ${(error as Error).message}\n`);
    return 1;
  }
  const shards = config.shardCount ?? gateway.shards;
  const delay = Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, gateway.session_start_limit.max_concurrency));
  const manager = new ShardingManager(BOT, {
    token,
    totalShards: shards,
    // The shards of this machine, where the bot's shards are spread over several (SHARDS).
    ...(config.shards !== undefined && { shardList: config.shards }),
    mode: "process",
    // From source, each shard runs the bot's TypeScript through tsx as its parent does.
    execArgv: COMPILED ? [] : ["--import", import.meta.resolve("tsx")],
  });

  let closing = false;
  manager.on("shardCreate", (shard) => {
    // A shard forked while stopping (the spawn loop does not know) is stopped as soon as it exists.
    shard.on("spawn", () => {
      if (closing) shard.kill();
    });
    shard.on("death", () => closing || logger.warn({ shard: shard.id }, "shard exited: starting it again"));
  });
  const stop = async (signal: string, code: number) => {
    if (closing) return;
    closing = true;
    manager.respawn = false;
    logger.info({ signal }, "stopping the shards");
    await Promise.all(manager.shards.map((shard) => end(shard.process)));
    process.exit(code);
  };
  process.on("SIGINT", () => void stop("SIGINT", 0));
  process.on("SIGTERM", () => void stop("SIGTERM", 0));

  logger.info(
    { shards, here: config.shards ?? "all", configured: config.shardCount !== undefined, delayMs: delay },
    "starting the shards",
  );
  try {
    await manager.spawn({ amount: shards, delay, timeout: READY_TIMEOUT_MS });
  } catch (error) {
    if (closing) return 0;
    logShardFailure(logger, error);
    await stop("a shard failed to start", 1);
  }
  if (!closing) logger.info({ shards }, "every shard is ready");
  return 0;
}

/** `GET /gateway/bot` at the configured API: discord.js's own `fetchRecommendedShardCount` ignores it. */
async function gatewayBot(token: string, api: string | undefined): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

/** Asks a shard process to close its connection, and resolves once it has exited (killed if it lingers). */
function end(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function logShardFailure(logger: Logger, error: unknown): void {
  logger.error({ error: (error as Error).message ?? String(error) }, "a shard failed to start: stopping them all");
}

process.exitCode = await main();
