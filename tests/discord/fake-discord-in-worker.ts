/**
 * The worker thread of `FakeDiscordWorker`: starts `FakeDiscord`, posts its API URL, then answers each
 * call with what the fake's own methods return.
 */
import { parentPort } from "node:worker_threads";
import { FakeDiscord } from "./fake-discord.ts";
import type { Answer, Call, Operations } from "./fake-discord-worker.ts";

const port = parentPort;
if (!port) throw new Error("fake-discord-in-worker.ts runs as a worker thread");
const fake = await FakeDiscord.start();

const operations: Operations = {
  interact: (interactions) =>
    interactions.map(([method, ...args]) => Reflect.apply(fake[method], fake, args) as { id: string; token: string }),
  takeRequests: () => fake.requests.splice(0).map(({ query: _, ...request }) => request),
  sentAt: (ids) => ids.map((id) => fake.sentAt(id)),
  close: () => fake.close(),
};

port.on("message", async ({ seq, op, args }: Call) => {
  let answer: Answer;
  try {
    const operation = operations[op] as (...a: typeof args) => unknown;
    answer = { seq, result: await operation(...args) };
  } catch (error) {
    answer = { seq, error: String(error) };
  }
  port.postMessage(answer);
});
port.postMessage(fake.apiUrl);
