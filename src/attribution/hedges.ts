import { CUE_WORDS, HEDGE_WORDS, HEDGING_LEMMAS } from "./lexicon.ts";

const HEDGE = new RegExp(`\\b(?:${[...HEDGE_WORDS].join("|")})\\b`, "giu");

/**
 * The hedging words of a sentence, lower-case, each once, in order ("probably", "reportedly", "may").
 * "May" with a capital is left out: inside a sentence it is the month.
 */
export function hedgeWords(text: string): string[] {
  const words = (text.match(HEDGE) ?? []).filter((word) => word !== "May").map((word) => word.toLowerCase());
  return [...new Set(words)];
}

/** The reporting words that are hedges in themselves ("claims", "fears"), lower-case, each once. */
export function hedgingCues(words: string[]): string[] {
  const hedging = words.filter((word) => HEDGING_LEMMAS.has(CUE_WORDS.get(word)?.lemma ?? ""));
  return [...new Set(hedging)];
}
