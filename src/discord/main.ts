import { styleText } from "node:util";
import type { Client } from "discord.js";
import dotenv from "dotenv";
import { commands } from "../../commands/index.ts";
import { CorpusEditor } from "../add/editor.ts";
import { loadConfigOrReport } from "../config.ts";
import { CorpusError } from "../corpus/errors.ts";
import { LiveCorpus } from "../live/live-corpus.ts";
import { openCorpus } from "../open.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { startBot } from "./bot.ts";
import { runConsole } from "./console.ts";
import { createLogger } from "./log.ts";
import { surviveUnexpectedErrors } from "./survive.ts";

/**
 * How long `/corpus` waits for the index to take an edit in before replying that it is still being
 * indexed: enough to rebuild thousands of paragraphs (25,782 took 78 s without the cache), and far
 * inside the 15 minutes a deferred reply may be filled in.
 */
const INDEX_WAIT_MS = 120_000;

/**
 * `npm start`: the bot with a token; without one, in a terminal, the local console; without one and
 * without a terminal, the configuration error and exit status 1.
 */
async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const config = loadConfigOrReport(process.env, interactive ? [] : ["DISCORD_TOKEN"]);
  if (!config) return 1;
  const { token } = config;
  const logger = createLogger(token === undefined ? "silent" : config.logLevel);
  // A cause of warning that lasts (a cache that cannot be written) would warn at every rebuild: once is enough.
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    if (token === undefined) process.stderr.write(`${message}\n`);
    else logger.warn(message);
  };
  const opening = { cacheDir: config.indexCacheDir, maxFileBytes: config.maxFileBytes, onWarning: warn };
  let index: CorpusIndex;
  try {
    // A followed corpus's worker writes the cache, off the thread that answers.
    index = await openCorpus(config.corpusDir, { ...opening, writeCache: !config.watchCorpus });
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const live = new LiveCorpus(index, {
    dir: config.corpusDir,
    ...opening,
    onReload: (event) =>
      event.ok
        ? logger.info(
            {
              articles: event.articles,
              paragraphs: event.paragraphs,
              ms: event.ms,
              parsed: event.parsed.length,
              attributed: event.attributed.length,
            },
            "corpus reloaded",
          )
        : logger.error({ error: event.error }, "corpus not reloaded: still answering from the previous one"),
  });
  if (config.watchCorpus) live.watch();
  const corpus = new CorpusEditor({
    dir: config.corpusDir,
    allowPrivate: config.fetchAllowPrivate,
    index: () => live.index,
    refresh: () => live.refresh(),
    waitMs: INDEX_WAIT_MS,
  });
  // Commands read the index through this on every request, so a rebuilt one is used from then on.
  const context = {
    get index() {
      return live.index;
    },
    corpus,
  };
  if (token === undefined) {
    const bold = (text: string) => styleText("bold", text);
    await runConsole(context, { input: process.stdin, output: process.stdout, bold, prompt: true });
    live.close();
    return 0;
  }
  surviveUnexpectedErrors(logger);
  // Listen for signals before connecting, so that a stop while connecting is clean too.
  // A second signal while closing (an impatient Ctrl-C) is ignored rather than killing the process.
  let client: Client | undefined;
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "closing the connection");
    live.close();
    void Promise.resolve(client?.destroy()).finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    client = await startBot({ config: { ...config, token }, context, commands, logger });
  } catch (error) {
    // A refused login (a token reset since, say) says what Discord said, and nothing of the token.
    process.stderr.write(`citebot: could not connect to Discord: ${(error as Error).message}\n`);
    live.close();
    return 1;
  }
  return 0;
}

process.exitCode = await main();
