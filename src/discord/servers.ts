import { attributeArticle } from "../attribution/extract.ts";
import type { Config } from "../config.ts";
import { attributeInWorker } from "../library/attribute.ts";
import { LibraryEditor } from "../library/editor.ts";
import { Libraries } from "../library/libraries.ts";
import { openStore } from "../library/open-store.ts";
import type { LiveCorpus } from "../live/live-corpus.ts";
import type { CommandContext, ContextFor } from "./command.ts";
import { serverOf } from "./scope.ts";

/** What the bot serves servers from: each interaction's context, and what closes it all. */
export interface Servers {
  contextFor: ContextFor;
  close(): Promise<void>;
}

/**
 * Opens the servers' store (SQLite or PostgreSQL, as configured) and what reads it: servers' libraries, kept
 * in memory while asked, and `/corpus`'s editor. Each interaction then reads the operator's corpus and, in a
 * server that has citebot, that server's own articles. A store that cannot be opened prints why and gives
 * undefined, for exit status 1.
 */
export async function openServers(
  config: Config,
  live: LiveCorpus,
  warn: (message: string) => void,
): Promise<Servers | undefined> {
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return undefined;
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
  const contextFor = async (interaction: Parameters<ContextFor>[0]): Promise<CommandContext> => {
    const server = serverOf(interaction);
    return { shelf: await libraries.shelf(server), server, corpus };
  };
  return {
    contextFor,
    close: () => {
      libraries.close();
      return store.close();
    },
  };
}
