import { ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import type { ChatCommand } from "../src/discord/command.ts";
import { articleReply } from "../src/discord/reply.ts";
import { articleChoices } from "../src/discord/suggest.ts";
import { asksPrivately } from "../src/discord/visibility.ts";

/** `/article [article:<id>]`: the headline, link, paragraph count, tags, and who speaks in it. */
const data = new SlashCommandBuilder()
  .setName("article")
  .setDescription("Show an article: headline, link, tags, and who speaks in it")
  .addStringOption((option) =>
    option.setName("article").setDescription("Which article (leave out when there is one)").setAutocomplete(true),
  )
  .addBooleanOption((option) => option.setName("private").setDescription("Show it to you only"));

export const command: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data,
  execute(interaction, context) {
    const isPrivate = asksPrivately(interaction.options.getBoolean("private"), context.settings);
    return articleReply(context, interaction.options.getString("article"), isPrivate);
  },
  autocomplete(interaction, { shelf }) {
    return articleChoices(shelf.articles(), interaction.options.getFocused());
  },
};
