import { type FSWatcher, type Stats, statSync, unwatchFile, watch, watchFile } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../entry/worker.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { fromSnapshotParts } from "../search/snapshot.ts";
import type { BuildRequest, BuildResult, WorkerSeed } from "./protocol.ts";

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
export type ReloadEvent =
  | {
      ok: true;
      articles: number;
      paragraphs: number;
      ms: number;
      /** The ids of the articles whose file was new to the worker, and so parsed anew. */
      parsed: readonly string[];
      /** The ids of the articles whose text was new to the worker, and so attributed anew. */
      attributed: readonly string[];
    }
  | { ok: false; error: string };

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
  /** The build worker, kept between builds for what it remembers; started on first use. */
  #worker: Worker | undefined;
  #closed = false;

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
    this.#closed = true;
    void this.#worker?.terminate();
    this.#worker = undefined;
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
    const result = await this.#runWorker({ dir, cacheDir, maxFileBytes });
    let event: ReloadEvent;
    if (result.ok) {
      for (const warning of result.warnings) this.#options.onWarning?.(warning);
      this.#index = await fromSnapshotParts(result.snapshot);
      const ms = Math.round(performance.now() - started);
      const { size: articles } = this.#index.articles;
      event = {
        ok: true,
        articles,
        paragraphs: this.#index.paragraphs.length,
        ms,
        parsed: result.parsed,
        attributed: result.attributed,
      };
    } else {
      event = result;
    }
    if (!this.#closed) this.#options.onReload?.(event);
    return event;
  }

  /** One build in the kept worker. A worker that fails is let go, and the next build starts a new one. */
  async #runWorker(request: BuildRequest): Promise<BuildResult> {
    if (this.#closed) return { ok: false, error: "citebot: the live corpus is closed" };
    if (!this.#worker) {
      this.#worker = startWorker("live/build-worker", undefined);
      await seed(this.#worker, this.#index);
    }
    const worker = this.#worker;
    if (this.#closed || !worker) return { ok: false, error: "citebot: the live corpus is closed" };
    // Held open while it builds, and not a moment longer: an idle worker must not keep the process alive.
    worker.ref();
    return new Promise((resolve) => {
      const finish = (result: BuildResult) => {
        worker.off("message", finish);
        worker.off("error", failed);
        worker.off("exit", exited);
        worker.unref();
        resolve(result);
      };
      const lost = (error: string) => {
        if (this.#worker === worker) this.#worker = undefined;
        void worker.terminate();
        finish({ ok: false, error });
      };
      const failed = (error: Error) => lost(`citebot: the index build failed: ${error.message}`);
      const exited = (code: number) => lost(`citebot: the index build stopped with code ${code}`);
      worker.on("message", finish);
      worker.on("error", failed);
      worker.on("exit", exited);
      worker.postMessage(request);
    });
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

/** Articles a seed message carries: small enough that cloning one holds the event loop only briefly. */
const SEED_PIECE = 50;

/** Tells a new worker of the index serving now, a few articles per turn of the event loop. */
async function seed(worker: Worker, index: CorpusIndex): Promise<void> {
  const articles = [...index.articles.values()];
  for (let i = 0; i < articles.length; i += SEED_PIECE) {
    const piece = articles.slice(i, i + SEED_PIECE).map(({ article, attribution }) => ({ article, attribution }));
    worker.postMessage({ seed: piece } satisfies WorkerSeed);
    await nextTurn();
  }
}
