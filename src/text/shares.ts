import type { Token } from "./analyzer.ts";
import { lexiconTags } from "./word-tables.ts";

/** Words that give a range of values without a figure: "most" (a share), "thousands of" (a count). */
export interface VaguePhrase {
  words: readonly string[];
  range: readonly [number, number];
}

/**
 * The first phrase of `table` whose words stand in `lower` from `at` and that `fits` takes, with the index of
 * its last word; undefined where none does.
 */
export function phraseAt(
  table: readonly VaguePhrase[],
  lower: readonly string[],
  at: number,
  fits: (phrase: VaguePhrase & { last: number }) => boolean = () => true,
): (VaguePhrase & { last: number }) | undefined {
  for (const phrase of byFirstWord(table).get(lower[at] ?? "") ?? []) {
    if (!phrase.words.every((word, k) => lower[at + k] === word)) continue;
    const found = { ...phrase, last: at + phrase.words.length - 1 };
    if (fits(found)) return found;
  }
  return undefined;
}

/** Whether a phrase of `table` starts with `word`. */
export function startsPhrase(table: readonly VaguePhrase[], word: string): boolean {
  return byFirstWord(table).has(word);
}

/** Whether a vague share may start at `word` (lower case): "most", "a", "nearly". */
export function startsShare(word: string): boolean {
  return startsPhrase(SHARES, word);
}

/** Each table's phrases by their first word, in the table's order. */
const tablesByFirstWord = new WeakMap<readonly VaguePhrase[], ReadonlyMap<string, readonly VaguePhrase[]>>();

/**
 * `table`'s phrases by their first word, in its order: every word of a text read for figures is looked up in
 * two tables, and trying each phrase of both at every word was most of reading a text's figures.
 */
function byFirstWord(table: readonly VaguePhrase[]): ReadonlyMap<string, readonly VaguePhrase[]> {
  let indexed = tablesByFirstWord.get(table);
  if (!indexed) {
    const made = new Map<string, VaguePhrase[]>();
    for (const phrase of table) {
      const first = phrase.words[0] ?? "";
      made.set(first, [...(made.get(first) ?? []), phrase]);
    }
    indexed = made;
    tablesByFirstWord.set(table, indexed);
  }
  return indexed;
}

/**
 * English's words for a share of a whole without a figure, as the percentages they leave open: "most" is more
 * than half, "a handful" a few out of many. The closed class of vague quantifiers, read where a claim says
 * "most Libyans" and the article "70% of the population".
 */
const SHARES: readonly VaguePhrase[] = [
  { words: ["almost", "all"], range: [85, 100] },
  { words: ["nearly", "all"], range: [85, 100] },
  { words: ["a", "majority"], range: [50, 100] },
  { words: ["the", "majority"], range: [50, 100] },
  { words: ["most"], range: [50, 100] },
  { words: ["a", "minority"], range: [0, 50] },
  { words: ["a", "handful"], range: [0, 15] },
  { words: ["hardly", "any"], range: [0, 10] },
];

/** A vague share at `at`: its range in percent and the index of its last word; undefined where none stands there. */
export function shareAt(
  tokens: readonly Token[],
  lower: readonly string[],
  at: number,
): { range: readonly [number, number]; last: number } | undefined {
  // "the most important", "at most", "most of all": "most" is a share only before a noun or "of" a whole.
  return phraseAt(
    SHARES,
    lower,
    at,
    ({ words, last }) =>
      words[0] !== "most" || (!["the", "at"].includes(lower[at - 1] ?? "") && beforeWhole(tokens, lower, last)),
  );
}

/** Whether a noun or "of" follows the word at `at`: "most Libyans", "most of the country". */
function beforeWhole(tokens: readonly Token[], lower: readonly string[], at: number): boolean {
  const next = lower[at + 1] ?? "";
  if (next === "of") return true;
  const tags = lexiconTags(next);
  return (tokens[at + 1]?.terms.length ?? 0) > 0 && tags.some((tag) => tag === "Plural" || tag === "Noun");
}
