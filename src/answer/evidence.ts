import type { Paragraph } from "../corpus/types.ts";
import { baseForms, isAdjectiveForm, isVerbForm } from "../lexicon/wordnet.ts";
import type { CorpusIndex, IndexedArticle, ParagraphRef } from "../search/corpus-index.ts";
import type { SentenceMatch } from "../search/rank.ts";
import { foldWord, type Token, tokenize, words } from "../text/analyzer.ts";
import { isProperName } from "../text/names.ts";
import type { QueryWord } from "../text/query.ts";
import { baseForm, lexiconTags } from "../text/word-tables.ts";
import { type Bridge, meaningTest, relatedTerms } from "./bridge.ts";
import { opposes } from "./contrast.ts";
import type { QuoteSpan } from "./quote.ts";
import { HEADLINE_CREDIT, type Refusal } from "./tuning.ts";

/** A query word as answering weighs it: its rarity, times its boost. */
export interface Weighed {
  word: QueryWord;
  /** How much more than its rarity it counts in ranking (`boostOf`). */
  boost: number;
  weight: number;
  /** Whether the corpus (or the chosen article) uses any of its terms. */
  known: boolean;
  bridges: Bridge[];
}

/** A passage that holds enough of the question, before the best are chosen. */
export interface Candidate {
  /** Its paragraph's id in `CorpusIndex.paragraphs`. */
  id: number;
  indexed: IndexedArticle;
  /** The paragraph's index in its article. */
  index: number;
  span: QuoteSpan;
  /** The quote at `span`. */
  quote: Tokenized;
  /** The whole paragraph. */
  paragraph: Tokenized;
  score: number;
  found: Map<Weighed, number>;
  /** Whether its quote holds the kind of answer the question asks for (always, when it asks for none). */
  held: boolean;
  /** Ranking's evidence for each of its sentences. */
  sentences: SentenceMatch[];
  /** Read past the `limit` passages shown, for a clash below them (`VERDICT.claimReads`). */
  extra: boolean;
}

/**
 * Which query words a paragraph holds, and at what credit: a word counts in full when its terms or a
 * same-word bridge are there, at `HEADLINE_CREDIT` when only its article's headline holds it (times a bridge's
 * credit, for a bridge the headline holds), at
 * `relatedCredit` when a related word is. Read from the paragraph's stored term ids; its words are read
 * only when a word the corpus lacks is looked for by meaning, which is only where the words found weigh
 * less than `needed`: a word found by meaning counts toward the relevance floor and nowhere else (it has
 * no term to highlight, and `unmatched` still names it).
 */
export class Evidence {
  readonly #ids: Map<
    Weighed,
    {
      own: number[];
      bridges: Array<{ ids: number[]; credit: number }>;
      /** For a word the corpus lacks: whether a passage word means nearly the same. */
      near?: (surface: string) => boolean;
    }
  >;
  readonly #tuning: Refusal;
  readonly #index: CorpusIndex;
  readonly #inArticles = new Map<IndexedArticle, Map<Weighed, boolean>>();
  /** `knownByMeaning`'s test for each word, made on first use (null where it is no noun or the embeddings lack it). */
  readonly #knownNear = new Map<Weighed, ((surface: string) => boolean) | null>();
  /** The terms of every query word. */
  readonly #queryTerms: ReadonlySet<string>;
  /** The ids of terms `paragraphHolds` is asked about, by the list asked with (-1 for a term the index lacks). */
  readonly #termIds = new WeakMap<readonly string[], readonly number[]>();

