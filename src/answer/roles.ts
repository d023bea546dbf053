import { foldWord, onlySpacesBetween, type Token } from "../text/analyzer.ts";
import { isAuxiliary, isCopula, isPlace as isPlaceName, VERB_FORM_TAGS } from "../text/grammar.ts";
import { isProperName, looksLikeName } from "../text/names.ts";
import { isNegator } from "../text/negation.ts";
import { lexiconTags } from "../text/word-tables.ts";
import type { ClaimClause } from "./claim-clause.ts";
import type { ReadText } from "./contrast.ts";
import type { Contrast } from "./types.ts";

/** Words between a subject and its verb that leave it the subject: "Russia has already supported". */
const BETWEEN_TAGS = new Set(["Adverb", "Negative", "Modal"]);

/** Pronouns and relative words: the subject they stand for is elsewhere, so who did it is not told here. */
const STAND_INS = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "who",
  "which",
  "that",
  "this",
  "these",
  "those",
]);

/** Relative words, whose doer is the noun phrase before them. */
const RELATIVES = new Set(["who", "which", "that"]);

/** At most this many words make the phrase that does what the predicate says ("the Yemen-based Houthi movement"). */
const AGENT_WORDS = 5;

/** What a quote says of who does what a claim's predicate says. */
export interface Roles {
  /**
   * Whether the quote may say the claim's subject does it: at one place where it has the predicate, who does
   * it is the subject, or not told (a pronoun, a passive without "by"), or the quote lacks the predicate.
   * False where each place names someone else: "Haftar, who is opposed by armed militia" does not say that
   * Russia opposes Haftar.
   */
  fits: boolean;
  /** Another named actor where the claim names one: "It was commissioned by Odo" against "William commissioned it". */
  clash?: Contrast;
  /**
   * Whether the quote says the claim's subject, by its name, does it at one place where it has the predicate:
   * "General Soleimani also approved the attacks" for "Soleimani endorsed the attacks".
   */
  stated?: boolean;
}

/**
 * Who the quote says does what a claim's predicate says, at each word of the quote that `isPredicate` takes
 * (the predicate or a word WordNet relates to it; another doer clashes only at the predicate's own word,
 * `isOwn`, since WordNet's "sanction" is also "approve"):
 * the phrase before it in the active ("Bohemond I founded"), the phrase after "by" in the passive ("was
 * commissioned by Odo"). Read for an active claim with a subject only; a claim in the passive, or one whose
 * predicate is not a verb ("is the leader", "had five floors"), always fits.
 */
export function rolesOf(
  claim: ReadText,
  clause: ClaimClause,
  quote: ReadText,
  isPredicate: (token: Token) => boolean,
  isOwn: (token: Token) => boolean,
): Roles {
  const { subject } = clause;
  if (clause.passive || !clause.verbal || subject.length === 0) return { fits: true };
  const subjectTerms = new Set(subject.flatMap((token) => token.terms));
  const subjectPlace = subject.some(isPlace);
  const named = subject.filter((token) => isProperName(token) || looksLikeName(claim.text, token));
  const personal = personalNames(subject);
  let fits: boolean | undefined;
  let clash: Contrast | undefined;
  let stated = false;
  for (const [i, token] of quote.tokens.entries()) {
    if (!isPredicate(token)) continue;
    const agent = agentOf(quote, i);
    const bySubject = isSubjectsDoer(personal, subjectTerms, agent);
    stated ||= bySubject;
    if (agent.length === 0 || bySubject) {
      fits = true;
      continue;
    }
    // A place stands for its government: "Moscow" may do what the claim says "Russia" does.
    if (subjectPlace && agent.some(isPlace)) {
      fits = true;
      continue;
    }
    fits ??= false;
    // A capitalized word inside a sentence names someone, whatever else WordNet knows it as ("by Odo").
    const other = agent.filter((t) => (isProperName(t) || looksLikeName(quote.text, t)) && !isPlace(t));
    const [first] = named;
    const last = named.at(-1);
    const [otherFirst] = other;
    // The name, not the description after its comma: "Sayyid Ali Hosseini Khamenei, the Supreme Leader".
    const otherLast = other
      .filter((t) => otherFirst && !quote.text.slice(otherFirst.start, t.end).includes(","))
      .at(-1);
    if (!clash && isOwn(token) && first && last && otherFirst && otherLast && !subjectPlace) {
      clash = {
        kind: "actor",
        claim: claim.text.slice(first.start, last.end),
        article: quote.text.slice(otherFirst.start, otherLast.end),
        claimAt: [first.start, last.end],
        articleAt: [otherFirst.start, otherLast.end],
      };
    }
  }
  return { fits: fits ?? true, ...(clash && { clash }), ...(stated && { stated }) };
}

