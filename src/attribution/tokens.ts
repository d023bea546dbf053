import { nlp } from "../text/nlp.ts";
import { lexiconTags } from "../text/word-tables.ts";
import { CUE_WORDS, FRAMED_LEMMAS, VENUE_NOUNS } from "./lexicon.ts";

/** A word of a sentence with compromise's tags and its place in the sentence's text. */
export interface TaggedToken {
  /** The word as written, without the punctuation around it. */
  text: string;
  /** Lower-case, with typographic apostrophes made plain, for lexicon look-ups. */
  lower: string;
  /** Punctuation and space before and after the word, as written. */
  pre: string;
  post: string;
  /** `[start, end)` of the word in the sentence's text. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * Tags a sentence with compromise. Contractions' implicit words ("didn't" gives an empty "not") are left
 * out: they have no text to point at. The punctuation compromise hangs on such a word ('didn’t,” Doherty
 * said' puts ',” ' on the empty "not") goes to the word written before it, where it stands in the text.
 */
export function tagWords(text: string): TaggedToken[] {
  const sentences = nlp()(text).json({ offset: true }) as Array<{ terms: Term[] }>;
  const tokens: TaggedToken[] = [];
  for (const term of sentences.flatMap((sentence) => sentence.terms)) {
    const last = tokens.at(-1);
    if (term.text === "") {
      if (last) last.post += term.pre + term.post;
      continue;
    }
    tokens.push({
      text: term.text,
      lower: term.text.toLowerCase().replace(/[’‘]/gu, "'"),
      pre: term.pre,
      post: term.post,
      start: term.offset.start,
      end: term.offset.start + term.offset.length,
      tags: new Set(term.tags),
    });
  }
  return tokens;
}

/**
 * Whether a word is one compromise knows as a common word (or its plural). A capitalized word that
 * opens a sentence and is not one ("Brandt added", "Airfleets states") is taken for a name.
 */
export function isKnownWord(lower: string): boolean {
  return lexiconTags(lower).length > 0 || lexiconTags(lower.replace(/e?s$/u, "")).length > 0;
}

const framed = (form: string) => FRAMED_LEMMAS.has(CUE_WORDS.get(form)?.lemma ?? "");
const UNFRAMED = [...CUE_WORDS.keys()].filter((form) => !framed(form));
const FRAMED = [...CUE_WORDS.keys()].filter(framed).join("|");

const CUE_TEST = new RegExp(`\\b(?:${[...UNFRAMED, ...VENUE_NOUNS, "according", "put it"].join("|")})\\b`, "iu");

/**
 * A framed reporting verb where words or a clause may go with it (see `frameOf` in cues.ts): punctuation,
 * a quotation or "that" after it, past an adverb or two; a quotation right before it; or the sentence's start.
 */
const FRAMED_TEST = new RegExp(
  `(?:^[\\s"“]*|["”]\\s*)(?:${FRAMED})\\b|\\b(?:${FRAMED})(?:\\s+(?:\\w+ly|also|later|again|too|then|now|further))*(?:\\s*(?:[,;.!?:"“”]|$)|\\s+that\\b)`,
  "iu",
);

/**
 * Whether a sentence may hold a reporting cue at all: a cheap test so that compromise, which costs about
 * a millisecond a sentence, only tags sentences that can be attributed ("the project was late" is not).
 */
export function mayHaveCue(text: string): boolean {
  return CUE_TEST.test(text) || FRAMED_TEST.test(text);
}

/** Punctuation that ends a phrase when it stands between two words. */
const BREAK = /[,;:!?"“”«»—–]|\.(?:\s|$)/u;

/** The same, where a full stop after the word is the abbreviation's own ("Sen. Michael Doherty"). */
const BREAK_AFTER_ABBREVIATION = /[,;:!?"“”«»—–]/u;

/**
 * Whether punctuation closes the phrase between this token and the next. The full stop of an
 * abbreviation or an initial does not: inside a sentence ("Mr. Reeves", "Robert M. Gates") it is part
 * of the name, and where it ends the sentence there is no next token.
 */
export function breaksAfter(token: TaggedToken): boolean {
  return (isAbbreviation(token) ? BREAK_AFTER_ABBREVIATION : BREAK).test(token.post);
}

/**
 * Whether a word written with a full stop is an abbreviation or an initial: compromise's lexicon says so
 * ("Gov", "Lt", "Calif"), or it is one capital letter ("M" in "Robert M. Gates") or letters with inner
 * full stops ("U.S", "p.m").
 */
export function isAbbreviation(token: TaggedToken): boolean {
  return (
    token.tags.has("Abbreviation") ||
    /^\p{Lu}$/u.test(token.text) ||
    /^(?:\p{L}\.)+\p{L}?$/u.test(token.text) ||
    lexiconTags(token.lower).includes("Abbreviation")
  );
}

/** Whether the token ends with a comma, as an apposition or a fronted phrase does. */
export function commaAfter(token: TaggedToken): boolean {
  return /,/u.test(token.post);
}

/** "the", "a", "some", "these"; not "that", which far more often opens a clause. */
export function isDeterminer(token: TaggedToken): boolean {
  return token.tags.has("Determiner") && token.lower !== "that";
}

/** A personal pronoun: one that can stand for a source ("he said", "according to him"). */
export function isPronoun(token: TaggedToken): boolean {
  return token.tags.has("Pronoun") || /^(he|she|it|they|him|her|them|we|i|you)$/u.test(token.lower);
}

/** Whether the word starts with a capital letter or a digit. */
export function isCapitalized(token: TaggedToken): boolean {
  return /^[\p{Lu}\d]/u.test(token.text);
}

/**
 * Whether the token can be a word of a noun phrase. compromise's tags decide, except that a capitalized
 * word inside a sentence is taken as part of a name even where compromise calls it a verb ("Guard").
 */
export function isNominal(token: TaggedToken, index: number): boolean {
  const t = token.tags;
  if (/^(that|which|who|whom|whose)$/u.test(token.lower)) return false;
  if (t.has("Pronoun") || t.has("QuestionWord") || t.has("Conjunction") || t.has("Preposition")) return false;
  if (t.has("Adverb") && !t.has("Noun")) return false;
  if (t.has("Url") || t.has("Acronym") || t.has("ProperNoun")) return true;
  if (index > 0 && isCapitalized(token)) return true;
  if (t.has("Verb") && !t.has("Noun")) return t.has("Adjective");
  return t.has("Noun") || t.has("Adjective") || t.has("Value") || t.has("Determiner") || t.has("Possessive");
}
