import { eng } from "stopword";
import { baseForms } from "../lexicon/wordnet.ts";
import { withoutNoise } from "./query.ts";
import { baseForm, lexiconTags } from "./word-tables.ts";

/**
 * Below this share of known words, a text is not read as English. English questions and claims over the
 * labelled sets (766 of them, lower-case and full of names as some are) never came under 0.5 once names
 * were left out; questions in French, Spanish, German, Italian, Portuguese or Dutch mostly stand at 0 to 0.4.
 */
const ENGLISH_SHARE = 0.5;
/** Fewer words than this say too little about a language: "Haftar?" or "bombardement" are left to the answer. */
const MIN_WORDS = 2;

/**
 * compromise's lexicon knows names and the articles of other languages that English text borrows with them
 * ("de", "el", "les" in "de la Cruz"), and "que" as an abbreviation: a word it knows only as one of these
 * says nothing of the language.
 */
const NOT_ENGLISH_EVIDENCE = new Set([
  "Determiner",
  "Abbreviation",
  "ProperNoun",
  "Person",
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Place",
  "Country",
  "City",
  "Region",
  "Organization",
]);

/** English's clitics, taken off so that "isn't" is read as "is" and "Libya's" as "libya". */
const CLITIC = /(?:n't|'s|'re|'ve|'ll|'d|'m)$/u;
/** A word: letters, with apostrophes inside ("isn't", "qu'est"). */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

const STOP = new Set<string>(eng);

/**
 * Whether `text` reads as English, for telling a user that citebot reads English rather than answering
 * "the article never mentions que, en". Words a capital starts are names (or a question's first word) and are
 * left out, as are single letters, links, mentions and emoji; a text in another script (Cyrillic, Chinese, Arabic…) is not English. A
 * word is known from the English tables the analyzer already has: the stop words, compromise's lexicon, and
 * WordNet's lemmas for words of four letters or more (WordNet lists "la", "de" and "der" among its lemmas).
 * Too few words to tell is read as English, so that short or odd questions are answered as ever.
 */
export function readsAsEnglish(text: string): boolean {
  const said = withoutNoise(text);
  if (mostlyOtherScript(said)) return false;
  const counted = [...said.matchAll(WORD)]
    .map((match) => match[0])
    .filter((word) => word.length > 1 && !/^\p{Lu}/u.test(word))
    .map((word) => word.toLowerCase().replaceAll("’", "'").replace(CLITIC, ""));
  if (counted.length < MIN_WORDS) return true;
  const known = counted.filter(isEnglishWord).length;
  return known / counted.length >= ENGLISH_SHARE;
}

function isEnglishWord(word: string): boolean {
  if (STOP.has(word) || isLexiconWord(word) || isLexiconWord(baseForm(word))) return true;
  return word.length >= 4 && baseForms(word).length > 0;
}

function isLexiconWord(word: string): boolean {
  return lexiconTags(word).some((tag) => !NOT_ENGLISH_EVIDENCE.has(tag));
}

/** More letters in scripts other than Latin than in Latin: Cyrillic, Greek, Arabic, Chinese, Japanese… */
function mostlyOtherScript(text: string): boolean {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters - latin > latin;
}