/** Whether a doer's phrase is the claim's subject: a word of it, and no other person's name (`sameNamed`). */
function isSubjectsDoer(
  personal: ReadonlySet<string>,
  subjectTerms: ReadonlySet<string>,
  agent: readonly Token[],
): boolean {
  return sameNamed(personal, agent) && agent.some((t) => t.terms.some((term) => subjectTerms.has(term)));
}

/** The terms of the words of a phrase that are proper names and not places: whom it names ("Benjamin Netanyahu"). */
function personalNames(words: readonly Token[]): ReadonlySet<string> {
  return new Set(words.filter((t) => isProperName(t) && !isPlace(t)).flatMap((t) => t.terms));
}

/**
 * Whether a doer may be whom the claim's subject names: a title both hold says nothing where each names someone
 * and none of the names agree ("Israeli Prime Minister Benjamin Netanyahu" is not "Prime Minister Shahid
 * Soleymani").
 */
function sameNamed(claimNames: ReadonlySet<string>, agent: readonly Token[]): boolean {
  const names = agent.filter((t) => isProperName(t) && !isPlace(t));
  return claimNames.size === 0 || names.length === 0 || names.some((t) => t.terms.some((term) => claimNames.has(term)));
}

/**
 * The words that do what the verb at `at` says: after "by" for a passive, before the verb and its auxiliaries
 * for an active, where a name or a people's adjective tells who. Empty where the text does not tell (a
 * pronoun, a common noun, a passive without "by", a participle without its subject, a verb that opens its
 * clause).
 */
export function agentOf(read: ReadText, at: number): Token[] {
  const { tokens } = read;
  const verb = lower(tokens[at]);
  const tags = lexiconTags(verb);
  // A noun ("levied sanctions") has no doer to read here.
  if (!tags.some((tag) => VERB_FORM_TAGS.has(tag)) && !(tags.length === 0 && /ed$/u.test(verb))) return [];
  const run = auxiliaryRun(read, at);
  if (!run) return [];
  if (run.passive) {
    let by = at + 1;
    while (by < tokens.length && by <= at + 2 && lower(tokens[by]) !== "by") by += 1;
    if (lower(tokens[by]) !== "by" || !adjacent(read, at, by)) return [];
    return phrase(read, by + 1, 1);
  }
  // An active verb's subject is told by a name ("Bohemond I founded", "a Libyan leader who opposes"); a
  // common noun ("the company said") may be the claim's subject in other words.
  const subject = activeSubject(read, at, run.before);
  return subject.some((t) => isProperName(t) || lexiconTags(foldWord(t.surface)).includes("Demonym")) ? subject : [];
}

/**
 * Whether the verb at `at` is a passive: a participle after its noun and before "by" ("the government supported
 * by the UN"), or after a form of "be" with only auxiliaries, adverbs and negators between ("was further
 * sanctioned"), but not a progressive ("was supporting").
 */
export function passiveAt(read: ReadText, at: number): boolean {
  return auxiliaryRun(read, at)?.passive ?? false;
}

/**
 * The auxiliaries, adverbs and negators right before the verb at `at`: where they end (`before`, the index of the
 * word before them) and whether they make it a passive (`passiveAt`). Undefined where punctuation cuts the run.
 */
function auxiliaryRun(read: ReadText, at: number): { before: number; passive: boolean } | undefined {
  const { tokens } = read;
  let before = at - 1;
  let passive = lower(tokens[at + 1]) === "by";
  while (before >= 0) {
    const word = lower(tokens[before]);
    if (isCopula(word) && !/ing$/u.test(lower(tokens[at]))) passive = true;
    if (!isAuxiliary(word) && !isNegator(word) && !lexiconTags(word).some((tag) => BETWEEN_TAGS.has(tag))) break;
    if (!adjacent(read, before, before + 1)) return undefined;
    before -= 1;
  }
  return { before, passive };
}

