import { hedgeWords } from "../attribution/hedges.ts";
import type { IndexedArticle } from "../search/corpus-index.ts";
import { foldWord, type Token, tokenize } from "../text/analyzer.ts";
import type { Asked } from "../text/asked.ts";
import { isNumeral } from "../text/initialisms.ts";
import { writesName } from "../text/names.ts";
import { holdsNegator, isNegator, isPrefixNegated } from "../text/negation.ts";
import { type Figure, figuresIn } from "../text/numbers.ts";
import { lexiconTags } from "../text/word-tables.ts";
import { aimedTokens, speaksOfAim } from "./aim.ts";
import { isFiller, relatedTerms } from "./bridge.ts";
import { type ClaimClause, isLightVerb, joiningWord, objectOf, readClaim, subjectToHead } from "./claim-clause.ts";
import { clashSentence } from "./clash-quote.ts";
import {
  type ContrastInput,
  clashElsewhere,
  clashesAs,
  contrastOf,
  figuresUnstated,
  type ReadText,
  statesOutright,
} from "./contrast.ts";
import {
  asWritten,
  type Candidate,
  creditOf,
  type Evidence,
  namesSomething,
  quotedSentences,
  type Weighed,
} from "./evidence.ts";
import { placeRoleContrast } from "./place-role.ts";
import { consequentOf } from "./predicate.ts";
import { QuestionReading, spellingsOf } from "./question-reading.ts";
import { rolesOf } from "./roles.ts";
import { otherSpeaker } from "./speaker.ts";
import { holdsStandIn } from "./stand-in.ts";
import { figureSwapped, ordinalUnsaid } from "./swapped-figure.ts";
import { SwappedWord } from "./swapped-word.ts";
import { JOINED_CLAUSE_SHARE, SUBJECT_SHARE, type VerdictKnobs } from "./tuning.ts";
import type { Contrast, ContrastKind, QueryKind } from "./types.ts";
import { type Judged, judgeClaim, judgeQuestion } from "./verdict.ts";

/**
 * Decides what each passage does for the query (`judgeQuestion`, `judgeClaim`) from what its quote holds
 * of the query's words, weighed as the relevance floor weighs them, and for a claim what in the quote
 * clashes with it (`contrastOf`).
 */
