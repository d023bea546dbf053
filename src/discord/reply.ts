import { QueryError } from "../answer/answer.ts";
import type { Answer, QueryKind } from "../answer/types.ts";
import { sourceIndex } from "../attribution/sources.ts";
import { readsAsEnglish } from "../text/english.ts";
import { emptyQuery, NOT_ENGLISH, UNKNOWN_ARTICLE } from "../wording/answers.ts";
import type { AskedAnswer } from "./buttons/memory.ts";
import { answerView, PAGE_SIZE, pageMessage, refsOf } from "./buttons/paging.ts";
import type { CommandContext, Reply } from "./command.ts";
import type { AnswerView } from "./render/answer.ts";
import { answerMessage } from "./render/answer.ts";
import { articleListMessage, articleMessage } from "./render/article.ts";
import { noticeMessage } from "./render/payload.ts";

/** The option that holds the text of `/ask` and `/sources`, in Discord and in the local console. */
export const QUERY_OPTION: Record<QueryKind, string> = { ask: "question", sources: "claim" };

/** What a user can set on `/ask` and `/sources`, and who asks (whom the answer's buttons answer to). */
export interface QueryOptions {
  article?: string | null;
  private: boolean;
  /** The user asking, where the reply can carry buttons (Discord): only they may page a private answer. */
  asker?: string;
}

/**
 * The reply to a question (`ask`) or a claim (`sources`): the answer rendered for Discord, with its buttons
 * where the context remembers answers; or, privately, a hint for a blank query, a note that citebot reads
 * English for a query in another language that the articles do not answer, or a note that an article id
 * is not in the corpus. Shared by the slash commands, the "Find sources" menu and the local console, so
 * that they all answer alike.
 */
export function answerReply(context: CommandContext, kind: QueryKind, query: string, options: QueryOptions): Reply {
  if (query.trim() === "") return privateNotice(emptyQuery(kind), "empty");
  const article = options.article ?? undefined;
  const { shelf } = context;
  let answer: Answer;
  try {
    answer = shelf.answer(query, { article, kind });
  } catch (error) {
    if (!(error instanceof QueryError) || article === undefined) throw error;
    return unknownArticle(article);
  }
  // A confident answer stands in any language; only what it fails to find is put down to the language.
  if (!confident(answer) && !readsAsEnglish(query)) return privateNotice(NOT_ENGLISH, "not_english");
  const view = answerView(shelf, article);
  const asked =
    options.asker === undefined ? undefined : { kind, query, article, asker: options.asker, private: options.private };
  const payload = asked && context.answers ? withButtons(context, asked, answer, view) : answerMessage(answer, view);
  return { payload, private: options.private, outcome: answer.status === "ok" ? "answered" : "no_match" };
}

/** The first page of an answer with its buttons, the answer remembered for them. */
function withButtons(context: CommandContext, asked: AskedAnswer, answer: Answer, view: AnswerView) {
  const complete = answer.results.length < PAGE_SIZE;
  const key = context.answers?.remember(asked, refsOf(answer.results), complete) ?? "";
  const page = { answer, passages: answer.results, first: 0, more: !complete };
  return pageMessage({ key, page: 0, flag: context.feedback !== undefined }, page, view);
}

/** A verdict the reply can be taken at: an answer, or a claim stated or contradicted. */
function confident(answer: Answer): boolean {
  return answer.verdict === "answers" || answer.verdict === "supports" || answer.verdict === "contradicts";
}

/** The reply to `/article`: the article chosen, the only one there is, or the list to choose from. */
export function articleReply({ shelf }: CommandContext, id: string | null | undefined, isPrivate: boolean): Reply {
  const articles = shelf.articles();
  const chosen = id ? shelf.article(id) : articles.length === 1 ? articles[0] : undefined;
  if (id && !chosen) return unknownArticle(id);
  if (!chosen) {
    return { payload: articleListMessage(articles.map((a) => a.article)), private: isPrivate, outcome: "answered" };
  }
  const payload = articleMessage(chosen.article, sourceIndex(chosen.article, chosen.attribution));
  return { payload, private: isPrivate, outcome: "answered" };
}

function unknownArticle(id: string): Reply {
  const payload = noticeMessage(UNKNOWN_ARTICLE, id);
  return { payload, private: true, outcome: "refused" };
}

/** A note of the bot's own, privately, logged as refused for `reason`. */
function privateNotice(text: string, reason: string): Reply {
  return { payload: noticeMessage(text), private: true, outcome: "refused", log: { refused: reason } };
}
