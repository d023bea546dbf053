import { baseForms } from "../lexicon/wordnet.ts";
import { foldWord, type Token } from "./analyzer.ts";
import { lexiconTags } from "./word-tables.ts";

/**
 * Lexicon tags of words that are names in any case and at any place in a sentence. First names are
 * not among them: too many are words too ("mark", "ned" for a mistyped "need").
 */
export const LEXICON_NAME_TAGS = new Set(["Place", "Country", "City", "Region", "Person", "LastName", "Organization"]);

/**
 * A cheap guess, without tagging, that a word of a text is a name: compromise's lexicon knows it for
 * one ("putin", "moscow"), or it is capitalized where a sentence does not begin ("the Wagner group").
 */
export function looksLikeName(text: string, word: { start: number; surface: string }): boolean {
  if (lexiconTags(word.surface.toLowerCase()).some((tag) => LEXICON_NAME_TAGS.has(tag))) return true;
  // A plural of initials names a kind of thing, not someone or somewhere: "UAVs", "MPs", "NGOs".
  if (/^\p{Lu}{2,}s$/u.test(word.surface)) return false;
  return /^\p{Lu}/u.test(word.surface) && !startsSentence(text, word.start);
}

/** Whether only spaces, quotes and brackets stand between `at` and the text's start or a full stop. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i -= 1) {
    const char = text[i] ?? "";
    if (/[.!?]/u.test(char)) return true;
    if (!/["'“‘(\s*_>]/u.test(char)) return false;
  }
  return true;
}

/** Lexicon tags of proper names, first names among them (which `looksLikeName` leaves out, as words too). */
const PROPER_TAGS = new Set([...LEXICON_NAME_TAGS, "FirstName", "MaleName", "FemaleName"]);

/**
 * Whether a capitalized word is a proper name rather than a common word written with a capital: compromise's
 * lexicon knows it as a name, or neither it nor WordNet knows it at all ("Pompeo", "Haftar"), even where it
 * starts a sentence. "Defense" and "Minister" in "the Russian Defense Minister" are common words, and a
 * people's adjective ("Russian") is not a name either.
 */
export function isProperName(token: Token): boolean {
  if (token.terms.length === 0 || !/^\p{Lu}/u.test(token.surface)) return false;
  const lower = token.surface.toLowerCase();
  // A pronoun's contraction is no name: "I’ve", "We’re".
  const [head = lower] = lower.split(/['’]/u);
  if (head !== lower && lexiconTags(head).includes("Pronoun")) return false;
  const tags = lexiconTags(lower);
  if (tags.includes("Demonym")) return false;
  if (tags.some((tag) => PROPER_TAGS.has(tag))) return true;
  return tags.length === 0 && baseForms(foldWord(lower)).length === 0;
}
