import { defineConfig } from "vitest/config";

/** `npm run soak`: the long runs kept out of `npm test`, one file at a time so that nothing else weighs on the heap. */
export default defineConfig({
  test: {
    root: ".",
    include: ["tests/soak/**/*.soak.ts"],
    fileParallelism: false,
    testTimeout: 600_000,
  },
});
