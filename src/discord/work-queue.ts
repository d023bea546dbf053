import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Runs synchronous jobs one at a time, each in its own turn of the event loop. Answering is CPU work; a
 * burst of interactions answered back to back would hold the loop for the whole burst, and the gateway's
 * heartbeats, Discord's acknowledgements and the timers that defer replies would all wait behind it.
 * Between two jobs, everything else that is due runs.
 *
 * Urgent jobs (autocomplete, which Discord cannot wait for and which cannot be deferred) run before any
 * other job that is waiting.
 */
export class WorkQueue {
  readonly #urgent: Array<() => void> = [];
  readonly #jobs: Array<() => void> = [];
  #draining = false;
  /** A moving average of how long a job takes, in ms: what `expectedWaitMs` multiplies. */
  #meanJobMs = 1;

  /** Jobs waiting to run. */
  get length(): number {
    return this.#urgent.length + this.#jobs.length;
  }

  /** How long a job queued now would wait before it starts, from the jobs ahead and their average cost. */
  get expectedWaitMs(): number {
    return this.length * this.#meanJobMs;
  }

  /**
   * Runs `job` after every job queued before it (after every urgent one, if `urgent`); resolves with what
   * it returns, or rejects with what it throws.
   */
  run<T>(job: () => T, { urgent = false } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      (urgent ? this.#urgent : this.#jobs).push(() => {
        const started = performance.now();
        try {
          resolve(job());
        } catch (error) {
          reject(error);
        }
        this.#meanJobMs = 0.9 * this.#meanJobMs + 0.1 * (performance.now() - started);
      });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    while (this.length > 0) {
      await nextTurn();
      (this.#urgent.shift() ?? this.#jobs.shift())?.();
    }
    this.#draining = false;
  }
}
