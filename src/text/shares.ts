import type { Token } from "./analyzer.ts";
import { lexiconTags } from "./word-tables.ts";

/**
 * English's words for a share of a whole without a figure, as the percentages they leave open: "most" is more
 * than half, "a handful" a few out of many. The closed class of vague quantifiers, read where a claim says
 * "most Libyans" and the article "70% of the population".
 */
const SHARES: ReadonlyArray<{ words: readonly string[]; range: readonly [number, number] }> = [
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
  for (const { words, range } of SHARES) {
    if (!words.every((word, k) => lower[at + k] === word)) continue;
    const last = at + words.length - 1;
    // "the most important", "at most", "most of all": "most" is a share only before a noun or "of" a whole.
    if (words[0] === "most" && (["the", "at"].includes(lower[at - 1] ?? "") || !beforeWhole(tokens, lower, last))) {
      continue;
    }
    return { range, last };
  }
  return undefined;
}

/** Whether a noun or "of" follows the word at `at`: "most Libyans", "most of the country". */
function beforeWhole(tokens: readonly Token[], lower: readonly string[], at: number): boolean {
  const next = lower[at + 1] ?? "";
  if (next === "of") return true;
  const tags = lexiconTags(next);
  return (tokens[at + 1]?.terms.length ?? 0) > 0 && tags.some((tag) => tag === "Plural" || tag === "Noun");
}
