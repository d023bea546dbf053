import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord.js";
import { CONTENT_MAX } from "../limits.ts";
import { escapeWithin } from "./escape.ts";
import { truncate } from "./truncate.ts";

/** Mentions the bot allows: none, so that no reply can ever ping, whatever the article or the user wrote. */
export const NO_MENTIONS: { parse: [] } = { parse: [] };

/**
 * A message as the bot sends it, independent of how: as an interaction reply, a follow-up, or printed
 * by the local console. `allowedMentions` is always empty.
 */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  /** Buttons and menus, where the message has any: rows of them, as Discord takes them. */
  components?: ActionRow[];
  allowedMentions: { parse: [] };
}

/** A row of a message's buttons, or one select menu. */
export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * A short message in the bot's own words (an error, a refusal, a rate limit). `text` is the bot's,
 * so it may use markdown; put user text in `literal`, which is escaped and shown as typed, cut so that
 * the bot's own words around it always fit. A function inserts it, since `replace` would read `$&` or
 * `$'` typed by a user as its replacement patterns.
 */
export function noticeMessage(text: string, literal?: string): MessagePayload {
  const room = Math.max(0, CONTENT_MAX - (text.length - "{}".length));
  const content = literal === undefined ? text : text.replace("{}", () => escapeWithin(literal, room));
  return { content: truncate(content, CONTENT_MAX), embeds: [], allowedMentions: NO_MENTIONS };
}
