import type { Paragraph } from "../corpus/types.ts";
import type { Token } from "../text/analyzer.ts";

/** The chosen quote: a run of whole sentences of a paragraph. */
export interface QuoteSpan {
  /** Index of the first, the best-matching and the last sentence quoted. */
  first: number;
  best: number;
  last: number;
  start: number;
  end: number;
}

/**
 * Quotes the `chosen` sentence (ranking's choice; by default the one carrying most of the query's
 * weight) and, where the sentence beside it adds query words of
 * its own, that one too: the best-matching sentence or two, never cut mid-sentence. `weightOf` is zero
 * for a term that is not the query's.
 */
export function selectQuote(
  paragraph: Paragraph,
  tokens: Token[],
  weightOf: (term: string) => number,
  chosen?: number,
): QuoteSpan {
  const { sentences } = paragraph;
  const matched = sentences.map(() => new Set<string>());
  let sentence = 0;
  for (const token of tokens) {
    while (sentence < sentences.length - 1 && token.start >= (sentences[sentence]?.end ?? 0)) sentence++;
    for (const term of token.terms) if (weightOf(term) > 0) matched[sentence]?.add(term);
  }
  const weigh = (terms: Iterable<string>) => {
    let sum = 0;
    for (const term of terms) sum += weightOf(term);
    return sum;
  };
  const weights = matched.map(weigh);
  const best = chosen ?? weights.indexOf(Math.max(...weights));
  const gain = (i: number) => weigh([...(matched[i] ?? [])].filter((term) => !matched[best]?.has(term)));
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
