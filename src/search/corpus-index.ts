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
