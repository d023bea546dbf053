import type { Paragraph } from "../corpus/types.ts";
import { tokenize } from "../text/analyzer.ts";
import { type Figure, figuresIn } from "../text/numbers.ts";

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
 * `i`, in whatever form the caller keeps terms; `weightOf` weighs one. Where `states` is given (a claim's
 * figures, `statesFigure`) and the span holds no sentence it marks but a neighbour of the chosen one does, that
 * neighbour is quoted beside it instead: a figure is no search word ("US$1,000,000" for "a million dollar"),
 * so the sentence that states it adds no terms, yet it is the one that says what the claim says.
 */
export function selectQuote<T>(
  paragraph: Paragraph,
  matched: ReadonlyArray<TermsHeld<T>>,
  weightOf: (term: T) => number,
  chosen?: number,
  states?: (sentence: number) => boolean,
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
  let first = before > after ? best - 1 : best;
  let last = after >= before && after > 0 ? best + 1 : best;
  if (states && !states(first) && !states(last)) {
    if (best + 1 < sentences.length && states(best + 1)) [first, last] = [best, best + 1];
    else if (best > 0 && states(best - 1)) [first, last] = [best - 1, best];
  }
  return {
    first,
    best,
    last,
    start: sentences[first]?.start ?? 0,
    end: sentences[last]?.end ?? paragraph.text.length,
  };
}

/**
 * Which of a paragraph's sentences state one of `figures` (a claim's) with its value: `figuresIn` read per
 * sentence, only where a sentence is asked about. Kind and value must agree; the bound and unit are the
 * Judge's to weigh.
 */
export function statesFigure(paragraph: Paragraph, figures: readonly Figure[]): (sentence: number) => boolean {
  const read = new Map<number, boolean>();
  return (i) => {
    const sentence = paragraph.sentences[i];
    if (!sentence || figures.length === 0) return false;
    let held = read.get(i);
    if (held === undefined) {
      const text = paragraph.text.slice(sentence.start, sentence.end);
      const stated = figuresIn(text, tokenize(text));
      held = figures.some((f) => stated.some((s) => s.kind === f.kind && s.value === f.value));
      read.set(i, held);
    }
    return held;
  };
}
