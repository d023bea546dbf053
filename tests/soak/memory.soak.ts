import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { burst } from "../discord/burst.ts";
import { type Harness, startHarness } from "../discord/harness.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** The heap once garbage is collected, in MB: collected twice, since one pass can leave what the other frees. */
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const BATCH = 1000;
const BATCHES = 10;
const SLACK_MB = 20;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { RATE_LIMIT_REQUESTS: "1000000" } });
});
afterAll(async () => {
  await h?.close();
});

it(`holds the heap within ${SLACK_MB} MB from 1,000 to 10,000 interactions, answering each once`, async () => {
  const heaps: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const { ids, done, callbacks, followUps } = await burst(h, BATCH, b * BATCH);
    expect(done.size).toBe(BATCH);
    expect([...ids].filter((id) => callbacks.get(id) !== 1)).toEqual([]);
    expect(followUps.size).toBe(0);
    heaps.push(heapMb());
  }
  const after1k = heaps[0] ?? 0;
  const after10k = heaps.at(-1) ?? 0;
  console.info(
    `heap after GC, MB, per 1,000 interactions: ${heaps.map((m) => m.toFixed(1)).join(", ")}; ` +
      `10,000 vs 1,000: ${(after10k - after1k).toFixed(1)} MB; discord.js caches ${h.client.users.cache.size} users`,
  );
  expect(after10k - after1k).toBeLessThan(SLACK_MB);
});
