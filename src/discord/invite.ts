import { OAuth2Scopes } from "discord.js";
import dotenv from "dotenv";
import { loadConfigOrReport } from "../config.ts";

/**
 * The permissions the bot asks for: none. It only answers interactions, and an interaction's reply
 * needs no channel permission; the `bot` scope is there so that it joins the guild (its guild count,
 * and a guild's commands), `applications.commands` so that its commands can be used.
 */
const PERMISSIONS = 0n;

/** The link that adds the bot to a guild. */
function inviteUrl(clientId: string): string {
  const params = new URLSearchParams({
    client_id: clientId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(" "),
    permissions: PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params}`;
}

/** `npm run invite`: prints the link; needs only `DISCORD_CLIENT_ID`. */
dotenv.config({ quiet: true });
const config = loadConfigOrReport(process.env, ["DISCORD_CLIENT_ID"]);
if (config) process.stdout.write(`${inviteUrl(config.clientId)}\n`);
else process.exitCode = 1;
