import { type FSWatcher, type Stats, statSync, unwatchFile, watch, watchFile } from "node:fs";
import { startWorker } from "../build/worker.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { fromSnapshot } from "../search/snapshot.ts";
import type { BuildRequest, BuildResult } from "./protocol.ts";

/** How a live corpus follows its folder. */
export interface LiveCorpusOptions {
  dir: string;
  /** Passed to the build: where built indexes are kept. Default: none. */
  cacheDir?: string;
  /** Passed to the build: the largest corpus file read, in bytes. Default: the loader's. */
  maxFileBytes?: number;
  /** Quiet time after the last change before rebuilding, so that a burst of writes rebuilds once. Default: 300 ms. */
  debounceMs?: number;
  /** How often to look for the folder while it is gone, in milliseconds. Default: 1,000. */
  pollMs?: number;
  /** Told of every rebuild, swapped in or refused; the bot logs it. Default: nothing. */
  onReload?: (event: ReloadEvent) => void;
  /** Told of what a rebuild warned of (a cache rebuilt or not writable). Default: nothing. */
  onWarning?: (message: string) => void;
}

/** The outcome of a rebuild: swapped in, or refused with the old index still serving. */
export type ReloadEvent = { ok: true; articles: number; paragraphs: number; ms: number } | { ok: false; error: string };

/**
 * A corpus folder that stays current: changes to it rebuild the index in a worker thread and swap it
 * in whole, while requests go on reading the old one; a corpus that fails to load leaves the old index
 * serving. A folder deleted and made again is followed again.
 */
export class LiveCorpus {
  #index: CorpusIndex;
  readonly #options: LiveCorpusOptions;
  #watching = false;
  #watcher: FSWatcher | undefined;
  #polling = false;
  readonly #poll = (now: Stats) => {
    if (!now.isDirectory()) return;
    this.#stopPolling();
    this.#follow();
    this.#schedule();
  };
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<ReloadEvent> | undefined;
  #again = false;

  constructor(index: CorpusIndex, options: LiveCorpusOptions) {
    this.#index = index;
    this.#options = options;
  }

  /** The index to answer from now. Read it once per request: a swap may happen between two reads. */
  get index(): CorpusIndex {
    return this.#index;
  }

  /** Starts following the folder. */
  watch(): void {
    if (this.#watching) return;
    this.#watching = true;
    this.#follow();
  }

  /** Rebuilds now (after any rebuild under way) and resolves with the outcome. */
  reload(): Promise<ReloadEvent> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#build().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        void this.reload();
      }
    });
    return this.#running;
  }

  /**
   * Rebuilds from the folder as it is now, for a caller that has just changed it and must answer from
   * the change (`/corpus add`): a rebuild under way may have read the folder before the change, so
   * the rebuild queued after it is the one waited for.
   */
  async refresh(): Promise<ReloadEvent> {
    if (this.#running) {
      this.#again = true;
      await this.#running;
    }
    return this.#running ?? this.reload();
  }

  /** Stops following the folder; a rebuild under way still finishes. */
  close(): void {
    this.#watching = false;
    this.#watcher?.close();
    this.#watcher = undefined;
    this.#stopPolling();
    clearTimeout(this.#timer);
  }

  #follow(): void {
    this.#watcher?.close();
    const { dir } = this.#options;
    const folder = identity(dir);
    if (folder === undefined) {
      this.#lost();
      return;
    }
    try {
      this.#watcher = watch(dir, () => {
        this.#schedule();
        // A watcher stays on the folder it opened: once that is deleted, it tells of nothing more, even
        // when a folder of the same name is made again.
        if (identity(dir) !== folder) this.#lost();
      });
      this.#watcher.on("error", () => this.#lost());
    } catch {
      this.#lost();
    }
  }

  /** The folder is gone: look for it until it is back, then follow it again and rebuild. */
  #lost(): void {
    this.#watcher?.close();
    this.#watcher = undefined;
    if (!this.#watching) return;
    if (identity(this.#options.dir) !== undefined) {
      this.#follow();
      this.#schedule();
      return;
    }
    if (this.#polling) return;
    this.#polling = true;
    watchFile(this.#options.dir, { interval: this.#options.pollMs ?? 1000 }, this.#poll);
  }

  #stopPolling(): void {
    if (!this.#polling) return;
    this.#polling = false;
    unwatchFile(this.#options.dir, this.#poll);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.reload(), this.#options.debounceMs ?? 300);
  }

  async #build(): Promise<ReloadEvent> {
    const started = performance.now();
    const { dir, cacheDir, maxFileBytes } = this.#options;
    const result = await runWorker({ dir, cacheDir, maxFileBytes });
    let event: ReloadEvent;
    if (result.ok) {
      for (const warning of result.warnings) this.#options.onWarning?.(warning);
      this.#index = fromSnapshot(result.snapshot);
      const ms = Math.round(performance.now() - started);
      event = { ok: true, articles: this.#index.articles.size, paragraphs: this.#index.paragraphs.length, ms };
    } else {
      event = result;
    }
    this.#options.onReload?.(event);
    return event;
  }
}

/** Which folder stands at `dir` (device and inode), or undefined when none does. */
function identity(dir: string): string | undefined {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

function runWorker(request: BuildRequest): Promise<BuildResult> {
  return new Promise((resolve) => {
    const worker = startWorker("live/build-worker", request);
    worker.once("message", (result: BuildResult) => resolve(result));
    worker.once("error", (error) => resolve({ ok: false, error: `citebot: the index build failed: ${error.message}` }));
    worker.once("exit", (code) => {
      if (code !== 0) resolve({ ok: false, error: `citebot: the index build stopped with code ${code}` });
    });
  });
}
