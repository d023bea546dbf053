import { ApplicationCommandType, type CommandInteraction } from "discord.js";
import { STALE_COMMAND } from "../wording/bot.ts";
import type { Command, CommandContext, Reply } from "./command.ts";
import type { Delivery } from "./deferral.ts";
import { noticeMessage } from "./render/payload.ts";
import type { Work } from "./respond.ts";
import { answersHere, asksPrivately, elsewhereReply } from "./visibility.ts";

/**
 * The work of a slash or message command: its handler, and how its reply goes before it is ready. A
 * command the bot no longer has (Discord still shows it until `npm run deploy`) says so privately.
 */
export function commandWork(interaction: CommandInteraction, command: Command | undefined): Work {
  return {
    fields: { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id },
    deferAs: (context) => commandDelivery(interaction, command, context),
    run: (context) => runCommand(interaction, command, context),
  };
}

/**
 * How a command's reply goes, as known before it is ready: as the command declares for slow work, privately
 * for a message command ("Find sources"), else as the user's `private` option says, or the server's
 * settings once read (public until then: a private answer after a public deferral replaces it).
 */
function commandDelivery(
  interaction: CommandInteraction,
  command: Command | undefined,
  context: CommandContext | undefined,
): Delivery {
  if (command?.type === ApplicationCommandType.ChatInput && command.defer) return command.defer;
  if (!interaction.isChatInputCommand()) return "private";
  return asksPrivately(interaction.options.getBoolean("private"), context?.settings) ? "private" : "public";
}

/**
 * Runs the command's handler, unless the server's admins keep the bot to other channels and the command is
 * not one that works anywhere: then a private pointer to where it answers.
 */
function runCommand(
  interaction: CommandInteraction,
  command: Command | undefined,
  context: CommandContext,
): Reply | Promise<Reply> {
  const anywhere = command?.type === ApplicationCommandType.ChatInput && command.anywhere === true;
  if (command && !anywhere && context.settings && !answersHere(interaction, context.settings)) {
    return elsewhereReply(context.settings);
  }
  if (command?.type === ApplicationCommandType.ChatInput && interaction.isChatInputCommand()) {
    return command.execute(interaction, context);
  }
  if (command?.type === ApplicationCommandType.Message && interaction.isMessageContextMenuCommand()) {
    return command.execute(interaction, context);
  }
  return { payload: noticeMessage(STALE_COMMAND), private: true, outcome: "refused" };
}
