import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { commands } from "../../commands/index.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { finished, type Run } from "../helpers/process-output.ts";
import { APPLICATION_ID, FakeDiscord, GUILD_ID } from "./fake-discord.ts";
import { FAKE_TOKEN } from "./harness.ts";
import { run, startBotProcess } from "./process.ts";

function npm(args: string[], vars: Record<string, string>): Promise<Run> {
  return finished(run("npm", ["run", "--silent", ...args], vars));
}

let fake: FakeDiscord;
/** The bot's index cache, kept out of the project folder. */
const cacheDir = makeCorpusDir({});
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
  removeCorpusDir(cacheDir);
});

/** Each test starts Node: seconds of CPU on a busy 2-core machine, so the wait is generous. */
const SPAWN_TIMEOUT_MS = 30_000;

describe("npm scripts and the bot process", { timeout: SPAWN_TIMEOUT_MS }, () => {
  const discord = () => ({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_CLIENT_ID: APPLICATION_ID,
    DISCORD_API_URL: fake.apiUrl,
    INDEX_CACHE_DIR: cacheDir,
  });

  it("npm run deploy PUTs exactly the commands' JSON to the test guild's route", async () => {
    const run = await npm(["deploy"], { ...discord(), DISCORD_GUILD_ID: GUILD_ID });
    expect(run.stderr).not.toContain("citebot:");
    expect(run.code).toBe(0);
    const puts = fake.requests.filter((r) => r.method === "PUT");
    expect(puts).toHaveLength(1);
    expect(puts[0]?.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(puts[0]?.body).toEqual(JSON.parse(JSON.stringify(commands.map((c) => c.data.toJSON()))));
    expect(run.stdout).toContain(
      `Registered 7 commands in guild ${GUILD_ID}: ask, sources, article, help, corpus, settings, Find sources`,
    );
  });

  it("npm run deploy -- --dry-run prints the JSON and, having no token to call with, calls nothing", async () => {
    const run = await npm(["deploy", "--", "--dry-run"], { DISCORD_API_URL: fake.apiUrl });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(commands.map((c) => c.data.toJSON()))));
  });

  it("npm run deploy names every missing variable at once", async () => {
    const run = await npm(["deploy"], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("DISCORD_TOKEN is not set");
    expect(run.stderr).toContain("DISCORD_CLIENT_ID is not set");
  });

  it("npm run invite prints the link with the bot and applications.commands scopes and no permissions", async () => {
    const run = await npm(["invite"], { DISCORD_CLIENT_ID: APPLICATION_ID });
    expect(run.code).toBe(0);
    const link = new URL(run.stdout.trim());
    expect(link.origin + link.pathname).toBe("https://discord.com/oauth2/authorize");
    expect(link.searchParams.get("client_id")).toBe(APPLICATION_ID);
    expect(link.searchParams.get("scope")).toBe("bot applications.commands");
    expect(link.searchParams.get("permissions")).toBe("0");
  });

  it("npm start without a token and without a terminal exits 1 with the configuration error", async () => {
    const run = await npm(["start"], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("DISCORD_TOKEN is not set");
  });

  it("npm start with a token Discord refuses exits 1 with Discord's reason and not the token", async () => {
    fake.refuseToken = true;
    onTestFinished(() => {
      fake.refuseToken = false;
    });
    const run = await npm(["start"], discord());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("citebot: could not connect to Discord:");
    expect(run.stdout + run.stderr).not.toContain(FAKE_TOKEN);
  });

  // Run as `npm start` runs it, without npm in between: npm exits at once on SIGTERM without waiting for
  // its child, so only the bot's own handling can be checked (a terminal's Ctrl-C reaches the bot itself).
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`the bot connects, logs one ready line without the token, and exits 0 on ${signal}`, async () => {
      const child = startBotProcess({ ...discord(), LOG_LEVEL: "info" });
      let stdout = "";
      let signalled = false;
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        if (!signalled && stdout.includes('"msg":"ready"')) signalled = child.kill(signal);
      });
      const [code] = (await once(child, "close")) as [number | null];
      expect(code).toBe(0);
      const lines = stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      expect(lines.find((line) => line.msg === "ready")).toMatchObject({
        bot: "citebot",
        guilds: 1,
        articles: 1,
        paragraphs: 12,
      });
      expect(lines.find((line) => line.msg === "closing the connection")).toMatchObject({ signal });
      expect(stdout).not.toContain(FAKE_TOKEN);
    });
  }
});
