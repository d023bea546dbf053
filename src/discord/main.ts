import { styleText } from "node:util";
import type { Client } from "discord.js";
import dotenv from "dotenv";
import { commands } from "../../commands/index.ts";
import { removeLeftovers } from "../add/store.ts";
import { attributeArticle } from "../attribution/extract.ts";
import { loadConfigOrReport } from "../config.ts";
import { CorpusError } from "../corpus/errors.ts";
import { attributeInWorker } from "../library/attribute.ts";
import { LibraryEditor } from "../library/editor.ts";
import { Libraries } from "../library/libraries.ts";
import { openStore } from "../library/open-store.ts";
import type { LibraryStore } from "../library/store.ts";
import { LiveCorpus } from "../live/live-corpus.ts";
import { openCorpus } from "../open.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { startBot } from "./bot.ts";
import type { CommandContext } from "./command.ts";
import { runLocalConsole } from "./console.ts";
import { createLogger } from "./log.ts";
import { serverOf } from "./scope.ts";
import { surviveUnexpectedErrors } from "./survive.ts";

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
  try {
    removeLeftovers(config.corpusDir);
  } catch {
    // A folder citebot cannot write to holds nothing a write of citebot's left.
  }
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
  if (token === undefined) {
    // The console reads the operator's corpus, which the live corpus updates in place, and a library of its own.
    const bold = (text: string) => styleText("bold", text);
    await runLocalConsole(config, () => live.index, warn, {
      input: process.stdin,
      output: process.stdout,
      bold,
      prompt: true,
    });
    live.close();
    return 0;
  }
  let store: LibraryStore;
  try {
    store = await openStore(config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    live.close();
    return 1;
  }
  const libraries = new Libraries({
    store,
    operator: () => live.index,
    attribute: attributeArticle,
    memoryBudgetBytes: config.libraryMemoryBytes,
    idleMs: config.libraryIdleMs,
    onWarning: warn,
  });
  const corpus = new LibraryEditor(libraries, { allowPrivate: config.fetchAllowPrivate }, attributeInWorker);
  // Each interaction reads the operator's corpus and, in a server that has citebot, that server's own articles.
  const contextFor = async (interaction: Parameters<typeof serverOf>[0]): Promise<CommandContext> => {
    const server = serverOf(interaction);
    return { shelf: await libraries.shelf(server), server, corpus };
  };
  const closeAll = () => {
    live.close();
    libraries.close();
    return store.close();
  };
  surviveUnexpectedErrors(logger);
  // Listen for signals before connecting, so that a stop while connecting is clean too.
  // A second signal while closing (an impatient Ctrl-C) is ignored rather than killing the process.
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
    client = await startBot({
      config: { ...config, token },
      context: contextFor,
      corpus: live.index,
      commands,
      logger,
    });
  } catch (error) {
    // A refused login (a token reset since, say) says what Discord said, and nothing of the token.
    process.stderr.write(`citebot: could not connect to Discord: ${(error as Error).message}\n`);
    await closeAll();
    return 1;
  }
  return 0;
}

process.exitCode = await main();
