import type { Sentence } from "../corpus/types.ts";
import { splitSentenceTexts } from "./nlp.ts";

/**
 * A sentence that ends inside quotation marks, followed by one that begins with a capital: compromise
 * runs the two together ('... the evidence.” The court closed.').
 */
const AFTER_CLOSING_QUOTE = /[.!?]["”’»]+\s+(?=["“‘«(]?\p{Lu})/gu;

/**
 * Splits a paragraph into sentences, verbatim and gap-free.
 *
 * compromise decides where sentences start; it knows abbreviations ("The U.S. Army", "Gen. Smith",
 * "Jan. 5"), decimals ("$4.5 billion") and quotations ('"...," he said.'), which `Intl.Segmenter` splits
 * wrongly. Only its splitter runs, not the tokenizer around it, which costs some seventy times as much.
 * Each sentence runs to the next one's start with trailing space trimmed; where a quotation closes a
 * sentence, compromise misses the split, so it is added.
 */
export function splitSentences(text: string): Sentence[] {
  const starts: number[] = [];
  let at = 0;
  for (const part of splitSentenceTexts(text)) {
    if (/\S/u.test(part)) starts.push(at === 0 ? 0 : at + part.length - part.trimStart().length);
    at += part.length;
  }
  for (const match of text.matchAll(AFTER_CLOSING_QUOTE)) {
    const start = match.index + match[0].length;
    if (!starts.includes(start)) starts.push(start);
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
