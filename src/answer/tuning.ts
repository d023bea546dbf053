/**
 * The knobs of ranking and of the relevance floor, each with its default and why it has that value.
 * They are set for the general case and checked on the labelled sets in ../shared/eval, never for a row.
 */

/** Passages returned when the caller does not say. */
export const DEFAULT_LIMIT = 3;

/**
 * A passage must match at least this share of the query's weight (each term weighted by its rarity,
 * words the corpus never uses included) to count as an answer: sharing "Russia" and "Libya" with
 * "Did China send troops to Libya?" is not answering it.
 */
export const MIN_COVERAGE = 0.3;

/**
 * When the words the corpus never uses carry at least this share of the query's weight, the corpus
 * cannot answer it ("What is the capital of France?"), whatever else matches.
 */
export const MAX_MISSING_SHARE = 0.5;

/** Names (people, places, organizations) weigh this much more than other words in ranking. */
export const NAME_BOOST = 2;

/**
 * Only this many leading characters of a query are tagged for names and nouns: tagging is the costly
 * step, a question is far shorter, and a pasted 6,000-character message is still searched whole.
 */
export const MAX_TAGGED_LENGTH = 1_000;

/** Paragraphs read sentence by sentence when ranking: the best this many by their paragraph score. */
export const CANDIDATES = 20;

/** How much a paragraph's best sentence counts beside the paragraph as a whole. */
export const SENTENCE_WEIGHT = 2;

/** Words shorter than this are not corrected for spelling: too many words are one edit from a short one. */
export const MIN_FUZZY_LENGTH = 5;
