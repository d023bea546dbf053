import { creditedFor, mergeAttributions } from "../attribution/sources.ts";
import type { Attribution } from "../attribution/types.ts";
import {
  type CorpusIndex,
  holdsTerm,
  type IndexedArticle,
  type ParagraphRef,
  termWeight,
} from "../search/corpus-index.ts";
import { queryWeights, type RankTerm, rankParagraphs } from "../search/rank.ts";
import { foldWord, searchTerms, tokenize } from "../text/analyzer.ts";
import { type AnswerType, asksReason, holdsWho, STATES, wantedType } from "../text/answer-type.ts";
import { askedFor, asksExpansion } from "../text/asked.ts";
import { figuresIn } from "../text/numbers.ts";
import { type QueryWord, queryWords, quotedPhrases, withoutNoise } from "../text/query.ts";
import { lexiconTags } from "../text/word-tables.ts";
import { bridgeMissing, initials, isFiller, phrasalTerms } from "./bridge.ts";
import { quoteWithClash } from "./clash-quote.ts";
import type { ReadText } from "./contrast.ts";
import { asWritten, type Candidate, Evidence, type Tokenized, tokenized, type Weighed, weigh } from "./evidence.ts";
import { clashHedged, Judge, readPast } from "./judge.ts";
import { type QuoteSpan, selectQuote, statesFigure } from "./quote.ts";
import {
  CANDIDATES,
  DEFAULT_LIMIT,
  NAME_BOOST,
  PREDICATE_BOOST,
  REFUSAL,
  type Refusal,
  rankSettings,
  TYPE_PREFERENCE,
  VERDICT,
  type VerdictKnobs,
} from "./tuning.ts";
import type { Answer, AnswerOptions, Passage, QuotedSentence } from "./types.ts";
import { type Judged, replyOrder } from "./verdict.ts";

/** A question or claim that cannot be searched as asked, such as an unknown article id. */
export class QueryError extends Error {
  override name = "QueryError";
}

/**
 * The passages that answer a question (`ask`) or make a claim (`sources`), best first, each with who the
 * article attributes it to, and what each does for the query (its verdict); or `no_match` where the corpus
 * does not say it. `tuning` and `knobs` are for `npm run sweep`, which tries other refusal and verdict
 * knobs; every other caller takes the defaults.
 */
