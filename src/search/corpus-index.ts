import MiniSearch, { type SearchOptions } from "minisearch";
import type { ArticleAttribution } from "../attribution/types.ts";
import type { Article } from "../corpus/types.ts";
import { termsOf, tokenize, words } from "../text/analyzer.ts";

/** An article with what answering needs of it, worked out once when the index is built. */
export interface IndexedArticle {
  article: Article;
  /** Who says what: `[paragraph index][sentence index]`. */
  attribution: ArticleAttribution;
  /** Every term of the article, to tell what it does not mention when a search is limited to it. */
  vocabulary: Set<string>;
}

/** Where a paragraph of the index stands: its article and its index in that article (0-based). */
export interface ParagraphRef {
  articleId: string;
  index: number;
}

/** The searchable corpus: a MiniSearch index of paragraphs and the articles behind it. */
export interface CorpusIndex {
  articles: Map<string, IndexedArticle>;
  paragraphs: ParagraphRef[];
  miniSearch: MiniSearch<IndexedDocument>;
  /** How many paragraphs hold each term: the weight of a term is its rarity. */
  documentFrequency: Map<string, number>;
}

interface IndexedDocument {
  id: number;
  /** The paragraph's analyzed terms, joined by spaces: the text is analyzed once, here, not again by MiniSearch. */
  terms: string;
}

/**
 * Query-side options: the same analyzer as the index, through `words` and `termsOf`. Terms combine with
 * OR so that a question's every word counts without all being required; ranking is MiniSearch's BM25+.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  tokenize: words,
  processTerm: (term) => termsOf(term),
  combineWith: "OR",
};

/** MiniSearch's options for the index: documents arrive as analyzed terms. */
export const INDEX_OPTIONS = {
  fields: ["terms"],
  tokenize: (text: string) => text.split(" "),
  processTerm: (term: string) => term || null,
  searchOptions: SEARCH_OPTIONS,
};

/** Who-says-what for one article; the answering core takes it as a parameter so that it stays swappable. */
export type Attributor = (article: Article) => ArticleAttribution;

