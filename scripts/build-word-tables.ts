/**
 * Writes data/word-tables.json from compromise's lexicon and wink-lemmatizer's WordNet rules (see
 * src/text/word-tables.ts and ./term-table.ts), at install time (`prepare`), after scripts/build-lexicon.ts
 * has written the embeddings' words and WordNet's links (which pair British and American spellings), so that
 * answering loads neither. It takes a few seconds, so it
 * always runs.
 */

import { mkdirSync, readFileSync } from "node:fs";
import { stemmer } from "stemmer";
import lemmatizer from "wink-lemmatizer";
import { americanSpellings } from "../src/answer/spelling-variants.ts";
import { REPORTING_VERBS } from "../src/attribution/reporting-verbs.ts";
import { DATA_DIR, VECTOR_WORDS_FILE, WORD_TABLES_FILE } from "../src/lexicon/files.ts";
import { baseForms, related } from "../src/lexicon/wordnet.ts";
import { deriveWordTables, type WordTables } from "../src/text/word-tables.ts";
import { deriveTermTable } from "./term-table.ts";
import { writeAtomically } from "./write-atomically.ts";

mkdirSync(DATA_DIR, { recursive: true });
/**
 * A word's dictionary form: a form compromise knows as irregular ("lost" -> "lose", "children" ->
 * "child"), else by WordNet's rules. A word ending in -ing or -ed is read as a verb first ("carrying" ->
 * "carry", though WordNet also lists "carrying" as a noun), one ending in -s as a noun first ("leaves" ->
 * "leaf", "expects" -> "expect"), any other as a noun only: "ground" is the ground, not a form of
 * "grind". Adjectives keep their degree.
 */
function lemmatize(word: string, irregular: Record<string, string>): string {
  if (Object.hasOwn(irregular, word)) return irregular[word] ?? word;
  const readings = /(?:ing|ed)$/u.test(word)
    ? [lemmatizer.verb, lemmatizer.noun]
    : word.endsWith("s")
      ? [lemmatizer.noun, lemmatizer.verb]
      : [lemmatizer.noun];
  const lemma = readings.map((reading) => reading(word)).find((lemma) => lemma !== word) ?? word;
  // A British spelling is brought to the American one, so that the two are one term ("organising" ->
  // "organise" -> "organize").
  const american = americanSpelling(lemma);
  return american === undefined ? lemma : lemmatize(american, irregular);
}

/**
 * The American spelling of a British one ("colours" -> "colors"), where WordNet links the two words ("colour",
 * "color"): a word it does not know is left as it is ("sobre" is Spanish, not "sober").
 */
function americanSpelling(word: string): string | undefined {
  const bases = baseForms(word);
  return americanSpellings(word).find((spelling) => {
    const american = baseForms(spelling);
    return bases.some((base) => american.some((other) => related(base).includes(other)));
  });
}

const derived = deriveWordTables(REPORTING_VERBS);
const { irregular } = derived;
const vocabulary = readFileSync(VECTOR_WORDS_FILE, "utf8").split("\n");
// The analyzer's own fallback (src/text/analyzer.ts), on the irregular forms derived just now.
const stem = (word: string) => stemmer(Object.hasOwn(irregular, word) ? (irregular[word] ?? word) : word);
const { terms, stems } = deriveTermTable({ vocabulary, lemmatize: (word) => lemmatize(word, irregular), stem });
const tables: WordTables = { ...derived, terms: Object.fromEntries(terms), stems: Object.fromEntries(stems) };
writeAtomically(WORD_TABLES_FILE, JSON.stringify(tables));
const counts = [
  `${Object.keys(tables.tags).length} words`,
  `${Object.keys(tables.irregular).length} irregular forms`,
  `${Object.keys(tables.demonyms).length} demonyms`,
  `${terms.size} words whose term is not what the fallback gives`,
  `${stems.size} stems whose common words have other terms`,
  `${REPORTING_VERBS.length} verbs`,
];
console.log(`word tables: ${counts.join(", ")} → ${WORD_TABLES_FILE}`);
