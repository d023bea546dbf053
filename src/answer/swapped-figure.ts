import { foldWord, type Token } from "../text/analyzer.ts";
import { type Figure, figuresIn } from "../text/numbers.ts";
import { lexiconTags } from "../text/word-tables.ts";
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

/**
 * Whether a question writes an ordinal in words ("the third German empire", "the fifth Session") that the paragraph
 * does not write: a rank the passage does not give. Not "first", which more often says when ("When was the
 * Brotherhood first banned?") than which; and one capitalized ("the Second World War") is a name's word,
 * which the paragraph may write otherwise ("World War II").
 */
export function ordinalUnsaid(asked: readonly Token[], paragraph: Tokenized): boolean {
  const ordinals = asked.filter((token) => {
    const word = foldWord(token.surface);
    return /^\p{Ll}/u.test(token.surface) && word !== "first" && lexiconTags(word).includes("Ordinal");
  });
  if (ordinals.length === 0) return false;
  // A rank in digits may be the same ("the 17th century" for "the seventeenth").
  if (/\d(?:st|nd|rd|th)\b/u.test(paragraph.text)) return false;
  const written = new Set(paragraph.tokens().map((token) => foldWord(token.surface)));
  return ordinals.some((token) => !written.has(foldWord(token.surface)));
}
