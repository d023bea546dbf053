import { hedgeWords } from "../attribution/hedges.ts";
import { creditedFor, mergeAttributions } from "../attribution/sources.ts";
import type { Attribution } from "../attribution/types.ts";
import type { Paragraph } from "../corpus/types.ts";
import { baseForms } from "../lexicon/wordnet.ts";
import {
  type CorpusIndex,
  holdsTerm,
  type IndexedArticle,
  type ParagraphRef,
  termWeight,
} from "../search/corpus-index.ts";
import { queryWeights, type RankTerm, rankParagraphs, type SentenceMatch } from "../search/rank.ts";
import { foldWord, type Token, tokenize, words } from "../text/analyzer.ts";
import { type AnswerType, holdsWho, STATES, wantedType } from "../text/answer-type.ts";
import { type Asked, askedFor } from "../text/asked.ts";
import { isProperName } from "../text/names.ts";
import { isNegator } from "../text/negation.ts";
import { type Figure, figuresIn } from "../text/numbers.ts";
import { type QueryWord, queryWords, quotedPhrases, withoutNoise } from "../text/query.ts";
import { lexiconTags } from "../text/word-tables.ts";
import { type Bridge, bridgeMissing, isFiller, meaningTest, phrasalTerms, relatedTerms } from "./bridge.ts";
import { type ClaimClause, readClaim } from "./claim-clause.ts";
import { quoteWithClash } from "./clash-quote.ts";
import { type ContrastInput, clashElsewhere, contrastOf, type ReadText } from "./contrast.ts";
import { placeRoleContrast } from "./place-role.ts";
import { consequentOf } from "./predicate.ts";
import { QuestionReading } from "./question-reading.ts";
import { type QuoteSpan, selectQuote, statesFigure } from "./quote.ts";
import { rolesOf } from "./roles.ts";
import {
  CANDIDATES,
  DEFAULT_LIMIT,
  HEADLINE_CREDIT,
  NAME_BOOST,
  REFUSAL,
  type Refusal,
  rankSettings,
  TYPE_PREFERENCE,
  VERDICT,
  type VerdictKnobs,
} from "./tuning.ts";
import type { Answer, AnswerOptions, ContrastKind, Passage, QueryKind, QuotedSentence } from "./types.ts";
import { type Judged, judgeClaim, judgeQuestion, replyOrder } from "./verdict.ts";

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
  // A claim's phrase said in a word ("took off", "departed"); a question's words said otherwise are not looked for.
  const claimWords = kind === "sources" ? words.map((w) => w.word) : [];
  const phrasal = phrasalTerms(withoutNoise(query), claimWords);
  const evidence = new Evidence(index, focus, tuning, phrasal);
  // A claim whose name the corpus lacks is read for a passage that puts another in its place: what it must
  // hold is the rest of it.
  const total = focus.reduce((sum, w) => sum + (absentName && isAbsentName(w) ? 0 : w.weight), 0);
  const kept: Candidate[] = [];
  let heldCount = 0;
  // A claim's figures: a quote is drawn to the sentence that states them (`selectQuote`).
  const claimFigures = kind === "sources" ? figuresIn(withoutNoise(query), tokenize(withoutNoise(query))) : [];
  for (const hit of rankParagraphs(index, rankTerms, rankSettings(CANDIDATES), inScope, quotedPhrases(query))) {
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
    const held = wanted === undefined || holds(wanted, ref, span, paragraph, focus);
    const extra = heldCount >= limit;
    kept.push({ indexed, index: ref.index, span, score: hit.score, found, held, sentences: hit.sentences, extra });
    if (held) heldCount += 1;
    // Hits come best first, so nothing after `limit` passages that hold the answer's kind can pass them; a
    // claim reads a few more, where a clash ranked below them would come first (`knobs.claimReads`).
    if (heldCount >= (kind === "sources" ? limit + knobs.claimReads : limit)) break;
  }
  // "How many died?" is not answered where no passage holds a number; where some do, they come first
  // unless another passage matches the question that much better (TYPE_PREFERENCE).
  if (heldCount === 0) return noMatch();
  const asked = tuning.answerType && kind === "ask" ? askedFor(withoutNoise(query)) : undefined;
  const judge = new Judge(query, kind, focus, evidence, knobs, asked);
  const ordering = kept.map((c) => ({ c, score: c.held ? c.score : c.score * TYPE_PREFERENCE }));
  const { verdict, shown } = replyOrder(
    kind,
    ordering,
    ({ c }) => readPast(c.extra, judge.of(c)),
    knobs,
    limit,
    ({ c }, judged) => clashHedged(c, judged),
  );
  if (absentName && verdict !== "contradicts") return noMatch();
  const results = shown.map(({ candidate: { c }, judged }) => {
    const paragraph = c.indexed.article.paragraphs[c.index];
    const clash = judged.contrast && paragraph && quoteWithClash(paragraph, c.span, judged.contrast);
    return {
      ...passage(c.indexed, c.index, clash ? clash.span : c.span, c.score, c.found),
      ...judged,
      ...(clash && { contrast: clash.contrast }),
    };
  });
  const first = shown[0]?.candidate.c.found ?? new Map<Weighed, number>();
  return { query, kind, status: "ok", verdict, unmatched: unmatched(focus, first), results };
}