export function answer(
  index: CorpusIndex,
  query: string,
  options: AnswerOptions = {},
  tuning: Refusal = REFUSAL,
  knobs: VerdictKnobs = VERDICT,
): Answer {
  const kind = options.kind ?? "ask";
  const scope = scopeOf(index, options.article);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const known = (term: string) => holdsTerm(index, term, scope);
  // The query as every step reads it, noise blanked out (offsets kept) and tokenized once: six steps each
  // tokenized it again.
  const text = withoutNoise(query);
  const question: ReadText = { text, tokens: tokenize(text) };
  const words = queryWords(query, question.tokens).map((word) => {
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
    verdict: "no_match",
    unmatched: unmatched(focus, new Map()),
    results: [],
  });
  if (focus.length === 0) return noMatch();
  // A name the corpus lacks is about someone or somewhere else, unless it is written otherwise there
  // (initials, spelling, WordNet's "UK" for "Britain"); the embeddings' neighbours are other names. A claim
  // is still read for a passage that puts another name in its place ("Turkey set up bases" where Russia did).
  const absentName = focus.some(isAbsentName);
  if (absentName && kind === "ask") return noMatch();

  const wanted = tuning.answerType && kind === "ask" ? wantedType(text) : undefined;
  // A claim's phrase said in a word ("took off", "departed"); a question's words said otherwise are not looked for.
  const claimWords = kind === "sources" ? words.map((w) => w.word) : [];
  const phrasal = phrasalTerms(text, claimWords, question.tokens);
  const evidence = new Evidence(index, focus, tuning, phrasal);
  // A claim whose name the corpus lacks is read for a passage that puts another in its place: what it must
  // hold is the rest of it.
  const total = focus.reduce((sum, w) => sum + (absentName && isAbsentName(w) ? 0 : w.weight), 0);
  const kept: Candidate[] = [];
  let heldCount = 0;
  // The query's terms, which a name in the quote must not be to answer "who": one set for every passage.
  const focusTerms: ReadonlySet<string> = new Set(focus.flatMap((w) => w.word.terms));
  // A claim's figures: a quote is drawn to the sentence that states them (`selectQuote`).
  const claimFigures = kind === "sources" ? figuresIn(text, question.tokens) : [];
  const asked = tuning.answerType && kind === "ask" ? askedFor(text) : undefined;
  const judge = new Judge(question, kind, focus, evidence, knobs, asked, claimFigures);
  const rankTerms = new Map<string, RankTerm>();
  const expansion = kind === "ask" && asksExpansion(text);
  for (const w of focus) {
    // A question's predicate says what is asked of its names ("Which houses does Macmillan own?"): `PREDICATE_BOOST`.
    const boost = w === judge.questionPredicate ? w.boost * PREDICATE_BOOST : w.boost;
    if (w.known) for (const term of searchTerms(w.word)) rankTerms.set(term, { boost });
    // "What does HAMR stand for?" is answered where the article spells the initials out, which it also writes.
    const bridges = w.known && expansion ? [...w.bridges, ...initials(index, w.word)] : w.bridges;
    for (const bridge of bridges) {
      for (const term of bridge.terms) if (!rankTerms.has(term)) rankTerms.set(term, { boost: bridge.credit });
    }
  }
  const inScope = (id: number) => {
    const ref = index.paragraphs[id];
    return ref !== undefined && (!scope || ref.articleId === scope.article.id) && index.articles.has(ref.articleId);
  };
  const weights = queryWeights(index, rankTerms);
  // A claim reads a few passages past those shown, where a clash ranked below them would come first
  // (`knobs.claimReads`); a question that asks someone's age or a time of day reads every passage ranking
  // offers in the best passage's article, for the one that gives it (`answerAfter`).
  const reads = kind === "sources" ? knobs.claimReads : judge.readsOn ? CANDIDATES : 0;
  const settings = rankSettings(CANDIDATES, wanted, kind === "ask" && asksReason(text));
  for (const hit of rankParagraphs(index, rankTerms, settings, inScope, quotedPhrases(query))) {
    const ref = index.paragraphs[hit.id];
    const indexed = ref && index.articles.get(ref.articleId);
    const paragraph = ref && indexed?.article.paragraphs[ref.index];
    if (!ref || !indexed || !paragraph) continue;
    const found = evidence.of(ref, paragraph, tuning.minCoverage * total);
    if (weigh(found) < tuning.minCoverage * total) continue;
    // Past the `limit` shown, a claim reads on only in the best passage's article: a clash from another story
    // ranked that low is most often about something else.
    if (heldCount >= limit && ref.articleId !== kept[0]?.indexed.article.id) continue;
    const span = selectQuote(
      paragraph,
      hit.sentences.map((sentence) => sentence.counts),
      (id) => weights.get(id) ?? 0,
      hit.sentence,
      statesFigure(paragraph, claimFigures),
    );
    const quote = tokenized(paragraph.text.slice(span.start, span.end));
    const held = wanted === undefined || holds(wanted, ref, span, quote, focusTerms);
    const extra = heldCount >= limit;
    kept.push({
      id: hit.id,
      indexed,
      index: ref.index,
      span,
      quote,
      paragraph: tokenized(paragraph.text),
      score: hit.score,
      found,
      held,
      sentences: hit.sentences,
      extra,
    });
    if (held) heldCount += 1;
    // Hits come best first, so nothing after `limit` passages that hold the answer's kind can pass them.
    if (heldCount >= limit + reads) break;
  }
  // "How many died?" is not answered where no passage holds a number; where some do, they come first
  // unless another passage matches the question that much better (TYPE_PREFERENCE).
  if (heldCount === 0) return noMatch();
  const ordering = kept.map((c) => ({
    c,
    score: c.held ? c.score : c.score * TYPE_PREFERENCE,
    article: c.indexed.article.id,
    extra: c.extra,
  }));
  const { verdict, shown } = replyOrder(
    kind,
    ordering,
    ({ c }) => (kind === "sources" ? readPast(c.extra, judge.of(c)) : judge.of(c)),
    knobs,
    limit,
    ({ c }, judged) => clashHedged(c, judged),
  );
  if (absentName && verdict !== "contradicts") return noMatch();
  const results = shown.map(
    ({ candidate: { c }, judged: { lacksOnlyAnswer, lacksFigure, lacksPredicate, plainly, ...judged } }) => {
      const paragraph = c.indexed.article.paragraphs[c.index];
      const clash = judged.contrast && paragraph && quoteWithClash(paragraph, c.span, judged.contrast);
      const shownQuote = clash
        ? { span: clash.span, quote: tokenized(paragraph.text.slice(clash.span.start, clash.span.end)) }
        : c;
      return {
        ...passage(c.indexed, c.index, shownQuote, c.score, c.found),
        ...judged,
        ...(clash && { contrast: clash.contrast }),
      };
    },
  );
  const first = shown[0]?.candidate.c.found ?? new Map<Weighed, number>();
  return { query, kind, status: "ok", verdict, unmatched: unmatched(focus, first), results };
}

/**
 * `NAME_BOOST` for a name, 1 for any other word. A people's adjective ("Russian bases") describes what the
 * question is about rather than naming it: it counts as a name for refusal, not for the boost.
 */
function boostOf(word: QueryWord): number {
  return word.name && !lexiconTags(foldWord(word.surface)).includes("Demonym") ? NAME_BOOST : 1;
}

/**
 * Whether the quote holds the kind of answer asked for: by the sentences' stored states, or for a name by its words
 * other than the query's (`focusTerms`).
 */
function holds(
  wanted: AnswerType,
  ref: ParagraphRef,
  span: QuoteSpan,
  quote: Tokenized,
  focusTerms: ReadonlySet<string>,
): boolean {
  if (wanted === "name" || wanted === "identity") return holdsWho(wanted, quote.text, quote.tokens(), focusTerms);
  for (let s = span.first; s <= span.last; s += 1)
    if (((ref.sentenceStates[s] ?? 0) & STATES[wanted]) !== 0) return true;
  return false;
}

/** A name the corpus (or the chosen article) lacks in any form. */
function isAbsentName(w: Omit<Weighed, "boost" | "weight">): boolean {
  return w.word.name && !w.known && w.bridges.length === 0;
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
    const surface = asWritten(w);
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
  { span, quote }: { span: QuoteSpan; quote: Tokenized },
  score: number,
  found: Map<Weighed, number>,
): Omit<Passage, keyof Judged> {
  const paragraph = indexed.article.paragraphs[paragraphIndex];
  if (!paragraph) throw new Error(`citebot: paragraph ${paragraphIndex} missing from ${indexed.article.id}`);
  // Tokens of the quote alone, so their offsets are the quote's: the highlights' own frame.
  const matched = new Set([...found.keys()].flatMap((w) => [...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]));
  const highlights = quote
    .tokens()
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
    quote: quote.text,
    text: paragraph.text,
    score: Math.round(score * 1000) / 1000,
    highlights,
    attribution: mergeAttributions(credited),
    sentences,
  };
}
