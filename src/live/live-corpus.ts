import { type FSWatcher, type Stats, statSync, unwatchFile, watch, watchFile } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Worker } from "node:worker_threads";
import { CorpusError } from "../corpus/errors.ts";
import { startWorker } from "../entry/worker.ts";
import { type CorpusIndex, updateIndex } from "../search/corpus-index.ts";
import type { BuildRequest, BuildResult, WarmRequest, WorkerSeed, WorkerWarning } from "./protocol.ts";

/** How a live corpus follows its folder. */
export interface LiveCorpusOptions {
  dir: string;
  /** Passed to the build: where built indexes are kept. Default: none. */
  cacheDir?: string;
  /** Passed to the build: the largest corpus file read, in bytes. Default: the loader's. */
  maxFileBytes?: number;
  /** Quiet time after the last change before rebuilding, so that a burst of writes rebuilds once. Default: 300 ms. */
  debounceMs?: number;
  /**
   * Quiet time after the last rebuild before the index cache is written (when `cacheDir` is set): a
   * write takes as long as a build, and a change that comes meanwhile waits for it. Default: 10,000 ms.
   */
  cacheQuietMs?: number;
  /** How often to look for the folder while it is gone, in milliseconds. Default: 1,000. */
  pollMs?: number;
  /** Told of every rebuild, taken in or refused; the bot logs it. Default: nothing. */
  onReload?: (event: ReloadEvent) => void;
  /** Told of what a rebuild warned of (a cache rebuilt or not writable). Default: nothing. */
  onWarning?: (message: string) => void;
}

/** The outcome of a rebuild: taken into the index, or refused with the index as it was. */
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
 * A corpus folder that stays current: a worker thread parses and attributes the files that changed,
 * while requests go on reading the index, and the index takes the changed articles in place, in a few
 * milliseconds for an article; a corpus that fails to load leaves the index as it was. A folder deleted
 * and made again is followed again.
 */
export class LiveCorpus {
  readonly #index: CorpusIndex;
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
  /** The seeding of the kept worker: a build waits for it. */
  #seeding: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(index: CorpusIndex, options: LiveCorpusOptions) {
    this.#index = index;
    this.#options = options;
  }

  /** The index to answer from: one object, updated in place between two turns of the event loop. */
  get index(): CorpusIndex {
    return this.#index;
  }

  /**
   * Starts following the folder, and has the worker read it ahead of the first change and write the
   * index cache (`cacheDir`) if it has none, so that an index opened without writing it
   * (`OpenOptions.writeCache`) need not attribute every article on the main thread.
   */
  watch(): void {
    if (this.#watching) return;
    this.#watching = true;
    this.#follow();
    const request = this.#request();
    void this.#startWorker().then((worker) => worker?.postMessage({ warm: request } satisfies WarmRequest));
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

  #request(): BuildRequest {
    const { dir, cacheDir, maxFileBytes, cacheQuietMs = 10_000 } = this.#options;
    return { dir, cacheDir, maxFileBytes, cacheQuietMs };
  }

  async #build(): Promise<ReloadEvent> {
    const started = performance.now();
    const result = await this.#runWorker(this.#request());
    let event: ReloadEvent;
    if (!result.ok) event = result;
    else {
      try {
        updateIndex(this.#index, result);
        event = {
          ok: true,
          articles: this.#index.articles.size,
          paragraphs: this.#index.miniSearch.documentCount,
          ms: Math.round(performance.now() - started),
          parsed: result.parsed,
          attributed: result.attributed,
        };
      } catch (error) {
        // The index is as it was; the worker, which took the change as served, is let go and the next
        // build seeds a new one from the index.
        void this.#worker?.terminate();
        this.#worker = undefined;
        event = { ok: false, error: error instanceof CorpusError ? error.message : `citebot: ${String(error)}` };
      }
    }
    if (!this.#closed) this.#options.onReload?.(event);
    return event;
  }

  /** The kept worker, started and told of the serving index if there is none; none once closed. */
  async #startWorker(): Promise<Worker | undefined> {
    if (this.#closed) return undefined;
    if (!this.#worker) {
      const started = startWorker("live/build-worker", undefined);
      // An idle worker must not keep the process alive; a build holds it open while it runs.
      started.unref();
      // Warnings come while the worker writes the cache, after its result.
      started.on("message", (message: BuildResult | WorkerWarning) => {
        if ("warning" in message && !this.#closed) this.#options.onWarning?.(message.warning);
      });
      this.#worker = started;
      this.#seeding = seed(started, this.#index);
    }
    await this.#seeding;
    return this.#worker;
  }

  /** One build in the kept worker. A worker that fails is let go, and the next build starts a new one. */
  async #runWorker(request: BuildRequest): Promise<BuildResult> {
    const worker = await this.#startWorker();
    if (this.#closed || !worker) return { ok: false, error: "citebot: the live corpus is closed" };
    // Held open while it builds, and not a moment longer: an idle worker must not keep the process alive.
    worker.ref();
    return new Promise((resolve) => {
      const finish = (result: BuildResult | WorkerWarning) => {
        if ("warning" in result) return;
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
    const piece = articles
      .slice(i, i + SEED_PIECE)
      // Read only where it is worked out: reading it would attribute the article here, on the main thread.
      .map((indexed) => ({
        article: indexed.article,
        ...(indexed.attributed && { attribution: indexed.attribution }),
      }));
    worker.postMessage({ seed: piece } satisfies WorkerSeed);
    await nextTurn();
  }
}
