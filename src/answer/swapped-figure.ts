import { foldWord, type Token } from "../text/analyzer.ts";
import { type Figure, figuresIn } from "../text/numbers.ts";
import { lexiconTags } from "../text/word-tables.ts";
import { namesAThing, type ReadText } from "./contrast.ts";
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
 * Whether a question states a figure, exact or a word's range left out, whose value neither the paragraph nor its
 * article's headline gives:
 * "built in early 1775" of a paragraph of 1757, "the pre-1875 council" of one of 1975, "the 18th century" of a
 * "19th-century fortification". SQuAD 2.0's writers made questions the passage leaves open by changing a figure the
 * paragraph gives, or adding one it does not. A number that ends a name ("World War 2", "Stage 2": after a
 * capitalized word, counting nothing) or follows "the" ("the 707", `namesAThing`) says which thing is meant, which the
 * paragraph may write otherwise ("the plane").
 */
export function figureUnsaid(
  question: readonly Figure[],
  asked: ReadText,
  paragraph: Tokenized,
  headline?: ReadText,
): boolean {
  const stated = question.filter(
    (figure) =>
      figure.vague === undefined &&
      inDigits(asked.tokens, figure) &&
      !endsName(asked.tokens, figure) &&
      !namesAThing(asked, figure),
  );
  if (stated.length === 0) return false;
  const around = figuresIn(paragraph.text, paragraph.tokens());
  // A story's headline dates every paragraph of it ("2019 Magnitogorsk collapse" over "Monday's collapse").
  if (headline) around.push(...figuresIn(headline.text, headline.tokens));
  // A year may be shortened to its last two digits: "in 1755, 56, 57".
  const gives = (figure: Figure, other: Figure) =>
    other.value === figure.value || (figure.value < 100 && other.kind === "date" && other.value % 100 === figure.value);
  return stated.some((figure) => !around.some((other) => gives(figure, other)));
}

/** Whether a figure counts nothing and follows a capitalized word: it ends a name ("World War 2"). */
function endsName(tokens: readonly Token[], figure: Figure): boolean {
  if (figure.unit !== undefined) return false;
  const before = tokens.filter((token) => token.end <= figure.start).at(-1);
  return before !== undefined && /^\p{Lu}/u.test(before.surface);
}

/** Whether a figure is written in digits ("1775", "18th"): a number word ("one of the many", "two evils") seldom counts. */
function inDigits(tokens: readonly Token[], figure: Figure): boolean {
  return tokens.some((token) => token.start === figure.start && /^\p{N}/u.test(token.surface));
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
