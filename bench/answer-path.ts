import { selectQuote } from "../src/answer/quote.ts";
import type { Article } from "../src/corpus/types.ts";
import { termStream } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";

/** How many passages an answer holds: citebot's default. */
export const ANSWER_SIZE = 3;

/**
 * What a peer must add to its top results to give an answer as citebot's `ask` does: each paragraph
 * fetched and its quote chosen, by citebot's own quote selection with every query term weighing the
 * same (a peer has no term weights of its own to offer). Takes the ids of `paragraphsOf`.
 */
export function quoter(articles: Article[]): (query: string, ids: number[]) => string[] {
  const paragraphs = articles.flatMap((article) => article.paragraphs);
  return (query, ids) => {
    const terms = new Set(tokenize(query).flatMap((token) => token.terms));
    return ids.flatMap((id) => {
      const paragraph = paragraphs[id];
      if (!paragraph) return [];
      const stream = termStream(paragraph);
      const matched = stream.sentenceEnds.map(
        (end, i) => new Set(stream.terms.slice(stream.sentenceEnds[i - 1] ?? 0, end).filter((term) => terms.has(term))),
      );
      const span = selectQuote(paragraph, matched, () => 1);
      return [paragraph.text.slice(span.start, span.end)];
    });
  };
}
