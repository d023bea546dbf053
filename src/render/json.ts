import type { Answer } from "../answer/types.ts";
import { mergeAttributions } from "../attribution/sources.ts";
import type { Attribution } from "../attribution/types.ts";
import type { ArticleOrigin } from "../library/store.ts";
import type { IndexedArticle } from "../search/corpus-index.ts";

/** The JSON contract of `article`, documented in README.md: one object per article. */
export interface ArticleJson {
  articleId: string;
  title: string;
  url: string | null;
  tags: string[];
  paragraphs: Array<{ paragraph: number; text: string; attribution: Attribution[] }>;
  /** Where it came from: the operator's corpus file, or a server's library with who added it, when, from where. */
  origin?: ArticleOrigin;
}

/** An answer as one line of JSON (the contract of `ask` and `sources`). */
export function answerJson(answer: Answer): string {
  return JSON.stringify(answer);
}

/** An article as one line of JSON, each paragraph with the union of its sentences' attributions. */
export function articleJson(
  { article, attribution }: Pick<IndexedArticle, "article" | "attribution">,
  origin?: ArticleOrigin,
): string {
  const json: ArticleJson = {
    articleId: article.id,
    title: article.title,
    url: article.url,
    tags: article.tags,
    paragraphs: article.paragraphs.map((paragraph, i) => ({
      paragraph: paragraph.number,
      text: paragraph.text,
      attribution: mergeAttributions(attribution[i] ?? []),
    })),
    ...(origin && { origin }),
  };
  return JSON.stringify(json);
}
