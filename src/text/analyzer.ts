import { stemmer } from "stemmer";
import { eng } from "stopword";
import { baseForm, countryOf, stemTerms, tableTerm } from "./word-tables.ts";

/** A word of a text, where it stands, and the index terms it stands for (none for a stop word). */
export interface Token {
  start: number;
  end: number;
  surface: string;
  /** Shared between tokens of the same word: read, never change. */
  terms: readonly string[];
}

/**
 * English stop words: stopword's list less "said", which matters to a tool about who says what, plus
 * forms of "do" it lacks, which questions are full of ("What does Bloomberg say?"), and "us", which
 * written in capitals is the United States and kept.
 */
const STOP_WORDS = new Set([...eng.filter((word: string) => word !== "said"), "does", "doing", "us"]);

/**
 * Numbers with their decimals and thousands ("4.5", "1,000", "70%"), dotted acronyms ("U.S."), then
 * words joined by hyphens or apostrophes ("S-300", "north-east", "el-Sisi", "Libya’s").
 */
export const TOKEN = /\p{N}+(?:[.,]\p{N}+)*%?|(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * `TOKEN` narrowed to ASCII, and any other character alone. Without the unicode flag it reads a word in a
 * quarter of the time (43 against 171 ns a word of Wikinews), and its classes' ASCII characters are `TOKEN`'s
 * own: where its match and the two characters after it (all that `TOKEN`'s greedy parts look at past a match,
 * a joiner or a decimal point and the character after it) are ASCII, `TOKEN` matches the same word there.
 */
const ASCII_TOKEN = /[0-9]+(?:[.,][0-9]+)*%?|(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*|[^\0-\x7F]/g;

const JOINER = /['’\-‐‑]/u;

/** Two or more capitals and a plural "s": "ARTIs", "UAVs", "MPs". */
const INITIALS_PLURAL = /^\p{Lu}{2,}s$/u;

/** Splits text into words, keeping each one's place so that matches can be shown where they stand. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachWord(text, (surface, start) => {
    const word = recentWord(surface);
    tokens.push({ start, end: start + surface.length, surface: word.surface, terms: word.terms });
  });
  return tokens;
}

/** The surface words of a text, for MiniSearch's `tokenize` on the query side. */
export function words(text: string): string[] {
  const found: string[] = [];
  eachWord(text, (surface) => found.push(surface));
  return found;
}

/**
 * Calls `visit` with each word of `text` and where it starts, in order: `TOKEN`'s words, read by `ASCII_TOKEN`
 * where that reads them alike, else by `TOKEN` from where `ASCII_TOKEN`'s match starts (what it passed over is
 * ASCII that starts no word). Each reading starts where the last word ended, so that a `visit` that reads words
 * itself leaves this reading where it was. Not `matchAll`: its iterator and a result for each word cost the
 * answer bench 1 collection of young objects in 30.
 */
function eachWord(text: string, visit: (surface: string, start: number) => void): void {
  let from = 0;
  for (;;) {
    ASCII_TOKEN.lastIndex = from;
    let match = ASCII_TOKEN.exec(text);
    if (match === null) return;
    from = ASCII_TOKEN.lastIndex;
    if (!isAscii(match[0].charCodeAt(0)) || !isAscii(text.charCodeAt(from)) || !isAscii(text.charCodeAt(from + 1))) {
      TOKEN.lastIndex = match.index;
      match = TOKEN.exec(text);
      if (match === null) return;
      from = TOKEN.lastIndex;
    }
    visit(match[0], match.index);
  }
}

/** Whether a character code (NaN past the end of a text) is ASCII or none. */
function isAscii(code: number): boolean {
  return !(code > 0x7f);
}

/** How many words `perWord` remembers before it starts afresh, since users can type any words. */
const MAX_SEEN_WORDS = 200_000;

/**
 * `compute` remembered by word as written: a corpus repeats its words, and working one out (folding,
 * lexicon look-ups, stemming) costs far more than finding it again.
 */
export function perWord<T>(compute: (surface: string) => T): (surface: string) => T {
  const seen = new Map<string, T>();
  return (surface) => {
    let value = seen.get(surface);
    if (value === undefined) {
      if (seen.size >= MAX_SEEN_WORDS) seen.clear();
      value = compute(surface);
      seen.set(surface, value);
    }
    return value;
  };
}

/**
 * A word's terms, and its surface as first read, which every token of the word is given: a later look-up of a
 * token's surface by any `perWord` then meets the very string its map holds, whose hash is worked out already
 * and which is equal at once, where a string newly read was hashed and compared letter by letter.
 */
const wordOf = perWord((surface): Word => ({ surface, terms: termsOf(surface) }));

/** A word as its tokens share it (`wordOf`). */
interface Word {
  surface: string;
  terms: readonly string[];
}

/** How many words `recentWord` keeps, by a hash of their letters. */
const RECENT_WORDS = 4096;

const recentWords: Array<Word | undefined> = new Array(RECENT_WORDS).fill(undefined);

/**
 * `wordOf`, the words of texts read lately first looked for by a hash of their letters in a small table: most
 * words of a quote were read a moment ago, and a string newly read was hashed by V8 and looked for in the large
 * map afresh, two thirds of tokenizing. The terms of a word never change, so the table is never forgotten.
 */
function recentWord(surface: string): Word {
  let hash = 0;
  for (let i = 0; i < surface.length; i += 1) hash = (Math.imul(hash, 31) + surface.charCodeAt(i)) | 0;
  const slot = hash & (RECENT_WORDS - 1);
  const found = recentWords[slot];
  if (found !== undefined && found.surface === surface) return found;
  const word = wordOf(surface);
  recentWords[slot] = word;
  return word;
}

/**
 * The index terms one word stands for: folded (case, diacritics), possessive dropped, stop words
 * removed, brought to one term per word (its forms joined, other words kept apart: see `termOf`), a
 * demonym also standing for its country ("Libyan" -> "libyan", "libya"). A compound gives its joined form and its
 * parts ("S-300" -> "s300", "300"), so that "S300", "S-300" and "300" all find it; a percentage gives its
 * number and "percent".
 */
export function termsOf(surface: string): string[] {
  const folded = foldWord(surface);
  if (/^\p{N}/u.test(folded)) return numberTerms(folded);
  if (/^(?:\p{L}\.){2,}$/u.test(folded)) return [folded.replaceAll(".", "")];
  // The plural of initials is the initials: "ARTIs" and "ARTI", "UAVs" and "UAV" are one term.
  if (INITIALS_PLURAL.test(surface)) return wordTerms(folded.slice(0, -1), true);
  const acronym = surface.length > 1 && surface === surface.toUpperCase() && /\p{L}/u.test(surface);
  if (!JOINER.test(folded)) return wordTerms(folded, acronym);
  const parts = folded.split(JOINER).filter((part) => part.length > 1);
  const whole = folded.replace(new RegExp(JOINER.source, "gu"), "");
  return unique([whole, ...parts.flatMap((part) => wordTerms(part, acronym))]);
}

/**
 * The terms a query word is searched by: its own, except that a people's adjective ("Libyan") is searched by its
 * place's term alone. The index gives every demonym its place's term as well, so that term already finds both
 * forms; searching the adjective's own term beside it counted a paragraph that holds both ("Russia ... the
 * Russian Defense Ministry") twice for one word of the question.
 */
export function searchTerms(token: Token): readonly string[] {
  const country = countryOf(foldWord(token.surface));
  return country ? [termOf(country)] : token.terms;
}

/** Whether only spaces stand between two tokens of `text`: no comma, no full stop, no bracket. */
export function onlySpacesBetween(text: string, left: Token, right: Token): boolean {
  return !/\S/u.test(text.slice(left.end, right.start));
}

/**
 * A word folded with its possessive dropped, as the analyzer reads it before stemming: "Libya’s" -> "libya".
 * Remembered by word: the verdict folds each word of every quote it reads, and folding (normalizing, two
 * expressions) cost a twentieth of answering.
 */
export function foldWord(surface: string): string {
  return foldedWords(surface);
}

const foldedWords = perWord((surface) => fold(surface).replace(/'s?$/u, ""));

/** Lower case with diacritics and typographic apostrophes folded: "Café’s" -> "cafe's". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replaceAll("’", "'");
}

function wordTerms(word: string, acronym: boolean): string[] {
  if (!acronym && STOP_WORDS.has(word)) return [];
  if (!/^[a-z]+$/u.test(word)) return [word];
  const country = countryOf(word);
  return country ? [termOf(word), termOf(country)] : [termOf(word)];
}

/**
 * The terms of a word read as a verb's base form, as it stands after "did" or "will": "found" is then the verb
 * "found" ("When did Maududi found the party?"), where `termsOf` brings it home to "find" as an irregular past.
 */
export function baseVerbTerms(surface: string): string[] {
  const folded = foldWord(surface);
  if (baseForm(folded) === folded || !/^[a-z]+$/u.test(folded)) return termsOf(surface);
  return [stemTerm(folded, folded)];
}

/**
 * A word's index term: its Porter stem, with its irregular forms brought home first ("lost" -> "lose"),
 * except where the stem would join words a reader keeps apart or split one word's forms: there the
 * table built at install time has it ("executions" -> "execution", "executive" -> "executive"). A word
 * too rare for the table takes the term of the common words that share its stem (`termAmongStemMates`).
 */
function termOf(word: string): string {
  return tableTerm(word) ?? stemTerm(word, baseForm(word));
}

/** The term of `word` by the Porter stem of `base` (the word or its dictionary form), among its stem mates'. */
function stemTerm(word: string, base: string): string {
  const stem = stemmer(base);
  return termAmongStemMates(word, stem, stemTerms(stem));
}

/**
 * The term for a word the table lacks, whose stem is `stem`: among `mates`, the terms of the common words
 * with that stem, the one spelt most like the word (the shorter where two tie), so that it meets them
 * ("embeddings" -> "emb", as "embedding"; "propagator" -> "propagate", not "propagation"); the stem
 * itself where they have none. The install-time table is derived through this same choice
 * (scripts/term-table.ts).
 */
export function termAmongStemMates(word: string, stem: string, mates: readonly string[]): string {
  let best = stem;
  let shared = -1;
  for (const term of mates) {
    const length = sharedPrefix(word, term);
    if (length > shared || (length === shared && term.length < best.length)) {
      best = term;
      shared = length;
    }
  }
  return best;
}

/** How many leading characters two words share. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i;
}

function numberTerms(number: string): string[] {
  const plain = number.replace(/,(?=\d{3}\b)/gu, "");
  return plain.endsWith("%") ? [plain.slice(0, -1), "percent"] : [plain];
}

function unique(terms: string[]): string[] {
  return [...new Set(terms)];
}
