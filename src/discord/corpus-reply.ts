import type { Edit } from "../add/editor.ts";
import type { Refusal } from "../add/refusal.ts";
import { attributeArticle } from "../attribution/extract.ts";
import { sourceIndex } from "../attribution/sources.ts";
import {
  ARTICLE_ADDED,
  ARTICLE_INDEXING,
  ARTICLE_NOT_INDEXED,
  ARTICLE_REMOVED,
  ASK_IT_NOW,
  REMOVAL_INDEXING,
  REMOVAL_NOT_INDEXED,
} from "../render/wording.ts";
import type { Reply } from "./command.ts";
import { noticeMessage } from "./payload.ts";
import { articleMessage } from "./render-article.ts";

/** Every `/corpus` reply is private: an edit is a moderator's business, and its refusals all the more. */
const PRIVATE = true;

/**
 * The reply to an article added or removed. An added one is shown as `/article` shows it (headline,
 * paragraphs, the sources it quotes), under a line saying whether it can be asked now.
 */
export function editReply(edit: Edit): Reply {
  const log = { action: edit.action, id: edit.id, index: edit.index };
  if (edit.action === "removed") {
    const text = {
      updated: ARTICLE_REMOVED,
      updating: `${ARTICLE_REMOVED} ${REMOVAL_INDEXING}`,
      failed: REMOVAL_NOT_INDEXED,
    }[edit.index];
    return { payload: noticeMessage(text, edit.id), private: PRIVATE, outcome: "answered", log };
  }
  const text = {
    updated: `${ARTICLE_ADDED} ${ASK_IT_NOW}`,
    updating: `${ARTICLE_ADDED} ${ARTICLE_INDEXING}`,
    failed: ARTICLE_NOT_INDEXED,
  }[edit.index];
  const notice = noticeMessage(text, edit.id);
  const article = edit.indexed?.article ?? edit.article;
  if (!article) return { payload: notice, private: PRIVATE, outcome: "answered", log };
  // The index worked out who says what already; an article it does not hold yet is attributed here.
  const attribution = edit.indexed?.attribution ?? attributeArticle(article);
  const { embeds } = articleMessage(article, sourceIndex(article, attribution));
  return { payload: { ...notice, embeds }, private: PRIVATE, outcome: "answered", log };
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
