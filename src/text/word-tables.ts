/**
 * Tables read from compromise's lexicon and conjugation models: what a word is tagged as ("putin" is a
 * Person), irregular forms ("sent" -> "send"), demonyms ("libyan" -> "libya") and the conjugations of the
 * verbs attribution looks for. Deriving them needs compromise, whose loading takes longer than the rest
 * of a start put together, and a few hundred milliseconds more; so `npm ci` derives them once
 * (`scripts/build-word-tables.ts`, into `data/`) and answering only reads the file.
 */

import { readFileSync } from "node:fs";
import { stemmer } from "stemmer";
import { WORD_TABLES_FILE } from "../lexicon/files.ts";
import { baseForms } from "../lexicon/wordnet.ts";
import { model, verbMethods } from "./nlp.ts";

export interface WordTables {
  /** compromise's lexicon: a lower-case word's tags, one or several. */
  tags: Record<string, string | string[]>;
  /** Irregular verb forms and plurals to their base form, where stemming does not bring them home. */
  irregular: Record<string, string>;
  /** Demonyms to their country. */
  demonyms: Record<string, string>;
  /** For each verb asked for at derivation, its forms by compromise's tense name. */
  conjugations: Record<string, Record<string, string>>;
  /**
   * Common words whose index term is not their Porter stem: where the stem joins words a reader keeps
   * apart ("executive" and "executions", "news" and "new") or splits forms of one word ("leaves" and
   * "leaf"). Written by scripts/term-table.ts.
   */
  terms: Record<string, string>;
  /**
   * By the Porter stem of common words, their terms, where one is not that stem ("embed": ["emb"];
   * "propag": ["propagate", "propagation"]): what a rare word with that stem is brought to. Written by
   * scripts/term-table.ts.
   */
  stems: Record<string, string[]>;
}

let tables: WordTables | undefined;

/** The tables, read from `data/` once. */
export function wordTables(): WordTables {
  if (tables) return tables;
  try {
    tables = JSON.parse(readFileSync(WORD_TABLES_FILE, "utf8")) as WordTables;
  } catch (error) {
    throw new Error(`citebot: cannot read ${WORD_TABLES_FILE} (run npm ci, or npm run prepare): ${String(error)}`);
  }
  return tables;
}

