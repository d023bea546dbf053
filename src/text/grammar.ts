import { lexiconTags } from "./word-tables.ts";

/**
 * The few facts of English grammar that reading a question, a claim and who does what in a quote share,
 * without a tagger: auxiliaries and forms of "be", the lexicon's tags of verb forms, and how a place is
 * named. One home, so that a question and a claim are read alike.
 */

/** Forms of "be" and the auxiliaries and modals that stand before a verb without being what is said. */
const AUXILIARIES = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "am",
  "been",
  "being",
  "has",
  "have",
  "had",
  "having",
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "must",
  "shall",
  "should",
]);

/** compromise's tags for a verb form that can head a clause. */
export const FINITE_TAGS: ReadonlySet<string> = new Set([
  "PastTense",
  "PresentTense",
  "Infinitive",
  "Verb",
  "PerfectTense",
]);

/** compromise's tags for any verb form, as after an auxiliary ("was killed", "has been backing"). */
export const VERB_FORM_TAGS: ReadonlySet<string> = new Set([...FINITE_TAGS, "Participle", "Gerund"]);

/** The lexicon's tags of a place's name. */
const PLACE_TAGS = new Set(["Place", "Country", "City", "Region"]);

/** Prepositions that put a name in a place: "in Tobruk", "to Libya", "from Moscow". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "to",
  "from",
  "near",
  "into",
  "across",
  "outside",
  "inside",
]);

/** Whether a lower-case word is an auxiliary or a modal, "isn't" and "hasn't" among them. */
export function isAuxiliary(word: string | undefined): boolean {
  if (word === undefined) return false;
  const bare = word.replace(/n't$/u, "");
  return (
    AUXILIARIES.has(bare) ||
    AUXILIARIES.has(word) ||
    lexiconTags(bare).includes("Modal") ||
    bare === "ca" ||
    bare === "wo"
  );
}

/** Whether a lower-case word is a form of "be". */
export function isCopula(word: string): boolean {
  const bare = word.replace(/n't$/u, "");
  return lexiconTags(bare).includes("Copula") || bare === "be" || bare === "been" || bare === "being";
}

/** Whether the lexicon knows a word as a place's name ("Libya", "Tobruk"). */
export function isPlace(surface: string): boolean {
  return lexiconTags(surface.toLowerCase()).some((tag) => PLACE_TAGS.has(tag));
}
