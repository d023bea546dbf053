import type { Token } from "./analyzer.ts";

/** Initials, folded ("uae"), to the terms of the names they stand for, each name once. */
export type Initialisms = Map<string, string[][]>;

/** Small words that a name's initials skip: "Bank of England" is "BoE", "Food and Drug Administration" "FDA". */
export const SKIPPED = new Set(["of", "and", "for", "the", "on", "de", "del", "al"]);

/** A Roman numeral of two letters or more, which initials keep whole: "World War II" is "WWII". */
const NUMERAL = /^[IVX]{2,}$/u;

/** Whether a word is a Roman numeral of two letters or more ("II" in "World War II"): a rank, not a name. */
export function isNumeral(word: string): boolean {
  return NUMERAL.test(word);
}

/** What a word gives its name's initials, in lower case: its first letter, or a Roman numeral whole. */
export function initialOf(word: string): string {
  return (NUMERAL.test(word) ? word : (word[0] ?? "")).toLowerCase();
}

/** Initials in brackets, in the singular or the plural: "(GDP)", "(ARTIs)". */
const BRACKETED = /^\p{Lu}{2,6}s?$/u;

/** A name is written out at most this many ways in one corpus before its initials stop being informative. */
const MAX_NAMES_PER_INITIALS = 4;

function add(found: Initialisms, name: Token[]): void {
  addName(
    found,
    name.map((word) => initialOf(word.surface)).join(""),
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
 * article that never writes the short form; and the words that initials in brackets stand for, in any
 * case ("acute respiratory tract infections (ARTIs)", "long short-term memory (LSTM)": `definedBefore`),
 * so that the initials find the paragraphs that write the words alone.
 */
export function initialismsOf(text: string, tokens: Token[], found: Initialisms): void {
  definedBefore(text, tokens, found);
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
    if (/^\p{Lu}\p{Ll}/u.test(token.surface) || NUMERAL.test(token.surface)) run.push(token);
    else close();
  }
  close();
}

/**
 * Adds the words written just before initials in brackets whose letters they begin, the parts of a
 * hyphenated word each giving one ("short-term" ST) and small words (`SKIPPED`) none: "named entity
 * recognition (NER)" under "ner". Nothing is added where the words before do not spell the initials.
 */
function definedBefore(text: string, tokens: Token[], found: Initialisms): void {
  // Most paragraphs have no brackets, and their words need not be looked at.
  if (!text.includes("(")) return;
  tokens.forEach((initials, at) => {
    const before = tokens[at - 1];
    if (!before || !BRACKETED.test(initials.surface)) return;
    if (!/^\s*\(\s*$/u.test(text.slice(before.end, initials.start))) return;
    if (!/^\s*\)/u.test(text.slice(initials.end))) return;
    const key = initials.surface.replace(/s$/u, "").toLowerCase();
    let letters = key;
    const run: Token[] = [];
    for (let k = at - 1; k >= 0 && letters !== ""; k -= 1) {
      const word = tokens[k] as Token;
      const next = tokens[k + 1] as Token;
      // Punctuation between two words ends the run, as it ends a name.
      if (k < at - 1 && /\S/u.test(text.slice(word.end, next.start))) return;
      run.unshift(word);
      if (SKIPPED.has(word.surface.toLowerCase())) continue;
      const heads = word.surface.split(/[-‐‑]/u).map(initialOf).join("");
      if (!letters.endsWith(heads)) return;
      letters = letters.slice(0, -heads.length);
    }
    if (letters === "") {
      addName(
        found,
        key,
        run.flatMap((word) => word.terms),
      );
    }
  });
}