/**
 * Decides what each passage does for the query (`judgeQuestion`, `judgeClaim`) from what its quote holds
 * of the query's words, weighed as the relevance floor weighs them, and for a claim what in the quote
 * clashes with it (`contrastOf`).
 */
class Judge {
  readonly #claim: ReadText | undefined;
  readonly #claimTerms: ReadonlySet<string>;
  /**
   * "not", "isn't": what they say is weighed as a clash, not as words to find; and a claim's light verb ("sent"
   * in "sent its condolences"), which says little beside its object.
   */
  readonly #setAside: ReadonlySet<Weighed>;
  /** The most that words found by meaning can add to a passage's share of the query's weight. */
  readonly #byMeaningAtMost: number;
  /** A claim's words that say what happened (`readClaim`), as weighed. */
  readonly #predicate: ReadonlySet<Weighed>;
  /** A claim's clause (`readClaim`). */
  readonly #clause: ClaimClause | undefined;
  /** The terms that stand for the claim's predicate in a passage: its own and its bridges'. */
  readonly #predicateTerms: ReadonlySet<string>;
  /** The same and WordNet's related words' ("supported" for "backing"). */
  readonly #predicateRelated: ReadonlySet<string>;
  /** What the predicate causes or follows from, by WordNet ("die" for "killed"), with its word (`consequentOf`). */
  readonly #consequent: ReadonlyMap<string, Token>;
  /** The head of a claim's subject (`readClaim`), its last word: whom it is about ("parents" in "Ivan's parents"). */
  readonly #subjectHead: Weighed | undefined;
  /** A claim's ordinals and superlatives ("the first castle", "the largest"): a rank it gives. */
  readonly #ranks: readonly Weighed[];
  /** A claim's figures, met in a quote that writes them otherwise ("two years" for "2 years"). */
  readonly #figures: Figure[];
  /** Each article's paragraphs with their tokens, read once per query where a figure clashes (`ContrastInput.article`). */
  readonly #paragraphsRead = new Map<IndexedArticle, ReadText[]>();
  /** What a question asks of a quote beyond its words: its predicate, its speaker, the answer's sentence. */
  readonly #question: QuestionReading | undefined;
  /** The question's predicate, where it has one. */
  readonly #questionPredicate: Weighed | undefined;
  /**
   * A question that states a figure ("Who ranked Warsaw 22nd?") or is negated ("Who never captured the
   * fort?"), read as a claim is, and the clashes (`contrastOf`) that say a quote is about something else.
   */
  readonly #otherwise: { question: ReadText; kinds: ReadonlySet<ContrastKind> } | undefined;

