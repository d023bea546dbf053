import { bold, userMention } from "discord.js";
import type { Refusal } from "../../add/refusal.ts";
import { sourceIndex } from "../../attribution/sources.ts";
import type { Edit, Listed } from "../../library/editor.ts";
import {
  ADDED_HERE,
  ARTICLE_ADDED,
  ASK_IT_NOW,
  addedLine,
  emptyLibrary,
  keptLine,
  libraryHeading,
  REMOVED_HERE,
  shortfallLine,
} from "../../wording/corpus.ts";
import type { Reply } from "../command.ts";
import { EMBED_DESCRIPTION_MAX } from "../limits.ts";
import { articleMessage } from "./article.ts";
import { escapeWithin } from "./escape.ts";
import { linesWithin } from "./list.ts";
import { NO_MENTIONS, noticeMessage } from "./payload.ts";

/** Every `/corpus` reply is private: an edit is a moderator's business, and its refusals all the more. */
const PRIVATE = true;

/**
 * The reply to an article added or removed. An added one is shown as `/article` shows it (headline,
 * paragraphs, the sources it quotes), under a line saying that it can be asked now, in this server, and
 * for a page what reading it kept and left out, with a warning where most of the page's text is not in it.
 */
export function editReply(edit: Edit): Reply {
  const log = { action: edit.action, id: edit.id };
  if (edit.action === "removed") {
    return { payload: noticeMessage(REMOVED_HERE, edit.id), private: PRIVATE, outcome: "answered", log };
  }
  const { article, attribution } = edit.indexed;
  const lines = [`${ARTICLE_ADDED} ${ASK_IT_NOW} ${ADDED_HERE}`];
  if (edit.report) lines.push(keptLine(edit.report));
  if (edit.report?.shortfall) lines.push(shortfallLine(edit.report.shortfall.kept, edit.report.shortfall.page));
  const notice = noticeMessage(lines.join("\n"), edit.id);
  const { embeds } = articleMessage(article, sourceIndex(article, attribution));
  return { payload: { ...notice, embeds }, private: PRIVATE, outcome: "answered", log };
}

/**
 * `/corpus list`: the server's own articles, oldest first, each with who added it (a mention, which
 * pings no one: no reply allows mentions), on which day, and from which link or file. `shared` is how
 * many articles every server reads besides.
 */
export function listReply(listed: Listed[], shared: number): Reply {
  if (listed.length === 0)
    return { payload: noticeMessage(emptyLibrary(shared)), private: PRIVATE, outcome: "answered" };
  const line = ({ indexed: { article }, provenance }: Listed) => {
    // Someone who is no Discord user (the local console's) is shown by name, as they gave it.
    const who = /^\d+$/u.test(provenance.addedBy.id)
      ? userMention(provenance.addedBy.id)
      : escapeWithin(provenance.addedBy.name, 100);
    const from = "url" in provenance.from ? provenance.from.url : provenance.from.file;
    const added = addedLine(who, provenance.addedAt.slice(0, 10), escapeWithin(from, 300));
    return `${bold(escapeWithin(article.title, 200))} · ${escapeWithin(article.id, 100)}\n${added}`;
  };
  const description = linesWithin(listed, line, EMBED_DESCRIPTION_MAX);
  const embed = { title: libraryHeading(listed.length), description };
  return { payload: { embeds: [embed], allowedMentions: NO_MENTIONS }, private: PRIVATE, outcome: "answered" };
}

/** A refusal, privately, in the bot's words with the outside text escaped; the log says what and why. */
export function refusalReply(refusal: Refusal): Reply {
  const payload = noticeMessage(refusal.text, refusal.literal);
  return { payload, private: PRIVATE, outcome: "refused", log: { refused: refusal.code, ...refusal.log } };
}

/** A refusal of the bot's own (no permission, no source given), logged as `reason`. */
export function corpusNotice(text: string, reason: string): Reply {
  return { payload: noticeMessage(text), private: PRIVATE, outcome: "refused", log: { refused: reason } };
}
