import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Wide margins: the suite must pass on a busy 2-core machine, where a test that starts a process or
    // a worker can take many times its idle time. Timeouts catch hangs, not slowness.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Concurrent tests that each start a process run two at a time: no more processes than cores.
    maxConcurrency: 2,
  },
});