  constructor(
    index: CorpusIndex,
    focus: Weighed[],
    tuning: Refusal,
    private readonly phrasal = new Map<QueryWord, ReadonlySet<string>>(),
  ) {
    this.#index = index;
    const ids = (terms: readonly string[]) => terms.map((term) => index.terms.get(term) ?? -1);
    this.#ids = new Map(
      focus.map((w) => {
        const near = w.known ? undefined : meaningTest(w.word, tuning);
        return [
          w,
          {
            own: ids(w.word.terms),
            bridges: w.bridges.map((b) => ({ ids: ids(b.terms), credit: b.credit })),
            ...(near && { near }),
          },
        ];
      }),
    );
    this.#tuning = tuning;
    this.#queryTerms = new Set(focus.flatMap((w) => w.word.terms));
  }

  of(ref: ParagraphRef, paragraph: Paragraph, needed: number): Map<Weighed, number> {
    // Read in place: a set of the paragraph's terms, made for each of the candidates, cost more than the few
    // query ids looked for in it.
    const has = (id: number) => ref.terms.includes(id);
    const headline = this.#index.articles.get(ref.articleId)?.headline ?? new Int32Array(0);
    const found = new Map<Weighed, number>();
    for (const [w, entry] of this.#ids) {
      const credit = paragraphCredit(entry, has, (id) => headline.includes(id));
      if (credit > 0) found.set(w, credit);
    }
    if (weigh(found) >= needed) return found;
    let surfaces: string[] | undefined;
    for (const [w, { near }] of this.#ids) {
      if (found.has(w) || !near) continue;
      surfaces ??= words(paragraph.text);
      if (surfaces.some(near)) found.set(w, this.#tuning.relatedCredit);
    }
    return found;
  }

  /** What a word found by meaning counts for. */
  get relatedCredit(): number {
    return this.#tuning.relatedCredit;
  }

  /** Credits in `found` the words the corpus lacks that a word of the quote means nearly the same as. */
  byMeaning(found: Map<Weighed, number>, quoteTokens: () => readonly Token[]): void {
    for (const [w, { near }] of this.#ids) {
      if (found.has(w) || !near) continue;
      if (quoteTokens().some((token) => near(token.surface))) found.set(w, this.#tuning.relatedCredit);
    }
  }

  /**
   * Credits in `found`, at `credit`, the words the corpus has that the quote says in a word the embeddings hold
   * to mean nearly the same ("walkout" for "strike", "destroyer" for "warship"), where WordNet relates them only
   * as a kind of the other, which its links here leave out. Only words WordNet has as nouns alone: they name
   * things, whose neighbours are kinds of the same thing, where a verb's or an adjective's are most often other
   * events or qualities ("won" near "lost", "old" near "young"). Not names; not by a word's antonym, nor by a
   * word of the query itself, which says that word ("deals" is near "companies"). For a claim's words only, and
   * only where the rest falls short: the embeddings cost most of a verdict.
   */
  knownByMeaning(found: Map<Weighed, number>, quoteTokens: () => readonly Token[], credit: number): void {
    for (const w of this.#ids.keys()) {
      if (found.has(w) || !w.known || w.word.name) continue;
      let near = this.#knownNear.get(w);
      if (near === undefined) {
        // An irregular form is read as its lemma: "went" is "go".
        const folded = baseForm(foldWord(w.word.surface));
        const noun = !isAdjectiveForm(folded) && !isVerbForm(folded);
        near = (noun && meaningTest(w.word, this.#tuning)) || null;
        this.#knownNear.set(w, near);
      }
      if (near === null) continue;
      const opposed = opposes(w.word.surface);
      const other = (token: Token) =>
        token.terms.length > 0 && !token.terms.some((t) => this.#queryTerms.has(t)) && !opposed(token.surface);
      if (quoteTokens().some((token) => other(token) && near(token.surface))) found.set(w, credit);
    }
  }

  /** Whether an article holds a query word, by its own terms or a bridge; remembered, as passages share articles. */
  inArticle(w: Weighed, indexed: IndexedArticle): boolean {
    let held = this.#inArticles.get(indexed)?.get(w);
    if (held === undefined) {
      const entry = this.#ids.get(w);
      const has = (id: number) => indexed.terms.includes(id);
      held = entry !== undefined && (entry.own.some(has) || entry.bridges.some((bridge) => bridge.ids.every(has)));
      const known = this.#inArticles.get(indexed) ?? new Map<Weighed, boolean>();
      known.set(w, held);
      this.#inArticles.set(indexed, known);
    }
    return held;
  }

  /**
   * Whether the paragraph at `paragraph` in a candidate's article holds any of `terms`, read from its stored
   * terms rather than its text; true where those cannot be found, so that a caller reads the text then.
   */
  paragraphHolds(c: Pick<Candidate, "id" | "index" | "indexed">, paragraph: number, terms: readonly string[]): boolean {
    // An article's paragraphs take consecutive ids as they are added (`addAnalyzed`); checked, not assumed.
    const ref = this.#index.paragraphs[c.id - c.index + paragraph];
    if (ref?.articleId !== c.indexed.article.id || ref.index !== paragraph) return true;
    let ids = this.#termIds.get(terms);
    if (!ids) {
      ids = terms.map((term) => this.#index.terms.get(term) ?? -1);
      this.#termIds.set(terms, ids);
    }
    return ids.some((id) => id >= 0 && ref.terms.includes(id));
  }

  /**
   * The same for the quote alone: from ranking's per-sentence term counts, and for a word the corpus has, a
   * word of the quote that WordNet relates to it, at `paraphraseCredit` (0: not looked for). Words found by
   * meaning are added by `byMeaning`, where needed.
   */
  inQuote(
    { sentences, span }: Pick<Candidate, "sentences" | "span">,
    quoteTokens: () => readonly Token[],
    paraphraseCredit: number,
  ): Map<Weighed, number> {
    const held = new Set<number>();
    for (const sentence of sentences.slice(span.first, span.last + 1))
      for (const id of sentence.counts.keys()) held.add(id);
    const has = (id: number) => held.has(id);
    const found = new Map<Weighed, number>();
    let terms: Set<string> | undefined;
    for (const [w, entry] of this.#ids) {
      let credit = entry.own.some(has) ? 1 : 0;
      for (const bridge of entry.bridges) if (bridge.ids.every(has)) credit = Math.max(credit, bridge.credit);
      // A word the corpus has, said otherwise in this quote ("backing" where it says "supported"): bridges
      // are only made for words the corpus lacks, which rank; this only weighs.
      if (credit === 0 && paraphraseCredit > 0 && w.known && !w.word.name) {
        terms ??= new Set(quoteTokens().flatMap((token) => token.terms));
        const said = [...relatedTerms(w.word.surface), ...(this.phrasal.get(w.word) ?? [])];
        if (said.some((term) => terms?.has(term))) credit = paraphraseCredit;
      }
      if (credit > 0) found.set(w, credit);
    }
    return found;
  }
}

/**
 * A text and its tokens, read the first time they are asked for: the test of the answer's kind, the verdict and
 * the highlights read the same quote, and the steps of a clash the same paragraph; tokenizing each again was a
 * fifth of answering.
 */
export interface Tokenized {
  text: string;
  tokens(): readonly Token[];
}

/** `text` as a {@link Tokenized}. */
export function tokenized(text: string): Tokenized {
  let tokens: readonly Token[] | undefined;
  return {
    text,
    tokens: () => {
      tokens ??= tokenize(text);
      return tokens;
    },
  };
}

/**
 * What a query word's terms (`own`) or bridges count for in a paragraph (`has`), or else in its article's
 * headline (`inHeadline`), at `HEADLINE_CREDIT` of their credit there: a word the headline holds in other words
 * ("go on strike" for "strikers") is its article's context as the word itself is.
 */
function paragraphCredit(
  entry: { own: readonly number[]; bridges: ReadonlyArray<{ ids: readonly number[]; credit: number }> },
  has: (id: number) => boolean,
  inHeadline: (id: number) => boolean,
): number {
  let credit = entry.own.some(has) ? 1 : entry.own.some(inHeadline) ? HEADLINE_CREDIT : 0;
  for (const bridge of entry.bridges) {
    if (bridge.ids.every(has)) credit = Math.max(credit, bridge.credit);
    else if (bridge.ids.every(inHeadline)) credit = Math.max(credit, bridge.credit * HEADLINE_CREDIT);
  }
  return credit;
}

export function weigh(found: Map<Weighed, number>): number {
  let sum = 0;
  for (const [w, credit] of found) sum += credit * w.weight;
  return sum;
}

/** The sentences of a candidate's quote, each with its tokens and who the article says says it. */
export function quotedSentences(c: Candidate, paragraph: Paragraph | undefined) {
  const sentences = [];
  for (let s = c.span.first; s <= c.span.last; s += 1) {
    const sentence = paragraph?.sentences[s];
    if (!paragraph || !sentence) continue;
    const text = paragraph.text.slice(sentence.start, sentence.end);
    sentences.push({ text, tokens: tokenize(text), attribution: c.indexed.attribution[c.index]?.[s] ?? [] });
  }
  return sentences;
}

export function creditOf(found: Map<Weighed, number>, word: Weighed | undefined): number {
  return word === undefined ? 0 : (found.get(word) ?? 0);
}

/**
 * Whether a query word names someone or something: it looks like a name, or it is capitalized and
 * compromise's lexicon does not know it (a name that opens a claim: "Rollo converted ..."; WordNet lists
 * Rollo), or no dictionary knows it (a name in lower case: "al-Muhandis").
 */
export function namesSomething(word: QueryWord): boolean {
  if (word.name || isProperName(word)) return true;
  const folded = foldWord(word.surface);
  if (lexiconTags(folded).length > 0 || /^\p{N}/u.test(folded)) return false;
  return /^\p{Lu}/u.test(word.surface) || baseForms(folded).length === 0;
}

/** A query word as the user wrote it, less a possessive ("Libya’s" -> "Libya"). */
export function asWritten(w: Weighed): string {
  return w.word.surface.replace(/['’]s?$/u, "");
}
