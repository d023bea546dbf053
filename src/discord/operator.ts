import { removeLeftovers } from "../add/store.ts";
import type { Config } from "../config.ts";
import { CorpusError } from "../corpus/errors.ts";
import { LiveCorpus, type ReloadEvent } from "../live/live-corpus.ts";
import { openCorpus } from "../open.ts";
import type { Logger } from "./log.ts";

/**
 * The operator's corpus as the bot serves it: the folder read (from the index cache where it can be), an
 * add's leftovers removed first, and followed while the bot runs where `WATCH_CORPUS` says so, each reload
 * logged. A corpus that cannot load prints its error (file and line) and gives undefined, for exit status 1.
 */
export async function openOperator(
  config: Config,
  logger: Logger,
  warn: (message: string) => void,
): Promise<LiveCorpus | undefined> {
  const opening = { cacheDir: config.indexCacheDir, maxFileBytes: config.maxFileBytes, onWarning: warn };
  try {
    removeLeftovers(config.corpusDir);
  } catch {
    // A folder citebot cannot write to holds nothing a write of citebot's left.
  }
  try {
    // A followed corpus's worker writes the cache, off the thread that answers.
    const index = await openCorpus(config.corpusDir, { ...opening, writeCache: !config.watchCorpus });
    const onReload = (event: ReloadEvent) => logReload(logger, event);
    const live = new LiveCorpus(index, { dir: config.corpusDir, ...opening, onReload });
    if (config.watchCorpus) live.watch();
    return live;
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return undefined;
  }
}

function logReload(logger: Logger, event: ReloadEvent): void {
  if (!event.ok) {
    logger.error({ error: event.error }, "corpus not reloaded: still answering from the previous one");
    return;
  }
  const { articles, paragraphs, ms } = event;
  logger.info(
    { articles, paragraphs, ms, parsed: event.parsed.length, attributed: event.attributed.length },
    "corpus reloaded",
  );
}
