import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/discord/rate-limit.ts";

describe("RateLimiter", () => {
  const limit = { requests: 5, windowMs: 30_000 };

  it("allows 5 requests in 30 seconds and refuses the 6th with the wait until the first expires", () => {
    const limiter = new RateLimiter(limit);
    for (const at of [0, 1000, 2000, 3000, 4000]) expect(limiter.take("u", at)).toBe(0);
    expect(limiter.take("u", 10_000)).toBe(20_000);
    expect(limiter.take("u", 29_999)).toBe(1);
    expect(limiter.take("u", 30_000)).toBe(0);
  });

  it("does not count a refused request against the user", () => {
    const limiter = new RateLimiter({ requests: 1, windowMs: 1000 });
    expect(limiter.take("u", 0)).toBe(0);
    expect(limiter.take("u", 500)).toBe(500);
    expect(limiter.take("u", 1000)).toBe(0);
  });

  it("counts each user apart", () => {
    const limiter = new RateLimiter({ requests: 1, windowMs: 1000 });
    expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.take("b", 0)).toBe(0);
    expect(limiter.take("a", 1)).toBeGreaterThan(0);
  });

  it("forgets users whose requests have all expired once there are many", () => {
    const limiter = new RateLimiter({ requests: 1, windowMs: 1000 });
    for (let i = 0; i <= 10_000; i++) limiter.take(`user-${i}`, 0);
    expect(limiter.size).toBe(10_001);
    expect(limiter.take("late", 5000)).toBe(0);
    expect(limiter.size).toBe(1);
  });
});
