import type { CorpusIndex } from "../search/corpus-index.ts";

/**
 * A term's weight is its rarity across paragraphs, as BM25's inverse document frequency; a term the
 * corpus never uses weighs most, since it is what makes a question about something else.
 */
export function termWeight(index: CorpusIndex, term: string): number {
  const total = index.paragraphs.length;
  const frequency = index.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
