import type { Token } from "./analyzer.ts";
import { holdsWho, wantedType } from "./answer-type.ts";
import { isProperName } from "./names.ts";
import { figuresIn } from "./numbers.ts";
import { lexiconTags } from "./word-tables.ts";

/** The kind of answer a question asks for, as a verdict reads it: ranking's kinds and a place for "where". */
export type Asked = "number" | "time" | "name" | "identity" | "place";

const WHERE =
  /^\W*where\b|\b(?:what|which|in\s+which)\s+(?:country|city|town|village|place|region|province|state|island|continent)\b/iu;

/** Lexicon tags of words that say when: "yesterday", "Thursday", "January", "Christmas". */
const TIME_TAGS = new Set(["Month", "WeekDay", "Date", "Holiday"]);
const PLACE_TAGS = new Set(["Place", "Country", "City", "Region"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "outside", "inside", "into", "across"]);

/**
 * What a question asks for ("How many died?": a number; "Where was he killed?": a place), or undefined where
 * its wording does not say: ranking's kinds (`wantedType`), and a place.
 */
export function askedFor(question: string): Asked | undefined {
  return wantedType(question) ?? (WHERE.test(question) ? "place" : undefined);
}

/**
 * Whether a quote gives what was asked, in words the question itself does not hold (`terms`, its terms),
 * more strictly than ranking's sentence flags (which take any digit for a number and a time): a number that
 * is not a date; a date, a day or a word of time ("yesterday"); a name, or for "Who is X?" words that
 * describe X; a place, by name or after "in", "at".
 */
export function givesAsked(asked: Asked, quote: string, tokens: readonly Token[], terms: ReadonlySet<string>): boolean {
  const isNew = (token: Token) => !token.terms.some((term) => terms.has(term));
  switch (asked) {
    case "number":
      return figuresIn(quote, tokens).some(
        (figure) =>
          figure.kind !== "date" &&
          tokens.some((token) => token.start >= figure.start && token.end <= figure.end && isNew(token)),
      );
    case "time":
      return (
        figuresIn(quote, tokens).some((figure) => figure.kind === "date") ||
        tokens.some(
          (token) => isNew(token) && lexiconTags(token.surface.toLowerCase()).some((tag) => TIME_TAGS.has(tag)),
        )
      );
    case "name":
    case "identity":
      return holdsWho(asked, quote, [...tokens], new Set(terms));
    case "place":
      return tokens.some(
        (token, i) =>
          isNew(token) &&
          isProperName(token) &&
          (lexiconTags(token.surface.toLowerCase()).some((tag) => PLACE_TAGS.has(tag)) ||
            PLACE_PREPOSITIONS.has(tokens[i - 1]?.surface.toLowerCase() ?? "")),
      );
  }
}