  constructor(
    query: string,
    kind: QueryKind,
    private readonly focus: Weighed[],
    private readonly evidence: Evidence,
    private readonly knobs: VerdictKnobs,
    private readonly asked: Asked | undefined,
  ) {
    const text = withoutNoise(query);
    this.#claim = kind === "sources" ? { text, tokens: tokenize(text) } : undefined;
    this.#clause = this.#claim && readClaim(text, this.#claim.tokens);
    const predicate = new Set(this.#clause?.predicate.map((token) => token.start));
    this.#predicate = new Set(focus.filter((w) => predicate.has(w.word.start)));
    this.#predicateTerms = new Set(
      [...this.#predicate].flatMap((w) => [...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]),
    );
    this.#predicateRelated = new Set([
      ...this.#predicateTerms,
      ...[...this.#predicate].flatMap((w) => [...relatedTerms(w.word.surface)]),
    ]);
    this.#figures = this.#claim ? figuresIn(text, this.#claim.tokens) : [];
    this.#claimTerms = new Set(focus.flatMap((w) => [...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]));
    this.#consequent = consequentOf(this.#clause?.predicate ?? [], this.#claimTerms);
    const light = this.#clause?.light?.start;
    this.#setAside = new Set(focus.filter((w) => isNegator(w.word.surface) || w.word.start === light));
    const subject = new Set(this.#clause?.subject.map((token) => token.start));
    this.#ranks = this.#claim
      ? focus.filter((w) => lexiconTags(foldWord(w.word.surface)).some((tag) => RANK_TAGS.has(tag)))
      : [];
    this.#subjectHead = focus.filter((w) => subject.has(w.word.start) && !this.#setAside.has(w)).at(-1);
    const total = focus.reduce((sum, w) => sum + w.weight, 0);
    const byMeaning = focus.filter((w) => !w.known).reduce((sum, w) => sum + w.weight, 0);
    this.#byMeaningAtMost = total > 0 ? (evidence.relatedCredit * byMeaning) / total : 0;
    this.#question = kind === "ask" ? new QuestionReading(text, focus, asked) : undefined;
    this.#questionPredicate = focus.find((w) => w.word === this.#question?.predicate);
    const tokens = kind === "ask" ? tokenize(text) : [];
    const kinds = new Set<ContrastKind>([
      ...(figuresIn(text, tokens).length > 0 ? FIGURE_CLASHES : []),
      ...(tokens.some((token) => isNegator(token.surface)) ? (["negation"] as const) : []),
    ]);
    this.#otherwise = kinds.size > 0 ? { question: { text, tokens }, kinds } : undefined;
  }

  #paragraphsOf(indexed: IndexedArticle): ReadText[] {
    let read = this.#paragraphsRead.get(indexed);
    if (!read) {
      read = indexed.article.paragraphs.map((p) => ({ text: p.text, tokens: tokenize(p.text) }));
      this.#paragraphsRead.set(indexed, read);
    }
    return read;
  }

