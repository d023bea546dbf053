import { setImmediate as nextTurn } from "node:timers/promises";
import type { AsPlainObject } from "minisearch";
import type { ArticleAttribution } from "../attribution/types.ts";
import type { Article } from "../corpus/types.ts";
import type { CorpusIndex, IndexedArticle, ParagraphRef } from "./corpus-index.ts";
import { ParagraphSearch } from "./paragraph-search.ts";

/**
 * A built index as plain data, for JSON on disk or a message between threads: everything answering
 * needs, so that a load does no parsing, sentence splitting, attribution or indexing.
 */
export interface IndexSnapshot {
  articles: Array<{ article: Article; attribution: ArticleAttribution; vocabulary: string[] }>;
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
    miniSearch: index.miniSearch.toJSON(),
  };
}

export function fromSnapshot(snapshot: IndexSnapshot): CorpusIndex {
  return {
    ...fromHead(snapshot),
    articles: new Map(snapshot.articles.map(articleFrom)),
    paragraphs: snapshot.paragraphs.map(paragraphFrom),
    miniSearch: ParagraphSearch.fromJS(snapshot.miniSearch),
  };
}

type Head = Pick<CorpusIndex, "terms" | "documentFrequency" | "averageSentenceLength" | "initialisms">;

function fromHead(snapshot: IndexSnapshot): Head {
  return {
    terms: new Map(snapshot.terms.map(([term], id) => [term, id])),
    documentFrequency: Uint32Array.from(snapshot.terms, ([, frequency]) => frequency),
    averageSentenceLength: snapshot.averageSentenceLength,
    initialisms: new Map(snapshot.initialisms),
  };
}

function articleFrom({
  article,
  attribution,
  vocabulary,
}: IndexSnapshot["articles"][number]): [string, IndexedArticle] {
  return [article.id, { article, attribution, vocabulary: new Set(vocabulary) }];
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

/**
 * A snapshot as JSON texts of bounded size: what the build worker sends. A message of strings crosses
 * threads about as fast as memory is copied, where the snapshot's objects took about 1.9 s to clone at
 * 25,782 paragraphs, all of it on the receiving thread at once; the texts are parsed a piece at a time
 * instead (`fromSnapshotParts`).
 */
export interface SnapshotParts {
  /** Everything but the pieces below. */
  head: string;
  articles: string[];
  paragraphs: string[];
  /** MiniSearch's index, term by term. */
  searchTerms: string[];
}

/** How many items a piece of `SnapshotParts` holds. */
const PIECE = 2000;

export function toSnapshotParts(snapshot: IndexSnapshot): SnapshotParts {
  const { articles, paragraphs, miniSearch } = snapshot;
  const { index, ...search } = miniSearch;
  const pieces = <T>(items: T[]) =>
    Array.from({ length: Math.ceil(items.length / PIECE) }, (_, i) =>
      JSON.stringify(items.slice(i * PIECE, (i + 1) * PIECE)),
    );
  return {
    head: JSON.stringify({ ...snapshot, articles: [], paragraphs: [], miniSearch: { ...search, index: [] } }),
    articles: pieces(articles),
    paragraphs: pieces(paragraphs),
    searchTerms: pieces(index),
  };
}

/**
 * The index of `toSnapshotParts`' pieces, each piece parsed and turned into the index's own shapes in a
 * turn of the event loop of its own, and MiniSearch's index loaded in chunks (its `loadJSAsync`).
 */
export async function fromSnapshotParts(parts: SnapshotParts): Promise<CorpusIndex> {
  const each = async <T, U>(pieces: string[], convert: (item: T) => U): Promise<U[]> => {
    const items: U[] = [];
    for (const piece of pieces) {
      for (const item of JSON.parse(piece) as T[]) items.push(convert(item));
      await nextTurn();
    }
    return items;
  };
  const head = JSON.parse(parts.head) as IndexSnapshot;
  const articles = new Map(await each(parts.articles, articleFrom));
  const paragraphs = await each(parts.paragraphs, paragraphFrom);
  head.miniSearch.index = await each(parts.searchTerms, (term: AsPlainObject["index"][number]) => term);
  const miniSearch = await ParagraphSearch.fromJSAsync(head.miniSearch);
  return { ...fromHead(head), articles, paragraphs, miniSearch };
}
