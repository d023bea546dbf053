import { configDefaults, defineConfig } from "vitest/config";

/**
 * The burst test measures whether the bot acknowledges 1,000 interactions within Discord's three
 * seconds: a question of the bot's CPU, so it runs after everything else, with the machine to itself, as
 * a bot has in production. Beside another test file it measured that file as much as the bot.
 */
const BURST = "tests/discord/burst.test.ts";

/**
 * Test files that replace modules (`vi.mock`, `vi.doMock`): they get fresh modules of their own. Every
 * other file shares its worker's modules with the files before it, since loading compromise, discord.js
 * and the word tables again for every file was a third of the suite's time.
 */
const MOCKING = ["tests/article-fault.test.ts", "tests/lexicon.test.ts", "tests/swapped-word-lazy.test.ts"];

export default defineConfig({
  test: {
    // Wide margins: the suite must pass on a busy 2-core machine, where a test that starts a process or
    // a worker can take many times its idle time. Timeouts catch hangs, not slowness.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at once (vitest's default on two cores is one), and concurrent tests two at a time; a
    // file that starts processes starts one at a time, so that there are never more than cores.
    maxWorkers: 2,
    maxConcurrency: 2,
    // Says in one line how to run the PostgreSQL store's tests where they are not run.
    globalSetup: ["tests/global-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "suite",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, BURST, ...MOCKING],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: "mocking", include: MOCKING, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "burst", include: [BURST], sequence: { groupOrder: 1 } } },
    ],
  },
});
