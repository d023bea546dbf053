import { creditedFor, mergeAttributions } from "../attribution/sources.ts";
import type { Attribution } from "../attribution/types.ts";
import type { Paragraph } from "../corpus/types.ts";
import {
  type CorpusIndex,
  holdsTerm,
  type IndexedArticle,
  type ParagraphRef,
  termWeight,
} from "../search/corpus-index.ts";
import { queryWeights, type RankTerm, rankParagraphs } from "../search/rank.ts";
import { foldWord, tokenize, words } from "../text/analyzer.ts";
import { type AnswerType, holdsNewName, STATES, wantedType } from "../text/answer-type.ts";
import { type QueryWord, queryWords, quotedPhrases, withoutNoise } from "../text/query.ts";
import { lexiconTags } from "../text/word-tables.ts";
import { type Bridge, bridgeMissing, isFiller, meaningTest } from "./bridge.ts";
import { type QuoteSpan, selectQuote } from "./quote.ts";
import {
  CANDIDATES,
  DEFAULT_LIMIT,
  NAME_BOOST,
  REFUSAL,
  type Refusal,
  rankSettings,
  TYPE_PREFERENCE,
} from "./tuning.ts";
import type { Answer, AnswerOptions, Passage, QuotedSentence } from "./types.ts";

/** A question or claim that cannot be searched as asked, such as an unknown article id. */
export class QueryError extends Error {
  override name = "QueryError";
}

/** A query word as answering weighs it: its rarity, times its boost. */
interface Weighed {
  word: QueryWord;
  /** How much more than its rarity it counts in ranking (`boostOf`). */
  boost: number;
  weight: number;
  /** Whether the corpus (or the chosen article) uses any of its terms. */
  known: boolean;
  bridges: Bridge[];
}

/**
 * The passages that answer a question (`ask`) or make a claim (`sources`), best first, each with who the
 * article attributes it to; or `no_match` where the corpus does not say it. `tuning` is for
 * `npm run sweep`, which tries other refusal knobs; every other caller takes the defaults.
 */
export function answer(
  index: CorpusIndex,
  query: string,
  options: AnswerOptions = {},
  tuning: Refusal = REFUSAL,
): Answer {
  const kind = options.kind ?? "ask";
  const scope = scopeOf(index, options.article);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const known = (term: string) => holdsTerm(index, term, scope);
  const words = queryWords(query).map((word) => {
    const boost = boostOf(word);
    return {
      word,
      boost,
      weight: Math.max(...word.terms.map((term) => termWeight(index, term))) * boost,
      known: word.terms.some(known),
    };
  });
  const bridges = bridgeMissing(
    index,
    words.filter((w) => !w.known).map((w) => w.word),
    known,
    tuning,
  );
  const focus: Weighed[] = words.map((w) => ({ ...w, bridges: bridges.get(w.word) ?? [] }));
  const noMatch = (): Answer => ({
    query,
    kind,
    status: "no_match",
    unmatched: unmatched(focus, new Map()),
    results: [],
  });
  if (focus.length === 0) return noMatch();
  // A name the corpus lacks is about someone or somewhere else, unless it is written otherwise there
  // (initials, spelling, WordNet's "UK" for "Britain"); the embeddings' neighbours are other names.
  if (focus.some((w) => w.word.name && !w.known && w.bridges.length === 0)) return noMatch();

  const rankTerms = new Map<string, RankTerm>();
  for (const w of focus) {
    if (w.known) for (const term of w.word.terms) rankTerms.set(term, { boost: w.boost });
    for (const bridge of w.bridges) {
      for (const term of bridge.terms) if (!rankTerms.has(term)) rankTerms.set(term, { boost: bridge.credit });
    }
  }
  const inScope = (id: number) => {
    const ref = index.paragraphs[id];
    return ref !== undefined && (!scope || ref.articleId === scope.article.id) && index.articles.has(ref.articleId);
  };
  const weights = queryWeights(index, rankTerms);
  const wanted = tuning.answerType && kind === "ask" ? wantedType(withoutNoise(query)) : undefined;
  const evidence = new Evidence(index, focus, tuning);
  const total = focus.reduce((sum, w) => sum + w.weight, 0);
  const kept: Candidate[] = [];
  let heldCount = 0;
  for (const hit of rankParagraphs(index, rankTerms, rankSettings(CANDIDATES), inScope, quotedPhrases(query))) {
    const ref = index.paragraphs[hit.id];
    const indexed = ref && index.articles.get(ref.articleId);
    const paragraph = ref && indexed?.article.paragraphs[ref.index];
    if (!ref || !indexed || !paragraph) continue;
    const found = evidence.of(ref, paragraph, tuning.minCoverage * total);
    if (weigh(found) < tuning.minCoverage * total) continue;
    const span = selectQuote(
      paragraph,
      hit.sentences.map((sentence) => sentence.counts),
      (id) => weights.get(id) ?? 0,
      hit.sentence,
    );
    const held = wanted === undefined || holds(wanted, ref, span, paragraph, focus);
    kept.push({ indexed, index: ref.index, span, score: hit.score, found, held });
    if (held) heldCount += 1;
    // Hits come best first, so nothing after `limit` passages that hold the answer's kind can pass them.
    if (heldCount >= limit) break;
  }
  // "How many died?" is not answered where no passage holds a number; where some do, they come first
  // unless another passage matches the question that much better (TYPE_PREFERENCE).
  if (heldCount === 0) return noMatch();
  const order = (c: Candidate) => (c.held ? c.score : c.score * TYPE_PREFERENCE);
  const chosen = kept.sort((a, b) => order(b) - order(a)).slice(0, limit);
  const results = chosen.map((c) => passage(c.indexed, c.index, c.span, c.score, c.found));
  const shown = chosen[0]?.found ?? new Map<Weighed, number>();
  return { query, kind, status: "ok", unmatched: unmatched(focus, shown), results };
}

