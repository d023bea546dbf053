import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_ID, FakeDiscord } from "./fake-discord.ts";

/** The local Discord's own rules, checked by calling it as the bot would, without the bot. */
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

function call(method: string, path: string, body?: unknown) {
  return fetch(`${fake.apiUrl}/v10${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function codeOf(response: Response): Promise<number | undefined> {
  return response.status === 204 ? undefined : ((await response.json()) as { code: number }).code;
}

const callbackOf = ({ id, token }: { id: string; token: string }) => `/interactions/${id}/${token}/callback`;
const originalOf = ({ token }: { token: string }) => `/webhooks/${APPLICATION_ID}/${token}/messages/@original`;

describe("the local Discord's rules", () => {
  it("refuses a message past Discord's limits with 400 Invalid Form Body, and the interaction stays open", async () => {
    const interaction = fake.slash("ask", []);
    const tooLong = await call("POST", callbackOf(interaction), { type: 4, data: { content: "x".repeat(2001) } });
    expect(tooLong.status).toBe(400);
    expect(await codeOf(tooLong)).toBe(50035);
    const fits = await call("POST", callbackOf(interaction), { type: 4, data: { content: "x".repeat(2000) } });
    expect(fits.status).toBe(204);
  });

  it("refuses an autocomplete answer of more than 25 choices", async () => {
    const interaction = fake.autocomplete("ask", []);
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const response = await call("POST", callbackOf(interaction), { type: 8, data: { choices } });
    expect(response.status).toBe(400);
  });

  it("refuses a first response after three seconds and a second one at any time", async () => {
    const late = fake.slash("ask", []);
    fake.elapse(3001);
    expect(await codeOf(await call("POST", callbackOf(late), { type: 5 }))).toBe(10062);
    const twice = fake.slash("ask", []);
    expect((await call("POST", callbackOf(twice), { type: 5 })).status).toBe(204);
    expect(await codeOf(await call("POST", callbackOf(twice), { type: 5 }))).toBe(40060);
  });

  it("lets an edit through only after the first response and within the token's 15 minutes", async () => {
    const interaction = fake.slash("ask", []);
    expect(await codeOf(await call("PATCH", originalOf(interaction), { content: "early" }))).toBe(10015);
    expect((await call("POST", callbackOf(interaction), { type: 5 })).status).toBe(204);
    expect((await call("PATCH", originalOf(interaction), { content: "in time" })).status).toBe(200);
    fake.elapse(15 * 60_000 + 1);
    expect(await codeOf(await call("PATCH", originalOf(interaction), { content: "too late" }))).toBe(50027);
  });

  it("lets a click update its message, once, and refuses an update from a command", async () => {
    const asked = fake.slash("ask", []);
    const row = { type: 1, components: [{ type: 2, style: 2, label: "More passages", custom_id: "more" }] };
    expect(
      (await call("POST", callbackOf(asked), { type: 4, data: { content: "first", components: [row] } })).status,
    ).toBe(204);
    const posted = await fake.postedMessage(asked);
    expect(posted.components).toEqual([row]);
    const command = fake.slash("ask", []);
    expect((await call("POST", callbackOf(command), { type: 7, data: { content: "x" } })).status).toBe(400);
    const click = fake.click(posted, "more");
    expect((await call("POST", callbackOf(click), { type: 7, data: { content: "second" } })).status).toBe(204);
    expect(fake.messageById(posted.id)?.content).toBe("second");
    expect(await codeOf(await call("POST", callbackOf(click), { type: 6 }))).toBe(40060);
  });

  it("edits the clicked message after a deferred update, and keeps a private answer to a click apart", async () => {
    const asked = fake.slash("ask", []);
    await call("POST", callbackOf(asked), { type: 4, data: { content: "first" } });
    const posted = await fake.postedMessage(asked);
    const deferred = fake.click(posted, "more");
    expect((await call("POST", callbackOf(deferred), { type: 6 })).status).toBe(204);
    expect((await call("PATCH", originalOf(deferred), { content: "paged" })).status).toBe(200);
    expect(fake.messageById(posted.id)?.content).toBe("paged");
    const privately = fake.click(posted, "para");
    await call("POST", callbackOf(privately), { type: 4, data: { content: "the paragraph", flags: 64 } });
    expect(await fake.postedMessage(privately)).toMatchObject({ content: "the paragraph", flags: 64 });
    expect(fake.messageById(posted.id)?.content).toBe("paged");
  });

  it("refuses components past Discord's limits: six buttons a row, a custom id past 100, a label past 80", async () => {
    const button = (i: number, extra = {}) => ({ type: 2, style: 2, label: `b${i}`, custom_id: `b${i}`, ...extra });
    const cases = [
      [{ type: 1, components: [0, 1, 2, 3, 4, 5].map((i) => button(i)) }],
      [{ type: 1, components: [button(0, { custom_id: "x".repeat(101) })] }],
      [{ type: 1, components: [button(0, { label: "x".repeat(81) })] }],
      [{ type: 1, components: [{ type: 2, style: 5, label: "Open", url: "javascript:alert(1)" }] }],
      Array.from({ length: 6 }, (_, i) => ({ type: 1, components: [button(i)] })),
    ];
    for (const components of cases) {
      const interaction = fake.slash("ask", []);
      const response = await call("POST", callbackOf(interaction), { type: 4, data: { content: "x", components } });
      expect(response.status).toBe(400);
    }
  });
});
