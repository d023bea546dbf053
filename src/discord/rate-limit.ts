/** How many requests one user may make in a window. */
export interface RateLimit {
  requests: number;
  windowMs: number;
}

/** When the user map grows past this, users whose requests have all expired are forgotten. */
const SWEEP_AT = 10_000;

/**
 * A per-user sliding window: a user may make `requests` in any `windowMs`. Time is passed in, so that
 * the limiter is tested without waiting and without a clock.
 */
export class RateLimiter {
  readonly #seen = new Map<string, number[]>();

  constructor(readonly limit: RateLimit) {}

  /** How many users the limiter remembers: bounded, since expired users are swept past 10,000. */
  get size(): number {
    return this.#seen.size;
  }

  /** Counts a request of `user` at `now`; returns 0 if allowed, or the milliseconds until it would be. */
  take(user: string, now: number): number {
    if (this.#seen.size > SWEEP_AT) this.#sweep(now);
    const recent = (this.#seen.get(user) ?? []).filter((at) => now - at < this.limit.windowMs);
    if (recent.length >= this.limit.requests) {
      this.#seen.set(user, recent);
      return (recent[0] ?? now) + this.limit.windowMs - now;
    }
    recent.push(now);
    this.#seen.set(user, recent);
    return 0;
  }

  #sweep(now: number): void {
    for (const [user, times] of this.#seen) {
      if (times.every((at) => now - at >= this.limit.windowMs)) this.#seen.delete(user);
    }
  }
}