/** A passage that holds enough of the question, before the best are chosen. */
interface Candidate {
  indexed: IndexedArticle;
  /** The paragraph's index in its article. */
  index: number;
  span: QuoteSpan;
  score: number;
  found: Map<Weighed, number>;
  /** Whether its quote holds the kind of answer the question asks for (always, when it asks for none). */
  held: boolean;
}

/**
 * `NAME_BOOST` for a name, 1 for any other word. A people's adjective ("Russian bases") describes what the
 * question is about rather than naming it: it counts as a name for refusal, not for the boost.
 */
function boostOf(word: QueryWord): number {
  return word.name && !lexiconTags(foldWord(word.surface)).includes("Demonym") ? NAME_BOOST : 1;
}

/**
 * Which query words a paragraph holds, and at what credit: a word counts in full when its terms or a
 * same-word bridge are there, at `relatedCredit` when a related word is. Read from the paragraph's
 * stored term ids; its words are read only when a word the corpus lacks is looked for by meaning, which
 * is only where the words found weigh less than `needed`: a word found by meaning counts toward the
 * relevance floor and nowhere else (it has no term to highlight, and `unmatched` still names it).
 */
class Evidence {
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

  constructor(index: CorpusIndex, focus: Weighed[], tuning: Refusal) {
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
  }