/**
 * The noun phrase before an active verb at `at` and its auxiliaries (which end at `from`), or the one a
 * relative word before it stands for.
 */
function activeSubject(read: ReadText, at: number, from: number): Token[] {
  const { tokens } = read;
  let before = from;
  // "conquered England killing King Harold": a participle's doer is its clause's subject, further back.
  if (before === at - 1 && /ing$/u.test(lower(tokens[at]))) return [];
  if (before >= 0 && commaBetween(read, before)) return appositive(read, before);
  if (before < 0 || !adjacent(read, before, before + 1)) return [];
  // "Haftar, a Libyan military leader who opposes ...": a relative word's doer is the phrase it follows.
  if (RELATIVES.has(lower(tokens[before]))) before -= 1;
  return phrase(read, before, -1);
}

/** At most this many words make a name's description between commas: "a spokesman for the PMF". */
const APPOSITIVE_WORDS = 8;

/** Whether a comma alone stands between the tokens at `at` and `at + 1`. */
function commaBetween(read: ReadText, at: number): boolean {
  const [left, right] = [read.tokens[at], read.tokens[at + 1]];
  return left !== undefined && right !== undefined && /^\s*,\s*$/u.test(read.text.slice(left.end, right.start));
}

/**
 * The name a description between commas ends at `end` stands after, with that description: "Ahmed al-Assadi, a
 * spokesman for the PMF, blamed" is the doer of "blamed". The description opens with "a", "an" or "the" after a
 * comma that a name's word stands before; none where the text is not written so.
 */
function appositive(read: ReadText, end: number): Token[] {
  let open = end;
  while (open > 0 && end - open < APPOSITIVE_WORDS && adjacent(read, open - 1, open)) open -= 1;
  const opener = lower(read.tokens[open]);
  const named = read.tokens[open - 1];
  if (!(opener === "a" || opener === "an" || opener === "the") || !named || !commaBetween(read, open - 1)) return [];
  if (!(isProperName(named) || looksLikeName(read.text, named))) return [];
  const described = read.tokens.slice(open, end + 1).filter((token) => token.terms.length > 0);
  return [...phrase(read, open - 1, -1), ...described];
}

/** The noun phrase that starts (step 1) or ends (step -1) at `from`: its words with terms, determiners left out. */
function phrase(read: ReadText, from: number, step: 1 | -1): Token[] {
  const words: Token[] = [];
  for (let i = from; i >= 0 && i < read.tokens.length && words.length < AGENT_WORDS; i += step) {
    const token = read.tokens[i];
    if (!token) break;
    const word = lower(token);
    const tags = lexiconTags(word);
    // "I" after a name is a numeral ("Bohemond I"), not the pronoun.
    const numeral = token.surface === "I" && isProperName(read.tokens[i - 1] ?? token);
    if (STAND_INS.has(word) && !numeral) return [];
    const nounish = token.terms.length > 0 && !tags.some((tag) => NOT_NOUN_TAGS.has(tag)) && !/ly$/u.test(word);
    // "by the Houthi movement": a determiner opens the phrase after "by".
    // "Cook and Levin showed": both do it.
    const joins = word === "and" && words.length > 0;
    if (!nounish && !joins && !(words.length === 0 && step === 1 && tags.includes("Determiner"))) break;
    if (nounish) words.push(token);
    if (!adjacent(read, i, i + step)) break;
  }
  return step === 1 ? words : words.reverse();
}

/** Tags that end a noun phrase. */
const NOT_NOUN_TAGS = new Set([...VERB_FORM_TAGS, "Preposition", "Conjunction", "Adverb", "Determiner"]);

/** Whether only spaces stand between the tokens at `a` and `b` (no comma, no full stop, no bracket). */
function adjacent(read: ReadText, a: number, b: number): boolean {
  const [left, right] = a < b ? [read.tokens[a], read.tokens[b]] : [read.tokens[b], read.tokens[a]];
  if (!left || !right) return false;
  return onlySpacesBetween(read.text, left, right);
}

/** A place's name stands for its government: "Moscow" may do what "Russia" does. */
function isPlace(token: Token): boolean {
  return isPlaceName(token.surface);
}

function lower(token: Token | undefined): string {
  return token?.surface.toLowerCase().replaceAll("’", "'") ?? "";
}
