import { type APIEmbed, type APIEmbedField, bold } from "discord.js";
import type { SourceEntry } from "../../attribution/sources.ts";
import type { Article } from "../../corpus/types.ts";
import { cardLine, PICK_ARTICLE, speakersLine, tagsLine } from "../../wording/answers.ts";
import { count } from "../../wording/common.ts";
import {
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_TITLE_MAX,
  EMBEDS_TOTAL_MAX,
} from "../limits.ts";
import { escapeWithin } from "./escape.ts";
import { linesWithin } from "./list.ts";
import { type MessagePayload, NO_MENTIONS } from "./payload.ts";
import { truncate } from "./truncate.ts";

/** The header of an article embed: short, so that the list of speakers gets the room. */
const ARTICLE_DESCRIPTION_MAX = 1000;
const FOOTER_ID_MAX = 100;

/**
 * An article as a Discord message: its headline (linked when the corpus has a url), how many
 * paragraphs and its card (outlet, date, author), its tags, and who speaks in it, one field per source
 * with the paragraphs where they do.
 */
export function articleMessage(article: Article, speakers: SourceEntry[]): MessagePayload {
  const title = escapeWithin(article.title, EMBED_TITLE_MAX);
  const facts = [count(article.paragraphs.length, "paragraph"), cardLine(article)].filter(Boolean);
  const lines = [escapeWithin(facts.join(" · "), ARTICLE_DESCRIPTION_MAX)];
  if (article.tags.length > 0) lines.push(tagsLine(escapeWithin(article.tags.join(", "), ARTICLE_DESCRIPTION_MAX)));
  lines.push(speakersLine(speakers.length));
  const description = truncate(lines.join("\n"), ARTICLE_DESCRIPTION_MAX);
  const footer = truncate(article.id, FOOTER_ID_MAX);
  const embed: APIEmbed = { title, description, footer: { text: footer } };
  if (article.url && /^https?:\/\//u.test(article.url)) embed.url = article.url;
  const room = EMBEDS_TOTAL_MAX - title.length - description.length - footer.length;
  if (speakers.length > 0) embed.fields = speakerFields(speakers, room);
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}

/** At most 25 fields in `room` characters; past 24 sources the last field counts the rest. */
function speakerFields(speakers: SourceEntry[], room: number): APIEmbedField[] {
  const shown = speakers.length > EMBED_FIELDS_MAX ? speakers.slice(0, EMBED_FIELDS_MAX - 1) : speakers;
  const rest = speakers.length - shown.length;
  const share = Math.floor(room / (shown.length + (rest > 0 ? 1 : 0)));
  const nameMax = Math.min(EMBED_FIELD_NAME_MAX, Math.floor(share / 3));
  const fields = shown.map((speaker): APIEmbedField => {
    const name = escapeWithin(speaker.source, nameMax) || "…";
    const where = speaker.paragraphs.map((n) => `¶${n}`).join(", ");
    const citing = speaker.citing.length > 0 ? ` · citing ${speaker.citing.join("; ")}` : "";
    const value = escapeWithin(`${where}${citing}`, Math.min(EMBED_FIELD_VALUE_MAX, share - name.length)) || "…";
    return { name, value };
  });
  if (rest > 0) fields.push({ name: "…", value: `and ${count(rest, "more source")}` });
  return fields;
}

/** The articles of a corpus, for `/article` without an id when there are several to choose from. */
export function articleListMessage(articles: Article[]): MessagePayload {
  const line = (article: Article) => `${bold(escapeWithin(article.title, 200))} · ${escapeWithin(article.id, 200)}`;
  const description = linesWithin(articles, line, EMBED_DESCRIPTION_MAX);
  return {
    content: PICK_ARTICLE,
    embeds: [{ title: count(articles.length, "article"), description }],
    allowedMentions: NO_MENTIONS,
  };
}