/** A table's entry for `word`, never one of Object's own properties ("constructor"). */
function entry<T>(table: Record<string, T>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** The tags compromise's lexicon gives a lower-case word; empty for a word it does not know. */
export function lexiconTags(word: string): string[] {
  return tagList(entry(wordTables().tags, word));
}

/** A lexicon entry's tags as a list: compromise writes a single tag as a string. */
function tagList(found: string | string[] | undefined): string[] {
  return found === undefined ? [] : typeof found === "string" ? [found] : found;
}

/** The base form of an irregular verb or plural, or the word itself. */
export function baseForm(word: string): string {
  return entry(wordTables().irregular, word) ?? word;
}

/** A common word's index term where it is not its Porter stem (see `WordTables.terms`). */
export function tableTerm(word: string): string | undefined {
  return entry(wordTables().terms, word);
}

/** The terms of the common words whose Porter stem is `stem`, where one is not the stem (see `WordTables.stems`). */
export function stemTerms(stem: string): readonly string[] {
  return entry(wordTables().stems, stem) ?? [];
}

/** The country a demonym belongs to ("russian" -> "russia"), if compromise knows both. */
export function countryOf(word: string): string | undefined {
  return entry(wordTables().demonyms, word);
}

/** A verb's forms by tense, as derived for it; a verb the tables were not derived with is an error. */
export function conjugationsOf(verb: string): Record<string, string> {
  const forms = entry(wordTables().conjugations, verb);
  if (!forms) throw new Error(`citebot: ${WORD_TABLES_FILE} has no conjugation of "${verb}" (run npm run prepare)`);
  return forms;
}

const VERB_LIKE = new Set(["PastTense", "Participle", "Adjective"]);

/**
 * What a demonym adds to its country's name once trailing vowels (with or without "y") are dropped:
 * "libya" -> "liby" + "an", "italy" -> "ital" + "ian", "germany" -> "german" + "".
 */
const DEMONYM_ENDING = /^(?:|n|an|ian|ese|i|ic)s?$/u;

/** Derives the tables from compromise, with the conjugations of `verbs`: what the install-time script writes. */
export function deriveWordTables(verbs: readonly string[]): Omit<WordTables, "terms" | "stems"> {
  const { lexicon } = model().one;
  const tagsOf = (word: string) => tagList(lexicon[word]);
  const plain = Object.keys(lexicon).filter((word) => /^[a-z]+$/u.test(word));
  const verb = verbMethods();
  const conjugations = Object.fromEntries(
    verbs.map((lemma) => [
      lemma,
      Object.fromEntries(
        Object.entries(verb.conjugate(lemma, model())).filter((entry): entry is [string, string] => !!entry[1]),
      ),
    ]),
  );
  return {
    tags: lexicon,
    irregular: Object.fromEntries(irregularForms(plain, tagsOf)),
    demonyms: Object.fromEntries(demonymCountries(plain, tagsOf)),
    conjugations,
  };
}

/**
 * Irregular forms that the Porter stemmer cannot bring home ("sent" -> "send", "lost" -> "lose",
 * "met" -> "meet", "children" -> "child"), so that a question's "Which contracts did Russia lose?" finds
 * "Russia lost military contracts".
 */
function irregularForms(words: string[], tagsOf: (word: string) => string[]): Map<string, string> {
  const verb = verbMethods();
  const forms = new Map<string, string>();
  for (const word of words) {
    if (!tagsOf(word).some((tag) => VERB_LIKE.has(tag))) continue;
    const base =
      ["PastTense", "Participle"]
        .map((tense) => verb.toInfinitive(word, model(), tense))
        .find((candidate) => candidate !== word) ?? word;
    if (base === word || stemmer(base) === stemmer(word)) continue;
    // Only a form that conjugating the base gives back is taken: "lost" is listed as an adjective. And only a
    // base WordNet lists: compromise's rules make up "ow" for "own" (as "grow" for "grown"), "yoing" for "young",
    // "certay" for "certain", and "own" then met neither "owns" nor "owned" ("Which houses does Macmillan own?").
    const conjugated = verb.conjugate(base, model());
    if ((conjugated.PastTense === word || conjugated.Participle === word) && baseForms(base).includes(base))
      forms.set(word, base);
  }
  for (const [singular, plural] of Object.entries(model().two.irregularPlurals)) {
    if (stemmer(singular) !== stemmer(plural)) forms.set(plural, singular);
  }
  return forms;
}

/**
 * Demonyms paired with their countries ("libyan" -> "libya", "iraqi" -> "iraq", "chinese" -> "china"):
 * compromise tags both but does not link them, and "the Libyan government" is about Libya.
 */
function demonymCountries(words: string[], tagsOf: (word: string) => string[]): Map<string, string> {
  const countries = words.filter((word) => tagsOf(word).includes("Country"));
  const pairs = new Map<string, string>();
  for (const demonym of words.filter((word) => tagsOf(word).includes("Demonym"))) {
    // The longest name that fits wins: "nigerian" is Nigeria's, not Niger's.
    const country = countries
      .filter((name) =>
        [name.replace(/[aeiou]+$/u, ""), name.replace(/[aeiouy]+$/u, "")].some(
          (stem) => stem.length >= 3 && demonym.startsWith(stem) && DEMONYM_ENDING.test(demonym.slice(stem.length)),
        ),
      )
      .sort((a, b) => b.length - a.length)[0];
    if (country) pairs.set(demonym, country);
  }
  return pairs;
}
