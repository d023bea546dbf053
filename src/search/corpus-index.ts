import type { ArticleAttribution } from "../attribution/types.ts";
import { articleFault } from "../corpus/errors.ts";
import type { Article, Paragraph } from "../corpus/types.ts";
import { type Token, tokenize } from "../text/analyzer.ts";
import { statesOf } from "../text/answer-type.ts";
import { type Initialisms, initialismsOf, mergeInitialisms } from "../text/initialisms.ts";
import { type IndexedDocument, ParagraphSearch } from "./paragraph-search.ts";

/** An article with what answering needs of it, worked out once. */
export interface IndexedArticle {
  article: Article;
  /**
   * Who says what: `[paragraph index][sentence index]`. Worked out the first time it is read, and kept:
   * tagging is most of what a build would cost, and most articles of a large corpus are never quoted. An
   * article that attribution fails on throws its error, naming its file and line, there.
   */
  readonly attribution: ArticleAttribution;
  /** Whether `attribution` is worked out already, so that reading it costs nothing. */
  readonly attributed: boolean;
  /** Every term of the article, to tell what it does not mention when a search is limited to it. */
  vocabulary: Set<string>;
}

/** An indexed article whose attribution is given, or worked out by `attribute` when first read. */
export function indexedArticle(
  article: Article,
  vocabulary: Set<string>,
  attribution: ArticleAttribution | Attributor,
): IndexedArticle {
  let done = typeof attribution === "function" ? undefined : attribution;
  return {
    article,
    vocabulary,
    get attribution() {
      done ??= attributed(article, attribution as Attributor);
      return done;
    },
    get attributed() {
      return done !== undefined;
    },
  };
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

/**
 * The searchable corpus: a MiniSearch index of paragraphs and the articles behind it. A live corpus
 * updates it in place (`updateIndex`); a paragraph taken out keeps its id with an empty entry, since
 * MiniSearch and the other paragraphs know paragraphs by id.
 */
export interface CorpusIndex {
  articles: Map<string, IndexedArticle>;
  /** By paragraph id, the id MiniSearch knows the paragraph by; a paragraph taken out has articleId "". */
  paragraphs: ParagraphRef[];
  miniSearch: ParagraphSearch;
  /** Every term the corpus has used and its id; a term no paragraph holds any more has frequency 0. */
  terms: Map<string, number>;
  /** By term id, how many paragraphs hold the term: the weight of a term is its rarity. */
  documentFrequency: number[];
  /** The mean number of terms in a sentence, BM25's length norm at sentence level. */
  averageSentenceLength: number;
  /**
   * Names the corpus writes out in full, by their initials: "uae" -> the terms of "United Arab Emirates".
   * An update adds to them and takes none out: an expansion is used only where its terms are still held.
   */
  initialisms: Initialisms;
  /**
   * The ids of the terms of words the corpus writes with a capital: a misspelt name is taken for one of
   * these alone. Like `initialisms`, an update adds and takes none out.
   */
  capitalized: Set<number>;
}

/** Who-says-what for one article; the answering core takes it as a parameter so that it stays swappable. */
export type Attributor = (article: Article) => ArticleAttribution;

/**
 * Builds the index of a loaded corpus. Pure and synchronous: the same articles give the same index.
 * `attribute` runs on an article when its attribution is first read.
 */
export function buildIndex(articles: Article[], attribute: Attributor): CorpusIndex {
  const index: CorpusIndex = {
    articles: new Map(),
    paragraphs: [],
    miniSearch: new ParagraphSearch(),
    terms: new Map(),
    documentFrequency: [],
    averageSentenceLength: 1,
    initialisms: new Map(),
    capitalized: new Set(),
  };
  // Prepared one article at a time as they are added: a whole corpus's term streams at once would double
  // what a build holds.
  addPrepared(
    index,
    (function* () {
      for (const article of articles) yield prepareArticle({ article, attribution: attribute });
    })(),
  );
  return index;
}

/** What changed in a corpus: the articles taken out (by id), and those put in, a changed one in both. */
export interface IndexChange {
  removed: readonly string[];
  added: ReadonlyArray<{ article: Article; attribution: ArticleAttribution | Attributor }>;
}

/**
 * Takes a change into the index in place: the removed articles' paragraphs are discarded from MiniSearch
 * and the added ones indexed, in milliseconds for an article, where a build takes seconds for a large
 * corpus. All of the added articles' terms are worked out before anything changes, so that an article
 * that cannot be indexed (its error, with file and line) leaves the index as it was.
 */
export function updateIndex(index: CorpusIndex, change: IndexChange): void {
  const prepared = change.added.map(prepareArticle);
  for (const id of change.removed) removeArticle(index, id);
  addPrepared(index, prepared);
}

/**
 * The capitalized terms (`CorpusIndex.capitalized`) within `distance` edits of `term` that paragraphs
 * hold, each with how many do. Beyond one edit, only terms with the term's first letter: a misspelt
 * name mostly keeps it ("Gadaffi" for "Gaddafi"), and the search is a tenth as long.
 */
export function capitalizedNear(index: CorpusIndex, term: string, distance: number): Map<string, number> {
  const near = new Map<string, number>();
  for (const [other, paragraphs] of index.miniSearch.termsNear(term, distance, { keepFirstLetter: true })) {
    const id = index.terms.get(other);
    if (id !== undefined && index.capitalized.has(id) && (index.documentFrequency[id] ?? 0) > 0) {
      near.set(other, paragraphs);
    }
  }
  return near;
}

/** Whether any paragraph of the index holds `term`. */
export function holdsTerm(index: CorpusIndex, term: string): boolean {
  const id = index.terms.get(term);
  return id !== undefined && (index.documentFrequency[id] ?? 0) > 0;
}

function attributed(article: Article, attribute: Attributor): ArticleAttribution {
  try {
    return attribute(article);
  } catch (error) {
    throw articleFault(article.file, error);
  }
}

/** An article's paragraphs as term streams, with the initialisms it spells out and its capitalized terms: all that can fail. */
interface PreparedArticle {
  article: Article;
  attribution: ArticleAttribution | Attributor;
  streams: Array<ReturnType<typeof termStream>>;
  initialisms: Initialisms;
  capitalized: Set<string>;
}

function prepareArticle({ article, attribution }: IndexChange["added"][number]): PreparedArticle {
  const initialisms: Initialisms = new Map();
  const capitalized = new Set<string>();
  const streams = article.paragraphs.map((paragraph) =>
    paragraphTerms(article.file, paragraph, initialisms, capitalized),
  );
  return { article, attribution, streams, initialisms, capitalized };
}

function addPrepared(index: CorpusIndex, articles: Iterable<PreparedArticle>): void {
  const { terms, documentFrequency: frequency, paragraphs } = index;
  const documents: IndexedDocument[] = [];
  for (const { article, attribution, streams, initialisms, capitalized } of articles) {
    const vocabulary = new Set<string>();
    streams.forEach((stream, paragraphIndex) => {
      const ids = new Int32Array(stream.terms.length);
      const held = new Set<number>();
      stream.terms.forEach((term, i) => {
        let id = terms.get(term);
        if (id === undefined) {
          id = terms.size;
          terms.set(term, id);
          frequency.push(0);
        }
        ids[i] = id;
        if (held.has(id)) return;
        held.add(id);
        vocabulary.add(term);
        frequency[id] = (frequency[id] ?? 0) + 1;
      });
      documents.push({ id: paragraphs.length, terms: stream.terms.join(" ") });
      paragraphs.push({
        articleId: article.id,
        index: paragraphIndex,
        terms: ids,
        sentenceEnds: Uint32Array.from(stream.sentenceEnds),
        sentenceStates: Uint8Array.from(stream.sentenceStates),
      });
    });
    mergeInitialisms(index.initialisms, initialisms);
    for (const term of capitalized) index.capitalized.add(terms.get(term) ?? -1);
    index.articles.set(article.id, indexedArticle(article, vocabulary, attribution));
  }
  index.miniSearch.addAll(documents);
  index.averageSentenceLength = averageSentenceLength(paragraphs);
}

const REMOVED: Omit<ParagraphRef, "index"> = {
  articleId: "",
  terms: new Int32Array(0),
  sentenceEnds: new Uint32Array(0),
  sentenceStates: new Uint8Array(0),
};

function removeArticle(index: CorpusIndex, articleId: string): void {
  if (!index.articles.delete(articleId)) return;
  index.paragraphs.forEach((ref, id) => {
    if (ref.articleId !== articleId) return;
    for (const term of new Set(ref.terms)) index.documentFrequency[term] = (index.documentFrequency[term] ?? 1) - 1;
    index.miniSearch.discard(id);
    index.paragraphs[id] = { ...REMOVED, index: ref.index };
  });
  index.averageSentenceLength = averageSentenceLength(index.paragraphs);
}

function averageSentenceLength(paragraphs: readonly ParagraphRef[]): number {
  let sentences = 0;
  let terms = 0;
  for (const ref of paragraphs) {
    sentences += ref.sentenceEnds.length;
    terms += ref.terms.length;
  }
  return sentences > 0 ? terms / sentences : 1;
}

/**
 * A paragraph's {@link termStream}, noting the initialisms it spells out in `initialisms` and the terms of
 * its capitalized words in `capitalized`. A fault on its text is its article's error, at the paragraph's line.
 */
function paragraphTerms(
  file: string,
  paragraph: Paragraph,
  initialisms: Initialisms,
  capitalized: Set<string>,
): ReturnType<typeof termStream> {
  try {
    const tokens = tokenize(paragraph.text);
    initialismsOf(paragraph.text, tokens, initialisms);
    for (const token of tokens)
      if (/^\p{Lu}/u.test(token.surface)) for (const term of token.terms) capitalized.add(term);
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
  const total = index.miniSearch.documentCount;
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
