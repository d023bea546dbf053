import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burst } from "./burst.ts";
import { type Harness, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  // A limit no burst reaches: each interaction comes from its own user anyway, this keeps the test about delivery.
  h = await startHarness({ env: { RATE_LIMIT_REQUESTS: "1000000" } });
});
afterAll(async () => {
  await h?.close();
});

describe("a burst through the local Discord", () => {
  it("answers 1,000 interactions sent at once, each exactly once, none lost, none duplicated", async () => {
    const { sent, ids, done, outcomes, callbacks, followUps } = await burst(h, 1000);
    expect(ids.size).toBe(1000);
    expect(new Set(sent.map((s) => s.kind))).toEqual(new Set(["ask", "sources", "autocomplete", "find"]));
    expect([...ids].filter((id) => !done.has(id))).toEqual([]);
    expect([...ids].filter((id) => callbacks.get(id) !== 1)).toEqual([]);
    expect([...callbacks.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect([...followUps.keys()]).toEqual([]);
    expect([...outcomes.values()].filter((o) => o === "error")).toEqual([]);
  }, 150_000);
});
