import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burst } from "./burst.ts";
import { type Harness, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  // A limit no burst reaches: each interaction comes from its own user anyway, this keeps the test about delivery.
  // The local Discord's 1 s heartbeat: a bot that holds its event loop for a burst misses it and is
  // dropped as a zombie connection, as Discord would drop it at its own pace.
  h = await startHarness({ env: { RATE_LIMIT_REQUESTS: "1000000" } });
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
});
