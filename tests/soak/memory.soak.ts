import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type BurstHarness, burst } from "../discord/burst.ts";
import { startWorkerHarness } from "../discord/harness.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * The bot's heap once garbage is collected, in MB: collected twice, since one pass can leave what the
 * other frees. The local Discord runs in a worker thread, with a heap of its own that this does not count.
 */
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** p50, p99 and max of `values`, for the log line. */
function quantiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${at(0.5)}, p99 ${at(0.99)}, max ${sorted.at(-1)}`;
}

const BATCH = 1000;
const BATCHES = 10;
const SLACK_MB = 20;

let h: BurstHarness;
beforeAll(async () => {
  h = await startWorkerHarness({ env: { RATE_LIMIT_REQUESTS: "1000000" } });
});
afterAll(async () => {
  await h?.close();
});

it(`holds the heap within ${SLACK_MB} MB from 1,000 to 10,000 interactions, answering each once`, async () => {
  const heaps: number[] = [];
  const acks: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const { ids, done, deliveries } = await burst(h, BATCH, b * BATCH);
    expect(done.size).toBe(BATCH);
    expect([...ids].filter((id) => deliveries.get(id)?.callbacks !== 1)).toEqual([]);
    expect([...deliveries.values()].filter((d) => d.followUps > 0 || d.edits !== (d.deferred ? 1 : 0))).toEqual([]);
    acks.push(...[...deliveries.values()].map((d) => d.ackMs ?? Number.NaN));
    heaps.push(heapMb());
  }
  const after1k = heaps[0] ?? 0;
  const after10k = heaps.at(-1) ?? 0;
  console.info(
    `heap after GC, MB, per 1,000 interactions: ${heaps.map((m) => m.toFixed(1)).join(", ")}; ` +
      `10,000 vs 1,000: ${(after10k - after1k).toFixed(1)} MB; discord.js caches ${h.client.users.cache.size} users; ` +
      `acknowledged in ms: ${quantiles(acks)}`,
  );
  expect(after10k - after1k).toBeLessThan(SLACK_MB);
});
