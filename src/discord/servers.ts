import { attributeArticle } from "../attribution/extract.ts";
import type { Config } from "../config.ts";
import { attributeInWorker } from "../library/attribute.ts";
import { LibraryEditor } from "../library/editor.ts";
import type { NewFeedback } from "../library/feedback.ts";
import { Libraries } from "../library/libraries.ts";
import { openStore } from "../library/open-store.ts";
import { SettingsCache } from "../library/settings-cache.ts";
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
 * in memory while asked, `/corpus`'s editor, servers' settings and the operator's feedback. Each interaction
 * then reads the operator's corpus and, in a server that has citebot, that server's own articles and
 * settings. A store that cannot be opened prints why and gives undefined, for exit status 1.
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
  const servers = new SettingsCache(store);
  const feedback = (record: NewFeedback) => store.addFeedback(record);
  const contextFor = async (interaction: Parameters<ContextFor>[0]): Promise<CommandContext> => {
    const server = serverOf(interaction);
    const [shelf, settings] = await Promise.all([libraries.shelf(server), servers.of(server)]);
    return { shelf, server, corpus, settings, servers, feedback };
  };
  return {
    contextFor,
    close: () => {
      libraries.close();
      return store.close();
    },
  };
}
