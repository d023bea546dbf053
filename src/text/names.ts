import nlp from "compromise";
import { lexiconTags } from "./compromise-model.ts";

type Span = [start: number, end: number];

/** The words of a query that say what it is about, as compromise tags them. */
export interface KeyWords {
  /** People, places and organizations; compromise knows "china" for a place even typed in lower case. */
  names: Span[];
  /** Nouns, names included: what a question asks about, where its verbs only say how. */
  nouns: Span[];
}

/** Tags that make a capitalized word a name. */
const NAME_TAGS = new Set(["Place", "Person", "Organization", "Acronym", "ProperNoun"]);

/** Tags compromise gives from its lexicon, and so to a name typed in lower case ("china"). */
const KNOWN_NAME_TAGS = new Set(["Place", "Person"]);

interface TaggedTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * The `[start, end)` spans of a text's names and nouns. compromise tags by context too ("the Wagner
 * group" makes "group" an organization), so a lower-case word is a name only where its lexicon knows it.
 */
export function keyWords(text: string): KeyWords {
  const found: KeyWords = { names: [], nouns: [] };
  for (const sentence of nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: TaggedTerm[] }>) {
    for (const term of sentence.terms) {
      const span: Span = [term.offset.start, term.offset.start + term.offset.length];
      const capitalized = /^\p{Lu}/u.test(term.text);
      if (term.tags.some((tag) => (capitalized ? NAME_TAGS : KNOWN_NAME_TAGS).has(tag))) {
        found.names.push(span);
      }
      if (term.tags.includes("Noun")) found.nouns.push(span);
    }
  }
  return found;
}

/**
 * Lexicon tags of words that are names in any case and at any place in a sentence. First names are
 * not among them: too many are words too ("mark", "ned" for a mistyped "need").
 */
const LEXICON_NAME_TAGS = new Set(["Place", "Country", "City", "Region", "Person", "LastName", "Organization"]);

/**
 * A cheap guess, without tagging, that a word of a text is a name: compromise's lexicon knows it for
 * one ("putin", "moscow"), or it is capitalized where a sentence does not begin ("the Wagner group").
 */
export function looksLikeName(text: string, word: { start: number; surface: string }): boolean {
  if (lexiconTags(word.surface.toLowerCase()).some((tag) => LEXICON_NAME_TAGS.has(tag))) return true;
  return /^\p{Lu}/u.test(word.surface) && !startsSentence(text, word.start);
}

/** Whether only spaces, quotes and brackets stand between `at` and the text's start or a full stop. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i -= 1) {
    const char = text[i] ?? "";
    if (/[.!?]/u.test(char)) return true;
    if (!/["'“‘(\s*_>]/u.test(char)) return false;
  }
  return true;
}
