import type { Token } from "./analyzer.ts";

/** Initials, folded ("uae"), to the terms of the names they stand for, each name once. */
export type Initialisms = Map<string, string[][]>;

/** Small words that a name's initials skip: "Bank of England" is "BoE", "Food and Drug Administration" "FDA". */
const SKIPPED = new Set(["of", "and", "for", "the", "on", "de", "del", "al"]);

/** A name is written out at most this many ways in one corpus before its initials stop being informative. */
const MAX_NAMES_PER_INITIALS = 4;

function add(found: Initialisms, name: Token[]): void {
  addName(
    found,
    name.map((word) => word.surface[0]?.toLowerCase()).join(""),
    name.flatMap((word) => word.terms),
  );
}

function addName(found: Initialisms, key: string, terms: string[]): void {
  const names = found.get(key) ?? [];
  if (names.length < MAX_NAMES_PER_INITIALS && !names.some((known) => known.join(" ") === terms.join(" "))) {
    names.push(terms);
    found.set(key, names);
  }
}

/** Adds the names of `more` to `found`, as if their texts had been read after those of `found`. */
export function mergeInitialisms(found: Initialisms, more: Initialisms): void {
  for (const [key, names] of more) for (const terms of names) addName(found, key, terms);
}

/**
 * Adds to `found` every run of two or more capitalized words in `text` (its `tokens`) under its initials, so that a
 * question's "UAE" finds "the United Arab Emirates" and "FSB" finds "Federal Security Service" in an
 * article that never writes the short form.
 */
export function initialismsOf(text: string, tokens: Token[], found: Initialisms): void {
  let run: Token[] = [];
  const close = () => {
    // Every stretch of the run counts: "the United Arab Emirates and Egypt" holds "UAE".
    for (let first = 0; first < run.length - 1; first += 1) {
      for (let last = first + 1; last < run.length; last += 1) add(found, run.slice(first, last + 1));
    }
    run = [];
  };
  let last = 0;
  for (const token of tokens) {
    // Punctuation between two words ends a name: "Egypt, Saudi Arabia" is two.
    if (/\S/u.test(text.slice(last, token.start))) close();
    last = token.end;
    if (SKIPPED.has(token.surface.toLowerCase())) continue;
    if (/^\p{Lu}\p{Ll}/u.test(token.surface)) run.push(token);
    else close();
  }
  close();
}
