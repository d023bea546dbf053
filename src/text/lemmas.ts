import { baseForms } from "../lexicon/wordnet.ts";
import { foldWord, perWord } from "./analyzer.ts";
import { baseForm } from "./word-tables.ts";

/**
 * A word's WordNet lemmas, an irregular form brought home first ("won" -> win), or the word itself. Remembered
 * by word: every word of a quote is looked up for each word of a claim.
 */
export const lemmas = perWord((surface: string): readonly string[] => {
  const folded = baseForm(foldWord(surface));
  const forms = baseForms(folded);
  return forms.length > 0 ? forms : [folded];
});
