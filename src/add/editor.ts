import { setTimeout as sleep } from "node:timers/promises";
import type { Article } from "../corpus/types.ts";
import type { ReloadEvent } from "../live/live-corpus.ts";
import type { CorpusIndex, IndexedArticle } from "../search/corpus-index.ts";
import { type Added, type AddOptions, addFromUrl, readAttachment, removeArticle, storeInFolder } from "./add.ts";

/** What to add: a link to a page, or a file at a url under its own name (a Discord attachment). */
export type AddSource = { url: string } | { file: { name: string; url: string } };

/** Where the index stands after an edit: it has the change, is still rebuilding, or could not rebuild. */
export type IndexState = "updated" | "updating" | "failed";

/** An article added or removed, and whether the index has caught up. */
export interface Edit {
  action: "added" | "removed";
  id: string;
  /** The article as written (added), or as the index had it (removed). */
  article: Article | undefined;
  /** The added article as the index holds it, who-says-what included, once the index has it. */
  indexed: IndexedArticle | undefined;
  index: IndexState;
}

/** What the editor works on, and how long an edit waits for the index before saying it is still updating. */
export interface EditorOptions {
  dir: string;
  allowPrivate: boolean;
  /** The index now: the articles already there, and the added one once rebuilt. */
  index(): CorpusIndex;
  /** Rebuilds the index from the folder as it is now (`LiveCorpus.refresh`). */
  refresh(): Promise<ReloadEvent>;
  waitMs: number;
}

/**
 * Adds and removes articles for the bot, one edit at a time, each waiting for the index to take it in:
 * so that an edit's checks (the same article twice, the last article) see every edit before it, and
 * so that the reply to an add can say the article can be asked. An edit that outlasts `waitMs` is
 * reported as still updating; the next edit still waits for its rebuild. Refusals are thrown as
 * {@link Refusal}s, with nothing changed.
 */
export class CorpusEditor {
  readonly #options: EditorOptions;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: EditorOptions) {
    this.#options = options;
  }

  /** Adds the article at a link or in a file. */
  add(source: AddSource): Promise<Edit> {
    return this.#edit("added", () => {
      const options: AddOptions = {
        dir: this.#options.dir,
        allowPrivate: this.#options.allowPrivate,
        existing: [...this.#options.index().articles.values()].map((indexed) => indexed.article),
      };
      return "url" in source
        ? addFromUrl(source.url, options)
        : readAttachment(source.file.name, source.file.url, options).then((read) => storeInFolder(read, options));
    });
  }

  /** Removes article `id`. */
  remove(id: string): Promise<Edit> {
    return this.#edit("removed", async () => {
      removeArticle(this.#options.dir, id);
      return { id, article: this.#options.index().articles.get(id)?.article };
    });
  }

  #edit(action: Edit["action"], change: () => Promise<Added | { id: string; article: Article | undefined }>) {
    const changed = this.#queue.then(async () => {
      const done = await change();
      return { done, rebuilt: this.#options.refresh() };
    });
    this.#queue = changed.then(({ rebuilt }) => rebuilt).catch(() => undefined);
    return changed.then(async ({ done, rebuilt }): Promise<Edit> => {
      const event = await Promise.race([rebuilt, sleep(this.#options.waitMs, undefined, { ref: false })]);
      const indexed = action === "added" ? this.#options.index().articles.get(done.id) : undefined;
      const caughtUp = action === "added" ? indexed !== undefined : !this.#options.index().articles.has(done.id);
      const index: IndexState = event === undefined ? "updating" : event.ok && caughtUp ? "updated" : "failed";
      return { action, id: done.id, article: done.article, indexed, index };
    });
  }
}
