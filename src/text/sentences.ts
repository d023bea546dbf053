import type { Sentence } from "../corpus/types.ts";
import { splitSentenceTexts } from "./nlp.ts";
import { lexiconTags } from "./word-tables.ts";

/**
 * A sentence that ends inside quotation marks or brackets, followed by one that begins with a capital:
 * compromise runs the two together ('... the evidence.” The court closed.', "(Kennedy dissented.) The").
 */
const AFTER_CLOSING_QUOTE = /[.!?]["”’»)]+\s+(?=["“‘«(]?\p{Lu})/gu;

/**
 * A word ending in an abbreviation's full stop, then a capitalized word: compromise keeps them in one
 * sentence ("moved to the U.S. He said"), which is right before a name ("the U.S. Army") and wrong before
 * a word of a closed class that opens sentences.
 */
const AFTER_ABBREVIATION = /(?:^|\s)((?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,3}\.)\s+(\p{Lu}\p{Ll}*)(?=\s)/gu;

/** Word classes whose capitalized words open sentences rather than continue names: "He", "The", "But", "In". */
const OPENING_CLASSES = ["Pronoun", "Determiner", "Conjunction", "Preposition", "Possessive"];

/** A full stop ending an abbreviation that numbers what follows ("No. 2", "Vol. 3"), where compromise splits. */
const NUMBERING = /(?:^|\s)\p{Lu}\p{Ll}{0,3}\.\s+$/u;

/**
 * Splits a paragraph into sentences, verbatim and gap-free.
 *
 * compromise decides where sentences start; it knows abbreviations ("The U.S. Army", "Gen. Smith",
 * "Jan. 5"), decimals ("$4.5 billion") and quotations ('"...," he said.'), which `Intl.Segmenter` splits
 * wrongly. Only its splitter runs, not the tokenizer around it, which costs some seventy times as much.
 * Each sentence runs to the next one's start with trailing space trimmed. Where a quotation or bracket
 * closes a sentence, or an abbreviation ends one before "He" or "The", compromise misses the split, so it
 * is added; one before a number after "No." is taken away.
 */
export function splitSentences(text: string): Sentence[] {
  const starts: number[] = [];
  let at = 0;
  for (const part of splitSentenceTexts(text)) {
    const start = at === 0 ? 0 : at + part.length - part.trimStart().length;
    const numbered = /^\d/u.test(part.trimStart()) && NUMBERING.test(text.slice(0, start));
    if (/\S/u.test(part) && !numbered) starts.push(start);
    at += part.length;
  }
  for (const match of text.matchAll(AFTER_CLOSING_QUOTE)) {
    const start = match.index + match[0].length;
    if (!starts.includes(start)) starts.push(start);
  }
  for (const match of text.matchAll(AFTER_ABBREVIATION)) {
    const [whole, abbreviation = "", word = ""] = match;
    const title = lexiconTags(abbreviation.slice(0, -1).toLowerCase()).includes("Honorific");
    const opens = lexiconTags(word.toLowerCase()).some((tag) => OPENING_CLASSES.includes(tag));
    const start = match.index + whole.length - word.length;
    if (!title && opens && word.length > 1 && !starts.includes(start)) starts.push(start);
  }
  starts.sort((a, b) => a - b);
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => {
    const end = trimEnd(text, starts[i + 1] ?? text.length);
    return { start, end, text: text.slice(start, end) };
  });
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--;
  return end;
}
