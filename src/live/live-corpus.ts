import { type FSWatcher, watch } from "node:fs";
import { startWorker } from "../build/worker.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { fromSnapshot } from "../search/snapshot.ts";
import type { BuildRequest, BuildResult } from "./protocol.ts";

/** How a live corpus follows its folder. */
export interface LiveCorpusOptions {
  dir: string;
  /** Passed to the build: where built indexes are kept. Default: none. */
  cacheDir?: string;
  /** Quiet time after the last change before rebuilding, so that a burst of writes rebuilds once. Default: 300 ms. */
  debounceMs?: number;
  /** Told of every rebuild, swapped in or refused; the bot logs it. Default: nothing. */
  onReload?: (event: ReloadEvent) => void;
}

/** The outcome of a rebuild: swapped in, or refused with the old index still serving. */
export type ReloadEvent = { ok: true; articles: number; paragraphs: number; ms: number } | { ok: false; error: string };

/**
 * A corpus folder that stays current: changes to it rebuild the index in a worker thread and swap it
 * in whole, while requests go on reading the old one; a corpus that fails to load leaves the old index
 * serving.
 */
export class LiveCorpus {
  #index: CorpusIndex;
  readonly #options: LiveCorpusOptions;
  #watcher: FSWatcher | undefined;
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
    this.#watcher ??= watch(this.#options.dir, () => this.#schedule());
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
    this.#watcher?.close();
    this.#watcher = undefined;
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.reload(), this.#options.debounceMs ?? 300);
  }

  async #build(): Promise<ReloadEvent> {
    const started = performance.now();
    const result = await runWorker({ dir: this.#options.dir, cacheDir: this.#options.cacheDir });
    let event: ReloadEvent;
    if (result.ok) {
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
