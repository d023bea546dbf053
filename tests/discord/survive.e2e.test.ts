import { EventEmitter, once } from "node:events";
import { DiscordAPIError } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/discord/log.ts";
import { surviveUnexpectedErrors } from "../../src/discord/survive.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { APPLICATION_ID, FakeDiscord, GUILD_ID, snowflake } from "./fake-discord.ts";
import { FAKE_TOKEN } from "./harness.ts";
import { followLog, startBotProcess } from "./process.ts";

/** Starting Node and loading the corpus takes seconds of CPU on a busy 2-core machine. */
const TIMEOUT_MS = 60_000;

let fake: FakeDiscord;
const cacheDir = makeCorpusDir({});
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
  removeCorpusDir(cacheDir);
});

/**
 * An INTERACTION_CREATE without `entitlements` nor a channel: discord.js rejects while building the
 * interaction, inside its gateway handling, where nothing of the bot's can catch it.
 */
function sendUnbuildable(token: string, asked: string): void {
  fake.dispatch("INTERACTION_CREATE", {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type: 2,
    data: { id: snowflake(), name: "ask", type: 1, options: [{ name: "question", type: 3, value: asked }] },
    guild_id: GUILD_ID,
    member: { user: { id: "410000000000000009", username: "u", discriminator: "0" }, roles: [], permissions: "0" },
    token,
    version: 1,
    authorizing_integration_owners: {},
  });
}

describe("the bot process", { timeout: TIMEOUT_MS * 2 }, () => {
  it("logs an interaction discord.js cannot build, without its token or question, and answers the next one", async () => {
    const child = startBotProcess({
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      INDEX_CACHE_DIR: cacheDir,
      WATCH_CORPUS: "false",
      LOG_LEVEL: "info",
    });
    const log = followLog(child);
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    // A bot that dies fails the test at once, saying how, rather than leaving each wait to time out.
    const died = once(child, "exit").then(([code, signal]) => {
      throw new Error(`the bot exited (${code ?? signal}): ${stderr.slice(-2000)}`);
    });
    died.catch(() => {});
    const alive = <T>(waiting: Promise<T>) => Promise.race([waiting, died]);
    await alive(log.waitFor((line) => line.msg === "ready"));

    const token = "unbuildable-interaction-token-0123456789";
    sendUnbuildable(token, "Which zebra417 crates did Russia ship?");
    expect(await alive(log.waitFor((line) => line.msg === "unhandled rejection: still running"))).toMatchObject({
      level: 50,
      err: { type: expect.any(String), message: expect.any(String) },
    });

    const { id } = fake.slash("ask", [{ name: "question", type: 3, value: "What did Russia send to Libya?" }]);
    expect((await alive(fake.reply(id, TIMEOUT_MS))).body).toMatchObject({ type: 4 });
    expect(child.exitCode).toBeNull();
    const stdout = JSON.stringify(log.lines);
    expect(stdout).not.toContain(token);
    expect(stdout).not.toContain("zebra417");
    expect(stdout).not.toContain(FAKE_TOKEN);

    const closed = once(child, "close");
    child.kill("SIGTERM");
    const [code] = (await closed) as [number | null];
    expect(code).toBe(0);
  });
});

describe("surviveUnexpectedErrors", () => {
  function logged(emit: (target: EventEmitter) => void) {
    const lines: string[] = [];
    const target = new EventEmitter();
    surviveUnexpectedErrors(createLogger("info", { write: (line: string) => void lines.push(line) }), target);
    emit(target);
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it("logs an uncaught exception and an unhandled rejection by the error's fields, never the request", () => {
    const url = "https://discord.com/api/v10/interactions/900000000000000001/secret-interaction-token/callback";
    const refused = new DiscordAPIError({ message: "Unknown interaction", code: 10062 }, 10062, 404, "POST", url, {
      body: { data: { content: "zebra417" } },
    });
    const lines = logged((target) => {
      target.emit("uncaughtException", refused, "uncaughtException");
      target.emit("unhandledRejection", refused, Promise.resolve());
    });
    expect(lines).toEqual([
      expect.objectContaining({
        msg: "uncaught exception: still running",
        origin: "uncaughtException",
        err: expect.objectContaining({ code: 10062, route: "/interactions/:id/:token/callback" }),
      }),
      expect.objectContaining({
        msg: "unhandled rejection: still running",
        err: expect.objectContaining({ code: 10062, route: "/interactions/:id/:token/callback" }),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/secret-interaction-token|zebra417/u);
  });

  it("names a thrown value that is not an error by its type alone", () => {
    const lines = logged((target) => {
      target.emit("unhandledRejection", { url: "https://x.example/secret-interaction-token" }, Promise.resolve());
      target.emit("unhandledRejection", "zebra417", Promise.resolve());
    });
    expect(lines.map((line) => (line.err as { message: string }).message)).toEqual([
      "a value that is not an Error was thrown (Object)",
      "a value that is not an Error was thrown (string)",
    ]);
  });
});
