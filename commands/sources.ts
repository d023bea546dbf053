import { ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import type { ChatCommand } from "../src/discord/command.ts";
import { answerReply } from "../src/discord/reply.ts";
import { articleChoices, claimChoices } from "../src/discord/suggest.ts";

/**
 * `/sources claim:<text> [article:<id>] [private:<bool>]`: where the article makes a claim and whom it
 * attributes it to; "in the article's own voice" and "the article does not say this" are answers too.
 */
export const data = new SlashCommandBuilder()
  .setName("sources")
  .setDescription("Find where the article makes a claim, and who it says makes it")
  .addStringOption((option) =>
    option.setName("claim").setDescription("The claim to look up").setRequired(true).setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName("article").setDescription("Which article to search (when there are several)").setAutocomplete(true),
  )
  .addBooleanOption((option) => option.setName("private").setDescription("Show the answer to you only"));

export const command: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data,
  execute(interaction, context) {
    return answerReply(context, "sources", interaction.options.getString("claim", true), {
      article: interaction.options.getString("article"),
      private: interaction.options.getBoolean("private") ?? false,
    });
  },
  autocomplete(interaction, { index }) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === "article") return articleChoices(index, focused.value);
    return claimChoices(index, focused.value, interaction.options.getString("article"));
  },
};
