import type { Paragraph } from "../corpus/types.ts";

/** The chosen quote: a run of whole sentences of a paragraph. */
export interface QuoteSpan {
  /** Index of the first, the best-matching and the last sentence quoted. */
  first: number;
  best: number;
  last: number;
  start: number;
  end: number;
}

/** The query terms one sentence holds: a set of them, or a map from each to anything (ranking's counts). */
export interface TermsHeld<T> {
  has(term: T): boolean;
  keys(): Iterable<T>;
}

/**
 * Quotes the `chosen` sentence (ranking's choice; by default the one carrying most of the query's
 * weight) and, where the sentence beside it adds query terms of its own, that one too: the
 * best-matching sentence or two, never cut mid-sentence. `matched[i]` holds the query terms of sentence
 * `i`, in whatever form the caller keeps terms; `weightOf` weighs one.
 */
export function selectQuote<T>(
  paragraph: Paragraph,
  matched: ReadonlyArray<TermsHeld<T>>,
  weightOf: (term: T) => number,
  chosen?: number,
): QuoteSpan {
  const { sentences } = paragraph;
  const weigh = (terms: Iterable<T>) => {
    let sum = 0;
    for (const term of terms) sum += weightOf(term);
    return sum;
  };
  const best =
    chosen ??
    matched.map((m) => weigh(m.keys())).reduce((top, weight, i, all) => (weight > (all[top] ?? 0) ? i : top), 0);
  const gain = (i: number) => weigh([...(matched[i]?.keys() ?? [])].filter((term) => !matched[best]?.has(term)));
  const before = gain(best - 1);
  const after = gain(best + 1);
  const first = before > after ? best - 1 : best;
  const last = after >= before && after > 0 ? best + 1 : best;
  return {
    first,
    best,
    last,
    start: sentences[first]?.start ?? 0,
    end: sentences[last]?.end ?? paragraph.text.length,
  };
}
