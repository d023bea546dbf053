import { antonyms } from "../lexicon/wordnet.ts";
import { foldWord, onlySpacesBetween, perWord, type Token } from "../text/analyzer.ts";
import { FINITE_TAGS, isPlace, PLACE_PREPOSITIONS, VERB_FORM_TAGS } from "../text/grammar.ts";
import { lemmas } from "../text/lemmas.ts";
import { isProperName, looksLikeName } from "../text/names.ts";
import {
  holdsNegator,
  isBeliefVerb,
  isDenialLike,
  isDenyingVerb,
  isNegativePronoun,
  isNegator,
} from "../text/negation.ts";
import { type Bound, daysIn, type Figure, figuresIn } from "../text/numbers.ts";
import { lexiconTags } from "../text/word-tables.ts";
import { relatedTerms } from "./bridge.ts";
import { isLightVerb } from "./claim-clause.ts";
import { personSwapped } from "./person-swap.ts";
import { placeRoleContrast } from "./place-role.ts";
import { deniesClaimedCase } from "./predicate.ts";
import { presenceContrast } from "./presence.ts";
import { namesSubject, PERSONAL, sentenceAround, sentenceOf } from "./quote-sentence.ts";
import { stanceReversed } from "./stance.ts";
import type { Contrast, ContrastKind } from "./types.ts";

/** A text with every one of its tokens, stop words included. */
export interface ReadText {
  text: string;
  tokens: readonly Token[];
}

/** What a contrast is looked for in: the claim, the quote, and what the passage holds of the claim's words. */
export interface ContrastInput {
  claim: ReadText;
  quote: ReadText;
  /** The whole paragraph, where a figure that agrees with the claim may stand outside the quote; read only where a figure clashes. */
  paragraph: () => ReadText;
  /**
   * The article's headline, context of every paragraph: a figure it gives agrees as one of the paragraph's would
   * ("dozens dead" in the headline is the article's count, not one the paragraph's "three terrorists" denies).
   */
  headline?: () => ReadText;
  /** The claim's terms and the terms that stand for them in the corpus (bridges): what matching means. */
  claimTerms: ReadonlySet<string>;
  /** How far the quote holds a word of the claim: 1 for the word itself, less for a related word, 0 for neither. */
  inQuote(token: Token): number;
  /** Whether the passage's article names a word of the claim anywhere (it may say "he" in the quote). */
  inArticle(token: Token): boolean;
  /**
   * The terms of the claim's predicate (`readClaim`), of the words that stand for it in the corpus and of those
   * WordNet relates to it: a denial in the quote bears on the claim only where it says what the claim does.
   * Where absent or empty, every denial bears.
   */
  predicate?: ReadonlySet<string>;
  /**
   * The passage's other paragraphs, where the article may give the claim's figure for the same unit: then a
   * figure of the quote that clashes counts another thing ("36 to 40 people under the rubble" against "over
   * 1,000 people lived there"). Read only where a count or amount clashes (not a date); none where absent.
   */
  article?: () => readonly ReadText[];
  /**
   * The terms of what the claim's predicate causes or follows from (`consequentOf`: "die", "death" for
   * "killed"), each with the claim's word: a denial of one in the quote denies the claim's event.
   */
  consequent?: ReadonlyMap<string, Token>;
  /**
   * The claim's light verb (`readClaim`: "gave" in "gave advice"), where it has one: a quote that denies another
   * light verb before the claim's object ("not going to offer ... advice") denies it.
   */
  light?: Token;
  /** The paragraph's sentences outside the quote, each with where it starts against the quote's start; none where absent. */
  others?: () => ReadonlyArray<ReadText & { offset: number }>;
  /**
   * The share of the claim's words outside the clash that another sentence of the paragraph must hold for a
   * figure clashing there to count (`VERDICT.elsewhere`); above 1, or absent, none counts.
   */
  elsewhere?: number;
  /**
   * The terms of whom the claim is about: the heads of its subject and of who it says said it, with the words
   * that stand for them in the corpus. A quote states what the claim denies only in a sentence that names one of
   * them, or a person by a pronoun: "Saree said" does not state what the claim says the agency did not say.
   * Where absent or empty, any sentence may.
   */
  subject?: ReadonlySet<string>;
  /**
   * Whether the quote has the claim's predicate only where it names someone else as doing it (`rolesOf`):
   * "Haftar, who is opposed by armed militia" holds "opposes" but not Russia's opposing, so an antonym of it
   * ("Russia has supported Haftar") still clashes.
   */
  predicateByOthers?: boolean;
  /** Whether a sentence around the quote has the claim's predicate only where it names someone else as doing it, as `predicateByOthers` says of the quote. */
  byOthers?: (read: ReadText) => boolean;
  /**
   * Where the claim's subject and the speaker it names stand in it (their tokens' starts): another actor stands in
   * for one of them, not for what the claim says was done ("S-300s" in "Russia sent S-300s to Libya" is no doer
   * for "RBC reports" to stand against). Where absent, any name of the claim may.
   */
  doers?: ReadonlySet<number>;
  /** Where the claim's predicate (`readClaim`) starts in it; absent where none was read. */
  predicateAt?: number;
}

/** How far after a light verb its object may stand: "offer the incoming president advice". */
const LIGHT_OBJECT_REACH = 4;

/** Lexicon tags of places, for telling "a different place" from "a different actor". */

/** How far a bound reaches: "more than two" fits up to four, "under 100" down to 50. */
const BOUND_REACH = 2;

/** How far "about" reaches, as a share of the figure. */
const ABOUT = 0.15;

/**
 * How far a negator reaches: up to this many words after it, and of those up to `NEGATED_WORDS` with terms
 * ("not a tapestry", "did not send", "no traces of explosives", "no evidence the attacks came").
 */
const NEGATION_REACH = 5;
const NEGATED_WORDS = 2;

/**
 * What in the quote says otherwise than the claim, with the clashing words on both sides, verbatim; or
 * undefined where nothing does. Looked for in order: another figure for the same thing (a number, a date, a
 * quantity: compared as values, "ten" against "more than two"), the claim's negation or an antonym of one of
 * its words (WordNet's: "rise" against "fell"; a negated antonym agrees), and another actor or place where the
 * passage lacks the claim's. Whether the rest of the claim is there is for the caller to weigh. Only the steps
 * that find one of `kinds` are taken, where given.
 */
export function contrastOf(input: ContrastInput, kinds?: ReadonlySet<ContrastKind>): Contrast | undefined {
  return firstClash(input, kinds ? FINDERS.filter((step) => step.kinds.some((kind) => kinds.has(kind))) : FINDERS);
}

/** The first clash one of `steps` finds, in their order. */
function firstClash(input: ContrastInput, steps: readonly Finder[]): Contrast | undefined {
  for (const { find } of steps) {
    const found = find(input);
    if (found) return found;
  }
  return undefined;
}

/** One of `contrastOf`'s steps: the kinds of clash it finds, and on what input it can find one (any, where absent). */
interface Finder {
  find: (input: ContrastInput) => Contrast | undefined;
  kinds: readonly ContrastKind[];
  reads?: (input: ContrastInput) => boolean;
}

