import { type Token, tokenize } from "./analyzer.ts";
import { looksLikeName } from "./names.ts";

/** A word of a query: a token of the analyzer, and whether it looks like a name. */
export interface QueryWord extends Token {
  name: boolean;
}

/**
 * What a chat message adds around a question and is never part of it: user, role and channel mentions,
 * `@everyone` and `@here`, custom emoji, links (a masked link keeps its label), and inline code marks.
 */
const NOISE = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b|\]\((?:[^()\s]|\([^()\s]*\))*\)|\bhttps?:\/\/\S+/gu;

/**
 * The text of a query with its noise blanked out (replaced by spaces, so that every offset still points
 * into what the user wrote), for searching. Markdown marks need no blanking: the analyzer skips them.
 */
export function withoutNoise(text: string): string {
  return text.replace(NOISE, (noise) => " ".repeat(noise.length));
}

/**
 * The words of a query that can be searched for: noise dropped, stop words dropped, names marked. `tokens` are
 * those of the query without its noise (`withoutNoise`), where the caller has read them already.
 */
export function queryWords(text: string, tokens: readonly Token[] = tokenize(withoutNoise(text))): QueryWord[] {
  const clean = withoutNoise(text);
  return tokens
    .filter((token) => token.terms.length > 0)
    .map((token) => ({ ...token, name: looksLikeName(clean, token) }));
}

/** A quotation in a query: straight or typographic double quotes around two or more words. */
const QUOTED = /["“”]([^"“”]+)["“”]/gu;

/**
 * The terms of each phrase a query quotes ('Who wrote "On the Computational Complexity of Algorithms"?'),
 * in order: a passage that holds one word for word is what the asker points at. A quotation of one
 * term is only a word, and is left out.
 */
export function quotedPhrases(text: string): string[][] {
  return Array.from(withoutNoise(text).matchAll(QUOTED), (match) =>
    tokenize(match[1] ?? "").flatMap((token) => token.terms),
  ).filter((terms) => terms.length > 1);
}
