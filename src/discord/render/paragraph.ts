import type { APIEmbed } from "discord.js";
import { attributionLine } from "../../attribution/sources.ts";
import type { Attribution } from "../../attribution/types.ts";
import type { Article, Paragraph } from "../../corpus/types.ts";
import { cardLine, OWN_VOICE } from "../../wording/answers.ts";
import { EMBED_DESCRIPTION_MAX, EMBED_TITLE_MAX, EMBEDS_TOTAL_MAX } from "../limits.ts";
import { isLink } from "./answer.ts";
import { escapeWithin } from "./escape.ts";
import { type MessagePayload, NO_MENTIONS } from "./payload.ts";
import { truncate } from "./truncate.ts";

/** What the line of who speaks in a paragraph may take, so that the paragraph keeps the room. */
const WHO_MAX = 600;
/** What the card in the footer may take: an outlet, a date and an author, with room to spare. */
const CARD_MAX = 300;

/**
 * A passage's whole paragraph, as "Whole paragraph…" shows it: "¶N · title" linked to the article, the
 * paragraph's text as the article has it, who the article says speaks in it, and the article's card.
 */
export function paragraphMessage(article: Article, paragraph: Paragraph, speakers: Attribution[]): MessagePayload {
  const title = escapeWithin(`¶${paragraph.number} · ${article.title}`, EMBED_TITLE_MAX);
  const card = truncate(cardLine(article), CARD_MAX);
  const who = truncate(`— ${escapeWithin(attributionLine(speakers) || OWN_VOICE, WHO_MAX)}`, WHO_MAX);
  // Title, text and footer together within Discord's 6,000 characters of embeds.
  const room = Math.min(EMBED_DESCRIPTION_MAX, EMBEDS_TOTAL_MAX - title.length - card.length) - who.length - 2;
  const embed: APIEmbed = { title, description: `${escapeWithin(paragraph.text, room)}\n\n${who}` };
  if (article.url && isLink(article.url)) embed.url = article.url;
  if (card) embed.footer = { text: card };
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}
