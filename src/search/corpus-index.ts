import type { ArticleAttribution } from "../attribution/types.ts";
import { articleFault } from "../corpus/errors.ts";
import type { Article, Paragraph } from "../corpus/types.ts";
import { type Token, tokenize } from "../text/analyzer.ts";
import { statesOf } from "../text/answer-type.ts";
import { type Initialisms, initialismsOf } from "../text/initialisms.ts";
import { type IndexedDocument, ParagraphSearch } from "./paragraph-search.ts";

/** An article with what answering needs of it, worked out once when the index is built. */
export interface IndexedArticle {
  article: Article;
  /** Who says what: `[paragraph index][sentence index]`. */
  attribution: ArticleAttribution;
  /** Every term of the article, to tell what it does not mention when a search is limited to it. */
  vocabulary: Set<string>;
}

/**
 * Where a paragraph of the index stands (its article and its index in that article, 0-based) and its
 * terms in reading order as ids into `CorpusIndex.terms`, so that sentence-level evidence is read at
 * query time without analysing the text again.
 */
export interface ParagraphRef {
  articleId: string;
  index: number;
  terms: Int32Array;
  /** Where each sentence's terms end in `terms`: sentence `i` is `terms[sentenceEnds[i - 1] ?? 0, sentenceEnds[i])`. */
  sentenceEnds: Uint32Array;
  /** Each sentence's answer-type flags (`STATES`): whether it holds a number, a time. */
  sentenceStates: Uint8Array;
}

/** The searchable corpus: a MiniSearch index of paragraphs and the articles behind it. */
export interface CorpusIndex {
  articles: Map<string, IndexedArticle>;
  /** By paragraph id, the id MiniSearch knows the paragraph by. */
  paragraphs: ParagraphRef[];
  miniSearch: ParagraphSearch;
  /** Every term of the corpus and its id. */
  terms: Map<string, number>;
  /** By term id, how many paragraphs hold the term: the weight of a term is its rarity. */
  documentFrequency: Uint32Array;
  /** The mean number of terms in a sentence, BM25's length norm at sentence level. */
  averageSentenceLength: number;
  /** Names the corpus writes out in full, by their initials: "uae" -> the terms of "United Arab Emirates". */
  initialisms: Initialisms;
}

/** Who-says-what for one article; the answering core takes it as a parameter so that it stays swappable. */
export type Attributor = (article: Article) => ArticleAttribution;

/** Builds the index of a loaded corpus. Pure and synchronous: the same articles give the same index. */
export function buildIndex(articles: Article[], attribute: Attributor): CorpusIndex {
  const miniSearch = new ParagraphSearch();
  const indexed = new Map<string, IndexedArticle>();
  const paragraphs: ParagraphRef[] = [];
  const terms = new Map<string, number>();
  const frequency: number[] = [];
  const documents: IndexedDocument[] = [];
  const initialisms: Initialisms = new Map();
  let sentenceCount = 0;
  let termCount = 0;
  for (const article of articles) {
    const vocabulary = new Set<string>();
    article.paragraphs.forEach((paragraph, index) => {
      const stream = paragraphTerms(article.file, paragraph, initialisms);
      const ids = new Int32Array(stream.terms.length);
      stream.terms.forEach((term, i) => {
        let id = terms.get(term);
        if (id === undefined) {
          id = terms.size;
          terms.set(term, id);
          frequency.push(0);
        }
        ids[i] = id;
      });
      for (const term of new Set(stream.terms)) {
        vocabulary.add(term);
        const id = terms.get(term) ?? 0;
        frequency[id] = (frequency[id] ?? 0) + 1;
      }
      sentenceCount += stream.sentenceEnds.length;
      termCount += stream.terms.length;
      documents.push({ id: paragraphs.length, terms: stream.terms.join(" ") });
      paragraphs.push({
        articleId: article.id,
        index,
        terms: ids,
        sentenceEnds: Uint32Array.from(stream.sentenceEnds),
        sentenceStates: Uint8Array.from(stream.sentenceStates),
      });
    });
    let attribution: ArticleAttribution;
    try {
      attribution = attribute(article);
    } catch (error) {
      throw articleFault(article.file, error);
    }
    indexed.set(article.id, { article, attribution, vocabulary });
  }
  miniSearch.addAll(documents);
  return {
    articles: indexed,
    paragraphs,
    miniSearch,
    terms,
    documentFrequency: Uint32Array.from(frequency),
    averageSentenceLength: sentenceCount > 0 ? termCount / sentenceCount : 1,
    initialisms,
  };
}

/**
 * A paragraph's {@link termStream}, noting the initialisms it spells out in `initialisms`. A fault on its
 * text is its article's error, at the paragraph's line.
 */
function paragraphTerms(file: string, paragraph: Paragraph, initialisms: Initialisms): ReturnType<typeof termStream> {
  try {
    const tokens = tokenize(paragraph.text);
    initialismsOf(paragraph.text, tokens, initialisms);
    return termStream(paragraph, tokens);
  } catch (error) {
    throw articleFault(file, error, paragraph.line);
  }
}

/** A paragraph's terms in reading order, where each of its sentences ends among them, and each sentence's states. */
export function termStream(
  paragraph: Paragraph,
  tokens: Token[] = tokenize(paragraph.text),
): {
  terms: string[];
  sentenceEnds: number[];
  sentenceStates: number[];
} {
  const terms: string[] = [];
  const sentenceEnds: number[] = [];
  const sentenceStates: number[] = [];
  let sentence: Token[] = [];
  const close = () => {
    sentenceEnds.push(terms.length);
    sentenceStates.push(statesOf(sentence));
    sentence = [];
  };
  for (const token of tokens) {
    while (
      sentenceEnds.length < paragraph.sentences.length - 1 &&
      token.start >= (paragraph.sentences[sentenceEnds.length]?.end ?? 0)
    ) {
      close();
    }
    terms.push(...token.terms);
    sentence.push(token);
  }
  do close();
  while (sentenceEnds.length < paragraph.sentences.length);
  return { terms, sentenceEnds, sentenceStates };
}

/**
 * A term's weight: its rarity across paragraphs, as BM25's inverse document frequency. A term the
 * corpus never uses weighs most, since it is what makes a question about something else.
 */
export function termWeight(index: CorpusIndex, term: string): number {
  const id = index.terms.get(term);
  const frequency = id === undefined ? 0 : (index.documentFrequency[id] ?? 0);
  const total = index.paragraphs.length;
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