/** `contrastOf`'s steps, in its order. */
const FINDERS: readonly Finder[] = [
  { find: figureContrast, kinds: ["number", "date", "quantity"] },
  { find: polarityContrast, kinds: ["negation", "antonym"] },
  { find: presenceContrast, kinds: ["negation"] },
  { find: nameContrast, kinds: ["actor", "place"] },
  { find: placeRoleContrast, kinds: ["place"] },
  { find: personSwapped, kinds: ["actor"] },
  { find: elsewhereContrast, kinds: ["number", "date", "quantity"], reads: readsElsewhere },
  { find: deniedElsewhere, kinds: ["negation"], reads: readsElsewhere },
];

/**
 * Whether the clash `contrastOf` finds is of one of `kinds`. The steps after the last that can find one of
 * them on this input are not taken: a clash they found would come first and be of another kind. A question
 * that states a figure asks only for a figure's clash: on the answer bench's slowest questions, reading their
 * quotes for a denial, an antonym and other names as well cost as much as the figures.
 */
export function clashesAs(input: ContrastInput, kinds: ReadonlySet<ContrastKind>): boolean {
  const finds = (step: Finder) => step.kinds.some((kind) => kinds.has(kind)) && (step.reads?.(input) ?? true);
  let last = FINDERS.length - 1;
  while (last >= 0 && !finds(FINDERS[last] as Finder)) last -= 1;
  const found = firstClash(input, FINDERS.slice(0, last + 1));
  return found !== undefined && kinds.has(found.kind);
}

/**
 * A figure that clashes in another sentence of the paragraph than the quoted ones ("... after their invasion
 * at Bannow Bay in 1169" beside a quoted sentence on the Normans in Ireland), where that sentence holds
 * `input.elsewhere` of the claim's other words: it speaks of what the claim does. Its `articleAt` stands
 * outside the quote, against the quote's start. A figure only: a denial or antonym in a sentence around the
 * quote called supported claims contradicted on the check set (2 of 20 against 1), and another name is what
 * the sentences around a quote differ by most.
 */
function elsewhereContrast(input: ContrastInput): Contrast | undefined {
  const { elsewhere = 2, others } = input;
  if (!readsElsewhere(input) || !others) return undefined;
  return clashElsewhere(others(), (sentence) => {
    const { there, terms } = asQuote(input, sentence);
    const found = figureContrast(there);
    return found && heldShare(input.claim, found.claimAt, terms) >= elsewhere ? found : undefined;
  });
}

/**
 * The claim's predicate denied in another sentence of the paragraph than the quoted ones ("The aircraft
 * crashed into houses." beside "... no-one was in the houses"), or, where the claim denies it, stated there
 * ("the strike, which was approved by President Donald Trump" beside a quote on what Soleimani approved,
 * against "Trump did not approve the strike"), where that sentence names whom the claim is about
 * (`namesSubject`) and holds `input.elsewhere` of the claim's other words. The predicate itself, not any shared
 * word: a denial of another word beside the quote called supported claims contradicted on the check set.
 */
function deniedElsewhere(input: ContrastInput): Contrast | undefined {
  const { elsewhere = 2, others, claim, predicate } = input;
  if (!readsElsewhere(input) || !others || !predicate || predicate.size === 0) return undefined;
  const denies = denial(claim, (token) => token.terms.length > 0) !== undefined;
  return clashElsewhere(others(), (sentence) => {
    const { there, terms } = asQuote(input, sentence);
    const found = polarityContrast(there);
    if (found?.kind !== "negation") return undefined;
    const [start, end] = found.claimAt;
    // A claim that denies is met by the word it denies, its negator standing before it.
    const word = claim.tokens.find((token) => token.end === end && (denies || token.start === start));
    const at = sentence.tokens.findIndex((token) => token.start >= found.articleAt[0]);
    const bears = word?.terms.some((t) => predicate.has(t)) === true && namesSubject(sentence, at, input.subject);
    return bears && heldShare(claim, found.claimAt, terms) >= elsewhere ? found : undefined;
  });
}

/** `input` with one sentence around the quote standing as the quote, and that sentence's terms. */
function asQuote(input: ContrastInput, sentence: ReadText): { there: ContrastInput; terms: ReadonlySet<string> } {
  const terms = new Set(sentence.tokens.flatMap((token) => token.terms));
  const inQuote = (token: Token) => (token.terms.some((t) => terms.has(t)) ? 1 : 0);
  const predicateByOthers = input.byOthers?.(sentence) ?? false;
  return { there: { ...input, quote: sentence, inQuote, predicateByOthers }, terms };
}

/** Whether `elsewhereContrast` reads the paragraph's other sentences: where it has them and its knob lets it. */
function readsElsewhere({ elsewhere = 2, others }: ContrastInput): boolean {
  return elsewhere <= 1 && others !== undefined;
}

/**
 * The first clash `find` finds in one of a paragraph's sentences outside the quote, its `articleAt` moved to
 * stand against the quote's start.
 */
export function clashElsewhere(
  sentences: ReadonlyArray<ReadText & { offset: number }>,
  find: (sentence: ReadText) => Contrast | undefined,
): Contrast | undefined {
  for (const sentence of sentences) {
    const found = find(sentence);
    if (!found) continue;
    const [start, end] = found.articleAt;
    return { ...found, articleAt: [start + sentence.offset, end + sentence.offset] };
  }
  return undefined;
}

/** The share of the claim's words with terms, outside `[start, end)` and negators, whose terms `terms` holds. */
function heldShare(claim: ReadText, [start, end]: readonly [number, number], terms: ReadonlySet<string>): number {
  const words = claim.tokens.filter(
    (token) => token.terms.length > 0 && (token.end <= start || token.start >= end) && !isNegator(token.surface),
  );
  const held = words.filter((token) => token.terms.some((t) => terms.has(t))).length;
  return words.length > 0 ? held / words.length : 0;
}

/** A figure of the claim that the quote gives otherwise for the same thing, and no figure around agrees with (`agreeingFigures`). */
function figureContrast(input: ContrastInput): Contrast | undefined {
  const { claim, quote, paragraph, article, claimTerms } = input;
  const claimed = figuresOfClaim(claim);
  if (claimed.length === 0) return undefined;
  // A figure the claim gives itself names what it speaks of ("the 707"), not another figure for it.
  const stated = figuresIn(quote.text, quote.tokens).filter(
    (other) => !claimed.some((own) => own.value === other.value && comparable(own, other)),
  );
  const agreeing = agreeingFigures(paragraph, article, input.headline, input.predicate);
  for (const figure of claimed) {
    if (namesAThing(claim, figure) || (figure.kind === "date" && !datesWhatIsHeld(input, figure))) continue;
    const same = stated.filter((other) => comparable(figure, other));
    if (same.length === 0 || same.some((other) => agrees(figure, other)) || agreeing(figure)) continue;
    const sameUnit = same.filter((f) => f.unit === figure.unit);
    const other = closestFigure(quote, sameUnit.length > 0 ? sameUnit : same, claimTerms);
    if (!other) continue;
    const kind: ContrastKind = figure.kind === "number" ? other.kind : figure.kind;
    return contrast(kind, claim.text, [figure.start, figure.end], quote.text, [other.start, other.end]);
  }
  return undefined;
}

