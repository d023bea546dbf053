import { ApplicationIntegrationType, type Interaction } from "discord.js";

/**
 * The server whose library an interaction reads besides the operator's: the server it comes from, when
 * that server has installed citebot, which Discord says by naming it under the guild install in
 * `authorizing_integration_owners`. A DM has no server; a user's own install of citebot, used in a server
 * that has not installed it, names only the user, and reads the operator's library alone.
 */
export function serverOf(interaction: Interaction): string | undefined {
  const guild = interaction.guildId;
  if (!guild) return undefined;
  const owners = interaction.authorizingIntegrationOwners;
  // Payloads from before user installs carry no owners: they all come from a server's install.
  if (!owners || Object.keys(owners).length === 0) return guild;
  return owners[ApplicationIntegrationType.GuildInstall] === guild ? guild : undefined;
}
