import type { ArticleAttribution } from "../attribution/types.ts";
import type { Article } from "../corpus/types.ts";
import type { CorpusIndex } from "./corpus-index.ts";
import { ParagraphSearch } from "./paragraph-search.ts";

/**
 * A built index as plain data, for JSON on disk or a message between threads: everything answering
 * needs, so that a load does no parsing, sentence splitting, attribution or indexing.
 */
export interface IndexSnapshot {
  articles: Array<{ article: Article; attribution: ArticleAttribution; vocabulary: string[] }>;
  paragraphs: Array<{ articleId: string; index: number; terms: number[]; sentenceEnds: number[] }>;
  /** The corpus's terms in id order, each with its document frequency. */
  terms: Array<[string, number]>;
  averageSentenceLength: number;
  initialisms: Array<[string, string[][]]>;
}

export function toSnapshot(index: CorpusIndex): IndexSnapshot {
  return {
    articles: [...index.articles.values()].map(({ article, attribution, vocabulary }) => ({
      article,
      attribution,
      vocabulary: [...vocabulary],
    })),
    paragraphs: index.paragraphs.map(({ articleId, index, terms, sentenceEnds }) => ({
      articleId,
      index,
      terms: Array.from(terms),
      sentenceEnds: Array.from(sentenceEnds),
    })),
    terms: [...index.terms.keys()].map((term, id) => [term, index.documentFrequency[id] ?? 0]),
    averageSentenceLength: index.averageSentenceLength,
    initialisms: [...index.initialisms],
  };
}

/**
 * The index a snapshot holds. MiniSearch's part is rebuilt from the paragraphs' stored terms rather than
 * loaded from its own serialization, so that it is the subclass ranking reads (`loadJS` makes a plain
 * MiniSearch) and the snapshot holds each paragraph's terms once.
 */
export function fromSnapshot(snapshot: IndexSnapshot): CorpusIndex {
  const miniSearch = new ParagraphSearch();
  miniSearch.addAll(
    snapshot.paragraphs.map(({ terms }, id) => ({
      id,
      terms: terms.map((term) => snapshot.terms[term]?.[0] ?? "").join(" "),
    })),
  );
  return {
    articles: new Map(
      snapshot.articles.map(({ article, attribution, vocabulary }) => [
        article.id,
        { article, attribution, vocabulary: new Set(vocabulary) },
      ]),
    ),
    paragraphs: snapshot.paragraphs.map(({ articleId, index, terms, sentenceEnds }) => ({
      articleId,
      index,
      terms: Int32Array.from(terms),
      sentenceEnds: Uint16Array.from(sentenceEnds),
    })),
    terms: new Map(snapshot.terms.map(([term], id) => [term, id])),
    documentFrequency: Uint32Array.from(snapshot.terms, ([, frequency]) => frequency),
    averageSentenceLength: snapshot.averageSentenceLength,
    initialisms: new Map(snapshot.initialisms),
    miniSearch,
  };
}
