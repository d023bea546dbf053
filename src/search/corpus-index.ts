import type { ArticleAttribution } from "../attribution/types.ts";
import { articleFault } from "../corpus/errors.ts";
import type { Article, Paragraph } from "../corpus/types.ts";
import { type Token, tokenize } from "../text/analyzer.ts";
import { statesOf } from "../text/answer-type.ts";
import { type Initialisms, initialismsOf, mergeInitialisms } from "../text/initialisms.ts";
import { ParagraphSearch } from "./paragraph-search.ts";

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
  /**
   * The id of every term of the article, its headline's included, once each: what it does not mention
   * when a search is limited to it.
   */
  terms: Int32Array;
  /** The ids of its headline's terms, once each: the context of every paragraph of the article. */
  headline: Int32Array;
  /**
   * Its headline's tokens, worked out the first time they are read, and kept: a verdict reads them for each
   * passage of the article a question's name is looked for in (`Judge`), question after question.
   */
  readonly headlineTokens: readonly Token[];
}

/** An indexed article whose attribution is given, or worked out by `attribute` when first read. */
export function indexedArticle(
  article: Article,
  terms: Int32Array,
  headline: Int32Array,
  attribution: ArticleAttribution | Attributor,
): IndexedArticle {
  let done = typeof attribution === "function" ? undefined : attribution;
  let headlineTokens: readonly Token[] | undefined;
  return {
    article,
    terms,
    headline,
    get headlineTokens() {
      headlineTokens ??= tokenize(article.title);
      return headlineTokens;
    },
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
  /** By term id, how many articles' headlines hold the term: a term only a headline holds is still the corpus's. */
  headlineFrequency: number[];
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
 * `attribute` runs on an article when its attribution is first read. A large corpus builds faster
 * through `buildCorpusIndex` (search/parallel-build.ts), which works out the terms in a worker thread.
 */
export function buildIndex(articles: Article[], attribute: Attributor): CorpusIndex {
  const index = emptyIndex();
  // Analysed one article at a time as they are added: a whole corpus's terms at once would double what
  // a build holds.
  addAnalyzed(
    index,
    (function* () {
      for (const article of articles) yield { article, attribution: attribute, terms: articleTerms(article) };
    })(),
  );
  return index;
}

/** An index of no paragraphs, for `addAnalyzed` to fill. */
export function emptyIndex(): CorpusIndex {
  return {
    articles: new Map(),
    paragraphs: [],
    miniSearch: new ParagraphSearch(),
    terms: new Map(),
    documentFrequency: [],
    headlineFrequency: [],
    averageSentenceLength: 1,
    initialisms: new Map(),
    capitalized: new Set(),
  };
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
  const analyzed = change.added.map((added) => ({ ...added, terms: articleTerms(added.article) }));
  for (const id of change.removed) removeArticle(index, id);
  addAnalyzed(index, analyzed);
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

/** Whether any paragraph or headline of the index, or of `article` where given, holds `term`. */
export function holdsTerm(index: CorpusIndex, term: string, article?: IndexedArticle): boolean {
  const id = index.terms.get(term);
  if (id === undefined) return false;
  if (article) return article.terms.includes(id);
  return (index.documentFrequency[id] ?? 0) > 0 || (index.headlineFrequency[id] ?? 0) > 0;
}

function attributed(article: Article, attribute: Attributor): ArticleAttribution {
  try {
    return attribute(article);
  } catch (error) {
    throw articleFault(article.file, error);
  }
}

/**
 * An article's terms as the index takes them: plain data, so that a worker thread can work them out
 * (search/analyze-worker.ts). `vocabulary` holds each of its terms once, in order of first use; each
 * paragraph has its terms in reading order, joined by spaces as MiniSearch takes them and as indexes into
 * `vocabulary`, where each of its sentences ends among them and each sentence's states. Then the
 * headline's terms (indexes into `vocabulary`, once each), the initialisms the article spells out and the
 * terms of its capitalized words.
 */
export interface ArticleTerms {
  vocabulary: string[];
  paragraphs: Array<{ terms: string; termIds: Int32Array; sentenceEnds: Uint32Array; sentenceStates: Uint8Array }>;
  headline: Int32Array;
  initialisms: Initialisms;
  capitalized: string[];
}

/** An article, its attribution or how to work it out, and its terms: what `addAnalyzed` adds. */
export interface AnalyzedArticle {
  article: Article;
  attribution: ArticleAttribution | Attributor;
  terms: ArticleTerms;
}

/**
 * An article's {@link ArticleTerms}: all of indexing that can fail on its text, and most of what a build
 * costs. A fault is the article's error, at the paragraph's line.
 */
export function articleTerms(article: Article): ArticleTerms {
  const local = new Map<string, number>();
  const initialisms: Initialisms = new Map();
  const capitalized = new Set<string>();
  const paragraphs = article.paragraphs.map((paragraph) => {
    try {
      const tokens = tokenize(paragraph.text);
      initialismsOf(paragraph.text, tokens, initialisms);
      for (const token of tokens)
        if (/^\p{Lu}/u.test(token.surface)) for (const term of token.terms) capitalized.add(term);
      const stream = termStream(paragraph, tokens);
      const termIds = new Int32Array(stream.terms.length);
      stream.terms.forEach((term, i) => {
        termIds[i] = idOf(local, term);
      });
      return {
        terms: stream.terms.join(" "),
        termIds,
        sentenceEnds: Uint32Array.from(stream.sentenceEnds),
        sentenceStates: Uint8Array.from(stream.sentenceStates),
      };
    } catch (error) {
      throw articleFault(article.file, error, paragraph.line);
    }
  });
  const headline = new Set(tokenize(article.title).flatMap((token) => token.terms.map((term) => idOf(local, term))));
  return {
    vocabulary: [...local.keys()],
    paragraphs,
    headline: Int32Array.from(headline),
    initialisms,
    capitalized: [...capitalized],
  };
}

/**
 * Adds analysed articles to the index: each new term gets the next id (in order of first use, so that the
 * same articles in the same order give the same ids however they were analysed) and MiniSearch the
 * paragraphs. Each paragraph's `termIds` become the index's term ids in place, and the index keeps them.
 */
export function addAnalyzed(index: CorpusIndex, articles: Iterable<AnalyzedArticle>): void {
  const { terms: ids, documentFrequency: frequency, headlineFrequency, paragraphs, miniSearch } = index;
  for (const { article, attribution, terms } of articles) {
    const global = new Int32Array(terms.vocabulary.length);
    terms.vocabulary.forEach((term, local) => {
      global[local] = idOf(ids, term);
    });
    while (frequency.length < ids.size) frequency.push(0);
    while (headlineFrequency.length < ids.size) headlineFrequency.push(0);
    const headline = terms.headline.map((local) => global[local] as number);
    for (const termId of headline) headlineFrequency[termId] = (headlineFrequency[termId] ?? 0) + 1;
    // By article term, 1 + the last paragraph whose terms counted it: a term counts once per paragraph.
    const countedIn = new Int32Array(global.length);
    terms.paragraphs.forEach(({ terms: joined, termIds, sentenceEnds, sentenceStates }, paragraphIndex) => {
      const id = paragraphs.length;
      for (let i = 0; i < termIds.length; i += 1) {
        const local = termIds[i] as number;
        const termId = global[local] as number;
        termIds[i] = termId;
        if (countedIn[local] === id + 1) continue;
        countedIn[local] = id + 1;
        frequency[termId] = (frequency[termId] ?? 0) + 1;
      }
      miniSearch.add({ id, terms: joined });
      paragraphs.push({ articleId: article.id, index: paragraphIndex, terms: termIds, sentenceEnds, sentenceStates });
    });
    mergeInitialisms(index.initialisms, terms.initialisms);
    for (const term of terms.capitalized) index.capitalized.add(ids.get(term) ?? -1);
    index.articles.set(article.id, indexedArticle(article, global, headline, attribution));
  }
  index.averageSentenceLength = averageSentenceLength(paragraphs);
}

/** The id of `term` in `ids`, where a term not there yet gets the next one: ids in order of first use. */
function idOf(ids: Map<string, number>, term: string): number {
  let id = ids.get(term);
  if (id === undefined) {
    id = ids.size;
    ids.set(term, id);
  }
  return id;
}

const REMOVED: Omit<ParagraphRef, "index"> = {
  articleId: "",
  terms: new Int32Array(0),
  sentenceEnds: new Uint32Array(0),
  sentenceStates: new Uint8Array(0),
};

function removeArticle(index: CorpusIndex, articleId: string): void {
  const removed = index.articles.get(articleId);
  if (!removed) return;
  index.articles.delete(articleId);
  for (const term of removed.headline) index.headlineFrequency[term] = (index.headlineFrequency[term] ?? 1) - 1;
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