/**
 * Whether the paragraph holds a word of what the claim's date dates: of the words between its predicate and the
 * date ("president" in "is running for president in 2016"), one at least, where there are any. "His first run
 * for governor in 2009" dates another run; "their invasion at Bannow Bay in 1169" is Ireland's where the
 * sentence before names it.
 */
function datesWhatIsHeld({ claim, predicateAt, paragraph }: ContrastInput, date: Figure): boolean {
  if (predicateAt === undefined || predicateAt > date.start) return true;
  const dated = claim.tokens.filter(
    (token) =>
      token.start > predicateAt &&
      token.end <= date.start &&
      token.terms.length > 0 &&
      !isNegator(token.surface) &&
      // A particle or adverb says how it happened, not what: "runs out in 2020".
      !lexiconTags(token.surface.toLowerCase()).some((tag) => NOT_DATED.has(tag)),
  );
  const held = new Set(paragraph().tokens.flatMap((token) => token.terms));
  return dated.length === 0 || dated.some((token) => token.terms.some((t) => held.has(t)));
}

/** Tags of words that say nothing of what a date dates. */
const NOT_DATED = new Set(["Preposition", "Adverb", "Conjunction", "Determiner", "Particle"]);

/** How many words either side of a figure tell what it counts: "of Republicans, 74 percent, think Pence will win". */
const FIGURE_CONTEXT = 6;

/**
 * Of the quote's figures that clash with one of the claim's, the one with most of the claim's words around it in
 * its sentence: "97 percent" of Democratic insiders and "74 percent" of Republicans are both percentages, and the
 * claim's "84 percent of Republican insiders" is held against the Republicans'. The first where none has more.
 */
function closestFigure(
  quote: ReadText,
  figures: readonly Figure[],
  claimTerms: ReadonlySet<string>,
): Figure | undefined {
  if (figures.length < 2) return figures[0];
  const around = (figure: Figure) => {
    const at = quote.tokens.findIndex((token) => token.start >= figure.start);
    const [first, last] = sentenceAround(quote, Math.max(at, 0));
    const near = quote.tokens.slice(Math.max(first, at - FIGURE_CONTEXT), Math.min(last, at + FIGURE_CONTEXT) + 1);
    return new Set(near.flatMap((token) => token.terms).filter((t) => claimTerms.has(t))).size;
  };
  let best = figures[0];
  let most = -1;
  for (const figure of figures) {
    const held = around(figure);
    if (held > most) [best, most] = [figure, held];
  }
  return best;
}

/** Whether a claim's figure names a thing rather than counting it: "the 707", "the S-300", a number after "the" with nothing it counts. */
function namesAThing(claim: ReadText, figure: Figure): boolean {
  return figure.unit === undefined && /^the$/iu.test(tokenBefore(claim, figure.start)?.surface ?? "");
}

/**
 * The claim's figures (`figures`, read from `claim`) that a text stating `stated` does not give: no figure of it
 * agrees in value, within the bounds either gives, a date being of the same unit. What a count counts is not
 * asked: the article words it otherwise ("33 federal charges", "33 counts"). A figure that names a thing ("the
 * 707") is left out: it says what the claim is about, not how much.
 */
export function figuresUnstated(claim: ReadText, figures: readonly Figure[], stated: readonly Figure[]): Figure[] {
  const gives = (figure: Figure, other: Figure) =>
    (figure.kind === "date" ? comparable(figure, other) : other.kind !== "date") && agrees(figure, other);
  return figures.filter((figure) => !namesAThing(claim, figure) && !stated.some((other) => gives(figure, other)));
}

/** Each claim's figures, by the claim as read: one claim is compared with every passage judged. */
const claimsFigures = new WeakMap<ReadText, Figure[]>();

function figuresOfClaim(claim: ReadText): Figure[] {
  let figures = claimsFigures.get(claim);
  if (!figures) {
    figures = figuresIn(claim.text, claim.tokens);
    claimsFigures.set(claim, figures);
  }
  return figures;
}

/**
 * Whether the paragraph or the headline (context of every paragraph), or for a count or an amount the rest of the
 * article, gives a figure that agrees with a claim's: then the quote's clashing figure is of another thing. A date
 * agrees with any of its kind ("1990" with every year an article names), so beyond the paragraph only a count or
 * an amount, whose unit says what it counts, is looked for, or a date in a sentence holding the claim's
 * predicate. Each text's figures are read once, on first need.
 */
function agreeingFigures(
  paragraph: ContrastInput["paragraph"],
  article: ContrastInput["article"],
  headline: ContrastInput["headline"],
  predicate: ContrastInput["predicate"],
): (figure: Figure) => boolean {
  let around: Figure[] | undefined;
  let inArticle: Figure[] | undefined;
  let datedElsewhere: Figure[] | undefined;
  return (figure) => {
    // A word's range ("most Democrats") gives no figure of its own to agree with an exact one ("84 percent").
    const fits = (other: Figure) =>
      comparable(figure, other) && agrees(figure, other) && (!other.vague || figure.vague === true);
    if (!around) {
      const whole = paragraph();
      const title = headline?.();
      around = figuresIn(whole.text, whole.tokens).concat(title ? figuresIn(title.text, title.tokens) : []);
    }
    if (around.some(fits)) return true;
    if (figure.kind === "date") {
      // A date beyond the paragraph dates the claim's event only in a sentence that says what the claim does:
      // "An apartment building collapsed on Monday" leaves "suspended on Tuesday" of another act.
      datedElsewhere ??= datesOf(article?.() ?? [], predicate);
      return datedElsewhere.some(fits);
    }
    // Beyond the paragraph only a figure that says what it counts is of the claim's thing: not "only 50 to 100".
    inArticle ??= (article?.() ?? [])
      .flatMap((other) => figuresIn(other.text, other.tokens))
      .filter((other) => other.unit !== undefined);
    return figure.unit !== undefined && inArticle.some(fits);
  };
}

/**
 * The dates `texts` give in a sentence that holds a term of `predicate`: each dates what the claim says was done.
 * None where no predicate was read.
 */
function datesOf(texts: readonly ReadText[], predicate: ReadonlySet<string> | undefined): Figure[] {
  if (!predicate || predicate.size === 0) return [];
  return texts.flatMap((read) =>
    figuresIn(read.text, read.tokens).filter((figure) => {
      if (figure.kind !== "date") return false;
      const at = read.tokens.findIndex((token) => token.start >= figure.start);
      return at >= 0 && sentenceOf(read, at).some((token) => token.terms.some((t) => predicate.has(t)));
    }),
  );
}

/** Whether two figures could be of the same thing: dates of one kind, or counts and amounts of one unit where both say. */
function comparable(a: Figure, b: Figure): boolean {
  if ((a.kind === "date") !== (b.kind === "date")) return false;
  if (a.kind === "date") return a.unit === b.unit;
  if (a.unit === undefined || b.unit === undefined) return a.kind === b.kind;
  if (daysIn(a.unit) !== undefined && daysIn(b.unit) !== undefined) return true;
  return a.unit === b.unit || sameUnit(a.unit, b.unit) || sameUnit(b.unit, a.unit);
}

/** Whether WordNet relates one unit's word to the other's: "five floors" and "ten-storey" count one thing. */
function sameUnit(unit: string, other: string): boolean {
  return relatedTerms(unit).has(other);
}

