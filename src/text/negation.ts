import { lexiconTags } from "./word-tables.ts";

/**
 * English's closed class of negating words beside those compromise's lexicon tags `Negative` ("not",
 * "never", "non"): determiners and pronouns that deny what follows.
 */
const NEGATORS = new Set(["no", "none", "nobody", "nothing", "neither", "nor", "nowhere"]);

/** Whether a word denies what it governs: "not", "never", "no", "nobody", "didn't", "cannot". */
export function isNegator(surface: string): boolean {
  const word = surface.toLowerCase().replaceAll("’", "'");
  if (NEGATORS.has(word) || word === "cannot" || /n't$/u.test(word)) return true;
  return lexiconTags(word).includes("Negative");
}
