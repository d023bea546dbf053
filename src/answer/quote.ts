import type { Paragraph } from "../corpus/types.ts";
import type { Token } from "../text/analyzer.ts";

/** The chosen quote: a run of whole sentences of a paragraph. */
export interface QuoteSpan {
  /** Index of the first and the last sentence quoted. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * Picks the sentence that carries most of the query's weight and, where the sentence beside it adds
 * query words of its own, that one too: the best-matching sentence or two, never cut mid-sentence.
 */
export function selectQuote(paragraph: Paragraph, tokens: Token[], weightOf: (term: string) => number): QuoteSpan {
  const termsBySentence = paragraph.sentences.map(
    (sentence) =>
      new Set(
        tokens
          .filter((token) => token.start >= sentence.start && token.end <= sentence.end)
          .flatMap((token) => token.terms),
      ),
  );
  const weigh = (terms: Set<string>) => [...terms].reduce((sum, term) => sum + weightOf(term), 0);
  let best = 0;
  termsBySentence.forEach((terms, i) => {
    if (weigh(terms) > weigh(termsBySentence[best] ?? new Set())) best = i;
  });
  const gain = (i: number) => {
    const terms = termsBySentence[i];
    const have = termsBySentence[best] ?? new Set();
    return terms ? weigh(new Set([...terms].filter((term) => !have.has(term)))) : 0;
  };
  const before = gain(best - 1);
  const after = gain(best + 1);
  const first = before > after ? best - 1 : best;
  const last = after >= before && after > 0 ? best + 1 : best;
  const startSentence = paragraph.sentences[first];
  const endSentence = paragraph.sentences[last];
  return { first, last, start: startSentence?.start ?? 0, end: endSentence?.end ?? paragraph.text.length };
}