/** The values a figure without a range leaves open, as far as its bound reaches: "over 1,000" is 1,000 to 2,000. */
function reach({ value, bound }: Figure): readonly [number, number] {
  if (bound === "atLeast") return [value, BOUND_REACH * value];
  if (bound === "atMost") return [value / BOUND_REACH, value];
  if (bound === "about") return [value * (1 - ABOUT), value * (1 + ABOUT)];
  return [value, value];
}

/**
 * Whether `claimed` fits `stated`, within the bounds either gives. A bound is read as a reader takes it:
 * "more than two years" is not ten years, so a bound reaches to twice (or half) its figure, and "about" to
 * within 15%.
 */
function agrees(claimed: Figure, stated: Figure): boolean {
  // A vague share ("most") fits any figure or share within what it leaves open.
  if (claimed.range || stated.range) {
    const [low, high] = claimed.range ?? reach(claimed);
    const [otherLow, otherHigh] = stated.range ?? reach(stated);
    return low <= otherHigh && otherLow <= high;
  }
  // Spans of time in different units are held as days: "a week" against "three days".
  const spans = claimed.kind !== "date" && claimed.unit !== stated.unit;
  const [a, b] = spans
    ? [claimed.value * (daysIn(claimed.unit) ?? 1), stated.value * (daysIn(stated.unit) ?? 1)]
    : [claimed.value, stated.value];
  if (a === b) return true;
  if (claimed.bound === "about" || stated.bound === "about") {
    return Math.abs(a - b) <= ABOUT * Math.max(Math.abs(a), Math.abs(b));
  }
  const within = (value: number, bound: Bound, figure: number) =>
    bound === "atLeast"
      ? value >= figure && value < BOUND_REACH * figure
      : value <= figure && value > figure / BOUND_REACH;
  if (stated.bound !== "exact") return within(a, stated.bound, b) || claimed.bound === stated.bound;
  if (claimed.bound !== "exact") return within(b, claimed.bound, a);
  return false;
}

/**
 * The claim denied (a negator governs a word the quote shares with the claim, and none does in the claim,
 * or the reverse), or a word of the claim that the quote has only as its antonym. Both at once say the same
 * thing twice over: "did not reject" against "accepted".
 */
function polarityContrast(input: ContrastInput): Contrast | undefined {
  const { claim, quote, claimTerms, inQuote, predicate } = input;
  const consequent = input.consequent ?? new Map<string, Token>();
  // A quote's denial of what the predicate causes or follows from counts only where it speaks of the claim's
  // case: its words, not its negators nor the "one" of "no one".
  const names = (token: Token) => token.terms.some((t) => consequent.has(t) || predicate?.has(t));
  const caseTerms = withoutNegators(claim, claimTerms);
  const about = (token: Token, terms: (t: string) => boolean) =>
    token.terms.some(terms) && deniesClaimedCase(quote, token, names, caseTerms);
  const follows = (token: Token) => about(token, (t) => consequent.has(t));
  // "Nobody on the ground died" denies dying, not the ground.
  const verb =
    predicate && predicate.size > 0 ? (token: Token) => token.terms.some((t) => predicate.has(t)) : undefined;
  // A word of a name is not what a negator denies: "not a tapestry" does not deny the "Bayeux Tapestry".
  const predicates = new Set(
    claim.tokens.filter((token) => !looksLikeName(claim.text, token)).flatMap((token) => token.terms),
  );
  const claimDenial = denial(claim, (token) => !looksLikeName(claim.text, token), verb);
  const light = input.light;
  // Another light verb says what the claim's does before the claim's object: "offer ... advice" for "gave advice".
  const objectTerms = new Set(
    claim.tokens
      .filter((token) => light !== undefined && token.start > light.start && !looksLikeName(claim.text, token))
      .flatMap((token) => token.terms),
  );
  const lightToo = (token: Token) => {
    if (light === undefined || !isLightVerb(token.surface)) return false;
    const at = quote.tokens.indexOf(token);
    const [, last] = sentenceAround(quote, at);
    const object = quote.tokens.slice(at + 1, Math.min(last, at + LIGHT_OBJECT_REACH) + 1);
    return object.some((next) => next.terms.some((t) => objectTerms.has(t)));
  };
  const shared = (token: Token) =>
    token.terms.some((t) => caseTerms.has(t) && predicates.has(t)) || follows(token) || lightToo(token);
  // A denial of the claim's predicate in a word WordNet relates to it, in a clause about the claim's case ("no
  // deaths" for "nobody died"), agrees with a claim that denies; and where "no" denies a thing ("no evidence of
  // Israeli involvement has been reported" for "reports confirmed Israel took part"), it clashes with one that
  // does not. Not a verb denied ("did not mention" for "kept"): WordNet relates verbs through senses far apart.
  const alike = (token: Token) => about(token, (t) => predicate?.has(t) === true);
  // Any denial of a shared word makes the quote deny as the claim does; only one in scope denies the claim.
  const quoteDenies = denial(quote, (token) => shared(token) || alike(token));
  // A denial the claim makes itself by another negator ("had not investigated ... but had found nothing connected
  // to the plane") is the claim's other clause said alike, not the quote meeting the denial judged.
  const ownDenial = (token: Token) =>
    claimDenial !== undefined &&
    denial(claim, (word, negator) => claim.tokens[negator] !== claimDenial[0] && sharesTerm(word, token)) !== undefined;
  const quoteDenial =
    quoteDenies &&
    denial(
      quote,
      (token, negator) =>
        !ownDenial(token) &&
        (follows(token) ||
          lightToo(token) ||
          (shared(token) && inScope(quote, negator, token, predicate)) ||
          (claimDenial === undefined && quote.tokens[negator]?.surface.toLowerCase() === "no" && alike(token))),
    );
  // The predicate the quote holds only for another doer is not what the claim says of its subject.
  const held = (token: Token) =>
    inQuote(token) === 1 && !(input.predicateByOthers && token.terms.some((t) => predicate?.has(t)));
  const opposite =
    antonymIn(claim, quote, claimTerms, held, claimDenial === undefined) ??
    comparisonReversed(claim, quote, claimTerms) ??
    stanceReversed(input);
  // The claim's "no one" or "nothing" governs its predicate only, but a quote saying "found nothing connected
  // to" is not otherwise than a claim that says it too: the same word denied by a negator on both sides.
  const quoteDenied = (quoteDenial ?? quoteDenies)?.[1];
  const deniedToo =
    claimDenial === undefined &&
    quoteDenied !== undefined &&
    denial(claim, (token) => sharesTerm(token, quoteDenied)) !== undefined;
  // A claim's denial is met only by a quote's denial that bears on the claim's predicate (`inScope`): "didn't
  // have to install emissions-control technology" beside "prompted plant operators" does not deny the prompting.
  // A denial in other words of the claim's case ("no deaths were reported in the harbour") meets it too.
  const quoteMeets = claimDenial
    ? (quoteDenial ??
      denial(quote, (token, negator) => !ownDenial(token) && alike(token) && inScope(quote, negator, token, predicate)))
    : quoteDenies;
  const denied =
    (claimDenial === undefined) !== (quoteMeets === undefined) &&
    (claimDenial !== undefined || quoteDenial !== undefined) &&
    !deniedToo &&
    !deniedAlike(claimDenial ?? quoteDenial, claimDenial ? quote : claim);
  if (opposite && !denied) return opposite;
  if (!denied || opposite) return undefined;
  if (quoteDenial) {
    const [negator, governed] = quoteDenial;
    const claimWord =
      deniedInClaim(claim, governed, consequent) ??
      (lightToo(governed) ? light : undefined) ??
      claim.tokens.find((token) => predicate?.has(token.terms[0] ?? "") && relatedTo(token, governed));
    if (!claimWord || deniedOfOther(claim, claimWord, quote, governed, verb)) return undefined;
    return contrast("negation", claim.text, [claimWord.start, claimWord.end], quote.text, [
      negator.start,
      governed.end,
    ]);
  }
  return claimDenial && statementOf(input, claimDenial, consequent, verb);
}

