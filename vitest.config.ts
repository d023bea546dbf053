import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Wide margins: the suite must pass on a busy 2-core machine, where a test that starts a process or
    // a worker can take many times its idle time. Timeouts catch hangs, not slowness.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at once (vitest's default on two cores is one), and concurrent tests two at a time; a
    // file that starts processes starts one at a time, so that there are never more than cores.
    maxWorkers: 2,
    maxConcurrency: 2,
  },
});
