import type { Token } from "./analyzer.ts";
import { lexiconTags } from "./compromise-model.ts";
import { looksLikeName } from "./names.ts";

/** The kind of answer a question asks for, where its wording says so. */
export type AnswerType = "number" | "time" | "name";

const WANTS: Array<[AnswerType, RegExp]> = [
  [
    "number",
    /\bhow\s+(?:many|much|old|long|far|large|big|tall|high|often)\b|\bwhat\s+(?:percentage|proportion|share|number|amount)\b/iu,
  ],
  ["time", /^\W*when\b|\b(?:what|which)\s+(?:year|date|day|month|century|decade|time)\b/iu],
  ["name", /^\W*who(?:m|se)?\b/iu],
];

/** Lexicon tags of words that state a quantity ("three", "million") or a time ("January", "Monday", "yesterday"). */
const HOLDS: Record<AnswerType, Set<string>> = {
  number: new Set(["Cardinal", "Multiple", "TextValue", "Fraction"]),
  time: new Set(["Month", "WeekDay", "Date", "Holiday"]),
  name: new Set(),
};

/** What a question wants ("How many died?" a number, "When did it fall?" a time), or undefined. */
export function wantedType(question: string): AnswerType | undefined {
  return WANTS.find(([, pattern]) => pattern.test(question))?.[0];
}

/**
 * Whether any of the tokens of `text` gives what a question wants: a number (digits or a number word);
 * a time (a year or a date word); a name that the question itself does not hold (`asked`, its terms).
 */
export function holdsType(type: AnswerType, text: string, tokens: Token[], asked: Set<string>): boolean {
  if (type === "name") {
    return tokens.some((token) => looksLikeName(text, token) && !token.terms.some((term) => asked.has(term)));
  }
  return tokens.some(
    (token) =>
      /\p{N}/u.test(token.surface) ||
      token.surface
        .toLowerCase()
        .split(/[-‐‑]/u)
        .some((part) => lexiconTags(part).some((tag) => HOLDS[type].has(tag))),
  );
}
