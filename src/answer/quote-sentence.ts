import type { Token } from "../text/analyzer.ts";
import type { ReadText } from "./contrast.ts";

/**
 * Where in a quote a word's sentence stands, and whom that sentence names: what the clashes read around one word
 * of a quote (`contrast.ts`, `stance.ts`).
 */

/** The tokens of the sentence of `read` around the token at `at` (`sentenceAround`). */
export function sentenceOf(read: ReadText, at: number): Token[] {
  const [first, last] = sentenceAround(read, at);
  return read.tokens.slice(first, last + 1);
}

/** The indexes of the first and the last token of the sentence of `read` that holds the token at `at`. */
export function sentenceAround(read: ReadText, at: number): [number, number] {
  const ends = (i: number) => /[.!?]/u.test(read.text.slice(read.tokens[i]?.end ?? 0, read.tokens[i + 1]?.start ?? 0));
  let first = at;
  while (first > 0 && !ends(first - 1)) first -= 1;
  let last = at;
  while (last < read.tokens.length - 1 && !ends(last)) last += 1;
  return [first, last];
}

/** Pronouns that stand for a person named before them: "he was told" may be the claim's Putin. */
export const PERSONAL = new Set(["he", "she", "they", "him", "her", "them", "his", "their"]);

/**
 * Whether the sentence of the quote around `at` names whom the claim is about (`ContrastInput.subject`), or a
 * person by a pronoun, or opens with "it" (its subject, told before it: "It does not, however, list any 707s");
 * any sentence does where the claim's subject is not known.
 */
export function namesSubject(quote: ReadText, at: number, subject: ReadonlySet<string> | undefined): boolean {
  if (!subject || subject.size === 0) return true;
  const sentence = sentenceOf(quote, at);
  return (
    sentence[0]?.surface.toLowerCase() === "it" ||
    sentence.some((token) => PERSONAL.has(token.surface.toLowerCase()) || token.terms.some((t) => subject.has(t)))
  );
}
