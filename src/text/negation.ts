import { antonyms, isAdjectiveForm } from "../lexicon/wordnet.ts";
import { foldWord, perWord, type Token, termsOf } from "./analyzer.ts";
import { lexiconTags } from "./word-tables.ts";

/**
 * English's closed class of negating words beside those compromise's lexicon tags `Negative` ("not",
 * "never", "non"): determiners and pronouns that deny what follows.
 */
const NEGATORS = new Set(["no", "none", "nobody", "nothing", "neither", "nor", "nowhere"]);

/** Negators that stand for the doer: they deny their clause's verb, not the words after them ("nobody on the ground died"). */
const NEGATIVE_PRONOUNS = new Set(["nobody", "none", "nothing", "no-one", "noone"]);

/**
 * Whether a negator stands for the doer of its clause ("nobody", "none", "no one"): what it denies is the
 * clause's verb, however far ("no one on the ground was killed"), not the first words after it; and the
 * "one" of "no one" is no count.
 */
export function isNegativePronoun(surface: string, next?: string): boolean {
  const word = surface.toLowerCase().replaceAll("’", "'");
  return NEGATIVE_PRONOUNS.has(word) || (word === "no" && next?.toLowerCase() === "one");
}

/** Verbs that deny the verb they govern with "to": "failed to make", "refused to sign", "declined to say". */
const DENYING_VERBS = ["fail", "refuse", "decline", "neglect"];

/** Verbs that deny the clause they govern: "The FSB denies the two explosions are related". */
const DENYING_CLAUSE = ["deny"];

/** Their terms, so that every form of them is found ("failed", "refuses", "denies"); made on first use. */
let denying: { to: Set<string>; clause: Set<string> } | undefined;

/**
 * Whether a word denies what it governs: "not", "never", "no", "nobody", "didn't", "cannot", "denies"; and a
 * verb that denies the one it governs ("failed to make") where `next`, the word after it, is "to".
 */
export function isNegator(surface: string, next?: string): boolean {
  const word = surface.toLowerCase().replaceAll("’", "'");
  if (NEGATORS.has(word) || NEGATIVE_PRONOUNS.has(word) || word === "cannot" || /n't$/u.test(word)) return true;
  return next?.toLowerCase() === "to" ? deniesTo(word) : negates(word);
}

/** Whether any word of `tokens` is a negator (`isNegator`, each read with the word after it). */
export function holdsNegator(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => isNegator(token.surface, tokens[i + 1]?.surface));
}

/** A negating word by the lexicon, or a verb that denies the clause it governs ("denies"). */
const negates = perWord((word: string) => {
  if (lexiconTags(word).includes("Negative")) return true;
  return termsOf(word).some((term) => denyingTerms().clause.has(term));
});

/** The same, or a verb that denies the verb it governs with "to" ("failed to"). */
const deniesTo = perWord((word: string) => negates(word) || termsOf(word).some((term) => denyingTerms().to.has(term)));

function denyingTerms(): { to: Set<string>; clause: Set<string> } {
  denying ??= { to: new Set(DENYING_VERBS.flatMap(termsOf)), clause: new Set(DENYING_CLAUSE.flatMap(termsOf)) };
  return denying;
}

/**
 * Verbs of belief whose denial is read as a denial of the clause they take: "didn't think the strike was
 * justified" says it was thought unjustified.
 */
const BELIEF_VERBS = ["think", "believe", "expect", "suppose"];

/** Their terms; made on first use. */
let belief: Set<string> | undefined;

/** Whether a word is a verb of belief ("thinks", "believed"): see `BELIEF_VERBS`. */
export function isBeliefVerb(surface: string): boolean {
  belief ??= new Set(BELIEF_VERBS.flatMap(termsOf));
  const terms = belief;
  return termsOf(surface.toLowerCase()).some((term) => terms.has(term));
}

