import type { ArticleAttribution } from "../attribution/types.ts";
import { CorpusError } from "../corpus/errors.ts";
import { parseSource } from "../corpus/load.ts";
import type { Article } from "../corpus/types.ts";
import { fingerprint } from "../search/cache.ts";
import { type Attributor, type CorpusIndex, emptyIndex, updateIndex } from "../search/corpus-index.ts";
import { withoutControls } from "../text/controls.ts";
import { type ServerLibrary, Shelf } from "./shelf.ts";
import type { LibraryStore, Provenance, StoredArticle } from "./store.ts";

/** The memory servers' indexes may take together unless told otherwise (`LIBRARY_MEMORY_MB`). */
export const DEFAULT_MEMORY_BUDGET_BYTES = 256_000_000;

/** How long a server's index is kept after its last request unless told otherwise (`LIBRARY_IDLE_MINUTES`). */
export const DEFAULT_IDLE_MS = 30 * 60_000;

/**
 * What a server's index takes in memory, per character of its articles' text: the paragraphs, their term
 * ids, MiniSearch's postings and who-says-what. Measured by the bench's libraries section (the heap of
 * 100 libraries of 3 articles of 12 paragraphs, divided by their text: 40.5 bytes): an estimate for the
 * budget, not an account.
 */
export const BYTES_PER_CHARACTER = 40;

/** How the servers' libraries are kept in memory. */
export interface LibrariesOptions {
  store: LibraryStore;
  /** The operator's index as it is now (the live corpus's, updated in place). */
  operator: () => CorpusIndex;
  /** Works out who says what in an article whose stored attribution is from another build. */
  attribute: Attributor;
  /** The memory all servers' indexes may take together; past it, the least recently asked are dropped. Default: {@link DEFAULT_MEMORY_BUDGET_BYTES}. */
  memoryBudgetBytes?: number;
  /** How long a server's index is kept after its last request. Default: {@link DEFAULT_IDLE_MS}. */
  idleMs?: number;
  /** Told of a stored article that cannot be read (it is left out, the rest of the library answers). Default: nothing. */
  onWarning?: (message: string) => void;
  /** The clock idleness is read from. Default: `Date.now`. */
  now?: () => number;
}

/** A loaded library, with what keeping it costs and when it was last asked for. */
interface Kept {
  library: ServerLibrary;
  bytes: number;
  usedAt: number;
}

/**
 * Every server's library, in memory only while it is asked: loaded from the store when a server first
 * asks, kept while it goes on asking, dropped when idle for `idleMs` or when the memory budget needs
 * room (least recently asked first), and read again once any process changes it. The operator's index
 * is built once and shared by every server, never copied.
 */
export class Libraries {
  readonly #options: LibrariesOptions;
  readonly #budget: number;
  readonly #idleMs: number;
  readonly #now: () => number;
  /** Loaded libraries, least recently asked first (a request moves its library to the end). */
  readonly #kept = new Map<string, Kept>();
  readonly #loading = new Map<string, Promise<ServerLibrary>>();
  /** Per server, how many changes have been heard of: a load that began before the last one is not kept. */
  readonly #changes = new Map<string, number>();
  #everything = 0;
  #bytes = 0;
  readonly #sweeper: NodeJS.Timeout;

  constructor(options: LibrariesOptions) {
    this.#options = options;
    this.#budget = options.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET_BYTES;
    this.#idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.#now = options.now ?? Date.now;
    // A server's settings are not its library: changing them leaves its index as it is.
    options.store.onChange((server, topic) => {
      if (topic !== "settings") this.forget(server);
    });
    this.#sweeper = setInterval(() => this.sweep(), Math.min(this.#idleMs, 60_000)).unref();
  }

  /** The operator's index. */
  get operator(): CorpusIndex {
    return this.#options.operator();
  }

  /** The store the libraries are kept in. */
  get store(): LibraryStore {
    return this.#options.store;
  }

  /** The libraries a request reads: the operator's, and `server`'s where it comes from one. */
  async shelf(server: string | undefined): Promise<Shelf> {
    return new Shelf(this.operator, server === undefined ? undefined : await this.library(server));
  }

