import { ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import type { ChatCommand } from "../src/discord/command.ts";
import { helpMessage } from "../src/discord/render/help.ts";

/** `/help`: each command, what it does and an example, shown to the user only, in any channel. */
const data = new SlashCommandBuilder().setName("help").setDescription("What each command does, with an example");

export const command: ChatCommand = {
  type: ApplicationCommandType.ChatInput,
  data,
  anywhere: true,
  execute() {
    return { payload: helpMessage(), private: true, outcome: "answered" };
  },
};
