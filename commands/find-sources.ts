import { ApplicationCommandType, ContextMenuCommandBuilder } from "discord.js";
import type { MessageCommand } from "../src/discord/command.ts";
import { noticeMessage } from "../src/discord/render/payload.ts";
import { answerReply } from "../src/discord/reply.ts";
import { NO_TEXT } from "../src/wording/answers.ts";

/**
 * "Find sources": right-click a message and the bot runs `/sources` on its text. Private, because the
 * person asking is checking someone else's message and may not want to answer it in public.
 */
const data = new ContextMenuCommandBuilder().setName("Find sources").setType(ApplicationCommandType.Message);

export const command: MessageCommand = {
  type: ApplicationCommandType.Message,
  data,
  execute(interaction, context) {
    const text = interaction.targetMessage.content;
    if (text.trim() === "") {
      return { payload: noticeMessage(NO_TEXT), private: true, outcome: "refused" };
    }
    return answerReply(context, "sources", text, { private: true, asker: interaction.user.id });
  },
};
