import { channelMention, roleMention } from "discord.js";
import type { ServerSettings } from "../../library/settings.ts";
import { SETTINGS_HEADING, settingsLines } from "../../wording/bot.ts";
import { type MessagePayload, NO_MENTIONS } from "./payload.ts";

/**
 * A server's settings as `/settings` shows them, one line each: how answers are shown by default, who may add
 * and remove articles, where the bot answers. Roles and channels are mentions, which ping no one (no reply
 * allows mentions).
 */
export function settingsMessage(settings: ServerSettings, heading: keyof typeof SETTINGS_HEADING): MessagePayload {
  const lines = settingsLines({
    replies: settings.replies,
    role: settings.editorRole && roleMention(settings.editorRole),
    channels: settings.channels.map((id) => channelMention(id)),
  });
  return {
    embeds: [{ title: SETTINGS_HEADING[heading], description: lines.join("\n") }],
    allowedMentions: NO_MENTIONS,
  };
}
