import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BurstHarness, burst, logged } from "./burst.ts";
import { user } from "./fake-discord.ts";
import type { Interaction } from "./fake-discord-worker.ts";
import { startWorkerHarness } from "./harness.ts";
import { TRICKY } from "./tricky.ts";

let h: BurstHarness;
beforeAll(async () => {
  // A limit no burst reaches: each interaction comes from its own user anyway, this keeps the test about delivery.
  // The local Discord's 1 s heartbeat: a bot that holds its event loop for a burst misses it and is
  // dropped as a zombie connection, as Discord would drop it at its own pace.
  // The local Discord runs in a worker thread, as Discord runs elsewhere: the test measures the bot alone.
  h = await startWorkerHarness({ env: { RATE_LIMIT_REQUESTS: "1000000" } });
});
afterAll(async () => {
  await h?.close();
});

describe("a burst through the local Discord", () => {
  it("answers 1,000 interactions sent at once, each exactly once, none lost, none duplicated", async () => {
    const { sent, ids, done, outcomes, deliveries } = await burst(h, 1000);
    expect(ids.size).toBe(1000);
    expect(new Set(sent.map((s) => s.kind))).toEqual(new Set(["ask", "sources", "autocomplete", "find"]));
    expect([...ids].filter((id) => !done.has(id))).toEqual([]);
    expect(sent.filter((s) => outcomes.get(s.id) === "error").map((s) => s.kind)).toEqual([]);
    // Acknowledged in time (the local Discord refuses a first response after 3 s) and answered once: a
    // reply, or a deferral and its one edit.
    expect([...ids].filter((id) => deliveries.get(id)?.callbacks !== 1)).toEqual([]);
    const answeredTwice = [...deliveries].filter(([, d]) => d.followUps > 0 || d.edits !== (d.deferred ? 1 : 0));
    expect(answeredTwice).toEqual([]);
    expect([...deliveries.keys()].filter((id) => !ids.has(id))).toEqual([]);
  }, 150_000);

  it("answers everyone else while one user floods autocomplete with long text, and that user within a budget", async () => {
    const flooder = user("700000000000000007", "flooder");
    const long = TRICKY.long ?? "";
    const flooding: Interaction = [
      "autocomplete",
      "sources",
      [{ name: "claim", type: 3, value: long, focused: true }],
      flooder,
    ];
    const asking: Interaction = [
      "slash",
      "ask",
      [{ name: "question", type: 3, value: "What did Russia send to Libya?" }],
    ];
    const sent = await h.fake.interact([...Array(1000).fill(flooding), ...Array(50).fill(asking)]);
    const flood = sent.slice(0, 1000);
    const asked = sent.slice(1000);
    const { done, outcomes } = await logged(h, new Set([...flood, ...asked].map(({ id }) => id)));
    expect(done.size).toBe(flood.length + asked.length);
    expect(asked.map(({ id }) => outcomes.get(id))).toEqual(asked.map(() => "answered"));
    // Within the budget the flooder gets suggestions; past it, an empty answer in its turn, never a computed one.
    const suggested = new Set(
      (await h.fake.takeRequests())
        .filter((r) => (r.body as { type?: number } | undefined)?.type === 8)
        .filter((r) => ((r.body as { data: { choices: unknown[] } }).data.choices.length ?? 0) > 0)
        .map((r) => /^\/interactions\/(\d+)\//u.exec(r.path)?.[1]),
    );
    const flooderSuggested = flood.filter(({ id }) => suggested.has(id)).length;
    expect(flooderSuggested).toBeGreaterThan(0);
    expect(flooderSuggested).toBeLessThanOrEqual(50);
  }, 150_000);
});
