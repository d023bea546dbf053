import { type APIEmbed, bold, quote } from "discord.js";
import type { Answer, Passage } from "../../answer/types.ts";
import { attributionLine } from "../../attribution/sources.ts";
import type { Article } from "../../corpus/types.ts";
import { listsUnmatched, verdictText } from "../../render/verdict.ts";
import { type CardFacts, cardLine, OWN_VOICE, passageMark, QUERY_LABEL, unmatchedLine } from "../../wording/answers.ts";
import { pageLine } from "../../wording/bot.ts";
import { CONTENT_MAX, EMBED_DESCRIPTION_MAX, EMBED_TITLE_MAX, EMBEDS_MAX, EMBEDS_TOTAL_MAX } from "../limits.ts";
import { cutRaw, escapeText, escapeWithin } from "./escape.ts";
import { type MessagePayload, NO_MENTIONS } from "./payload.ts";
import { ELLIPSIS, safePrefix, truncate } from "./truncate.ts";

/**
 * How much of the question or claim a reply repeats: enough to recognise it, short enough that a
 * pasted essay does not push the answer off the screen. Escaping can double it, still well under 2,000.
 */
const QUERY_ECHO_MAX = 300;
/** A line break inside a quote: the next line is quoted too (`quote` marks only the first). */
const QUOTED_BREAK = `\n${quote("")}`;
/** What a word or phrase the verdict quotes (the clashing words, the missing ones) may take, escaped. */
const VERDICT_WORDS_MAX = 200;
/** What the article id in a footer may take: ids are file names, so this is generous. */
const FOOTER_ID_MAX = 100;
/**
 * What a passage's footer may take, card and id: room enough for an outlet, a date and an author, and
 * little enough that the quote keeps the embed's share of 6,000 characters.
 */
const FOOTER_MAX = 300;

/** What an answer is rendered for (the answer's `kind` says whether it echoes a question or a claim). */
export interface AnswerView {
  /** How many articles were searched: one article "does not say this", several "none says this". */
  articleCount: number;
  /** What is known of a passage's article: its url, to link its title, and its card. */
  articleOf(articleId: string): ArticleFacts | undefined;
}

/** What a passage's embed shows of its article besides the title: the link, the outlet, the date, the author. */
export type ArticleFacts = Pick<Article, "url"> & CardFacts;

/** A later page of an answer: its passages, and the place of the first of them in the answer, from 0. */
export interface AnswerPage {
  passages: Passage[];
  first: number;
}

/**
 * An answer as a Discord message: the question echoed in the content, then one embed per passage with
 * the quote as a block quote (matched words bold), "¶N · title" linked to the article, who says it, and
 * the article's card. A `no_match` says so plainly in the content and names the words the article never
 * uses. A later `page` shows its own passages under the same content, and says which they are.
 */
