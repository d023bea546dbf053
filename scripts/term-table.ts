/**
 * Derives `WordTables.terms` (src/text/word-tables.ts) at install time: the common words whose index term
 * must differ from their Porter stem, so that a term joins the forms of one word and nothing else.
 *
 * Each common word is brought to its dictionary form (`lemmatize`: "executions" -> "execution", "leaves"
 * -> "leaf"). A dictionary form's term is its Porter stem where no other form of the vocabulary has that
 * stem, and the form itself where one does: "executive" and "execution", "university" and "universe",
 * "news" and "new", "organ" and "organization" stay apart. Only the words whose term is then not what the
 * analyzer's own stemming gives them are written; a rare word, not in the table, keeps its stem.
 *
 * Words related by derivation are not joined: joining WordNet's derivational links, where they share a
 * stem, brought "executive" back to "execution" and "community" to "communication" through a shared verb,
 * and ranked no better on the labelled sets.
 */
import { stemmer } from "stemmer";

/** What the derivation reads. */
export interface TermSources {
  /** Common words. */
  vocabulary: readonly string[];
  /** A word's dictionary form (itself when it is one). */
  lemmatize: (word: string) => string;
  /** The stemming the analyzer falls back on for a word the table lacks. */
  stem: (word: string) => string;
}

const WORD = /^[a-z]+$/u;

export function deriveTermTable({ vocabulary, lemmatize, stem }: TermSources): Map<string, string> {
  const words = vocabulary.filter((word) => WORD.test(word));
  const lemmaOf = new Map(words.map((word) => [word, lemmatize(word)]));
  const lemmas = [...new Set(lemmaOf.values())].filter((lemma) => WORD.test(lemma));
  const sharing = new Map<string, number>();
  for (const lemma of lemmas) sharing.set(stemmer(lemma), (sharing.get(stemmer(lemma)) ?? 0) + 1);
  const termOf = (lemma: string) => ((sharing.get(stemmer(lemma)) ?? 0) > 1 ? lemma : stemmer(lemma));

  const table = new Map<string, string>();
  for (const word of [...words, ...lemmas]) {
    const lemma = lemmaOf.get(word) ?? word;
    const term = WORD.test(lemma) ? termOf(lemma) : stem(word);
    if (term !== stem(word)) table.set(word, term);
  }
  return table;
}
