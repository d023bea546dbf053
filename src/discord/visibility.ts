import { type BaseInteraction, channelMention } from "discord.js";
import { DEFAULT_SETTINGS, type ServerSettings } from "../library/settings.ts";
import { answersElsewhere } from "../wording/bot.ts";
import type { Reply } from "./command.ts";
import { noticeMessage } from "./render/payload.ts";

/**
 * Whether a reply is shown to its user only: as the user's `private:` option says where they set it, else
 * as the server's settings do (public unless its admins made answers private).
 */
export function asksPrivately(option: boolean | null, settings: ServerSettings = DEFAULT_SETTINGS): boolean {
  return option ?? settings.replies === "private";
}

/**
 * Whether the bot answers in the interaction's channel: everywhere unless the server's admins listed
 * channels, and then in those and their threads.
 */
export function answersHere(interaction: BaseInteraction, settings: ServerSettings = DEFAULT_SETTINGS): boolean {
  if (settings.channels.length === 0) return true;
  const channel = interaction.channel;
  const parent = channel?.isThread() ? channel.parentId : undefined;
  return [interaction.channelId, parent].some((id) => id != null && settings.channels.includes(id));
}

/** The private pointer an answer command gets in a channel where the bot does not answer: where it does. */
export function elsewhereReply(settings: ServerSettings): Reply {
  const payload = noticeMessage(answersElsewhere(settings.channels.map((id) => channelMention(id))));
  return { payload, private: true, outcome: "refused", log: { refused: "channel" } };
}
