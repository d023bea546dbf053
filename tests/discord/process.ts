import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { FAKE_TOKEN } from "./harness.ts";

/**
 * The environment of a script: nothing inherited that could point it at the real Discord, a `.env` or
 * a database, and servers' libraries in a SQLite file of its own unless the test names one.
 */
function env(vars: Record<string, string>): NodeJS.ProcessEnv {
  const blank = { DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "", DISCORD_GUILD_ID: "", DISCORD_API_URL: "", LOG_LEVEL: "" };
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...blank, LIBRARY_DB: libraryFile(), ...vars };
}

const libraryFiles: string[] = [];
process.once("exit", () => {
  for (const file of libraryFiles)
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
});

/** A fresh SQLite file for servers' libraries, removed (with its journal) when the test process exits. */
export function libraryFile(): string {
  const file = join(tmpdir(), `citebot-libraries-${randomUUID()}.db`);
  libraryFiles.push(file);
  return file;
}

/** Runs `command` in its own process group, ended with the test whatever happens, so none outlives it. */
export function run(command: string, args: string[], vars: Record<string, string>) {
  const child = spawn(command, args, { env: env(vars), stdio: ["ignore", "pipe", "pipe"], detached: true });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
  });
  return child;
}

/** The bot as `npm start` runs it, without npm in between (npm exits on SIGTERM without waiting for it). */
export function startBotProcess(vars: Record<string, string>) {
  return run(process.execPath, ["dist/discord/main.js"], vars);
}

/** What a test's bot runs with: the local Discord's API, a corpus folder and a cache folder, and logs at info. */
export function botVars(apiUrl: string, corpus: string, cache: string): Record<string, string> {
  return {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: apiUrl,
    CORPUS_DIR: corpus,
    INDEX_CACHE_DIR: cache,
    LOG_LEVEL: "info",
  };
}

/**
 * The bot as `npm start` runs it, for a whole test file (from `beforeAll`, where a test's own end cannot stop
 * it): `stopBot` stops it, in `afterAll`.
 */
export function startFileBot(vars: Record<string, string>) {
  return spawn(process.execPath, ["dist/discord/main.js"], {
    env: env(vars),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
}

/** Stops a bot `startFileBot` started, as an operator would (SIGTERM), and waits for it to close. */
export async function stopBot(bot: ReturnType<typeof startFileBot> | undefined): Promise<void> {
  if (!bot || bot.exitCode !== null || bot.signalCode !== null) return;
  bot.kill("SIGTERM");
  await once(bot, "close");
}

/** A JSON log line of the bot. */
export type LogLine = Record<string, unknown>;

/**
 * The bot's log as it comes from a process: every line so far, and a wait for the first line, past or
 * future, that `matches`.
 */
export function followLog(child: ReturnType<typeof startBotProcess>) {
  const lines: LogLine[] = [];
  const waiting: Array<{ matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];
  let buffer = "";
  child.stdout.on("data", (chunk) => {
    buffer += chunk;
    const complete = buffer.split("\n");
    buffer = complete.pop() ?? "";
    for (const text of complete.filter(Boolean)) {
      const line = JSON.parse(text) as LogLine;
      lines.push(line);
      for (const wait of waiting.filter((w) => w.matches(line))) wait.resolve(line);
    }
  });
  const waitFor = (matches: (line: LogLine) => boolean) =>
    new Promise<LogLine>((resolve) => {
      const seen = lines.find(matches);
      if (seen) resolve(seen);
      else waiting.push({ matches, resolve });
    });
  return { lines, waitFor };
}