/**
 * The claim denies what the quote states: its negator and the word it governs, against that word in the quote.
 * Where the quote lacks the word, it does not state what the claim denies; where its paragraph denies the word
 * as the claim does, beside the quote ("crashed into houses. ... no-one was in the houses"), the quote's word is
 * no statement of it.
 */
function statementOf(
  input: ContrastInput,
  [negator, governed]: [Token, Token],
  consequent: ReadonlyMap<string, Token>,
  verb: ((token: Token) => boolean) | undefined,
): Contrast | undefined {
  const { claim, quote } = input;
  // "General Soleimani also approved the attacks" does not say that the US sanctioned him.
  if (input.predicateByOthers) return undefined;
  if (denial(input.paragraph(), (token) => sharesTerm(token, governed), verb)) {
    return undefined;
  }
  // A denied noun ("no fishermen were killed") takes no object: the words after it are its clause's.
  const object = verb?.(governed) ? objectAfter(claim, governed) : [];
  const about = (at: number) => namesSubject(quote, at, input.subject) && namesObject(quote, at, object, claim);
  const stated = statedIn(quote, governed, consequent, about);
  const statement = quote.tokens[stated < 0 ? statedAfter(claim, quote, governed, about) : stated];
  if (!statement || supposed(quote, stated)) return undefined;
  return contrast("negation", claim.text, [negator.start, governed.end], quote.text, [statement.start, statement.end]);
}

/** Whether two words share a term. */
function sharesTerm(word: Token, other: Token): boolean {
  return word.terms.some((t) => other.terms.includes(t));
}

/** `terms` without those of the claim's negators and of the "one" a negative pronoun is written with ("no one"). */
function withoutNegators(claim: ReadText, terms: ReadonlySet<string>): ReadonlySet<string> {
  const left = new Set(terms);
  for (const [i, token] of claim.tokens.entries()) {
    const before = claim.tokens[i - 1];
    const negating =
      isNegator(token.surface, claim.tokens[i + 1]?.surface) ||
      (before !== undefined && isNegativePronoun(before.surface, token.surface));
    if (negating) for (const t of token.terms) left.delete(t);
  }
  return left;
}

/**
 * The claim's word that a quote's denial of `governed` denies: the same word, or the predicate word whose
 * cause or effect it names ("killed" for "no deaths").
 */
function deniedInClaim(claim: ReadText, governed: Token, consequent: ReadonlyMap<string, Token>): Token | undefined {
  return (
    claim.tokens.find((token) => sharesTerm(governed, token)) ??
    governed.terms.map((t) => consequent.get(t)).find((token) => token !== undefined)
  );
}

/** Whether WordNet relates the claim's word to `other` ("confirmed" to "evidence"). */
function relatedTo(word: Token, other: Token): boolean {
  const related = relatedTerms(word.surface);
  return other.terms.some((t) => related.has(t));
}

/**
 * Where the quote states the word a claim denies, or -1: in the claim's word or one WordNet relates to it
 * ("isn't backing" against "supported"), or, where the denied word is the predicate, in one naming the event
 * it causes or follows from ("no one was killed" against "three people died"). Not for a light verb: its
 * WordNet senses reach words of their own meaning ("give" for "open" in "the door gives onto the garden"), and
 * "refused to give the names" is not stated by "an open mind".
 */
function statedIn(
  quote: ReadText,
  governed: Token,
  consequent: ReadonlyMap<string, Token>,
  about: (at: number) => boolean,
): number {
  const linked = [...consequent].filter(([, token]) => token.start === governed.start).map(([t]) => t);
  const related = isLightVerb(governed.surface) ? [] : relatedTerms(governed.surface);
  const said = new Set([...governed.terms, ...related, ...linked]);
  return quote.tokens.findIndex((token, at) => token.terms.some((t) => said.has(t)) && about(at));
}

/**
 * Where the claim denies a light verb or a verb of belief ("was not taken to Moscow for treatment", "didn't
 * think the strike was justified"), what it denies is said by the words after it: the index of the first of them
 * in a sentence of the quote that holds every one ("flown to Moscow for treatment", "found the air strike
 * justified") and that `about` takes, or -1. Not where they are names only.
 */
function statedAfter(claim: ReadText, quote: ReadText, governed: Token, about: (at: number) => boolean): number {
  if (!isLightVerb(governed.surface) && !isBeliefVerb(governed.surface)) return -1;
  const after = claim.tokens.filter((token) => token.start > governed.start && token.terms.length > 0);
  // A name alone does not say what was done with it: "never paid out a Millennium Prize".
  const named = after.every((token) => looksLikeName(claim.text, token));
  if (named || after.some((token) => isNegator(token.surface))) return -1;
  return quote.tokens.findIndex((token, at) => {
    if (!sharesTerm(token, after[0] as Token) || !about(at)) return false;
    const sentence = sentenceOf(quote, at);
    return after.every((word) => sentence.some((other) => sharesTerm(other, word)));
  });
}

/**
 * The words of the object a claim's denied verb takes: those with terms after it, up to the first preposition,
 * conjunction or punctuation ("the families" in "did not meet the families of the victims"); none after a verb
 * that takes a preposition first ("wasn't followed by a fire").
 */
function objectAfter(claim: ReadText, governed: Token): Token[] {
  const at = claim.tokens.indexOf(governed);
  const object: Token[] = [];
  for (let i = at + 1; i < claim.tokens.length; i += 1) {
    const token = claim.tokens[i] as Token;
    const between = claim.text.slice(claim.tokens[i - 1]?.end ?? 0, token.start);
    const tags = lexiconTags(token.surface.toLowerCase());
    if (/[^\s]/u.test(between) || tags.some((tag) => OBJECT_ENDS.has(tag))) break;
    if (token.terms.length > 0 && !isNegator(token.surface)) object.push(token);
  }
  return object;
}

/**
 * Whether the quote denies the claim's verb of another object than the claim's: "do not change the speed of the
 * object" against "changes its direction". Both must give one, and share no word of it.
 */
function deniedOfOther(
  claim: ReadText,
  claimWord: Token,
  quote: ReadText,
  governed: Token,
  verb: ((token: Token) => boolean) | undefined,
): boolean {
  if (!verb?.(claimWord)) return false;
  const own = objectAfter(claim, claimWord);
  const other = objectAfter(quote, governed);
  const terms = new Set(other.flatMap((token) => token.terms));
  return own.length > 0 && other.length > 0 && !own.some((word) => word.terms.some((t) => terms.has(t)));
}

