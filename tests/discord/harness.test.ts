import { expect, it } from "vitest";
import { GUILD_ID } from "./fake-discord.ts";
import { startHarness } from "./harness.ts";

it("fails a test when discord.js drops an interaction with an unhandled rejection", async () => {
  const h = await startHarness();
  // No `entitlements`: discord.js rejects while building the interaction and never emits it.
  h.fake.dispatch("INTERACTION_CREATE", {
    id: "910000000000000001",
    application_id: "100000000000000001",
    type: 2,
    data: { id: "910000000000000002", name: "ask", type: 1, options: [] },
    guild_id: GUILD_ID,
    member: { user: { id: "410000000000000009", username: "u", discriminator: "0" }, roles: [], permissions: "0" },
    token: "t",
    version: 1,
    authorizing_integration_owners: {},
  });
  await expect(h.reply("910000000000000001")).rejects.toThrow(/unhandled rejection in the bot/u);
  await expect(h.close()).rejects.toThrow(/unhandled rejections in the bot/u);
});
