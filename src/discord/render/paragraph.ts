import type { APIEmbed } from "discord.js";
import { attributionLine } from "../../attribution/sources.ts";
import type { Attribution } from "../../attribution/types.ts";
import type { Article, Paragraph } from "../../corpus/types.ts";
import { cardLine, OWN_VOICE } from "../../render/wording.ts";
import { EMBED_DESCRIPTION_MAX, EMBED_FOOTER_MAX, EMBED_TITLE_MAX } from "../limits.ts";
import { isLink } from "./answer.ts";
import { escapeWithin } from "./escape.ts";
import { type MessagePayload, NO_MENTIONS } from "./payload.ts";
import { truncate } from "./truncate.ts";

/** What the line of who speaks in a paragraph may take, so that the paragraph keeps the room. */
const WHO_MAX = 600;

/**
 * A passage's whole paragraph, as "Whole paragraph…" shows it: "¶N · title" linked to the article, the
 * paragraph's text as the article has it, who the article says speaks in it, and the article's card.
 */
export function paragraphMessage(article: Article, paragraph: Paragraph, speakers: Attribution[]): MessagePayload {
  const who = truncate(`— ${escapeWithin(attributionLine(speakers) || OWN_VOICE, WHO_MAX)}`, WHO_MAX);
  const text = escapeWithin(paragraph.text, EMBED_DESCRIPTION_MAX - who.length - 2);
  const embed: APIEmbed = {
    title: escapeWithin(`¶${paragraph.number} · ${article.title}`, EMBED_TITLE_MAX),
    description: `${text}\n\n${who}`,
  };
  if (article.url && isLink(article.url)) embed.url = article.url;
  const card = cardLine(article);
  if (card) embed.footer = { text: truncate(card, EMBED_FOOTER_MAX) };
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}