/** Tags of words that end an object: "meet the families **of** the victims". */
const OBJECT_ENDS = new Set(["Preposition", "Conjunction", "QuestionWord"]);

/**
 * Whether the sentence of the quote around `at` holds a word of the object the claim denies its verb of, or for
 * a name a person's pronoun ("levied sanctions against him" for "never sanctioned Soleimani"): "In a meeting
 * that day he was told ..." does not state that Putin met the victims' families. Any sentence does where the
 * claim gives no object.
 */
function namesObject(quote: ReadText, at: number, object: readonly Token[], claim: ReadText): boolean {
  if (object.length === 0) return true;
  const sentence = sentenceOf(quote, at);
  const terms = new Set(sentence.flatMap((token) => token.terms));
  const pronoun = sentence.some((token) => PERSONAL.has(token.surface.toLowerCase()));
  return object.some((word) => word.terms.some((t) => terms.has(t)) || (pronoun && looksLikeName(claim.text, word)));
}

/**
 * Whether a sentence of the quote states the claim outright: it holds every word of the claim that has terms, and
 * denies where the claim does and only there. Such a quote does not deny the claim, whatever its other sentence
 * says ("X is no more difficult than Y" beside "It captures the informal notion of a problem being at least as
 * difficult as another problem", put as a claim), nor name someone else in its place ("..., Doherty said").
 */
export function statesOutright(claim: ReadText, quote: ReadText): boolean {
  const words = claim.tokens.filter((token) => token.terms.length > 0 && !isNegator(token.surface));
  const denies = holdsNegator(claim.tokens);
  for (let first = 0; first < quote.tokens.length; ) {
    const [, last] = sentenceAround(quote, first);
    const sentence = quote.tokens.slice(first, last + 1);
    const terms = new Set(sentence.flatMap((token) => token.terms));
    const negated = holdsNegator(sentence);
    if (negated === denies && words.length > 0 && words.every((word) => word.terms.some((t) => terms.has(t))))
      return true;
    first = last + 1;
  }
  return false;
}

/**
 * Whether a denial by a verb ("denies", "refused to") is made on the other side too, in another verb of
 * denial ("rejected claims that", `isDenialLike`) or a word WordNet relates to it: "The FSB denies the two
 * explosions are connected" against "... dismissed a link": the denial is the same, however it is worded.
 */
function deniedAlike(denied: [Token, Token] | undefined, other: ReadText): boolean {
  const negator = denied?.[0];
  if (!negator || !isDenyingVerb(negator.surface)) return false;
  const alike = new Set([...negator.terms, ...relatedTerms(negator.surface)]);
  return other.tokens.some(
    (token, i) => isDenialLike(token.surface, other.tokens[i + 1]?.surface) || token.terms.some((t) => alike.has(t)),
  );
}

/** Words that open a clause the writer does not assert: "If graph isomorphism is NP-complete, ...". */
const SUPPOSING = new Set(["if", "whether", "unless", "suppose", "supposing"]);

/** Whether the word at `at` stands in a supposed clause: one of `SUPPOSING` before it in its sentence. */
function supposed(read: ReadText, at: number): boolean {
  const [first] = sentenceAround(read, at);
  return read.tokens.slice(first, at).some((token) => SUPPOSING.has(token.surface.toLowerCase()));
}

/**
 * The first negator of a text that governs a word `counts` takes ("did not send", "not a tapestry"): the
 * first word with terms within `NEGATION_REACH` words after it, other negators passed over; for a negative
 * pronoun ("nobody", "no one"), the first word `verb` takes after it, where `verb` is given. The negator and
 * that word, or undefined.
 */
function denial(
  read: ReadText,
  counts: (token: Token, negator: number) => boolean,
  verb?: (token: Token) => boolean,
): [Token, Token] | undefined {
  const { tokens } = read;
  for (const [i, negator] of tokens.entries()) {
    if (!negatorAt(read, i)) continue;
    if (verb && isNegativePronoun(negator.surface, tokens[i + 1]?.surface)) {
      const denied = tokens.find((token, j) => j > i && verb(token) && counts(token, i));
      if (denied) return [negator, denied];
      continue;
    }
    let content = 0;
    const after = isNegativePronoun(negator.surface, tokens[i + 1]?.surface) && negator.surface.length === 2 ? 2 : 1;
    for (let j = i + after; j <= i + NEGATION_REACH && j < tokens.length && content < NEGATED_WORDS; j += 1) {
      const word = tokens[j];
      if (!word || isNegator(word.surface) || word.terms.length === 0) continue;
      if (counts(word, i)) return [negator, word];
      content += 1;
    }
  }
  return undefined;
}

/** Whether the word at `i` denies what follows it: a negator, not one before a figure or one said alone. */
function negatorAt(read: ReadText, i: number): boolean {
  const word = read.tokens[i];
  return (
    word !== undefined &&
    isNegator(word.surface, read.tokens[i + 1]?.surface) &&
    !toAFigure(read.tokens, i) &&
    !saidAlone(read, i) &&
    !deniedDenial(read.tokens, i)
  );
}

/**
 * Whether the negator at `i` is one of two that cancel: a negator before a verb that denies with "to" ("did not
 * fail to make", "never refused to sign"), or that verb after one. Together they state what the verb governs.
 */
function deniedDenial(tokens: readonly Token[], i: number): boolean {
  const denies = (j: number) => isDenyingVerb(tokens[j]?.surface ?? "", tokens[j + 1]?.surface);
  const plain = (j: number) => j >= 0 && isNegator(tokens[j]?.surface ?? "") && !denies(j);
  if (denies(i)) return plain(i - 1) || plain(i - 2);
  return denies(i + 1) || denies(i + 2);
}

/**
 * Whether the negator at `i` ends what is said, a sentence or a quotation ending right after it, or is a "no"
 * answered ("When she said no, Roof told her"): "“And he didn’t,” Doherty said" denies nothing that follows,
 * where "It does not, however, list any 707s" does.
 */