/** Builds the index of a loaded corpus. Pure and synchronous: the same articles give the same index. */
export function buildIndex(articles: Article[], attribute: Attributor): CorpusIndex {
  const miniSearch = new MiniSearch<IndexedDocument>(INDEX_OPTIONS);
  const indexed = new Map<string, IndexedArticle>();
  const paragraphs: ParagraphRef[] = [];
  const documentFrequency = new Map<string, number>();
  const documents: IndexedDocument[] = [];
  for (const article of articles) {
    const vocabulary = new Set<string>();
    article.paragraphs.forEach((paragraph, index) => {
      // Tokens are not kept: for a large corpus they would outweigh the index; quotes tokenize anew.
      const terms = tokenize(paragraph.text).flatMap((token) => token.terms);
      for (const term of new Set(terms)) {
        vocabulary.add(term);
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      documents.push({ id: paragraphs.length, terms: terms.join(" ") });
      paragraphs.push({ articleId: article.id, index });
    });
    indexed.set(article.id, { article, attribution: attribute(article), vocabulary });
  }
  miniSearch.addAll(documents);
  return { articles: indexed, paragraphs, miniSearch, documentFrequency };
}

/** A query term as ranking takes it: its boost in the score, and its weight toward the relevance floor. */
export interface RankTerm {
  boost: number;
  weight: number;
}

/** A ranked paragraph: its id in `CorpusIndex.paragraphs` and its score, as `miniSearch.search` gives them. */
export interface Ranked {
  id: number;
  score: number;
}

/**
 * The parts of MiniSearch's index that `rankParagraphs` reads: not its public API, so minisearch is
 * kept at 7.x, and tests/rank.test.ts checks the ranking against `search` to catch any change.
 */
interface Postings {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, number>;
  _nextId: number;
}

/** MiniSearch's BM25+ defaults (k, b, d), which the index uses. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** A term's postings as ranking reads them: paragraphs (MiniSearch's short ids) and each one's BM25+ part. */
interface FlatPostings {
  docs: Int32Array;
  raw: Float64Array;
}

/**
 * What ranking keeps per index, reused from query to query (ranking is synchronous): per-paragraph sums,
 * and each term's postings flattened the first time a query uses it. A term's BM25+ part for a paragraph
 * never changes in a built index, so it is computed once instead of at every query; only the terms
 * queried are flattened, 12 bytes per posting.
 */
interface RankState {
  score: Float64Array;
  covered: Float64Array;
  matched: Uint16Array;
  postings: Map<string, FlatPostings | null>;
}

const states = new WeakMap<object, RankState>();

/** A term's flattened postings, with MiniSearch's calcBM25Score written the same way so that sums come out equal. */
function flatten(index: Postings, term: string): FlatPostings | null {
  const field = 0; // The one field, `terms`.
  const frequencies = index._index.get(term)?.get(field);
  if (!frequencies) return null;
  const average = index._avgFieldLength[field] ?? 1;
  const matching = frequencies.size;
  const idf = Math.log(1 + (index._documentCount - matching + 0.5) / (matching + 0.5));
  const docs = new Int32Array(matching);
  const raw = new Float64Array(matching);
  let i = 0;
  for (const [doc, tf] of frequencies) {
    const length = index._fieldLength.get(doc)?.[field] ?? 0;
    docs[i] = doc;
    raw[i] = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
    i += 1;
  }
  return { docs, raw };
}

/**
 * The best `limit` paragraphs among those matching any of `terms` that `accept` takes (given the
 * paragraph id and the weight of the terms it matches), best first: the same paragraphs, scores and
 * order as `miniSearch.search` with OR and `boostTerm`, without building, scoring into objects and
 * sorting every match (about 1,300 per query on a 25,782-paragraph corpus) when an answer needs 3.
 */
export function rankParagraphs(
  index: CorpusIndex,
  terms: Map<string, RankTerm>,
  limit: number,
  accept: (id: number, covered: number) => boolean,
): Ranked[] {
  const postings = index.miniSearch as unknown as Postings;
  let state = states.get(postings);
  if (!state) {
    const size = postings._nextId;
    state = {
      score: new Float64Array(size),
      covered: new Float64Array(size),
      matched: new Uint16Array(size),
      postings: new Map(),
    };
    states.set(postings, state);
  }
  const { score, covered, matched } = state;
  const touched: number[] = [];
  for (const [term, { boost, weight }] of terms) {
    let flat: FlatPostings | null | undefined = state.postings.get(term);
    if (flat === undefined) {
      flat = flatten(postings, term);
      state.postings.set(term, flat);
    }
    if (!flat) continue;
    const { docs, raw }: FlatPostings = flat;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] ?? 0;
      if (matched[doc] === 0) touched.push(doc);
      score[doc] = (score[doc] ?? 0) + boost * (raw[i] ?? 0);
      covered[doc] = (covered[doc] ?? 0) + weight;
      matched[doc] = (matched[doc] ?? 0) + 1;
    }
  }
  const best: Ranked[] = [];
  for (const doc of touched) {
    // MiniSearch multiplies a match's score by how many query terms it matches.
    const value = (score[doc] ?? 0) * (matched[doc] ?? 0);
    const weight = covered[doc] ?? 0;
    score[doc] = 0;
    covered[doc] = 0;
    matched[doc] = 0;
    // Ties keep the order of first match, as MiniSearch's stable sort does.
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < value) at -= 1;
    if (at >= limit) continue;
    const id = postings._documentIds.get(doc) ?? -1;
    if (!accept(id, weight)) continue;
    best.splice(at, 0, { id, score: value });
    if (best.length > limit) best.pop();
  }
  return best;
}
