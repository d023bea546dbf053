/**
 * Start per entry point: each compiled entry point in a fresh `node` process, timed from spawn to its
 * work done, each run paired with `node -e 0` (Node alone) just before it, so that every ratio is taken on
 * the same spell of this shared machine. The CLI answers the seed question from its index cache and
 * prints its usage; `deploy --dry-run` prints the commands' JSON; `invite` prints the link; the bot
 * (`npm start`) logs "ready" against the local Discord-compatible server (tests/discord/fake-discord.ts,
 * on 127.0.0.1), seed corpus from its index cache. Caches are warmed by one untimed run first.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { APPLICATION_ID, FakeDiscord } from "../tests/discord/fake-discord.ts";
import { FAKE_TOKEN } from "../tests/discord/harness.ts";
import { median } from "./measure.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED_QUESTION = "What did Russia send to Libya?";

/** One entry point's start: medians over the runs, in milliseconds, and the median of the run-by-run ratios. */
export interface EntryStart {
  entry: string;
  command: string;
  ms: number;
  floorMs: number;
  ratio: number;
}

/** How one entry point is run, and when its start is over. */
interface Entry {
  entry: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Over at this line on standard output (the bot, which keeps running); otherwise at the process's exit. */
  until?: (line: string) => boolean;
}

/** Milliseconds from spawning `node ARGS` to `until` matching a line of its output, or to its successful exit. */
function timeStart(args: string[], env: Record<string, string> = {}, until?: (line: string) => boolean) {
  return new Promise<number>((resolve, reject) => {
    const start = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdout.on("data", (chunk) => {
      if (!until) return;
      output += chunk;
      const lines = output.split("\n");
      output = lines.pop() ?? "";
      if (lines.some(until)) {
        resolve(elapsed());
        child.kill("SIGKILL");
      }
    });
    child.on("exit", (code) => {
      if (until) reject(new Error(`bench: node ${args.join(" ")} ended (${code}) before it was ready: ${stderr}`));
      else if (code === 0) resolve(elapsed());
      else reject(new Error(`bench: node ${args.join(" ")} exited ${code}: ${stderr}`));
    });
  });
}

/** Fresh processes per entry point in the bench's figures. */
export const START_RUNS = 7;

/** Each entry point's start over `runs` fresh processes, after one untimed run that fills the caches. */
export async function entryStarts(runs: number): Promise<EntryStart[]> {
  const fake = await FakeDiscord.start();
  const cache = mkdtempSync(join(tmpdir(), "citebot-starts-"));
  try {
    const entries: Entry[] = [
      {
        entry: "CLI, seed question",
        command: `citebot ask "${SEED_QUESTION}"`,
        args: ["dist/cli/main.js", "--cache", cache, "ask", SEED_QUESTION],
      },
      { entry: "CLI, usage", command: "citebot --help", args: ["dist/cli/main.js", "--help"] },
      {
        entry: "deploy, dry run",
        command: "npm run deploy -- --dry-run",
        args: ["dist/discord/deploy.js", "--dry-run"],
      },
      {
        entry: "invite",
        command: "npm run invite",
        args: ["dist/discord/invite.js"],
        env: { DISCORD_CLIENT_ID: APPLICATION_ID },
      },
      {
        entry: "bot, to ready",
        command: "npm start, seed corpus",
        args: ["dist/discord/main.js"],
        env: {
          DISCORD_TOKEN: FAKE_TOKEN,
          DISCORD_API_URL: fake.apiUrl,
          INDEX_CACHE_DIR: cache,
          LOG_LEVEL: "info",
        },
        until: (line) => line.includes('"msg":"ready"'),
      },
    ];
    const starts: EntryStart[] = [];
    for (const { entry, command, args, env, until } of entries) {
      process.stderr.write(`bench: start: ${entry}…\n`);
      await timeStart(args, env, until);
      const times: number[] = [];
      const floors: number[] = [];
      const ratios: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const floor = await timeStart(["-e", "0"]);
        const time = await timeStart(args, env, until);
        floors.push(floor);
        times.push(time);
        ratios.push(time / floor);
      }
      starts.push({ entry, command, ms: median(times), floorMs: median(floors), ratio: median(ratios) });
    }
    return starts;
  } finally {
    await fake.close();
    rmSync(cache, { recursive: true, force: true });
  }
}
