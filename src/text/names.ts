import { baseForms } from "../lexicon/wordnet.ts";
import { fold, foldWord, onlySpacesBetween, type Token } from "./analyzer.ts";
import { oneEditApart } from "./edits.ts";
import { initialOf, SKIPPED } from "./initialisms.ts";
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

/** Lexicon tags of words that name a time: "July", "Monday", "Christmas". */
export const TIME_NAME_TAGS: ReadonlySet<string> = new Set(["Month", "WeekDay", "Date", "Holiday"]);

/**
 * Whether a word of a text names someone or something a "who" question may be answered by: a name (`looksLikeName`)
 * that names no time ("due to report next July" names no one).
 */
export function namesSomeone(text: string, word: { start: number; surface: string }): boolean {
  return looksLikeName(text, word) && !lexiconTags(word.surface.toLowerCase()).some((tag) => TIME_NAME_TAGS.has(tag));
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

/** A name's word shorter than this is not read as misspelt: too many short names are one edit apart ("Iran", "Iraq"). */
const MIN_SLIP_LENGTH = 5;

/** The fewest letters of a name that a longer word must start with to be built on it ("West" in "Western"). */
const MIN_STEM_LENGTH = 4;

/** Initials as a question writes them: "PO", "WWII", "U.N.". */
const INITIALS = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6}|\p{Lu}{2,3}[IVX]{1,3})$/u;

/**
 * Whether a text (`text`, its `tokens`: a paragraph, a headline) writes a word of a question's name, allowing
 * for a writer's slip and for the forms a name takes: the word itself, a possessive included; one edit apart
 * where it has five letters or more ("Celeron" for "Céloron", "Shirly" for "Shirley"); the start of a longer
 * word built on it, all but its last two letters and four at least ("Western" for "West", "Aristotelian" for
 * "Aristotle"); or its initials spelt out (`spellsInitials`: "PO" for "Presiding Officer").
 */
export function writesName(name: string, text: string, tokens: readonly Token[]): boolean {
  const folded = foldWord(name);
  // A stem of three letters or fewer starts too many words: "us" starts "usually".
  const stem =
    folded.length >= MIN_STEM_LENGTH ? folded.slice(0, Math.max(MIN_STEM_LENGTH, folded.length - 2)) : undefined;
  const held = tokens.some((token) => {
    const word = foldWord(token.surface);
    return (
      word === folded ||
      (folded.length >= MIN_SLIP_LENGTH && oneEditApart(folded, word)) ||
      (stem !== undefined && word.length > stem.length && word.startsWith(stem))
    );
  });
  // A plural or a possessive keeps its initials ("UAVs", "the SP's"): only a small "s" after capitals is the plural's.
  const bare = name.replace(/['’]s$/u, "").replace(/(?<=\p{Lu}\.?)s$/u, "");
  if (held || !INITIALS.test(bare)) return held;
  return spellsInitials(fold(bare).replaceAll(".", ""), text, tokens);
}

/**
 * Whether a run of words of a text, side by side, gives `initials` (folded), small words inside it skipped
 * ("Bank of England" for "BoE") and a Roman numeral kept whole ("World War II" for "WWII"). Two letters are
 * spelt only by capitalized words, as too many pairs of common words start with any two; three or more by words
 * in any case, as a text writes "a member of the Scottish Parliament" for "MSP".
 */
function spellsInitials(initials: string, text: string, tokens: readonly Token[]): boolean {
  const capitals = initials.length < 3;
  for (let first = 0; first < tokens.length; first += 1) {
    let spelled = "";
    for (let i = first; i < tokens.length && initials.startsWith(spelled); i += 1) {
      const token = tokens[i] as Token;
      if (i > first && !onlySpacesBetween(text, tokens[i - 1] as Token, token)) break;
      if (i > first && SKIPPED.has(token.surface.toLowerCase())) continue;
      if (capitals && !/^\p{Lu}/u.test(token.surface)) break;
      spelled += initialOf(token.surface);
      if (spelled === initials) return true;
    }
  }
  return false;
}
