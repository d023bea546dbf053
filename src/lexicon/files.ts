/**
 * Where the lexicon's built files live. scripts/build-lexicon.ts writes them at install time and the loaders
 * read them, so both take the names from here. The folder is resolved from this module's own location, not
 * the working directory, because the bot, the CLI and the tests are started from different folders.
 */

import { fileURLToPath } from "node:url";

/** The project's `data/` folder (git-ignored; rebuilt by `npm ci` through the `prepare` script). */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/**
 * WordNet links, one lemma a line: `word<TAB>parts of speech<TAB>related words separated by spaces`. The
 * parts of speech are a bit mask of {@link POS_BITS}, needed to find base forms the way WordNet's morphy does.
 */
export const WORDNET_FILE = `${DATA_DIR}wordnet.txt`;

/**
 * Initials WordNet lists beside the words they stand for (GDP and "gross domestic product" in one synset),
 * one pair a line: `initials<TAB>words separated by spaces`, the initials in lower case.
 */
export const INITIALS_FILE = `${DATA_DIR}initials.txt`;

/**
 * WordNet's antonyms, one lemma a line: `word<TAB>its antonyms separated by spaces` ("rise" → fall), for
 * telling that a passage says the opposite of a claim.
 */
export const ANTONYMS_FILE = `${DATA_DIR}antonyms.txt`;

/**
 * Verbs that take a side on what they are said of, one a line: `word<TAB>for` ("back", "encourage") or
 * `word<TAB>against` ("oppose", "condemn"), grown from a few seeds down WordNet's verb hierarchy.
 */
export const STANCES_FILE = `${DATA_DIR}stances.txt`;

/**
 * WordNet's verbs that cause or entail one another, one verb a line: `word<TAB>the verbs at the other end of
 * the link and their word family` ("kill" → die, death), both ways; not synonyms ("kill" does not mean "die").
 */
export const CONSEQUENCES_FILE = `${DATA_DIR}consequences.txt`;

/**
 * WordNet's two-word lemmas, one a line: `first second<TAB>single-word synonyms separated by spaces` ("take
 * off" → depart), for a claim that says in a phrase what a passage says in a word.
 */
export const PHRASES_FILE = `${DATA_DIR}phrases.txt`;

/** Bits of the parts-of-speech mask in {@link WORDNET_FILE}. */
export const POS_BITS = { n: 1, v: 2, a: 4, r: 8 } as const;

/** The embeddings' words, one a line, most frequent first: line i is row i of {@link VECTORS_FILE}. */
export const VECTOR_WORDS_FILE = `${DATA_DIR}vectors.words.txt`;

/**
 * Unit-length word vectors quantised to Int8 (component × 127), one row per word of {@link VECTOR_WORDS_FILE}
 * and nothing else: the row length is the file's size divided by the number of words.
 */
export const VECTORS_FILE = `${DATA_DIR}vectors.bin`;

/** Tables derived from compromise's lexicon (src/text/word-tables.ts), written by scripts/build-word-tables.ts. */
export const WORD_TABLES_FILE = `${DATA_DIR}word-tables.json`;

/** What the outputs were built from; the build is skipped while it matches. */
export const STAMP_FILE = `${DATA_DIR}lexicon.stamp`;