function saidAlone(read: ReadText, i: number): boolean {
  const next = read.tokens[i + 1];
  const between = next === undefined ? "" : read.text.slice(read.tokens[i]?.end ?? 0, next.start);
  return /[.;!?"”]/u.test(between) || (read.tokens[i]?.surface.toLowerCase() === "no" && between.includes(","));
}

/**
 * Whether the word at `i` denies only with the "to" after it ("failed to", "declining to") and a figure follows
 * that "to": "declining to 375.8 million tons" says how far something fell, and denies nothing.
 */
function toAFigure(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  return word !== undefined && !isNegator(word.surface) && /^\p{N}/u.test(tokens[i + 2]?.surface ?? "");
}

/**
 * Whether a quote's denial (its negator at `negator`, governing `word`) bears on the claim's predicate: it
 * governs the predicate itself, or its sentence holds the predicate (or a word WordNet relates to it). "Thus
 * no problem in C is harder than X" denies being harder, not that every problem "can be reduced to X": a
 * denial of a noun the claim shares says otherwise only where it says what the claim does. Every denial
 * bears where the claim's predicate is not known.
 */
function inScope(quote: ReadText, negator: number, word: Token, predicate: ReadonlySet<string> | undefined): boolean {
  if (!predicate || predicate.size === 0 || word.terms.some((t) => predicate.has(t))) return true;
  return sentenceOf(quote, negator).some((token) => token.terms.some((t) => predicate.has(t)));
}

/**
 * A word of the claim the quote lacks (`held` says which it has itself), where the quote has one of its WordNet
 * antonyms instead; or, where `ofOther`, one it holds only in a sentence that says less of the claim than the
 * antonym's (`statesBest`). Not `ofOther` for a claim that denies: its negated antonym agrees, and would hide
 * the denial's clash.
 */
function antonymIn(
  claim: ReadText,
  quote: ReadText,
  claimTerms: ReadonlySet<string>,
  held: (token: Token) => boolean,
  ofOther: boolean,
): Contrast | undefined {
  // A claim that writes both words of a pair ("keep sending the money in ... break up the status quo") says
  // the quote's word itself, where it writes it as often as the quote does: then the quote's holding it is no
  // clash. Not where the quote writes it once more ("Apple allows ... the only retailer allowed").
  const writes = (read: ReadText, term: string, except?: Token) =>
    read.tokens.filter((token) => token !== except && token.terms.includes(term)).length;
  for (const [at, word] of claim.tokens.entries()) {
    // A related word does not say the same: "bring" for the claim's "won" leaves "lost" the opposite.
    if (word.terms.length === 0 && !mainStopVerb(claim, at)) continue;
    const elsewhere = held(word);
    if (elsewhere && !ofOther) continue;
    const opposed = opposes(word.surface);
    // A word of a name is no word of the sentence: "old" is not denied by "The New York Times", though a claim
    // that names the other ("South Korea" against "North Korea") still clashes.
    const named = inLongName(claim, at);
    const modified = modifiedBy(claim, at);
    const other = quote.tokens.find(
      (token, i) =>
        (token.terms.length > 0 || mainStopVerb(quote, i)) &&
        opposed(token.surface) &&
        !token.terms.some((t) => writes(claim, t, word) >= writes(quote, t)) &&
        (named || !inLongName(quote, i)) &&
        beside(quote, i, claimTerms) &&
        (modified === undefined || modifies(quote, i, modified)) &&
        (!elsewhere || statesBest(quote, i, word, claimTerms)),
    );
    if (other) return contrast("antonym", claim.text, [word.start, word.end], quote.text, [other.start, other.end]);
  }
  return undefined;
}

/**
 * Whether the word at `at` is a verb searching leaves out as a stop word, standing here as a main verb with its
 * object after it: "would have a zero-tolerance policy", not "have found", "have to", "had not", "has long been".
 * Its WordNet opposite ("lack") says otherwise as any verb's does.
 */
function mainStopVerb(read: ReadText, at: number): boolean {
  const token = read.tokens[at];
  const next = read.tokens[at + 1];
  if (!token || token.terms.length > 0 || !next || !onlySpacesBetween(read.text, token, next)) return false;
  if (!lexiconTags(token.surface.toLowerCase()).some((tag) => FINITE_TAGS.has(tag))) return false;
  const word = next.surface.toLowerCase();
  return (
    word !== "to" &&
    !isNegator(word) &&
    !lexiconTags(word).some((tag) => VERB_FORM_TAGS.has(tag) || tag === "Adverb" || tag === "Adjective")
  );
}

/**
 * Whether the quote's sentence around `at` lacks `word` and holds more of the claim's other words than any of its
 * sentences that hold it: the quote holds the claim's word, but of something else ("France fought and lost a
 * bitter war in Vietnam. Whereas they won the war in Algeria, ..." against "the French lost the war in Algeria").
 */
function statesBest(quote: ReadText, at: number, word: Token, claimTerms: ReadonlySet<string>): boolean {
  const holds = (sentence: readonly Token[], terms: (t: string) => boolean) =>
    new Set(sentence.flatMap((token) => token.terms.filter(terms))).size;
  const claimWords = (sentence: readonly Token[]) =>
    holds(sentence, (t) => claimTerms.has(t) && !word.terms.includes(t));
  const own = sentenceOf(quote, at);
  if (holds(own, (t) => word.terms.includes(t)) > 0) return false;
  const mine = claimWords(own);
  return quote.tokens.every((token, i) => !sharesTerm(token, word) || claimWords(sentenceOf(quote, i)) < mine);
}

/** How far before its noun a modifier may stand: "western Libya", "the last five years". */
const MODIFIER_REACH = 3;

/**
 * The word a claim's adjective or adverb at `at` modifies, where the next word has terms ("future Iranian attack
 * plans", "further improvement"): its opposite says otherwise only of that word.
 */
function modifiedBy(claim: ReadText, at: number): Token | undefined {
  const word = claim.tokens[at];
  const next = claim.tokens[at + 1];
  if (!word || !next || next.terms.length === 0 || !onlySpacesBetween(claim.text, word, next)) return undefined;
  const tags = lexiconTags(word.surface.toLowerCase());
  return tags.includes("Adjective") || tags.includes("Adverb") ? next : undefined;
}

/**
 * Whether the quote's word at `at` stands before `noun` within `MODIFIER_REACH` words: "in the last five years" is
 * not the claim's "future Iranian attack plans", "near zero" not its "further improvement".
 */
function modifies(quote: ReadText, at: number, noun: Token): boolean {
  return quote.tokens.slice(at + 1, at + 1 + MODIFIER_REACH).some((token) => sharesTerm(token, noun));
}

/**
 * Whether the quote's word at `at` is a word of a name of several capitalized words ("New" in "The New York
 * Times"), not one that starts a sentence alone.
 */
function inLongName(read: ReadText, at: number): boolean {
  const capitalized = (i: number) => /^\p{Lu}/u.test(read.tokens[i]?.surface ?? "");
  const joined = (i: number) =>
    /^\s+$/u.test(read.text.slice(read.tokens[i]?.end ?? 0, read.tokens[i + 1]?.start ?? 0));
  const token = read.tokens[at];
  if (!token || !capitalized(at)) return false;
  return (
    (capitalized(at + 1) && joined(at)) || (capitalized(at - 1) && joined(at - 1) && looksLikeName(read.text, token))
  );
}

/** Comparatives of amount and their reverse: "more" plants than others against "fewer". */
const COMPARATIVES: Readonly<Record<string, readonly string[]>> = {
  more: ["fewer", "less"],
  fewer: ["more"],
  less: ["more"],
};

/** How far "than" may stand after a comparative of amount: "more coal-fired plants than". */
const THAN_REACH = 4;

/**
 * A comparison of amount the quote makes the other way round ("closed fewer coal-fired plants than other
 * states" against "closed more coal plants than West Virginia"): a comparative of `COMPARATIVES` with "than"
 * after it on both sides, in a sentence of the quote that holds a word of the claim. Not where a number follows
 * "than" ("more than 30"): figures are compared as values.
 */
function comparisonReversed(claim: ReadText, quote: ReadText, claimTerms: ReadonlySet<string>): Contrast | undefined {
  const comparing = (read: ReadText, i: number) => {
    const words = read.tokens.slice(i + 1, i + 1 + THAN_REACH).map((token) => token.surface.toLowerCase());
    const than = words.indexOf("than");
    return than >= 0 && !/^\p{N}/u.test(read.tokens[i + 2 + than]?.surface ?? "");
  };
  for (const [i, word] of claim.tokens.entries()) {
    const reverse = COMPARATIVES[word.surface.toLowerCase()];
    if (!reverse || !comparing(claim, i)) continue;
    const at = quote.tokens.findIndex(
      (token, j) =>
        reverse.includes(token.surface.toLowerCase()) && comparing(quote, j) && beside(quote, j, claimTerms),
    );
    const other = quote.tokens[at];
    if (other) return contrast("antonym", claim.text, [word.start, word.end], quote.text, [other.start, other.end]);
  }
  return undefined;
}

/**
 * Whether a word of the quote stands in a sentence of it that holds a word the quote shares with the claim,
 * so that it speaks of what the claim does: of a two-sentence quote, the other sentence may be about
 * something else altogether.
 */
function beside(quote: ReadText, at: number, claimTerms: ReadonlySet<string>): boolean {
  const [first, last] = sentenceAround(quote, at);
  return quote.tokens
    .slice(first, last + 1)
    .some((token, i) => first + i !== at && token.terms.some((t) => claimTerms.has(t)));
}

/** Whether a word is one of WordNet's antonyms of the word written `surface` ("fell" of "rose"). */
export function opposes(surface: string): (other: string) => boolean {
  const own = lemmas(surface);
  const opposites = new Set(own.flatMap((lemma) => antonyms(lemma)));
  // Either side may be a form WordNet lists under its own line ("rose", whose lemma the rules miss).
  return (other) => lemmas(other).some((l) => opposites.has(l)) || opposite(other).some((l) => own.includes(l));
}

/** WordNet's antonyms of a word's lemmas ("low" of "highest"). */
export function antonymsOf(surface: string): readonly string[] {
  return lemmas(surface).flatMap((lemma) => antonyms(lemma));
}

/**
 * The antonyms listed under a word as written ("rose" -> fall). Remembered by word, as `lemmas` is: every word
 * of a quote is looked up for each word of the claim.
 */
const opposite = perWord((surface): readonly string[] => antonyms(foldWord(surface)));

/**
 * A name of the claim that the passage's whole article lacks (within it, the claim's "US" may be the
 * quote's "Pompeo"), where the quote names another of the same sort in its place: another place where the
 * claim puts something ("from Kazakhstan", "at Famagusta"), or another actor. Only proper names count on
 * both sides, not the capitalized words of a title ("the Russian Defense Minister"), nor a name written out
 * whose initials the claim used ("United States" for "US").
 */
function nameContrast({ claim, quote, claimTerms, inArticle, doers }: ContrastInput): Contrast | undefined {
  for (const [i, word] of claim.tokens.entries()) {
    if (word.terms.length === 0 || inArticle(word) || !properAt(claim, i)) continue;
    const place = placeWord(claim, firstOfName(claim, i));
    if (!place && doers && !doers.has(word.start)) continue;
    // "announced the strike on Twitter": a name after another preposition is neither who did it nor where.
    if (!place && afterPreposition(claim, firstOfName(claim, i))) continue;
    const other = quote.tokens.findIndex(
      (token, j) =>
        !token.terms.some((t) => claimTerms.has(t)) &&
        properAt(quote, j) &&
        // "President Donald Trump" is the claim's "Trump": no proper name of another name is the claim's
        // ("Port Elling" may still stand against "Port Talin").
        !nameWords(quote, j).some((t) => isProperName(t) && t.terms.some((term) => claimTerms.has(term))) &&
        (place
          ? placeWord(quote, firstOfName(quote, j)) || isPlace(token.surface)
          : !placeWord(quote, firstOfName(quote, j)) && isPlace(token.surface) === isPlace(word.surface)) &&
        !spellsOut(quote, j, word.surface),
    );
    if (other < 0) continue;
    return contrast(place ? "place" : "actor", claim.text, nameAt(claim, i), quote.text, nameAt(quote, other));
  }
  return undefined;
}

/** Whether the word at `at` is a proper name (`isProperName`). */
function properAt(read: ReadText, at: number): boolean {
  const token = read.tokens[at];
  return token !== undefined && isProperName(token);
}

/** The token that ends before `at`, if any. */
function tokenBefore(read: ReadText, at: number): Token | undefined {
  let found: Token | undefined;
  for (const token of read.tokens) if (token.end <= at) found = token;
  return found;
}

/** Whether a preposition stands before the word at `at`, a "the" between: "on Twitter", "for the Wagner group". */
function afterPreposition(read: ReadText, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /^(?:the|a|an)$/iu.test(read.tokens[before]?.surface ?? "")) before -= 1;
  return lexiconTags(read.tokens[before]?.surface.toLowerCase() ?? "").includes("Preposition");
}

