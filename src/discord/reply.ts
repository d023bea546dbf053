import { QueryError } from "../answer/answer.ts";
import type { QueryKind } from "../answer/types.ts";
import { sourceIndex } from "../attribution/sources.ts";
import { UNKNOWN_ARTICLE } from "../render/wording.ts";
import type { CommandContext, Reply } from "./command.ts";
import { answerMessage } from "./render/answer.ts";
import { articleListMessage, articleMessage } from "./render/article.ts";
import { noticeMessage } from "./render/payload.ts";

/** The option that holds the text of `/ask` and `/sources`, in Discord and in the local console. */
export const QUERY_OPTION: Record<QueryKind, string> = { ask: "question", sources: "claim" };

/** What a user can set on `/ask` and `/sources`. */
export interface QueryOptions {
  article?: string | null;
  private: boolean;
}

/**
 * The reply to a question (`ask`) or a claim (`sources`): the answer rendered for Discord, or, for an
 * article id the corpus does not have, a private note saying so. Shared by the slash commands, the
 * "Find sources" menu and the local console, so that they all answer alike.
 */
export function answerReply({ shelf }: CommandContext, kind: QueryKind, query: string, options: QueryOptions): Reply {
  const article = options.article ?? undefined;
  try {
    const answer = shelf.answer(query, { article, kind });
    const payload = answerMessage(answer, {
      articleCount: article === undefined ? shelf.articleCount : 1,
      articleOf: (id) => shelf.article(id)?.article,
    });
    return { payload, private: options.private, outcome: answer.status === "ok" ? "answered" : "no_match" };
  } catch (error) {
    if (!(error instanceof QueryError) || article === undefined) throw error;
    return unknownArticle(article);
  }
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
