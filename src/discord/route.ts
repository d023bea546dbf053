import { ApplicationCommandType, type CommandInteraction } from "discord.js";
import { STALE_COMMAND } from "../render/wording.ts";
import type { Command, CommandContext, Reply } from "./command.ts";
import type { Delivery } from "./deferral.ts";
import { noticeMessage } from "./render/payload.ts";
import type { Work } from "./respond.ts";

/**
 * The work of a slash or message command: its handler, and how its reply goes before it is ready. A
 * command the bot no longer has (Discord still shows it until `npm run deploy`) says so privately.
 */
export function commandWork(interaction: CommandInteraction, command: Command | undefined): Work {
  return {
    fields: { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id },
    deferAs: () => commandDelivery(interaction, command),
    run: (context) => runCommand(interaction, command, context),
  };
}

/**
 * How a command's reply goes, as known before it is ready: as the command declares for slow work, privately
 * for a message command ("Find sources"), else as the user's `private` option says.
 */
function commandDelivery(interaction: CommandInteraction, command: Command | undefined): Delivery {
  if (command?.type === ApplicationCommandType.ChatInput && command.defer) return command.defer;
  if (!interaction.isChatInputCommand()) return "private";
  return interaction.options.getBoolean("private") ? "private" : "public";
}

function runCommand(
  interaction: CommandInteraction,
  command: Command | undefined,
  context: CommandContext,
): Reply | Promise<Reply> {
  if (command?.type === ApplicationCommandType.ChatInput && interaction.isChatInputCommand()) {
    return command.execute(interaction, context);
  }
  if (command?.type === ApplicationCommandType.Message && interaction.isMessageContextMenuCommand()) {
    return command.execute(interaction, context);
  }
  return { payload: noticeMessage(STALE_COMMAND), private: true, outcome: "refused" };
}