  /** A server's library, from memory or loaded from the store. */
  library(server: string): Promise<ServerLibrary> {
    const kept = this.#kept.get(server);
    if (kept) {
      kept.usedAt = this.#now();
      this.#kept.delete(server);
      this.#kept.set(server, kept);
      return Promise.resolve(kept.library);
    }
    let loading = this.#loading.get(server);
    if (!loading) {
      loading = this.#load(server).finally(() => this.#loading.delete(server));
      this.#loading.set(server, loading);
    }
    return loading;
  }

  /** Drops a server's library (every library, for undefined): the next request reads it from the store. */
  forget(server: string | undefined): void {
    if (server === undefined) {
      this.#everything += 1;
      for (const name of [...this.#kept.keys()]) this.#drop(name);
      this.#loading.clear();
      return;
    }
    this.#changes.set(server, (this.#changes.get(server) ?? 0) + 1);
    this.#drop(server);
    this.#loading.delete(server);
  }

  /** Drops the libraries idle for longer than `idleMs`; the bot does so every minute. */
  sweep(): void {
    const before = this.#now() - this.#idleMs;
    for (const [server, kept] of this.#kept) if (kept.usedAt <= before) this.#drop(server);
  }

  /** How many libraries are in memory, and their estimated bytes. */
  get held(): { libraries: number; bytes: number } {
    return { libraries: this.#kept.size, bytes: this.#bytes };
  }

  /** Stops the idle sweep; the store is its owner's to close. */
  close(): void {
    clearInterval(this.#sweeper);
  }

  async #load(server: string): Promise<ServerLibrary> {
    const changes = this.#changes.get(server) ?? 0;
    const everything = this.#everything;
    const stored = await this.#options.store.list(server);
    const { library, characters } = this.#build(server, stored);
    if (changes === (this.#changes.get(server) ?? 0) && everything === this.#everything) {
      this.#keep(server, library, Math.max(1, characters) * BYTES_PER_CHARACTER);
    }
    return library;
  }

  #build(server: string, stored: StoredArticle[]): { library: ServerLibrary; characters: number } {
    const index = emptyIndex();
    const provenance = new Map<string, Provenance>();
    const version = attributionVersion();
    let characters = 0;
    for (const entry of stored) {
      const article = this.#parse(server, entry);
      if (!article) continue;
      const attribution: ArticleAttribution | Attributor =
        entry.attribution?.version === version ? entry.attribution.data : this.#options.attribute;
      try {
        updateIndex(index, { removed: [], added: [{ article, attribution }] });
      } catch (error) {
        if (!(error instanceof CorpusError)) throw error;
        this.#options.onWarning?.(`${error.message}; left out of server ${server}'s library`);
        continue;
      }
      provenance.set(entry.id, entry.provenance);
      characters += entry.content.length;
    }
    return { library: { server, index, provenance }, characters };
  }

  /** A stored article as the corpus loader reads it, or undefined (and a warning) where it cannot be read. */
  #parse(server: string, entry: StoredArticle): Article | undefined {
    const file = `library ${server}/${entry.id}.${entry.format}`;
    try {
      return parseSource({ file, id: entry.id, format: entry.format, text: withoutControls(entry.content) });
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      this.#options.onWarning?.(`${error.message}; left out of server ${server}'s library`);
      return undefined;
    }
  }

  #keep(server: string, library: ServerLibrary, bytes: number): void {
    this.#drop(server);
    this.#kept.set(server, { library, bytes, usedAt: this.#now() });
    this.#bytes += bytes;
    // Least recently asked first; the library just loaded stays, whatever its size.
    for (const [name] of this.#kept) {
      if (this.#bytes <= this.#budget || name === server) break;
      this.#drop(name);
    }
  }

  #drop(server: string): void {
    const kept = this.#kept.get(server);
    if (!kept) return;
    this.#kept.delete(server);
    this.#bytes -= kept.bytes;
  }
}

let version: string | undefined;

/**
 * The build of citebot that works out who says what: stored attribution is used only when this build
 * made it (the code, its word tables and its dependencies, as the index cache is keyed), so that a
 * changed extractor is not shown an old answer.
 */
export function attributionVersion(): string {
  version ??= fingerprint([]);
  return version;
}
