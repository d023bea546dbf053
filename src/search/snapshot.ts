import type { AsPlainObject } from "minisearch";
import type { ArticleAttribution } from "../attribution/types.ts";
import type { Article } from "../corpus/types.ts";
import { type CorpusIndex, type IndexedArticle, indexedArticle, type ParagraphRef } from "./corpus-index.ts";
import { ParagraphSearch } from "./paragraph-search.ts";

/**
 * A built index as plain data, for JSON on disk or a message between threads: everything answering
 * needs, so that a load does no parsing, sentence splitting, attribution or indexing.
 */
export interface IndexSnapshot {
  articles: Array<{ article: Article; attribution: ArticleAttribution; terms: number[]; headline: number[] }>;
  paragraphs: Array<{
    articleId: string;
    index: number;
    terms: number[];
    sentenceEnds: number[];
    sentenceStates: number[];
  }>;
  /** The corpus's terms in id order, each with its document frequency. */
  terms: Array<[string, number]>;
  averageSentenceLength: number;
  initialisms: Array<[string, string[][]]>;
  capitalized: number[];
  /** MiniSearch's own serialization (`toJSON`). */
  miniSearch: AsPlainObject;
}

export function toSnapshot(index: CorpusIndex): IndexSnapshot {
  return {
    articles: [...index.articles.values()].map(({ article, attribution, terms, headline }) => ({
      article,
      attribution,
      terms: Array.from(terms),
      headline: Array.from(headline),
    })),
    paragraphs: index.paragraphs.map(({ articleId, index, terms, sentenceEnds, sentenceStates }) => ({
      articleId,
      index,
      terms: Array.from(terms),
      sentenceEnds: Array.from(sentenceEnds),
      sentenceStates: Array.from(sentenceStates),
    })),
    terms: [...index.terms.keys()].map((term, id) => [term, index.documentFrequency[id] ?? 0]),
    averageSentenceLength: index.averageSentenceLength,
    initialisms: [...index.initialisms],
    capitalized: [...index.capitalized],
    miniSearch: index.miniSearch.toJSON(),
  };
}

export function fromSnapshot(snapshot: IndexSnapshot): CorpusIndex {
  // Counted again rather than stored: each article keeps its headline's terms.
  const headlineFrequency = snapshot.terms.map(() => 0);
  for (const { headline } of snapshot.articles) {
    for (const term of headline) headlineFrequency[term] = (headlineFrequency[term] ?? 0) + 1;
  }
  return {
    ...fromHead(snapshot),
    headlineFrequency,
    articles: new Map(snapshot.articles.map(articleFrom)),
    paragraphs: snapshot.paragraphs.map(paragraphFrom),
    miniSearch: ParagraphSearch.fromJS(snapshot.miniSearch),
  };
}

type Head = Pick<CorpusIndex, "terms" | "documentFrequency" | "averageSentenceLength" | "initialisms" | "capitalized">;

function fromHead(snapshot: IndexSnapshot): Head {
  return {
    terms: new Map(snapshot.terms.map(([term], id) => [term, id])),
    documentFrequency: snapshot.terms.map(([, frequency]) => frequency),
    averageSentenceLength: snapshot.averageSentenceLength,
    initialisms: new Map(snapshot.initialisms),
    capitalized: new Set(snapshot.capitalized),
  };
}

function articleFrom({
  article,
  attribution,
  terms,
  headline,
}: IndexSnapshot["articles"][number]): [string, IndexedArticle] {
  return [article.id, indexedArticle(article, Int32Array.from(terms), Int32Array.from(headline), attribution)];
}

function paragraphFrom(paragraph: IndexSnapshot["paragraphs"][number]): ParagraphRef {
  const { articleId, index, terms, sentenceEnds, sentenceStates } = paragraph;
  return {
    articleId,
    index,
    terms: Int32Array.from(terms),
    sentenceEnds: Uint32Array.from(sentenceEnds),
    sentenceStates: Uint8Array.from(sentenceStates),
  };
}
