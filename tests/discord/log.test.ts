import { DiscordAPIError, HTTPError } from "discord.js";
import { describe, expect, it } from "vitest";
import { createLogger, routeOf } from "../../src/discord/log.ts";

const TOKEN = "aW50ZXJhY3Rpb246OTAwMDAwMDAwMDAwMDAwMDE6c2VjcmV0";
const QUESTION = "Did Russia send zebra417 crates to Libya?";
const CALLBACK = `https://discord.com/api/v10/interactions/900000000000000001/${TOKEN}/callback?with_response=false`;

/** Everything a logger writes, parsed line by line, with the raw text for what must never appear. */
function capture() {
  const lines: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => void lines.push(line) });
  return {
    logger,
    text: () => lines.join(""),
    parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

function refusedReply(): DiscordAPIError {
  return new DiscordAPIError({ message: "Unknown interaction", code: 10062 }, 10062, 404, "POST", CALLBACK, {
    body: { type: 4, data: { content: `**Question:** ${QUESTION}` } },
  });
}

describe("routeOf", () => {
  it("names the route of each request the bot makes, with ids and tokens replaced and the query dropped", () => {
    expect(routeOf(CALLBACK)).toBe("/interactions/:id/:token/callback");
    expect(routeOf(`https://discord.com/api/v10/webhooks/100000000000000001/${TOKEN}`)).toBe("/webhooks/:id/:token");
    expect(routeOf(`https://discord.com/api/v10/webhooks/100000000000000001/${TOKEN}/messages/@original`)).toBe(
      "/webhooks/:id/:token/messages/@original",
    );
    expect(routeOf("http://127.0.0.1:8080/proxy/api/v10/applications/100000000000000001/commands")).toBe(
      "/applications/:id/commands",
    );
    expect(routeOf("https://discord.com/api/v10/gateway/bot")).toBe("/gateway/bot");
  });

  it("keeps nothing from a path that is not a plain word, wherever it stands", () => {
    expect(routeOf(`https://discord.com/api/v10/channels/1/${TOKEN}/x.y/${"a".repeat(40)}`)).toBe(
      "/channels/:id/:param/:param/:param",
    );
    expect(routeOf("not a url with a secret")).toBe(":unparsed");
  });
});

describe("the logger", () => {
  it("logs a failed Discord request by code, status, method and route, never its url nor its body", () => {
    const log = capture();
    log.logger.error({ interaction: "900000000000000001", err: refusedReply() }, "interaction");
    expect(log.parsed()).toEqual([
      expect.objectContaining({
        interaction: "900000000000000001",
        err: {
          type: "DiscordAPIError[10062]",
          message: "Unknown interaction",
          code: 10062,
          status: 404,
          method: "POST",
          route: "/interactions/:id/:token/callback",
        },
      }),
    ]);
    expect(log.text()).not.toContain(TOKEN);
    expect(log.text()).not.toContain("zebra417");
  });

  it("logs an error the same way under `error`, as the first argument, or as another error's cause", () => {
    const log = capture();
    const http = new HTTPError(503, "Service Unavailable", "POST", CALLBACK, { body: { content: QUESTION } });
    log.logger.error({ error: http }, "under error");
    log.logger.error(refusedReply(), "as the argument");
    log.logger.error({ err: new Error("could not answer", { cause: refusedReply() }) }, "as a cause");
    const [underError, asArgument, asCause] = log.parsed();
    expect(underError?.error).toEqual({
      type: "HTTPError",
      message: "Service Unavailable",
      status: 503,
      method: "POST",
      route: "/interactions/:id/:token/callback",
    });
    expect(asArgument?.err).toMatchObject({ code: 10062, route: "/interactions/:id/:token/callback" });
    expect(asCause?.err).toMatchObject({
      message: "could not answer",
      stack: expect.stringContaining("could not answer"),
      cause: { code: 10062, route: "/interactions/:id/:token/callback" },
    });
    expect(log.text()).not.toContain(TOKEN);
    expect(log.text()).not.toContain("zebra417");
  });

  it("keeps the stack of an error no request made, and a value that is not an error as it is", () => {
    const log = capture();
    log.logger.error({ err: new TypeError("handler exploded") }, "interaction");
    log.logger.error({ error: "citebot: the index build stopped with code 1" }, "corpus not reloaded");
    const [thrown, reload] = log.parsed();
    expect(thrown?.err).toEqual({
      type: "TypeError",
      message: "handler exploded",
      stack: expect.stringMatching(/^TypeError: handler exploded\n\s+at /u),
    });
    expect(reload?.error).toBe("citebot: the index build stopped with code 1");
  });
});