/**
 * Verbs that may deny a claim without governing it as a negator does ("rejected claims that ...",
 * "dismissed reports of ..."): a denial on one side met by one of these on the other is not a clash.
 */
const DENIAL_LIKE = ["reject", "refute", "dismiss", "dispute", "rebut", "contest"];

/** Their terms; made on first use. */
let denialLike: Set<string> | undefined;

/** Whether a word is a verb of denial or one of `DENIAL_LIKE` ("rejected"). */
export function isDenialLike(surface: string, next?: string): boolean {
  denialLike ??= new Set(DENIAL_LIKE.flatMap(termsOf));
  const terms = denialLike;
  return isDenyingVerb(surface, next) || termsOf(surface.toLowerCase()).some((term) => terms.has(term));
}

/** Whether a word denies by being a verb of denial ("denies", "failed" before "to"), not a word of negation ("not"). */
export function isDenyingVerb(surface: string, next?: string): boolean {
  const word = surface.toLowerCase().replaceAll("’", "'");
  if (NEGATORS.has(word) || word === "cannot" || /n't$/u.test(word) || lexiconTags(word).includes("Negative")) {
    return false;
  }
  return isNegator(surface, next);
}

/** Prefixes that make a word its opposite: "unable", "non-Islamic", "disagree", "abnormal". */
export const NEGATING_PREFIX = /^(?:un|non|in|im|ir|il|dis|ab)-?/u;

/** Whether a word denies what it is written with a hyphened "non-" ("non-Islamic", "non-Arab"). */
export function isNonWord(surface: string): boolean {
  return /^non-/iu.test(surface);
}

/**
 * How far a negator reaches a word it denies, either side: "not equal", "is not yet known", "what was not
 * fought".
 */
export const DENIAL_REACH = 3;

/**
 * Whether a text denies one of a question's words (`asked` holds their terms) in any of the ways a question's
 * denial may be met: a negator or a verb of denial ("not", "never", "denied", "rejected") or a word with "non-",
 * within `DENIAL_REACH` words of one of them; or one of them with a negating prefix ("unable" meets "not able").
 * A denial of something else ("did not lead to justice") does not meet "What type of civil war was not fought?".
 */
export function deniesAny(tokens: readonly Token[], asked: ReadonlySet<string>): boolean {
  // The question's own negator is among its terms: a negator beside another is no word it denies.
  const isAsked = (token: Token) => !isNegator(token.surface) && token.terms.some((term) => asked.has(term));
  return tokens.some((token, i) => {
    const next = tokens[i + 1]?.surface;
    // A "non-" word denies its own stem ("non-members").
    if (isNonWord(token.surface)) return isAsked({ ...token, terms: termsOf(token.surface.replace(/^non-/iu, "")) });
    if (isNegator(token.surface, next) || isDenialLike(token.surface, next)) {
      const around = [...tokens.slice(Math.max(0, i - DENIAL_REACH), i), ...tokens.slice(i + 1, i + 1 + DENIAL_REACH)];
      return around.some(isAsked);
    }
    const word = token.surface.toLowerCase();
    return NEGATING_PREFIX.test(word) && termsOf(word.replace(NEGATING_PREFIX, "")).some((term) => asked.has(term));
  });
}

/** A word folded, a negating prefix taken off ("unable" -> "able"), remembered: quotes repeat their words. */
export const unprefixed = perWord((surface: string) => foldWord(surface).replace(NEGATING_PREFIX, ""));

/**
 * Whether a word is an adjective WordNet knows made its opposite by a negating prefix ("unrelated", "unsolved"):
 * it denies as a negator does, within one word.
 */
export function isPrefixNegated(surface: string): boolean {
  const word = foldWord(surface);
  const rest = unprefixed(surface);
  // A short rest is most often no word's stem ("under" is not "un-der"), unless WordNet opposes the two ("unfit").
  return (
    rest !== word && rest.length > 2 && isAdjectiveForm(rest) && (rest.length > 3 || antonyms(word).includes(rest))
  );
}