  of(ref: ParagraphRef, paragraph: Paragraph, needed: number): Map<Weighed, number> {
    const held = new Set(ref.terms);
    const has = (id: number) => held.has(id);
    const found = new Map<Weighed, number>();
    for (const [w, entry] of this.#ids) {
      let credit = entry.own.some(has) ? 1 : 0;
      for (const bridge of entry.bridges) if (bridge.ids.every(has)) credit = Math.max(credit, bridge.credit);
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
}

function weigh(found: Map<Weighed, number>): number {
  let sum = 0;
  for (const [w, credit] of found) sum += credit * w.weight;
  return sum;
}

/** Whether the quote holds the kind of answer asked for: by the sentences' stored states, or for a name by its words. */
function holds(
  wanted: AnswerType,
  ref: ParagraphRef,
  span: QuoteSpan,
  paragraph: Paragraph,
  focus: Weighed[],
): boolean {
  if (wanted === "name") {
    const quote = paragraph.text.slice(span.start, span.end);
    return holdsNewName(quote, tokenize(quote), new Set(focus.flatMap((w) => w.word.terms)));
  }
  for (let s = span.first; s <= span.last; s += 1)
    if (((ref.sentenceStates[s] ?? 0) & STATES[wanted]) !== 0) return true;
  return false;
}

/**
 * The query words that the corpus never uses, as the user wrote them, unless the answer found them
 * written otherwise (initials, spelling): a related word ("payout" for "compensation") may answer, but
 * the article still never mentions the word. Common words ("why", "else", "happen") are left out: they
 * say how a question is put, and "It never mentions why" tells a reader nothing.
 */
function unmatched(focus: Weighed[], found: Map<Weighed, number>): string[] {
  const seen = new Map<string, string>();
  for (const w of focus) {
    if (w.known || found.get(w) === 1 || (!w.word.name && isFiller(w.word))) continue;
    const surface = w.word.surface.replace(/['’]s?$/u, "");
    if (!seen.has(surface.toLowerCase())) seen.set(surface.toLowerCase(), surface);
  }
  return [...seen.values()];
}

/**
 * The sources a query names ("What does The Sun report?", "What did the British official say?"): the
 * question asks what they say, so they are credited though the words that matched are their own name and
 * cue rather than the clause they are credited with.
 */
function namedSources(attributions: Attribution[], asked: ReadonlySet<string>): Attribution[] {
  return attributions.filter((a) => tokenize(a.source).some((token) => token.terms.some((term) => asked.has(term))));
}

function scopeOf(index: CorpusIndex, articleId: string | undefined): IndexedArticle | undefined {
  if (articleId === undefined) return undefined;
  const article = index.articles.get(articleId);
  if (!article) throw new QueryError(`no article "${articleId}" in the corpus`);
  return article;
}

function passage(
  indexed: IndexedArticle,
  paragraphIndex: number,
  span: QuoteSpan,
  score: number,
  found: Map<Weighed, number>,
): Passage {
  const paragraph = indexed.article.paragraphs[paragraphIndex];
  if (!paragraph) throw new Error(`citebot: paragraph ${paragraphIndex} missing from ${indexed.article.id}`);
  // Tokens of the quote alone, so their offsets are the quote's: the highlights' own frame.
  const quoted = tokenize(paragraph.text.slice(span.start, span.end));
  const matched = new Set([...found.keys()].flatMap((w) => [...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]));
  const highlights = quoted
    .filter((token) => token.terms.some((term) => matched.has(term)))
    .map((token): [number, number] => [token.start, token.end]);
  // Each quoted sentence keeps its own sources; the quote as a whole is credited only to the sources
  // whose claim holds the words that matched ("which Putin referred to as a 'crusade'" is not the rest).
  const credited: Attribution[][] = [];
  const sentences: QuotedSentence[] = [];
  for (let s = span.first; s <= span.last; s += 1) {
    const sentence = paragraph.sentences[s];
    const own = indexed.attribution[paragraphIndex]?.[s] ?? [];
    if (!sentence) continue;
    const marks = highlights
      .map(([start, end]) => [start + span.start - sentence.start, end + span.start - sentence.start])
      .filter(([start = 0, end = 0]) => start >= 0 && end <= sentence.end - sentence.start);
    if (marks.length > 0) {
      credited.push(
        creditedFor(own, Math.min(...marks.map(([start = 0]) => start)), Math.max(...marks.map(([, end = 0]) => end))),
        namedSources(own, matched),
      );
    } else if (s === span.best) credited.push(own);
    sentences.push({
      start: sentence.start - span.start,
      end: sentence.end - span.start,
      attribution: mergeAttributions([own]),
    });
  }
  return {
    articleId: indexed.article.id,
    title: indexed.article.title,
    paragraph: paragraph.number,
    quote: paragraph.text.slice(span.start, span.end),
    text: paragraph.text,
    score: Math.round(score * 1000) / 1000,
    highlights,
    attribution: mergeAttributions(credited),
    sentences,
  };
}