export class Judge {
  readonly #claim: ReadText | undefined;
  readonly #claimTerms: ReadonlySet<string>;
  /**
   * "not", "isn't": what they say is weighed as a clash, not as words to find; and a claim's light verb ("sent"
   * in "sent its condolences"), which says little beside its object.
   */
  readonly #setAside: ReadonlySet<Weighed>;
  /** The most that words found by meaning can add to a passage's share of the query's weight. */
  readonly #byMeaningAtMost: number;
  /** The verb of the purpose a claim gives (`ClaimClause.purpose`), as weighed. */
  readonly #purpose: Weighed | undefined;
  /** The words of the cause a claim gives in a phrase (`ClaimClause.cause`: "because of the shutdown"), as weighed. */
  readonly #cause: readonly Weighed[];
  /** Whether the claim itself says someone aims at something ("wants the names"): then so may its quote. */
  readonly #claimAims: boolean;
  /** A claim's words that say what happened (`readClaim`), as weighed. */
  readonly #predicate: ReadonlySet<Weighed>;
  /** The object of a claim's verb (`objectOf`), as weighed. */
  readonly #object: ReadonlySet<Weighed>;
  /** A claim's clause (`readClaim`). */
  readonly #clause: ClaimClause | undefined;
  /** Where the conjunction that joins a second clause to the claim's stands (`joiningWord`), if it has one. */
  readonly #joining: readonly [number, number] | undefined;
  /** The terms that stand for the claim's predicate in a passage: its own and its bridges'. */
  readonly #predicateTerms: ReadonlySet<string>;
  /** The same and WordNet's related words' ("supported" for "backing"). */
  readonly #predicateRelated: ReadonlySet<string>;
  /** What the predicate causes or follows from, by WordNet ("die" for "killed"), with its word (`consequentOf`). */
  readonly #consequent: ReadonlyMap<string, Token>;
  /**
   * The head of a claim's subject (`subjectToHead`): whom it is about ("parents" in "Ivan's parents", "identities" in
   * "the identities of the victims").
   */
  readonly #subjectHead: Weighed | undefined;
  /**
   * A claim's light verb: the one before its object ("sent" in "sent its condolences"), or its verb where that
   * is one and no object was read ("gave" in "gave Trump advice").
   */
  readonly #light: Token | undefined;
  /** Whether the claim has a negator ("hasn't sent"). */
  readonly #denies: boolean;
  /**
   * Whether the claim denies what it says happened: a negator outside its setting and its subject, or opening the
   * subject ("no one", "no children"); not one in a clause describing the subject ("Roof, who did not testify").
   */
  readonly #deniesEvent: boolean;
  /** The terms of the heads of a claim's subject and speaker, with their bridges' (`ContrastInput.subject`). */
  readonly #about: ReadonlySet<string>;
  /**
   * Where the claim's subject and the speaker it names stand in it: who may be said to be someone else
   * (`ContrastInput.doers`); empty where no verb was read.
   */
  readonly #doers: ReadonlySet<number>;
  /** Where a claim's verb starts; no claim word stands past it where it has none. */
  readonly #verbAt: number;
  /** What `contrastOf` reads of the claim itself, the same for every passage (`ContrastInput`). */
  readonly #claimRead: Pick<ContrastInput, "predicate" | "subject" | "doers" | "predicateAt" | "consequent" | "light">;
  /** A copular claim's subject's words (`readClaim`): whom it is about, not what it says of them. */
  readonly #subject: ReadonlySet<Weighed>;
  /** A claim's words of place or time and those describing its subject (`ClaimClause.setting`). */
  readonly #setting: ReadonlySet<Weighed>;
  /** A claim's words of a clause between its subject and its verb that describes the subject ("who was shot near Perris"). */
  readonly #describing: ReadonlySet<Weighed>;
  /**
   * Whether a claim weighs a word past its verb other than its setting and negators (true where no verb was read,
   * and for a passive, whose subject is what was done to): without one, its verb is all it says of its subject.
   */
  readonly #saysPastVerb: boolean;
  /** A claim's ordinals and superlatives ("the first castle", "the largest"): a rank it gives. */
  readonly #ranks: readonly Weighed[];
  /**
   * A claim's figures, met in a quote that writes them otherwise ("two years" for "2 years"); read once by
   * `answer()`, which draws quotes to them too.
   */
  readonly #figures: Figure[];
  /** The query's words by where they start in it: how a token of the query is told to be one of them. */
  readonly #byStart: ReadonlyMap<number, Weighed>;
  /** Each article's paragraphs with their tokens, read once per query where a figure clashes (`ContrastInput.article`). */
  readonly #paragraphsRead = new Map<IndexedArticle, ReadText[]>();
  /** What a question asks of a quote beyond its words: its predicate, its speaker, the answer's sentence. */
  readonly #question: QuestionReading | undefined;
  /** The question's predicate, where it has one. */
  readonly #questionPredicate: Weighed | undefined;
  /**
   * A question that states a figure ("Who ranked Warsaw 22nd?") or is negated ("Who never captured the
   * fort?"), read as a claim is, and the clashes (`contrastOf`) that say a quote is about something else; null
   * until first asked for (`#questionOtherwise`).
   */
  #otherwise: { question: ReadText; kinds: ReadonlySet<ContrastKind> } | undefined | null = null;
  /** The query without noise and its tokens, as the Judge reads it. */
  readonly #read: ReadText;
  readonly #kind: QueryKind;
  /**
   * A question's modifiers, for a quote that writes another in its place ("secret ballot" for "open ballot"); read
   * when first asked for, as only a passage that answers in every other way asks, where reading them for every
   * question was a tenth of the verdict's cost.
   */
  #swapped: SwappedWord<Weighed> | undefined;
  /** A question's figures (`#questionFigures`). */
  #askedFigures: Figure[] | undefined;

