import { ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import type { ChatCommand } from "../src/discord/command.ts";
import { answerReply } from "../src/discord/reply.ts";
import { articleChoices, questionChoices } from "../src/discord/suggest.ts";

/** `/ask question:<text> [article:<id>] [private:<bool>]`: the passages that answer a question, quoted. */
export const data = new SlashCommandBuilder()
  .setName("ask")
  .setDescription("Ask the article a question and get back its own words")
  .addStringOption((option) =>
    option.setName("question").setDescription("What you want to know").setRequired(true).setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName("article").setDescription("Which article to ask (when there are several)").setAutocomplete(true),
  )
  .addBooleanOption((option) => option.setName("private").setDescription("Show the answer to you only"));

export const command: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data,
  execute(interaction, context) {
    return answerReply(context, "ask", interaction.options.getString("question", true), {
      article: interaction.options.getString("article"),
      private: interaction.options.getBoolean("private") ?? false,
    });
  },
  autocomplete(interaction, { index }) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === "article") return articleChoices(index, focused.value);
    return questionChoices(index, focused.value, interaction.options.getString("article"));
  },
};
