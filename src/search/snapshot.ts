import MiniSearch, { type AsPlainObject } from "minisearch";
import type { ArticleAttribution } from "../attribution/types.ts";
import type { Article } from "../corpus/types.ts";
import { type CorpusIndex, INDEX_OPTIONS, type ParagraphRef } from "./corpus-index.ts";

/**
 * A built index as plain data, for JSON on disk or a message between threads: everything answering
 * needs, so that a load does no parsing, sentence splitting, attribution or indexing.
 */
export interface IndexSnapshot {
  articles: Array<{ article: Article; attribution: ArticleAttribution; vocabulary: string[] }>;
  paragraphs: ParagraphRef[];
  documentFrequency: Array<[string, number]>;
  /** MiniSearch's own serialization (`toJSON`). */
  miniSearch: AsPlainObject;
}

export function toSnapshot(index: CorpusIndex): IndexSnapshot {
  return {
    articles: [...index.articles.values()].map(({ article, attribution, vocabulary }) => ({
      article,
      attribution,
      vocabulary: [...vocabulary],
    })),
    paragraphs: index.paragraphs,
    documentFrequency: [...index.documentFrequency],
    miniSearch: index.miniSearch.toJSON(),
  };
}

export function fromSnapshot(snapshot: IndexSnapshot): CorpusIndex {
  return {
    articles: new Map(
      snapshot.articles.map(({ article, attribution, vocabulary }) => [
        article.id,
        { article, attribution, vocabulary: new Set(vocabulary) },
      ]),
    ),
    paragraphs: snapshot.paragraphs,
    documentFrequency: new Map(snapshot.documentFrequency),
    miniSearch: MiniSearch.loadJS(snapshot.miniSearch, INDEX_OPTIONS),
  };
}
