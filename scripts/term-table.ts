/**
 * Derives `WordTables.terms` and `WordTables.stems` (src/text/word-tables.ts) at install time: the common
 * words whose index term is not what the analyzer's fallback would give them, so that a term joins the
 * forms of one word and nothing else, and the terms a rare word may take.
 *
 * Each common word is brought to its dictionary form (`lemmatize`: "executions" -> "execution", "leaves"
 * -> "leaf"; a plural to its singular's, "buildings" -> "build" as "building"). A dictionary form's term is its Porter stem where no other form of the vocabulary has that
 * stem, and the form itself where one does: "executive" and "execution", "university" and "universe",
 * "news" and "new", "organ" and "organization" stay apart.
 *
 * A rare word, not in the table, falls back on its stem; but Porter does not stem a word and its
 * dictionary form alike ("embeddings" -> "embed", "embedding" -> "embed" -> "emb"), and a bare stem meets
 * no dictionary form the table keeps whole ("propagator" -> "propag", "propagated" -> "propagate"). So the
 * fallback takes, among the terms of the common words that share the rare word's stem (`stems`), the one
 * spelt most like it (`termAmongStemMates` in src/text/analyzer.ts): "embeddings" -> "emb", "propagator"
 * -> "propagate". The table then holds every common word whose term is not what that fallback gives it.
 *
 * Words related by derivation are not joined: joining WordNet's derivational links, where they share a
 * stem, brought "executive" back to "execution" and "community" to "communication" through a shared verb,
 * and ranked no better on the labelled sets.
 */
import { stemmer } from "stemmer";
import { termAmongStemMates } from "../src/text/analyzer.ts";

/** What the derivation reads. */
export interface TermSources {
  /** Common words. */
  vocabulary: readonly string[];
  /** A word's dictionary form (itself when it is one). */
  lemmatize: (word: string) => string;
  /** The stemming the analyzer falls back on for a word the table lacks. */
  stem: (word: string) => string;
}

/** The derived tables: a common word's term where the fallback would give another; by stem, the terms of its common words. */
export interface TermTables {
  terms: Map<string, string>;
  stems: Map<string, string[]>;
}

const WORD = /^[a-z]+$/u;

export function deriveTermTable({ vocabulary, lemmatize, stem }: TermSources): TermTables {
  const words = vocabulary.filter((word) => WORD.test(word));
  const lemmaOf = new Map(words.map((word) => [word, dictionaryForm(word, lemmatize)]));
  const lemmas = [...new Set(lemmaOf.values())].filter((lemma) => WORD.test(lemma));
  const sharing = new Map<string, number>();
  for (const lemma of lemmas) sharing.set(stemmer(lemma), (sharing.get(stemmer(lemma)) ?? 0) + 1);
  const termOf = (lemma: string) => ((sharing.get(stemmer(lemma)) ?? 0) > 1 ? lemma : stemmer(lemma));

  const every = new Map<string, string>();
  for (const word of [...words, ...lemmas]) {
    const lemma = lemmaOf.get(word) ?? word;
    every.set(word, WORD.test(lemma) ? termOf(lemma) : stem(word));
  }
  // By stem, the terms of the common words with that stem, where one is not the stem: a stem all of whose
  // words have it as their term is met by a rare word's stem already.
  const byStem = new Map<string, Set<string>>();
  for (const [word, term] of every) byStem.set(stem(word), (byStem.get(stem(word)) ?? new Set()).add(term));
  const stems = new Map<string, string[]>();
  for (const [stemmed, terms] of byStem) {
    if ([...terms].some((term) => term !== stemmed)) stems.set(stemmed, [...terms].sort());
  }
  const terms = new Map<string, string>();
  for (const [word, term] of every) {
    const stemmed = stem(word);
    if (term !== termAmongStemMates(word, stemmed, stems.get(stemmed) ?? [])) terms.set(word, term);
  }
  return { terms, stems };
}

/**
 * A word's dictionary form, where a plural meets its singular: the lemmatizer reads "buildings" as the noun
 * "building" but "building" as a form of "build", so the plural of an -ing word takes its singular's form.
 * Following every dictionary form further did not keep to plurals ("founded" -> "found" -> "find").
 */
function dictionaryForm(word: string, lemmatize: (word: string) => string): string {
  const lemma = lemmatize(word);
  return lemma !== word && word.endsWith("s") && lemma.endsWith("ing") ? lemmatize(lemma) : lemma;
}
