import { styleText } from "node:util";
import type { Client } from "discord.js";
import dotenv from "dotenv";
import { commands } from "../../commands/index.ts";
import { type Config, loadConfigOrReport } from "../config.ts";
import type { LiveCorpus } from "../live/live-corpus.ts";
import { startBot } from "./bot.ts";
import { runLocalConsole } from "./console.ts";
import { createLogger, type Logger } from "./log.ts";
import { openOperator } from "./operator.ts";
import { openServers, type Servers } from "./servers.ts";
import { surviveUnexpectedErrors } from "./survive.ts";

/**
 * `npm start`: the bot with a token; without one, in a terminal, the local console; without one and
 * without a terminal, the configuration error and exit status 1. By stage: the configuration, the
 * operator's corpus, then either the console or the servers' store and the connection to Discord.
 */
async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const config = loadConfigOrReport(process.env, interactive ? [] : ["DISCORD_TOKEN"]);
  if (!config) return 1;
  const { token } = config;
  const logger = createLogger(token === undefined ? "silent" : config.logLevel);
  const warn = warnOnce(
    token === undefined ? (message) => process.stderr.write(`${message}\n`) : logger.warn.bind(logger),
  );
  const live = await openOperator(config, logger, warn);
  if (!live) return 1;
  if (token === undefined) return consoleOn(config, live, warn);
  const servers = await openServers(config, live, warn);
  if (!servers) {
    live.close();
    return 1;
  }
  return connect({ ...config, token }, live, servers, logger);
}

/** A warning written once, however often its cause recurs (a cache that cannot be written warns at every rebuild). */
function warnOnce(write: (message: string) => void): (message: string) => void {
  const warned = new Set<string>();
  return (message) => {
    if (warned.has(message)) return;
    warned.add(message);
    write(message);
  };
}

/**
 * The local console, until the user leaves it: it reads the operator's corpus, which the live corpus updates
 * in place, and a library of its own.
 */
async function consoleOn(config: Config, live: LiveCorpus, warn: (message: string) => void): Promise<number> {
  const bold = (text: string) => styleText("bold", text);
  const io = { input: process.stdin, output: process.stdout, bold, prompt: true };
  await runLocalConsole(config, () => live.index, warn, io);
  live.close();
  return 0;
}

/**
 * Connects to Discord and answers until a signal. Signals are listened for before connecting, so that a stop
 * while connecting is clean too; a second signal while closing (an impatient Ctrl-C) is ignored rather than
 * killing the process. A refused login (a token reset since, say) says what Discord said, and nothing of the token.
 */
async function connect(
  config: Config & { token: string },
  live: LiveCorpus,
  servers: Servers,
  logger: Logger,
): Promise<number> {
  const closeAll = () => {
    live.close();
    return servers.close();
  };
  surviveUnexpectedErrors(logger);
  let client: Client | undefined;
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "closing the connection");
    void Promise.all([client?.destroy(), closeAll()]).finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    client = await startBot({ config, context: servers.contextFor, corpus: live.index, commands, logger });
  } catch (error) {
    process.stderr.write(`citebot: could not connect to Discord: ${(error as Error).message}\n`);
    await closeAll();
    return 1;
  }
  return 0;
}

process.exitCode = await main();
