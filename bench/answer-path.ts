import { selectQuote } from "../src/answer/quote.ts";
import type { Article } from "../src/corpus/types.ts";
import { termStream } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import type { Search } from "./measure.ts";

/** How many passages an answer holds: citebot's default. */
export const ANSWER_SIZE = 3;

/**
 * The way of querying, among those an engine's `build` returns, that gives the ids (of `paragraphsOf`)
 * of its first `ANSWER_SIZE` hits, best first: the search an answer starts from.
 */
export const TOP_WAY = `top ${ANSWER_SIZE}`;

/** A `TOP_WAY` search. */
export type Top = (query: string) => number[] | Promise<number[]>;

/** A peer's quote step: the quotes of the paragraphs `ids`, for `query`. */
export type Quote = (query: string, ids: number[]) => string[];

/**
 * What a peer must add to its top results to give an answer as citebot's `ask` does: each paragraph
 * fetched and its quote chosen, by citebot's own quote selection with every query term weighing the
 * same (a peer has no term weights of its own to offer). Takes the ids of `paragraphsOf`.
 *
 * Every paragraph's terms and sentence ends are worked out here, once, as citebot's index holds them
 * (`CorpusIndex.paragraphs`), so that a query reads them instead of analysing the paragraph again;
 * working them out also fills the analyzer's word cache as citebot's build does.
 */
export function quoter(articles: Article[]): Quote {
  const paragraphs = articles.flatMap((article) => article.paragraphs);
  const streams = paragraphs.map((paragraph) => {
    const { terms, sentenceEnds } = termStream(paragraph);
    return { terms, sentenceEnds };
  });
  return (query, ids) => {
    const wanted = new Set(tokenize(query).flatMap((token) => token.terms));
    return ids.flatMap((id) => {
      const paragraph = paragraphs[id];
      const stream = streams[id];
      if (!paragraph || !stream) return [];
      const matched: Array<Set<string>> = [];
      let start = 0;
      for (const end of stream.sentenceEnds) {
        const sentence = new Set<string>();
        for (let i = start; i < end; i += 1) {
          const term = stream.terms[i];
          if (term !== undefined && wanted.has(term)) sentence.add(term);
        }
        matched.push(sentence);
        start = end;
      }
      const span = selectQuote(paragraph, matched, () => 1);
      return [paragraph.text.slice(span.start, span.end)];
    });
  };
}

/**
 * A peer's whole answer: its top results, then their quotes. Stays synchronous for an engine whose
 * search is, so that it is not charged for a promise citebot's `ask` never makes.
 */
export function peerAnswer(top: Top, quote: Quote): Search {
  return (query) => {
    const ids = top(query);
    return ids instanceof Promise ? ids.then((found) => quote(query, found)) : quote(query, ids);
  };
}
