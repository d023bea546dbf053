import { parseArgs } from "node:util";
import { REST, Routes } from "discord.js";
import dotenv from "dotenv";
import { commands } from "../../commands/index.ts";
import { loadConfigOrReport } from "../config.ts";

/**
 * `npm run deploy [-- --dry-run]`: registers the commands in `DISCORD_GUILD_ID` (instant; for a test
 * guild) or globally when it is unset (up to an hour to show), replacing what was there. With
 * `--dry-run`, prints the JSON it would send and calls nothing, so it needs no token.
 */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { "dry-run": { type: "boolean", default: false } } });
  const body = commands.map((command) => command.data.toJSON());
  if (values["dry-run"]) {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  const config = loadConfigOrReport(process.env, ["DISCORD_TOKEN", "DISCORD_CLIENT_ID"]);
  if (!config) return 1;
  const { clientId, guildId, token } = config;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
  const registered = (await rest.put(route, { body })) as Array<{ name: string }>;
  const where = guildId ? `in guild ${guildId}` : "globally (they may take up to an hour to appear)";
  process.stdout.write(
    `Registered ${registered.length} commands ${where}: ${registered.map((c) => c.name).join(", ")}\n`,
  );
  return 0;
}

dotenv.config({ quiet: true });
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Discord's refusal (a wrong token, an id of another application) says what to fix.
  process.stderr.write(`citebot: deploy failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