export function answerMessage(answer: Answer, view: AnswerView, page?: AnswerPage): MessagePayload {
  const first = page?.first ?? 0;
  const passages = (page?.passages ?? answer.results).slice(0, EMBEDS_MAX);
  const share = passages.length > 0 ? Math.floor(EMBEDS_TOTAL_MAX / passages.length) : 0;
  const content = answerContent(answer, view);
  const paged = first > 0 ? `${content}\n${pageLine(first + 1, first + passages.length)}` : content;
  return {
    content: truncate(paged, CONTENT_MAX),
    embeds: passages.map((passage, i) =>
      passageEmbed(passage, view, share, passageMark(answer.verdict, passage.verdict, first + i === 0)),
    ),
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * The content: the query, then its verdict (what is missing, what clashes, that the article reports it;
 * nothing before an answer, which the quote is), and the words never mentioned.
 */
function answerContent(answer: Answer, view: AnswerView): string {
  const echo = `${bold(`${QUERY_LABEL[answer.kind]}:`)} ${escapeWithin(answer.query.trim(), QUERY_ECHO_MAX)}`;
  const lines = [echo];
  const said = verdictText(answer, view.articleCount, (text) => bold(escapeWithin(text, VERDICT_WORDS_MAX)));
  if (said) lines.push(truncate(said, CONTENT_MAX - echo.length - 1));
  const head = lines.join("\n");
  if (!listsUnmatched(answer)) return head;
  const room = CONTENT_MAX - head.length - 1;
  const words = answer.unmatched.map((word) => bold(escapeWithin(word, room)));
  return `${head}\n${truncate(unmatchedLine(answer.status, view.articleCount, words), room)}`;
}

/**
 * One passage in at most `share` characters of embed text, so that any number of them stays within 6,000;
 * its title starts with its mark ("Closest passage") where it has one.
 */
function passageEmbed(passage: Passage, view: AnswerView, share: number, mark: string | undefined): APIEmbed {
  const title = escapeWithin(`${mark ? `${mark} · ` : ""}¶${passage.paragraph} · ${passage.title}`, EMBED_TITLE_MAX);
  const facts = view.articleOf(passage.articleId);
  const footer = footerOf(facts, view.articleCount > 1 ? passage.articleId : undefined);
  const room = Math.min(EMBED_DESCRIPTION_MAX, share - title.length - (footer?.length ?? 0));
  const who = attributionLine(passage.attribution) || OWN_VOICE;
  const attribution = truncate(`— ${escapeWithin(who, room)}`, Math.floor(room / 3));
  const embed: APIEmbed = {
    title,
    description: `${quoteBlock(passage, room - attribution.length - 1)}\n${attribution}`,
  };
  const url = facts?.url;
  if (url && isLink(url)) embed.url = url;
  if (footer) embed.footer = { text: footer };
  return embed;
}

/**
 * A passage's footer: its article's card (outlet, date, author) and, where several articles were searched,
 * the article's id, which `article:` takes; undefined where there is neither.
 */
function footerOf(facts: CardFacts | undefined, id: string | undefined): string | undefined {
  const card = facts ? cardLine(facts) : "";
  const text = [card, id && truncate(id, FOOTER_ID_MAX)].filter(Boolean).join(" · ");
  return text === "" ? undefined : truncate(text, FOOTER_MAX);
}

/** A link a reader may follow from Discord: http or https, never `javascript:`. */
export function isLink(url: string): boolean {
  return /^https?:\/\//u.test(url);
}

/**
 * The quote as a markdown block quote in at most `max` characters, its highlighted words in bold. When
 * it must be cut, it is cut between or inside pieces so that every bold opened is closed.
 */
export function quoteBlock(passage: Pick<Passage, "quote" | "highlights">, max: number): string {
  const room = max - quote("").length;
  let out = "";
  const pieces = segments(passage.quote, passage.highlights);
  for (const [index, piece] of pieces.entries()) {
    const text = escapeText(cutRaw(piece.text, max + 2)).replaceAll("\n", QUOTED_BREAK);
    const rendered = piece.bold ? bold(text) : text;
    const last = index === pieces.length - 1;
    if (out.length + rendered.length <= room - (last ? 0 : ELLIPSIS.length)) {
      out += rendered;
      continue;
    }
    const left = room - ELLIPSIS.length - out.length - (piece.bold ? bold("").length : 0);
    const cut = safePrefix(text, left);
    if (cut.trim() !== "") out += piece.bold ? bold(cut) : cut;
    return quote(`${out}${ELLIPSIS}`);
  }
  return quote(out);
}

/** The quote split at its highlights, adjacent highlights merged so that bold markers never touch. */
function segments(quote: string, highlights: Array<[number, number]>): Array<{ text: string; bold: boolean }> {
  const out: Array<{ text: string; bold: boolean }> = [];
  let at = 0;
  for (const [start, end] of boldSpans(quote, highlights)) {
    if (start > at) out.push({ text: quote.slice(at, start), bold: false });
    out.push({ text: quote.slice(start, end), bold: true });
    at = end;
  }
  if (at < quote.length) out.push({ text: quote.slice(at), bold: false });
  return out;
}

/**
 * The highlights in order, within the quote, overlapping ones dropped and touching ones merged; an offset
 * inside a surrogate pair moves out to the whole character, so that bold never splits one.
 */
function boldSpans(quote: string, highlights: Array<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [from, to] of [...highlights].sort((a, b) => a[0] - b[0])) {
    const start = isLowSurrogate(quote.charCodeAt(from)) ? from - 1 : from;
    const end = isLowSurrogate(quote.charCodeAt(to)) ? to + 1 : to;
    const previous = spans.at(-1);
    if (start < 0 || end > quote.length || end <= start || (previous && start < previous[1])) continue;
    if (previous && start === previous[1]) previous[1] = end;
    else spans.push([start, end]);
  }
  return spans;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
