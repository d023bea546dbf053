import { DEFAULT_LIMIT } from "../../answer/tuning.ts";
import type { Answer, Passage } from "../../answer/types.ts";
import type { Shelf } from "../../library/shelf.ts";
import { type AnswerView, answerMessage } from "../render/answer.ts";
import { answerButtons } from "../render/buttons.ts";
import type { MessagePayload } from "../render/payload.ts";
import type { PassageRef, Remembered } from "./memory.ts";

/** Passages a page shows: the first page is the answer as `/ask` gives it, and each later one as many more. */
export const PAGE_SIZE = DEFAULT_LIMIT;

/**
 * The most passages an answer pages through (seven pages): ranking reads its best 20 paragraphs, so
 * few answers have more, and a reader who has not found it by then is better served asking otherwise.
 */
export const PASSAGES_MAX = 21;

/** A page of an answer worked out anew: the answer it comes from, its passages, and whether a next page may hold more. */
export interface Page {
  answer: Answer;
  passages: Passage[];
  /** The place of the page's first passage in the whole answer, from 0. */
  first: number;
  more: boolean;
}

/** How answers from `shelf` are rendered: how many articles were searched, and what is known of each. */
export function answerView(shelf: Shelf, article: string | undefined): AnswerView {
  return {
    articleCount: article === undefined ? shelf.articleCount : 1,
    articleOf: (id) => shelf.article(id)?.article,
  };
}

/** The refs of an answer's passages. */
export function refsOf(passages: Passage[]): PassageRef[] {
  return passages.map(({ articleId, paragraph }) => ({ articleId, paragraph }));
}

/**
 * Page `page` of a remembered answer, worked out anew from the libraries as they are now (quotes and
 * highlights are the answer's, not kept): the answer is asked for one passage past the page, so that it
 * says whether there is a next. Passages keep the order they were first shown in, page after page, so
 * that paging back and forth shows each once. Undefined where the page has no passage.
 */
export function pageOf(remembered: Remembered, shelf: Shelf, page: number): Page | undefined {
  const first = page * PAGE_SIZE;
  if (first >= PASSAGES_MAX) return undefined;
  const limit = Math.min(PASSAGES_MAX, first + PAGE_SIZE + 1);
  const answer = shelf.answer(remembered.query, { kind: remembered.kind, article: remembered.article, limit });
  const known = new Set(remembered.refs.map(refKey));
  for (const ref of refsOf(answer.results)) if (!known.has(refKey(ref))) remembered.refs.push(ref);
  if (answer.results.length < limit) remembered.complete = true;
  const byRef = new Map(answer.results.map((passage) => [refKey(passage), passage]));
  const passages = remembered.refs.slice(first, first + PAGE_SIZE).flatMap((ref) => byRef.get(refKey(ref)) ?? []);
  if (passages.length === 0) return undefined;
  const more = remembered.refs.length > first + PAGE_SIZE && first + PAGE_SIZE < PASSAGES_MAX;
  return { answer, passages, first, more };
}

/** The message of a page, with its buttons under it: `flag` says whether "Not right?" can be recorded here. */
export function pageMessage(
  { key, page, flag }: { key: string; page: number; flag: boolean },
  found: Pick<Page, "answer" | "passages" | "first" | "more">,
  view: AnswerView,
): MessagePayload {
  const payload = answerMessage(found.answer, view, found);
  const components = answerButtons({ key, page, flag, ...found, articleOf: view.articleOf });
  return components.length > 0 ? { ...payload, components } : payload;
}

function refKey(ref: PassageRef): string {
  return `${ref.paragraph}:${ref.articleId}`;
}
