/**
 * Small pieces every sentence of citebot is built with: counting, filling in text from outside, the surfaces a
 * sentence is said on.
 */

/**
 * A sentence with its `{}` filled by `value` as it is, for a surface that needs no escaping (a terminal makes
 * it printable apart). A function inserts it, since `replace` would read `$&` in the value as a pattern.
 */
export function fill(text: string, value: string): string {
  return text.replace("{}", () => value);
}

/** `1 paragraph`, `3 paragraphs`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Where a sentence is shown: Discord, the local console (`npm start` without a token), the command-line tool. */
export type Surface = "discord" | "console" | "cli";

/** The last line of a list cut to fit a message: how many items were left out. */
export function andMore(left: number): string {
  return `…and ${left} more`;
}