/** Whether a name stands where a place does: after "in", "at", "from" and the like, a "the" between. */
function placeWord(read: ReadText, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /^(?:the|a|an)$/iu.test(read.tokens[before]?.surface ?? "")) before -= 1;
  return PLACE_PREPOSITIONS.has(read.tokens[before]?.surface.toLowerCase() ?? "");
}

/** Whether the name starting at `at` is spelled out from the initials `short` ("United States" for "US"). */
function spellsOut(read: ReadText, at: number, short: string): boolean {
  const letters = short.replaceAll(".", "");
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
  const [start, end] = nameAt(read, at);
  const initials = read.tokens
    .filter((token) => token.start >= start && token.end <= end && /^\p{Lu}/u.test(token.surface))
    .map((token) => token.surface[0])
    .join("");
  return initials === letters;
}

/** The tokens of the whole name around its word `at`: "Vladimir Putin", not "Putin" alone. */
function nameTokens(read: ReadText, at: number): [number, number] {
  const isName = (i: number) => {
    const token = read.tokens[i];
    if (!token || !looksLikeName(read.text, token)) return false;
    const between = (j: number) => read.text.slice(read.tokens[j]?.end ?? 0, read.tokens[j + 1]?.start ?? 0);
    return !/\S/u.test(i < at ? between(i) : between(i - 1));
  };
  let first = at;
  let last = at;
  while (first > 0 && isName(first - 1)) first -= 1;
  while (last + 1 < read.tokens.length && isName(last + 1)) last += 1;
  return [first, last];
}

/** The tokens of the whole name around its word `at`. */
function nameWords(read: ReadText, at: number): readonly Token[] {
  const [first, last] = nameTokens(read, at);
  return read.tokens.slice(first, last + 1);
}

function firstOfName(read: ReadText, at: number): number {
  return nameTokens(read, at)[0];
}

/** Where the whole name around its word `at` stands in the text, less a possessive ("Ana Kovač’s"). */
function nameAt(read: ReadText, at: number): [number, number] {
  const [first, last] = nameTokens(read, at);
  const end = read.tokens[last];
  const possessive = /['’]s?$/u.exec(end?.surface ?? "")?.[0].length ?? 0;
  return [read.tokens[first]?.start ?? 0, (end?.end ?? 0) - possessive];
}

function contrast(
  kind: ContrastKind,
  claimText: string,
  claimAt: [number, number],
  quoteText: string,
  articleAt: [number, number],
): Contrast {
  return {
    kind,
    claim: claimText.slice(...claimAt),
    article: quoteText.slice(...articleAt),
    claimAt,
    articleAt,
  };
}
