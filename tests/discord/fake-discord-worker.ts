import { once } from "node:events";
import type { Worker } from "node:worker_threads";
import { startTypeScriptWorker } from "../../src/entry/worker.ts";
import type { FakeDiscord, Recorded } from "./fake-discord.ts";

/** The fake's ways of sending an interaction, each as its method's name and arguments. */
type Sender = "slash" | "autocomplete" | "messageCommand";
/** An interaction to send, as the call of the fake that sends it: `["slash", "ask", options]`. */
export type Interaction = { [M in Sender]: [M, ...Parameters<FakeDiscord[M]>] }[Sender];
/** A recorded request as it comes out of the worker: without its query, which does not cross threads. */
export type RecordedCopy = Omit<Recorded, "query">;

/** What the worker does for the test, by name: the arguments each takes and what it answers. */
export interface Operations {
  interact(interactions: Interaction[]): Array<{ id: string; token: string }>;
  takeRequests(): RecordedCopy[];
  sentAt(ids: string[]): Array<number | undefined>;
  close(): Promise<void>;
}

/** A request to the worker: the operation, its arguments, and the number its answer carries back. */
export interface Call<K extends keyof Operations = keyof Operations> {
  seq: number;
  op: K;
  args: Parameters<Operations[K]>;
}

/** The worker's answer to call `seq`: what the operation returned, or the message of what it threw. */
export type Answer = { seq: number; result: unknown } | { seq: number; error: string };

/**
 * The local Discord in a worker thread of its own, for the tests that measure the bot's acknowledgements
 * (the burst test and the soak). In the bot's thread, the fake's HTTP and gateway work shared the bot's
 * event loop, and every acknowledgement cost both sides of one loop: the test measured the fake as much
 * as the bot. Here the fake has its own loop, as Discord has its own machines, and the bot's thread (and
 * its heap, which the soak measures) holds the bot alone. Everything the fake does is `FakeDiscord`'s;
 * this only carries calls to it and back.
 */
export class FakeDiscordWorker {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  #seq = 0;
  /** Why the worker is gone, once it is. */
  #ended: Error | undefined;

  private constructor(
    worker: Worker,
    /** What `DISCORD_API_URL` is set to, as `FakeDiscord.apiUrl`. */
    readonly apiUrl: string,
  ) {
    this.#worker = worker;
    worker.on("message", (answer: Answer) => {
      const waiting = this.#waiting.get(answer.seq);
      this.#waiting.delete(answer.seq);
      if ("error" in answer) waiting?.reject(new Error(`fake Discord worker: ${answer.error}`));
      else waiting?.resolve(answer.result);
    });
    // A worker that dies fails every call waiting for it, and every call after, rather than leaving the
    // test to time out.
    worker.on("error", (error) => this.#end(error));
    worker.on("exit", (code) => this.#end(new Error(`fake Discord worker: exited with code ${code}`)));
  }

  /** Starts `FakeDiscord` in a worker thread, with its defaults; resolves once it listens. */
  static async start(): Promise<FakeDiscordWorker> {
    const worker = startTypeScriptWorker(new URL("./fake-discord-in-worker.ts", import.meta.url), undefined);
    const [apiUrl] = (await once(worker, "message")) as [string];
    return new FakeDiscordWorker(worker, apiUrl);
  }

  /** Sends the interactions, all in one turn of the fake's event loop, as a burst; resolves with their ids and tokens. */
  interact(interactions: Interaction[]) {
    return this.#call("interact", interactions);
  }

  /** Takes the REST requests recorded so far out of the fake's record (so that it stays small) and returns them. */
  takeRequests() {
    return this.#call("takeRequests");
  }

  /** When each interaction of `ids` was sent (`Date.now()`, the same clock in every thread), if it was. */
  sentAt(ids: string[]) {
    return this.#call("sentAt", ids);
  }

  /** Stops the fake, then its thread. */
  async close(): Promise<void> {
    await this.#call("close");
    await this.#worker.terminate();
  }

  #call<K extends keyof Operations>(op: K, ...args: Parameters<Operations[K]>) {
    this.#seq += 1;
    const call: Call<K> = { seq: this.#seq, op, args };
    return new Promise<Awaited<ReturnType<Operations[K]>>>((resolve, reject) => {
      if (this.#ended) return reject(this.#ended);
      this.#waiting.set(call.seq, { resolve: resolve as (result: unknown) => void, reject });
      this.#worker.postMessage(call);
    });
  }

  #end(reason: Error): void {
    this.#ended ??= reason;
    for (const { reject } of this.#waiting.values()) reject(reason);
    this.#waiting.clear();
  }
}