  /** Whether a query word says what happened: the claim's predicate, or what the question asks happened. */
  #isPredicate(w: Weighed): boolean {
    return this.#predicate.has(w) || w === this.#questionPredicate;
  }

  /**
   * Credits the claim's words that name who the quote's sentences are attributed to: "the British official
   * said ..." is stated by a quote that only says "he said", where the article tells who "he" is.
   */
  #creditSources(c: Candidate, inQuote: Map<Weighed, number>): void {
    const named = new Set<string>();
    for (let s = c.span.first; s <= c.span.last; s += 1) {
      for (const a of c.indexed.attribution[c.index]?.[s] ?? []) {
        for (const text of [a.source, ...a.citing])
          for (const token of tokenize(text)) for (const t of token.terms) named.add(t);
      }
    }
    for (const w of this.focus) if (!inQuote.has(w) && w.word.terms.some((t) => named.has(t))) inQuote.set(w, 1);
  }

  /**
   * Credits the words of the claim's figures that the quote states with the same value in other words: "2
   * years" is held by "two years", "over a thousand people" by "over 1,000 people".
   */
  #creditFigures(quote: ReadText, inQuote: Map<Weighed, number>): void {
    if (this.#figures.length === 0) return;
    const stated = figuresIn(quote.text, quote.tokens);
    for (const figure of this.#figures) {
      if (!stated.some((s) => s.kind === figure.kind && s.value === figure.value)) continue;
      for (const w of this.focus) if (w.word.start >= figure.start && w.word.end <= figure.end) inQuote.set(w, 1);
    }
  }

  /**
   * The share of a claim's weight outside its names (what it says of them) that the quote holds, the
   * predicate and negators aside.
   */
  #whatShare(inQuote: Map<Weighed, number>): number {
    let held = 0;
    let total = 0;
    for (const w of this.focus) {
      if (namesSomething(w.word) || this.#predicate.has(w) || this.#setAside.has(w)) continue;
      total += w.weight;
      held += (inQuote.get(w) ?? 0) * w.weight;
    }
    return total > 0 ? held / total : 0;
  }

  /**
   * Whether the quote says otherwise than the question, as `contrastOf` finds a claim's clash: another figure
   * for one the question states ("ranked Warsaw as the 32nd most liveable city" for "Who ranked Warsaw as 22nd
   * ...?"), or for a negated question, the thing it negates stated ("the British captured Fort Beauséjour" for
   * "Who never captured Fort Beausejour?"). It is about something else, however many of the question's words
   * it holds. Not an antonym, nor a negation in the quote alone: a question is worded unlike a claim, and SQuAD
   * open's answers say these more often.
   */
  #saysOtherwise(c: Candidate, paragraph: Paragraph, quote: string, tokens: Token[], inQuote: Map<Weighed, number>) {
    const otherwise = this.#otherwise;
    if (otherwise === undefined) return false;
    const byStart = new Map(this.focus.map((w) => [w.word.start, w]));
    const clash = contrastOf({
      claim: otherwise.question,
      quote: { text: quote, tokens },
      paragraph: () => ({ text: paragraph.text, tokens: tokenize(paragraph.text) }),
      claimTerms: this.#claimTerms,
      inQuote: (token) => creditOf(inQuote, byStart.get(token.start)),
      inArticle: (token) => {
        const w = byStart.get(token.start);
        return w !== undefined && (c.found.has(w) || this.evidence.inArticle(w, c.indexed));
      },
    });
    return clash !== undefined && otherwise.kinds.has(clash.kind);
  }

  /**
   * Whether a name the question asks about is not in the candidate's article: a name may stand in the
   * paragraph as "he" or "the field marshal", so the article is where it must be; and names the question
   * writes side by side must stand so there ("Old France" is not "New France").
   */
  #nameMissing(c: Candidate): boolean {
    return (
      this.focus.some((w) => w.boost > 1 && !c.found.has(w) && !this.evidence.inArticle(w, c.indexed)) ||
      this.#question?.writesNames(c.indexed.article) === false
    );
  }

  of(c: Candidate): Judged {
    const paragraph = c.indexed.article.paragraphs[c.index];
    const quote = paragraph?.text.slice(c.span.start, c.span.end) ?? "";
    // Tokens of the quote alone, read only where a word must be looked for in it again.
    let tokens: Token[] | undefined;
    const quoteTokens = () => {
      tokens ??= tokenize(quote);
      return tokens;
    };
    // A question's words said otherwise in the quote moved no verdict on the open set (npm run sweep), and
    // looking for them would load WordNet for most questions.
    const inQuote = this.evidence.inQuote(c, quoteTokens, this.#claim ? this.knobs.paraphrase : 0);
    if (this.#claim) {
      this.#creditSources(c, inQuote);
      this.#creditFigures({ text: quote, tokens: quoteTokens() }, inQuote);
    }
    const coverage = (without?: readonly [number, number]) => {
      let held = 0;
      let total = 0;
      for (const w of this.focus) {
        if (without && w.word.start < without[1] && without[0] < w.word.end) continue;
        if (this.#setAside.has(w)) continue;
        total += w.weight;
        // A name the paragraph says as "he" or "the field marshal" is in the article.
        const around = c.found.get(w) ?? (w.word.name && this.evidence.inArticle(w, c.indexed) ? 1 : 0);
        held += Math.max(inQuote.get(w) ?? 0, around * this.knobs.outsideQuote) * w.weight;
      }
      return total > 0 ? held / total : 0;
    };
    // Words found by meaning are looked for only where the rest falls short, as for the relevance floor:
    // the embeddings cost most of a verdict.
    const needed = this.#claim ? this.knobs.supports : this.knobs.answers;
    let share = coverage();
    if (share < needed && share + this.#byMeaningAtMost >= needed) {
      this.evidence.byMeaning(inQuote, quoteTokens);
      share = coverage();
    }
    // Said only by a near passage, so worked out only for one; a question's predicate first, as what the
    // passage most plainly does not say.
    const lacks = () => [
      ...new Set(
        this.focus
          .filter((w) => !inQuote.has(w) && (w.word.name || !isFiller(w.word)) && !this.#setAside.has(w))
          // What the query says happened first: "it never mentions paid".
          .sort((a, b) => Number(this.#isPredicate(b)) - Number(this.#isPredicate(a)) || b.weight - a.weight)
          .map((w) => asWritten(w)),
      ),
    ];
    const claim = this.#claim;
    if (!claim || !paragraph) {
      let sentences: ReturnType<typeof quotedSentences> | undefined;
      const read = this.#question?.read(
        { text: quote, tokens: quoteTokens() },
        () => (sentences ??= quotedSentences(c, paragraph)),
        c.held,
        this.#questionPredicate !== undefined && inQuote.has(this.#questionPredicate),
      ) ?? { gives: true, statesPredicate: () => true, saidBySpeaker: true };
      return judgeQuestion(
        {
          coverage: share,
          saysOtherwise: paragraph !== undefined && this.#saysOtherwise(c, paragraph, quote, quoteTokens(), inQuote),
          asked: this.asked,
          ...read,
          nameMissing: this.#nameMissing(c),
          lacks,
        },
        this.knobs,
      );
    }
    const byStart = new Map(this.focus.map((w) => [w.word.start, w]));
    let outside: Array<ReadText & { offset: number }> | undefined;
    // The paragraph's sentences outside the quote, read only where a clash is looked for there.
    const others = () =>
      (outside ??= paragraph.sentences
        .filter((s) => s.end <= c.span.start || s.start >= c.span.end)
        .map((s) => ({ text: s.text, tokens: tokenize(s.text), offset: s.start - c.span.start })));
    const input: ContrastInput = {
      claim,
      quote: { text: quote, tokens: quoteTokens() },
      paragraph: () => ({ text: paragraph.text, tokens: tokenize(paragraph.text) }),
      article: () => this.#paragraphsOf(c.indexed).filter((_, index) => index !== c.index),
      claimTerms: this.#claimTerms,
      inQuote: (token) => creditOf(inQuote, byStart.get(token.start)),
      inArticle: (token) => {
        const w = byStart.get(token.start);
        return w !== undefined && (c.found.has(w) || this.evidence.inArticle(w, c.indexed));
      },
      others,
      elsewhere: this.knobs.elsewhere,
      predicate: this.#predicateRelated,
      consequent: this.#consequent,
    };
    const contrast = contrastOf(input);
    // Who the quote says does it: "Haftar, who is opposed by armed militia" does not say Russia opposes him.
    const clause = this.#clause;
    const doer = (read: ReadText) =>
      clause
        ? rolesOf(
            claim,
            clause,
            read,
            (token) => token.terms.some((t) => this.#predicateRelated.has(t)),
            (token) => token.terms.some((t) => this.#predicateTerms.has(t)),
          )
        : { fits: true };
    const roles = doer({ text: quote, tokens: quoteTokens() });
    // Another doer of the claim's own verb elsewhere in the paragraph: "The Yemen-based Houthi movement claimed".
    const clash =
      contrast ??
      roles.clash ??
      (this.knobs.elsewhere <= 1 ? clashElsewhere(others(), (read) => doer(read).clash) : undefined);
    // A claim is about its subject: a passage whose paragraph never names its head (nor, for a name, its
    // article: "he") says something of something else.
    const head = this.#subjectHead;
    const aboutSubject =
      head === undefined ||
      inQuote.has(head) ||
      c.found.has(head) ||
      (head.word.name && this.evidence.inArticle(head, c.indexed));
    const statesPredicate =
      roles.fits &&
      aboutSubject &&
      // "the first castle the Normans built" is not stated by a passage about one of their castles.
      this.#ranks.every((w) => inQuote.has(w)) &&
      ([...this.#predicate].every((w) => inQuote.has(w)) || this.#whatShare(inQuote) >= this.knobs.withoutPredicate);
    const placeInRole = clash?.kind === "place" && placeRoleContrast(input) !== undefined;
    return judgeClaim({ coverage, contrast: clash, lacks, statesPredicate, placeInRole }, this.knobs);
  }
}

/**
 * Whether the sentence of a passage where its clash with the claim stands is hedged: a hedging word in it
 * ("probably", `hedgeWords`) or a source it is attributed to with one ("the sources claim").
 */
function clashHedged(c: Candidate, judged: Judged): boolean {
  const paragraph = c.indexed.article.paragraphs[c.index];
  const at = judged.contrast && c.span.start + judged.contrast.articleAt[0];
  if (!paragraph || at === undefined) return false;
  const s = paragraph.sentences.findIndex((sentence) => sentence.start <= at && at < sentence.end);
  const sentence = paragraph.sentences[s];
  if (!sentence) return false;
  const sources = c.indexed.attribution[c.index]?.[s] ?? [];
  return hedgeWords(sentence.text).length > 0 || sources.some((a) => a.hedges.length > 0);
}

/** Clashes of value (`contrastOf`): another number, date or quantity for the same thing. */
const FIGURE_CLASHES: ReadonlySet<ContrastKind> = new Set(["number", "date", "quantity"]);

/**
 * A passage read past the `limit` shown (`VERDICT.claimReads`) counts only where a figure in it clashes with
 * the claim, so that it comes first (`clashFirst`); else it is `near` and stays below those shown. A denial,
 * an antonym or another name that far down the ranking called an open claim of the check set contradicted
 * (open 6/11 against 7/11, at every `claimReads` from 2 to 8).
 */
export function readPast(extra: boolean, judged: Judged): Judged {
  if (
    !extra ||
    (judged.verdict === "contradicts" && judged.contrast !== undefined && FIGURE_CLASHES.has(judged.contrast.kind))
  )
    return judged;
  return { verdict: "near", missing: { words: [] } };
}

/** Lexicon tags of a word that ranks what it describes. */
const RANK_TAGS: ReadonlySet<string> = new Set(["Ordinal", "Superlative"]);

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
  /** Ranking's evidence for each of its sentences. */
  sentences: SentenceMatch[];
  /** Read past the `limit` passages shown, for a clash below them (`VERDICT.claimReads`). */
  extra: boolean;
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
 * same-word bridge are there, at `HEADLINE_CREDIT` when only its article's headline holds it, at
 * `relatedCredit` when a related word is. Read from the paragraph's stored term ids; its words are read
 * only when a word the corpus lacks is looked for by meaning, which is only where the words found weigh
 * less than `needed`: a word found by meaning counts toward the relevance floor and nowhere else (it has
 * no term to highlight, and `unmatched` still names it).
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
  readonly #index: CorpusIndex;
  readonly #inArticles = new Map<IndexedArticle, Map<Weighed, boolean>>();

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
  }

  of(ref: ParagraphRef, paragraph: Paragraph, needed: number): Map<Weighed, number> {
    const held = new Set(ref.terms);
    const has = (id: number) => held.has(id);
    const headline = this.#index.articles.get(ref.articleId)?.headline ?? new Int32Array(0);
    const found = new Map<Weighed, number>();
    for (const [w, entry] of this.#ids) {
      let credit = entry.own.some(has) ? 1 : entry.own.some((id) => headline.includes(id)) ? HEADLINE_CREDIT : 0;
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
  if (wanted === "name" || wanted === "identity") {
    const quote = paragraph.text.slice(span.start, span.end);
    return holdsWho(wanted, quote, tokenize(quote), new Set(focus.flatMap((w) => w.word.terms)));
  }
  for (let s = span.first; s <= span.last; s += 1)
    if (((ref.sentenceStates[s] ?? 0) & STATES[wanted]) !== 0) return true;
  return false;
}

/** The sentences of a candidate's quote, each with its tokens and who the article says says it. */
function quotedSentences(c: Candidate, paragraph: Paragraph | undefined) {
  const sentences = [];
  for (let s = c.span.first; s <= c.span.last; s += 1) {
    const sentence = paragraph?.sentences[s];
    if (!paragraph || !sentence) continue;
    const text = paragraph.text.slice(sentence.start, sentence.end);
    sentences.push({ text, tokens: tokenize(text), attribution: c.indexed.attribution[c.index]?.[s] ?? [] });
  }
  return sentences;
}

function creditOf(found: Map<Weighed, number>, word: Weighed | undefined): number {
  return word === undefined ? 0 : (found.get(word) ?? 0);
}

/**
 * Whether a query word names someone or something: it looks like a name, or it is capitalized and
 * compromise's lexicon does not know it (a name that opens a claim: "Rollo converted ..."; WordNet lists
 * Rollo), or no dictionary knows it (a name in lower case: "al-Muhandis").
 */
function namesSomething(word: QueryWord): boolean {
  if (word.name || isProperName(word)) return true;
  const folded = foldWord(word.surface);
  if (lexiconTags(folded).length > 0 || /^\p{N}/u.test(folded)) return false;
  return /^\p{Lu}/u.test(word.surface) || baseForms(folded).length === 0;
}

/** A name the corpus (or the chosen article) lacks in any form. */
function isAbsentName(w: Omit<Weighed, "boost" | "weight">): boolean {
  return w.word.name && !w.known && w.bridges.length === 0;
}

/** A query word as the user wrote it, less a possessive ("Libya’s" -> "Libya"). */
function asWritten(w: Weighed): string {
  return w.word.surface.replace(/['’]s?$/u, "");
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
  span: QuoteSpan,
  score: number,
  found: Map<Weighed, number>,
): Omit<Passage, keyof Judged> {
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