  /** `question` is the query without its noise (`withoutNoise`) and its tokens, read once for every step. */
  constructor(
    question: ReadText,
    kind: QueryKind,
    private readonly focus: Weighed[],
    private readonly evidence: Evidence,
    private readonly knobs: VerdictKnobs,
    private readonly asked: Asked | undefined,
    figures: Figure[],
  ) {
    const { text } = question;
    this.#claim = kind === "sources" ? question : undefined;
    this.#clause = this.#claim && readClaim(text, this.#claim.tokens);
    this.#joining = joiningSpan(this.#claim, this.#clause);
    this.#claimAims = this.#claim !== undefined && speaksOfAim(this.#claim.tokens);
    this.#purpose = focus.find((w) => w.word.start === this.#clause?.purpose?.start);
    const cause = new Set(this.#clause?.cause?.map((token) => token.start));
    this.#cause = focus.filter((w) => cause.has(w.word.start));
    const predicate = new Set(this.#clause?.predicate.map((token) => token.start));
    this.#predicate = new Set(focus.filter((w) => predicate.has(w.word.start)));
    const object = new Set(objectPhrase(this.#claim, this.#clause).map((t) => t.start));
    this.#object = new Set(focus.filter((w) => object.has(w.word.start)));
    this.#predicateTerms = new Set(
      [...this.#predicate].flatMap((w) => [...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]),
    );
    this.#predicateRelated = new Set([
      ...this.#predicateTerms,
      ...[...this.#predicate].flatMap((w) => [...relatedTerms(w.word.surface)]),
    ]);
    this.#figures = figures;
    this.#byStart = new Map(focus.map((w) => [w.word.start, w]));
    this.#claimTerms = spellingsOf(focus);
    this.#consequent = consequentOf(this.#clause?.predicate ?? [], this.#claimTerms);
    const light = this.#clause?.light?.start;
    this.#setAside = new Set(focus.filter((w) => isNegator(w.word.surface) || w.word.start === light));
    this.#light = lightOf(this.#clause);
    this.#denies = this.#claim?.tokens.some((token, i, all) => isNegator(token.surface, all[i + 1]?.surface)) === true;
    const subject = new Set(this.#clause?.subject.map((token) => token.start));
    const setting = new Set(this.#clause?.setting.map((token) => token.start));
    this.#deniesEvent =
      this.#claim?.tokens.some(
        (token, i, all) =>
          isNegator(token.surface, all[i + 1]?.surface) &&
          !setting.has(token.start) &&
          (!subject.has(token.start) || token.start === this.#clause?.subject[0]?.start),
      ) === true;
    this.#ranks = this.#claim ? ranksOf(this.#claim, this.#clause, focus) : [];
    const toHead = new Set(headPhrase(this.#claim, this.#clause).map((token) => token.start));
    this.#subjectHead = focus.filter((w) => toHead.has(w.word.start) && !this.#setAside.has(w)).at(-1);
    this.#subject = new Set(isCopular(this.#clause) ? focus.filter((w) => subject.has(w.word.start)) : []);
    const speaker = new Set(this.#clause?.speaker?.map((token) => token.start));
    // Unknown where no verb was read ("Turkey set up bases"): then any name of the claim may be its doer. A
    // passive's subject is what was done to ("Fath Airport is owned by ..."): its doer follows "by".
    const clause = this.#clause;
    const doers = clause?.passive ? agentOf(this.#claim?.tokens ?? []) : (clause?.subject ?? []);
    this.#doers = clause?.predicate.length ? new Set([...doers.map((token) => token.start), ...speaker]) : new Set();
    this.#verbAt = verbStart(clause);
    const speakerHead = focus.filter((w) => speaker.has(w.word.start) && !this.#setAside.has(w)).at(-1);
    this.#about = new Set(
      [this.#subjectHead, speakerHead].flatMap((w) =>
        w && !INDEFINITE.has(w.word.surface.toLowerCase())
          ? [...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]
          : [],
      ),
    );
    this.#setting = new Set(focus.filter((w) => setting.has(w.word.start)));
    this.#describing = describingSubject(clause, this.#setting);
    this.#saysPastVerb = saysPastVerb(clause, focus, (w) => this.#setting.has(w) || this.#setAside.has(w));
    const total = focus.reduce((sum, w) => sum + w.weight, 0);
    const byMeaning = focus.filter((w) => !w.known).reduce((sum, w) => sum + w.weight, 0);
    this.#byMeaningAtMost = total > 0 ? (evidence.relatedCredit * byMeaning) / total : 0;
    const predicateAt = this.#clause?.predicate[0]?.start;
    this.#claimRead = {
      predicate: this.#predicateRelated,
      subject: this.#about,
      consequent: this.#consequent,
      ...(this.#doers.size > 0 && { doers: this.#doers }),
      ...(predicateAt !== undefined && { predicateAt }),
      ...(this.#light && { light: this.#light }),
    };
    this.#question =
      kind === "ask" ? new QuestionReading(text, focus, asked, question.tokens, this.#claimTerms) : undefined;
    this.#questionPredicate = focus.find((w) => w.word === this.#question?.predicate);
    this.#read = question;
    this.#kind = kind;
  }

  /**
   * What in the quote clashes with the claim (`contrastOf`), or else another doer or speaker the paragraph names
   * (`namedElsewhere`). A claim that denies what happened is said otherwise only where the article states it: that
   * someone else did it, elsewhere or at another time ("in need for travel documents" for "Ivan did not need
   * surgery", "the attack on December 27th" for "not damaged in the December 31 attack") leaves the denial
   * standing. A quote that states the claim outright in one of its sentences (`statesOutright`) denies it nowhere
   * else and names no one else in its place: it may still give another figure or the opposite word, which that
   * sentence need not hold as a word with terms ("more ... than", "fewer ... than").
   */
  #clashOf(input: ContrastInput, namedElsewhere: () => Contrast | undefined): Contrast | undefined {
    const outright = statesOutright(input.claim, input.quote);
    const kinds = this.#deniesEvent ? POLARITY_CLASHES : outright ? OUTRIGHT_CLASHES : undefined;
    const found = contrastOf(input, kinds);
    if (kinds) return found && kinds.has(found.kind) ? found : undefined;
    // Another doer of the claim's own verb elsewhere in the paragraph: "The Yemen-based Houthi movement claimed".
    return found ?? namedElsewhere();
  }

  /** A question's predicate (`frameOf`), where it is one of the words weighed; none for a claim. */
  get questionPredicate(): Weighed | undefined {
    return this.#questionPredicate;
  }

  /** Whether the query is a question whose answer is looked for past the passages shown (`QuestionReading.readsOn`). */
  get readsOn(): boolean {
    return this.#question?.readsOn === true;
  }

  /** `#otherwise`, worked out when first asked for: only a passage that answers in every other way asks. */
  #questionOtherwise(): { question: ReadText; kinds: ReadonlySet<ContrastKind> } | undefined {
    if (this.#otherwise === null) {
      const { text } = this.#read;
      const tokens = this.#kind === "ask" ? this.#read.tokens : [];
      const kinds = new Set<ContrastKind>([
        ...(this.#questionFigures().length > 0 ? FIGURE_CLASHES : []),
        ...(tokens.some((token) => isNegator(token.surface)) ? (["negation"] as const) : []),
      ]);
      this.#otherwise = kinds.size > 0 ? { question: { text, tokens }, kinds } : undefined;
    }
    return this.#otherwise;
  }

  /** A question's figures, read when first asked for (`#questionOtherwise`, `figureSwapped`); a claim's are not. */
  #questionFigures(): Figure[] {
    this.#askedFigures ??= this.#kind === "ask" ? figuresIn(this.#read.text, this.#read.tokens) : [];
    return this.#askedFigures;
  }

  /** `#swapped`, read when first asked for (a question's only). */
  #swappedWord(): SwappedWord<Weighed> {
    this.#swapped ??= new SwappedWord(
      this.#read.text,
      this.focus,
      this.#read.tokens,
      this.#question?.frame,
      this.#claimTerms,
    );
    return this.#swapped;
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

  /** Another speaker than the claim's (`otherSpeaker`), read from the attributions of the quote's sentences. */
  #otherSpeaker(c: Candidate, quote: ReadText): Contrast | undefined {
    const speaker = this.#clause?.speaker;
    if (!this.#claim || !speaker || speaker.length === 0) return undefined;
    const attributions = [];
    for (let s = c.span.first; s <= c.span.last; s += 1) attributions.push(c.indexed.attribution[c.index]?.[s] ?? []);
    return otherSpeaker(this.#claim, speaker, quote, attributions);
  }

  /**
   * The share of a claim's weight outside its names (what it says of them) that the quote holds, the
   * predicate and negators aside, and for a claim that says what its subject is ("the striking workers are
   * members of ..."), the subject's words: they say whom it is about, and only the complement says what.
   */
  #whatShare(inQuote: Map<Weighed, number>): number {
    let held = 0;
    let total = 0;
    for (const w of this.focus) {
      if (
        namesSomething(w.word) ||
        this.#subject.has(w) ||
        this.#setting.has(w) ||
        this.#predicate.has(w) ||
        this.#setAside.has(w)
      )
        continue;
      total += w.weight;
      held += (inQuote.get(w) ?? 0) * w.weight;
    }
    return total > 0 ? held / total : 0;
  }

  /**
   * Whether a quote that lacks the claim's predicate states the claim by the rest of its words: it holds
   * `withoutPredicate` of what the claim says outside its names (`#whatShare`), and a word of its verb's object
   * where it has one: "the seminal paper ... by Juris Hartmanis and Richard Stearns (1965)" says nothing of what
   * they won ("won the Turing Award for their 1965 paper"), however much of the rest it holds. A claim that
   * says nothing past its verb but when or where (`#saysPastVerb`: "the man who was shot near Perris survived")
   * says only its verb of its subject: a quote without it tells of the subject, not of what the claim says.
   */
  #statesWithoutPredicate(stated: Map<Weighed, number>): boolean {
    if (!this.#saysPastVerb) return false;
    if (this.#whatShare(stated) < this.knobs.withoutPredicate) return false;
    return this.#object.size === 0 || [...this.#object].some((w) => stated.has(w));
  }

  /**
   * Whether the quote itself holds `JOINED_CLAUSE_SHARE` of the weight of each of the two clauses a claim joins
   * (`joiningWord`): "the entire crew were Iranians because Fath Airport is owned by the Revolutionary Guards" is
   * not stated by a quote that holds only the first, however long that is, and the article naming the Guards
   * elsewhere does not tell that they are why. A clause that falls short is looked for by meaning too
   * (`byMeaning`), which the whole claim did not need.
   */
  #statesBothClauses(inQuote: Map<Weighed, number>, byMeaning: () => void): boolean {
    const joining = this.#joining;
    if (!joining) return true;
    const [start, stop] = joining;
    const held = (inside: (w: Weighed) => boolean) => {
      const words = this.focus.filter((w) => inside(w) && !this.#setAside.has(w));
      const total = words.reduce((sum, w) => sum + w.weight, 0);
      // A clause without a word weighed ("But he won't when ...") has nothing of its own to state.
      if (total === 0) return true;
      return words.reduce((sum, w) => sum + (inQuote.get(w) ?? 0) * w.weight, 0) >= JOINED_CLAUSE_SHARE * total;
    };
    const states = () => held((w) => w.word.end <= start) && held((w) => w.word.start >= stop);
    if (states()) return true;
    byMeaning();
    return states();
  }

  /**
   * Whether the quote holds a word of the claim's verb's object (`#object`) that its article writes, or the
   * paragraph a name of it; true where the article writes none of them (the quote may say it otherwise: "both
   * Haftar's supporters and the rival armed groups" for "both sides").
   */
  #objectStated(c: Candidate, stated: Map<Weighed, number>): boolean {
    const written = [...this.#object].filter((w) => this.evidence.inArticle(w, c.indexed));
    return written.length === 0 || written.some((w) => stated.has(w) || (namesSomething(w.word) && c.found.has(w)));
  }

  /**
   * The claim's words the quote holds (`inQuote`) less those it holds only in what someone aims at
   * (`aimedTokens`): "Federal prosecutors are seeking a death sentence" does not state "Roof will be sentenced
   * to death". Unless the claim too says someone aims at it ("wants the names" for "seeking the names").
   */
  #statedOutsideAims(quote: ReadText, inQuote: Map<Weighed, number>): Map<Weighed, number> {
    if (this.#claimAims) return inQuote;
    const aimed = aimedTokens(quote);
    if (aimed.size === 0) return inQuote;
    const stated = new Map(inQuote);
    for (const w of inQuote.keys()) {
      const terms = new Set([...w.word.terms, ...w.bridges.flatMap((b) => b.terms), ...relatedTerms(w.word.surface)]);
      const holders = quote.tokens.filter((token) => token.terms.some((t) => terms.has(t)));
      if (holders.length > 0 && holders.every((token) => aimed.has(token))) stated.delete(w);
    }
    return stated;
  }

  /**
   * Whether the quote says otherwise than the question, as `contrastOf` finds a claim's clash: another figure
   * for one the question states ("ranked Warsaw as the 32nd most liveable city" for "Who ranked Warsaw as 22nd
   * ...?"), or for a negated question, the thing it negates stated ("the British captured Fort Beauséjour" for
   * "Who never captured Fort Beausejour?"). It is about something else, however many of the question's words
   * it holds. Not an antonym, nor a negation in the quote alone, as a claim's clash reads them: a question is
   * worded unlike a claim, and SQuAD open's answers say these more often. An opposite counts only of a question's
   * word the passage lacks (`SwappedWord.opposedIn`); a denial is weighed where the question denies
   * (`QuestionReading.read`).
   */
  #saysOtherwise(c: Candidate, inQuote: Map<Weighed, number>) {
    const otherwise = this.#questionOtherwise();
    if (otherwise === undefined) return false;
    return clashesAs(
      {
        claim: otherwise.question,
        quote: { text: c.quote.text, tokens: c.quote.tokens() },
        paragraph: () => ({ text: c.paragraph.text, tokens: c.paragraph.tokens() }),
        claimTerms: this.#claimTerms,
        ...this.#holders(c, inQuote),
      },
      otherwise.kinds,
    );
  }

  /**
   * How much of a query word, by the token it is written as, the quote holds (`inQuote`), and whether the
   * candidate's paragraph or article holds it (`inArticle`): what `contrastOf` asks of a query's words.
   */
  #holders(c: Candidate, inQuote: Map<Weighed, number>): Pick<ContrastInput, "inQuote" | "inArticle"> {
    return {
      inQuote: (token) => creditOf(inQuote, this.#byStart.get(token.start)),
      inArticle: (token) => {
        const w = this.#byStart.get(token.start);
        return w !== undefined && (c.found.has(w) || this.evidence.inArticle(w, c.indexed));
      },
    };
  }

  /**
   * A name the question asks about that the candidate's paragraph and its article's headline do not write, as
   * the question writes it; or two names the question writes side by side that the article never writes so
   * ("Old France" is not "New France"). SQuAD 2.0's writers made many a question the passage leaves open by
   * putting another name the article uses in place of the passage's ("Berlin" for Warsaw, "Iraq" for
   * Afghanistan): it asks of what the passage does not tell of, however much else of it the quote holds. A name
   * is written as the question's writer may slip or the text may vary it (`writesName`: "Celeron" for
   * "Céloron", "Western" for "West", "PO" for "Presiding Officer").
   */
  #unsaidName(c: Candidate, asked: (w: Weighed) => boolean = () => true): string | undefined {
    const unsaid = this.focus.find(
      (w) =>
        w.word.name &&
        asked(w) &&
        !isNumeral(w.word.surface) &&
        !c.found.has(w) &&
        !writesName(w.word.surface, c.paragraph.text, c.paragraph.tokens()) &&
        !writesName(w.word.surface, c.indexed.article.title, c.indexed.headlineTokens) &&
        !this.#aboutName(c, w),
    );
    if (unsaid) return asWritten(unsaid);
    return this.#question?.unwrittenNames(c.indexed.article, (paragraph, terms) =>
      this.evidence.paragraphHolds(c, paragraph, terms),
    );
  }

  /**
   * Whether the candidate's article names a word in `SUBJECT_SHARE` of its paragraphs or more: it is what the
   * article is about, which a paragraph may speak of without naming it.
   */
  #aboutName(c: Candidate, w: Weighed): boolean {
    const paragraphs = c.indexed.article.paragraphs.length;
    const needed = SUBJECT_SHARE * paragraphs;
    let naming = 0;
    // Read only until the count is settled either way: most names asked of are in few of an article's paragraphs.
    for (let i = 0; i < paragraphs && naming < needed && naming + paragraphs - i >= needed; i += 1)
      if (this.evidence.paragraphHolds(c, i, w.word.terms)) naming += 1;
    return naming >= needed;
  }

  /**
   * Whether a query word its candidate's paragraph lacks is told around it all the same: a name its article
   * writes, or a word of a clause describing the claim's subject (`#describing`: "who was shot near Perris") that
   * the paragraph before writes, which tells whom "The man survived his injuries." speaks of.
   */
  #toldAround(c: Candidate, w: Weighed): boolean {
    if (w.word.name && this.evidence.inArticle(w, c.indexed)) return true;
    return this.#describing.has(w) && c.index > 0 && this.evidence.paragraphHolds(c, c.index - 1, w.word.terms);
  }

  of(c: Candidate): Judged {
    const paragraph = c.indexed.article.paragraphs[c.index];
    const quote = c.quote.text;
    const quoteTokens = c.quote.tokens;
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
        // A name the paragraph says as "he" or "the field marshal" is in the article; its article's headline
        // holding it too (`HEADLINE_CREDIT`) does not make it count for less.
        const found = c.found.get(w) ?? 0;
        const around = found < 1 && this.#toldAround(c, w) ? 1 : found;
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
    if (this.#claim && share < needed) {
      this.evidence.knownByMeaning(inQuote, quoteTokens, this.knobs.paraphrase);
      share = coverage();
    }
    // A question's word whose opposite the quote writes (`SwappedWord.opposedIn`), found where it decides.
    let opposed: Weighed | undefined;
    const oppositeWord = () =>
      (opposed ??= this.#swappedWord().opposedIn(quoteTokens(), (w) => inQuote.has(w) || c.found.has(w)));
    // Said only by a near passage, so worked out only for one; a question's word the quote says the opposite of,
    // then its predicate, as what the passage most plainly does not say.
    const lacks = () => [
      ...new Set([
        ...(opposed ? [asWritten(opposed)] : []),
        ...this.focus
          .filter((w) => !inQuote.has(w) && (w.word.name || !isFiller(w.word)) && !this.#setAside.has(w))
          // What the query says happened first: "it never mentions paid".
          .sort((a, b) => Number(this.#isPredicate(b)) - Number(this.#isPredicate(a)) || b.weight - a.weight)
          .map((w) => asWritten(w)),
      ]),
    ];
    const claim = this.#claim;
    if (!claim || !paragraph) {
      let sentences: ReturnType<typeof quotedSentences> | undefined;
      const read = this.#question?.read(
        { text: quote, tokens: quoteTokens() },
        () => (sentences ??= quotedSentences(c, paragraph)),
        c.held,
        this.#questionPredicate !== undefined && inQuote.has(this.#questionPredicate),
      ) ?? { gives: true, statesPredicate: () => true, saidBySpeaker: true, narrow: false, unmetDenial: undefined };
      return judgeQuestion(
        {
          coverage: share,
          saysOtherwise: () =>
            paragraph !== undefined &&
            (this.#saysOtherwise(c, inQuote) ||
              this.#swappedWord().in(quote, quoteTokens(), (w) => inQuote.has(w) || c.found.has(w)) ||
              figureSwapped(this.#questionFigures(), c.quote, c.paragraph) ||
              ordinalUnsaid(this.#read.tokens, c.paragraph) ||
              oppositeWord() !== undefined),
          asked: this.asked,
          ...read,
          unsaidName: () => this.#unsaidName(c),
          lacks,
        },
        this.knobs,
      );
    }
    let outside: Array<ReadText & { offset: number }> | undefined;
    // The paragraph's sentences outside the quote, read only where a clash is looked for there.
    const others = () =>
      (outside ??= paragraph.sentences
        .filter((s) => s.end <= c.span.start || s.start >= c.span.end)
        .map((s) => ({ text: s.text, tokens: tokenize(s.text), offset: s.start - c.span.start })));
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
    const input: ContrastInput = {
      claim,
      quote: { text: quote, tokens: quoteTokens() },
      paragraph: () => ({ text: c.paragraph.text, tokens: c.paragraph.tokens() }),
      article: () => this.#paragraphsOf(c.indexed).filter((_, index) => index !== c.index),
      headline: () => ({ text: c.indexed.article.title, tokens: c.indexed.headlineTokens }),
      claimTerms: this.#claimTerms,
      ...this.#holders(c, inQuote),
      others,
      elsewhere: this.knobs.elsewhere,
      ...this.#claimRead,
      predicateByOthers: !roles.fits,
      byOthers: (read) => !doer(read).fits,
    };
    // Another doer of the predicate is no clash where the paragraph says the claim's subject does it too: "the
    // strike, which was approved by President Donald Trump" beside "General Soleimani also approved the attacks".
    const doneBySubject = () => roles.stated === true || others().some((read) => doer(read).stated === true);
    const otherDoer = (found: Contrast | undefined) => (found && !doneBySubject() ? found : undefined);
    const namedElsewhere = () =>
      otherDoer(roles.clash) ??
      this.#otherSpeaker(c, { text: quote, tokens: quoteTokens() }) ??
      (this.knobs.elsewhere <= 1 ? otherDoer(clashElsewhere(others(), (read) => doer(read).clash)) : undefined);
    const clash = this.#clashOf(input, namedElsewhere);
    // A claim is about its subject: a passage whose paragraph never names its head (nor, for a name, its
    // article: "he") says something of something else. A name only the rest of the article writes is told of
    // here only where the quote says it as "he" or "its" (`holdsStandIn`) or the article is about it.
    const head = this.#subjectHead;
    const aboutSubject =
      head === undefined ||
      inQuote.has(head) ||
      c.found.has(head) ||
      (head.word.name &&
        this.evidence.inArticle(head, c.indexed) &&
        (holdsStandIn(quoteTokens()) || this.#aboutName(c, head)));
    const stated = this.#statedOutsideAims({ text: quote, tokens: quoteTokens() }, inQuote);
    const statesPredicate =
      roles.fits &&
      // "Russia hasn't sent soldiers" is not stated by a quote whose paragraph denies nothing, in a negator or
      // in a word's negating prefix ("unrelated").
      (!this.#denies ||
        holdsNegator(c.paragraph.tokens()) ||
        quoteTokens().some((token) => isPrefixNegated(token.surface))) &&
      aboutSubject &&
      // "the first castle the Normans built" is not stated by a passage about one of their castles.
      this.#ranks.every((w) => inQuote.has(w)) &&
      // "Wikinews contacted the aircraft" is not stated by "Wikinews contacted Boeing": what the verb is done to,
      // where the article writes it, is in the quote, or is a name the paragraph writes.
      this.#objectStated(c, stated) &&
      ([...this.#predicate].every((w) => stated.has(w)) || this.#statesWithoutPredicate(stated)) &&
      // A purpose is a claim of its own: "so it can fire the workers" is not told by what the team asked for.
      (this.#purpose === undefined || stated.has(this.#purpose)) &&
      // So is a cause: "laid off workers because of the shutdown" is not told by a quote that never names it.
      (this.#cause.length === 0 || this.#cause.some((w) => stated.has(w))) &&
      // "Isaac was confined with silver chains in Italy" is not stated by a paragraph that never writes Italy. Only
      // names after the verb: whom the claim is about (`aboutSubject`) and who says it may be named otherwise
      // ("Moscow" for Russia).
      this.#unsaidName(c, (w) => w.word.start > this.#verbAt) === undefined &&
      this.#statesBothClauses(inQuote, () => {
        this.evidence.byMeaning(inQuote, quoteTokens);
        this.evidence.knownByMeaning(inQuote, quoteTokens, this.knobs.paraphrase);
      });
    const placeInRole = clash?.kind === "place" && placeRoleContrast(input) !== undefined;
    // A figure the claim gives that the quote does not is a claim the quote does not make, clash or none.
    const lacksFigure = figuresUnstated(claim, this.#figures, figuresIn(quote, quoteTokens())).length > 0;
    // Held as written or by a bridge of the same word, not by a word of like meaning: what moves a passage up the
    // reply must say the very thing ("Trump will bring coal mining jobs back" is not said by "will be able to"),
    // of whom the claim says it: a passage that names someone else in the subject's place is not moved up.
    const lacksPredicate = this.#predicate.size === 0 || [...this.#predicate].some((w) => stated.get(w) !== 1);
    const plainly = !lacksPredicate && head !== undefined && inQuote.get(head) === 1;
    return judgeClaim(
      { coverage, contrast: clash, lacks, statesPredicate, placeInRole, lacksFigure, lacksPredicate, plainly },
      this.knobs,
    );
  }
}

/**
 * Whether the sentence of a passage where its clash with the claim stands is hedged: a hedging word in it
 * ("probably", `hedgeWords`) or a source it is attributed to with one ("the sources claim").
 */
export function clashHedged(c: Candidate, judged: Judged): boolean {
  const paragraph = c.indexed.article.paragraphs[c.index];
  if (!paragraph || !judged.contrast) return false;
  const s = clashSentence(paragraph, c.span, judged.contrast);
  const sentence = paragraph.sentences[s];
  if (!sentence) return false;
  const sources = c.indexed.attribution[c.index]?.[s] ?? [];
  return hedgeWords(sentence.text).length > 0 || sources.some((a) => a.hedges.length > 0);
}

/** Clashes of polarity (`contrastOf`): the claim denied, or the opposite word. */
const POLARITY_CLASHES: ReadonlySet<ContrastKind> = new Set(["negation", "antonym"]);

/** Clashes a quote that states the claim outright may still hold (`statesOutright`): another figure, the opposite word. */
const OUTRIGHT_CLASHES: ReadonlySet<ContrastKind> = new Set(["number", "date", "quantity", "antonym"]);

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

/** A claim's light verb: the one before its object, or its verb where that is one and no object was read. */
function lightOf(clause: ClaimClause | undefined): Token | undefined {
  const verb = clause?.verbal ? clause.predicate[0] : undefined;
  return clause?.light ?? (verb && isLightVerb(verb.surface) ? verb : undefined);
}

/** Where a claim's verb starts; past every word where none was read. */
function verbStart(clause: ClaimClause | undefined): number {
  return clause?.predicate[0]?.start ?? Number.POSITIVE_INFINITY;
}

/** Where the word right before a claim's verb starts, where a verb was read. */
function adverbOfVerb(claim: ReadText | undefined, clause: ClaimClause | undefined): number | undefined {
  const verb = clause?.verbal ? clause.predicate[0] : undefined;
  const at = verb ? (claim?.tokens.indexOf(verb) ?? -1) : -1;
  return at > 0 ? claim?.tokens[at - 1]?.start : undefined;
}

/**
 * A claim's ordinals and superlatives that give a rank: not "first" right before the claim's verb, which says when it
 * was done ("first sanctioned"), nor one between two verb forms ("how the plane was first built").
 */
function ranksOf(claim: ReadText, clause: ClaimClause | undefined, focus: readonly Weighed[]): Weighed[] {
  const adverb = adverbOfVerb(claim, clause);
  const at = (w: Weighed) => claim.tokens.findIndex((token) => token.start === w.word.start);
  return focus.filter(
    (w) =>
      w.word.start !== adverb &&
      !modifiesVerb(claim.tokens, at(w)) &&
      lexiconTags(foldWord(w.word.surface)).some((tag) => RANK_TAGS.has(tag)),
  );
}

/** `Judge.#saysPastVerb`: whether a claim weighs a word past its verb that is not `aside`; true where no active verb was read. */
function saysPastVerb(
  clause: ClaimClause | undefined,
  focus: readonly Weighed[],
  aside: (w: Weighed) => boolean,
): boolean {
  if (clause?.verbal !== true || clause.passive) return true;
  const verbAt = verbStart(clause);
  return focus.some((w) => w.word.start > verbAt && !aside(w));
}

/** `Judge.#describing`: a claim's setting words between its subject and its verb ("who was shot near Perris"). */
function describingSubject(clause: ClaimClause | undefined, setting: ReadonlySet<Weighed>): Set<Weighed> {
  const after = clause?.subject.at(-1)?.end ?? Number.POSITIVE_INFINITY;
  const before = verbStart(clause);
  return new Set([...setting].filter((w) => w.word.start > after && w.word.start < before));
}

/** Whether the word at `at` stands after a verb form ("was", "has", "will") and before another ("built"): an adverb. */
function modifiesVerb(tokens: readonly Token[], at: number): boolean {
  const tags = (i: number) => (tokens[i] ? lexiconTags(foldWord(tokens[i].surface)) : []);
  return at > 0 && tags(at - 1).some((tag) => VERB_TAGS.has(tag)) && tags(at + 1).some((tag) => VERB_TAGS.has(tag));
}

/** The object of a claim's verb (`objectOf`); none for a question. */
function objectPhrase(claim: ReadText | undefined, clause: ClaimClause | undefined): readonly Token[] {
  return claim && clause ? objectOf(claim.tokens, clause) : [];
}

/** Where the conjunction that joins a second clause to a claim's stands (`joiningWord`); none for a question. */
function joiningSpan(claim: ReadText | undefined, clause: ClaimClause | undefined): [number, number] | undefined {
  const joining = claim && clause ? joiningWord(claim.text, claim.tokens, clause) : undefined;
  return joining ? [joining.start, joining.end] : undefined;
}

/** A claim's subject up to its head (`subjectToHead`); none for a question. */
function headPhrase(claim: ReadText | undefined, clause: ClaimClause | undefined): readonly Token[] {
  return claim && clause ? subjectToHead(claim.text, claim.tokens, clause.subject) : [];
}

/** The words after a claim's "by": who did what a passive says was done. */
function agentOf(tokens: readonly Token[]): readonly Token[] {
  const by = tokens.findIndex((token) => token.surface.toLowerCase() === "by");
  return by < 0 ? [] : tokens.slice(by + 1);
}

/** Whether a claim says what its subject is: its predicate is the complement of "be". */
function isCopular(clause: ClaimClause | undefined): boolean {
  return clause !== undefined && clause.predicate.length > 0 && !clause.verbal && clause.light === undefined;
}

/** Pronouns that name nobody in particular: "someone has solved it" may be told of whoever did. */
const INDEFINITE: ReadonlySet<string> = new Set([
  "someone",
  "somebody",
  "something",
  "anyone",
  "anybody",
  "anything",
  "everyone",
  "everybody",
  "everything",
]);

/** Lexicon tags of a verb form. */
const VERB_TAGS: ReadonlySet<string> = new Set(["Verb", "Copula", "Modal", "PastTense", "PresentTense", "Participle"]);

/** Lexicon tags of a word that ranks what it describes. */
const RANK_TAGS: ReadonlySet<string> = new Set(["Ordinal", "Superlative"]);
