import { termsOf, tokenize } from "./analyzer.ts";

/** Initials, folded ("uae"), to the terms of the names they stand for, each name once. */
export type Initialisms = Map<string, string[][]>;

/** Small words that a name's initials skip: "Bank of England" is "BoE", "Food and Drug Administration" "FDA". */
const SKIPPED = new Set(["of", "and", "for", "the", "on", "de", "del", "al"]);

/** A name is written out at most this many ways in one corpus before its initials stop being informative. */
const MAX_NAMES_PER_INITIALS = 4;

/**
 * Adds to `found` every run of two or more capitalized words in `text` under its initials, so that a
 * question's "UAE" finds "the United Arab Emirates" and "FSB" finds "Federal Security Service" in an
 * article that never writes the short form.
 */
export function initialismsOf(text: string, found: Initialisms): void {
  let run: string[] = [];
  const close = () => {
    if (run.length >= 2) {
      const key = run.map((word) => word[0]?.toLowerCase()).join("");
      const terms = run.flatMap((word) => termsOf(word));
      const names = found.get(key) ?? [];
      if (names.length < MAX_NAMES_PER_INITIALS && !names.some((name) => name.join(" ") === terms.join(" "))) {
        names.push(terms);
        found.set(key, names);
      }
    }
    run = [];
  };
  let last = 0;
  for (const token of tokenize(text)) {
    // Punctuation between two words ends a name: "Egypt, Saudi Arabia" is two.
    if (/\S/u.test(text.slice(last, token.start))) close();
    last = token.end;
    if (SKIPPED.has(token.surface.toLowerCase())) continue;
    if (/^\p{Lu}\p{Ll}/u.test(token.surface)) run.push(token.surface);
    else close();
  }
  close();
}
