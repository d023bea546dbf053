import { type Figure, figuresIn } from "../text/numbers.ts";
import type { Tokenized } from "./evidence.ts";

/**
 * Whether a quote gives another value for a figure a question states: the question's figure, exact or a word's
 * range left out ("most"), is of a value the paragraph nowhere gives, and the quote gives a figure of its kind and
 * unit of another value ("up to 3 pence in the pound" for "by up to 33 pence", "about 9.81 meters per second
 * squared" for "about 8.81"). SQuAD 2.0's writers made questions the passage leaves open so. Bounds are not
 * weighed as a claim's are (`contrastOf`, where "up to 33" allows 3): a question's figure says which thing it
 * asks about, and another value is another thing.
 */
export function figureSwapped(question: readonly Figure[], quote: Tokenized, paragraph: Tokenized): boolean {
  const asked = question.filter((figure) => figure.vague === undefined);
  if (asked.length === 0) return false;
  const quoted = figuresIn(quote.text, quote.tokens());
  const swapped = asked.filter((figure) =>
    quoted.some((other) => other.kind === figure.kind && other.unit === figure.unit && other.value !== figure.value),
  );
  if (swapped.length === 0) return false;
  const around = figuresIn(paragraph.text, paragraph.tokens());
  return swapped.some((figure) => !around.some((other) => other.value === figure.value));
}
