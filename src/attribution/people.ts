import { lexiconTags } from "../text/word-tables.ts";
import { FEMALE_WORDS, MALE_WORDS, NAME_PARTICLES, PERSON_HEADS } from "./lexicon.ts";
import { breaksAfter, isAbbreviation, isCapitalized, type TaggedToken } from "./tokens.ts";

/** What "he" or "she" may stand for; a person whose words do not tell has none. */
export type Gender = "male" | "female";

/** A person's name as a phrase writes it: titles ("State Sen.", "Oceanographer"), given names, surname. */
export interface NameParts {
  /** Where the name starts among the phrase's words. */
  start: number;
  titles: string[];
  given: string[];
  /** Lower-case, possessive dropped: the key a later "Doherty" or "Mr. Doherty" is looked up by. */
  surname: string;
  /** The surname as written, possessive dropped ("Doherty"). */
  written: string;
}

/** A person the article has named: the fullest way it named them so far. */
export interface Person {
  name: string;
  parts: NameParts;
  gender?: Gender;
}

const FIRST_NAME_TAGS = ["FirstName", "MaleName", "FemaleName"];

/**
 * The name at the end of a phrase ("Indonesian Air Force spokesman Hadi Tjahjanto", "State Sen. Michael
 * Doherty (R-Warren)", "Oceanographer Pattiaratchi"): its last run of capitalized words, a bracket after it
 * left out, split into titles, given names and surname. Null where the phrase ends in no capitalized word.
 */
export function nameParts(words: TaggedToken[]): NameParts | null {
  let end = words.length;
  // "(R-Warren)", "(D-Md.)": a party and district after the name are not part of it.
  const bracket = words.findIndex((w, k) => k > 0 && w.pre.includes("("));
  if (bracket > 0) end = bracket;
  const last = words[end - 1];
  if (!last || !isCapitalized(last) || /^\d/u.test(last.text)) return null;
  let start = end - 1;
  while (start > 0) {
    const word = words[start - 1] as TaggedToken;
    const joins = isCapitalized(word) || isAbbreviation(word) || NAME_PARTICLES.has(word.lower);
    if (!joins || breaksAfter(word) || /\d/u.test(word.text)) break;
    start--;
  }
  const titles: string[] = [];
  const given: string[] = [];
  for (const word of words.slice(start, end - 1)) {
    if (given.length === 0 && isTitle(word)) titles.push(word.text);
    else if (!NAME_PARTICLES.has(word.lower)) given.push(word.text);
  }
  const written = last.text.replace(/['’]s$/u, "");
  return { start, titles, given, surname: written.toLowerCase(), written };
}

/** A word that names a rank or role before a name ("President", "Sen.", "Investigator", "Mr"), not a given name. */
function isTitle(word: TaggedToken): boolean {
  if (word.tags.has("Honorific") || PERSON_HEADS.has(word.lower)) return true;
  const known = lexiconTags(word.lower);
  if ([...FIRST_NAME_TAGS, "Person", "LastName"].some((tag) => word.tags.has(tag) || known.includes(tag))) return false;
  return word.tags.has("Actor") || isAbbreviation(word) || known.some((tag) => tag !== "ProperNoun");
}

/**
 * What a person phrase says of its person's sex: a title ("Mr", "Mrs"), a word such as "spokeswoman" or
 * "boyfriend", or a given name compromise's lexicon knows as a man's or a woman's.
 */
export function genderOf(words: TaggedToken[]): Gender | undefined {
  for (const word of words) {
    if (MALE_WORDS.has(word.lower)) return "male";
    if (FEMALE_WORDS.has(word.lower)) return "female";
  }
  return genderOfNames(words.map((word) => [...word.tags, ...(isCapitalized(word) ? lexiconTags(word.lower) : [])]));
}

/** The sex the given names tell, from each name's tags: a man's or a woman's name, and none that is the other. */
function genderOfNames(tags: string[][]): Gender | undefined {
  const male = tags.some((t) => t.includes("MaleName") && !t.includes("FemaleName"));
  const female = tags.some((t) => t.includes("FemaleName") && !t.includes("MaleName"));
  return male === female ? undefined : male ? "male" : "female";
}

/** Whether two spellings of a surname are the same name ("Sarea" and "Saree"): one letter apart at most. */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff <= 1;
}

/** How many words of a name are name: titles, given names and surname. */
function size(parts: NameParts): number {
  return parts.titles.length + parts.given.length + 1;
}

/**
 * The people an article names, so that a bare surname or a title with it ("Doherty", "Mr. Obama",
 * "Oceanographer Pattiaratchi") is taken for the person named in full before, however far back, and a
 * person is one source under the fullest name the article has used.
 */
export class People {
  private readonly known: Person[] = [];
  /** Surnames already looked for in the article's text, and what was found. */
  private readonly looked = new Map<string, Person | undefined>();

  /** `text`: the whole article, where a surname the sentences read so far did not name in full is looked for. */
  constructor(private readonly text: string) {}

  /**
   * Takes note of a person phrase, and returns the person it names: one named before with the same surname
   * and no other given name, or a new one. A phrase naming more of them than any before becomes their name.
   */
  add(name: string, words: TaggedToken[]): Person | undefined {
    const parts = nameParts(words);
    if (!parts) return undefined;
    const gender = genderOf(words);
    const same = this.find(parts);
    if (!same) {
      const person: Person = { name, parts };
      if (gender) person.gender = gender;
      this.known.push(person);
      return person;
    }
    // More of the name, or the same name in a phrase that says more ("Senate leader Peter Tolland").
    const fuller = size(parts) > size(same.parts) || (size(parts) === size(same.parts) && name.includes(same.name));
    if (fuller && name.length > same.name.length && parts.given.length >= same.parts.given.length) {
      same.name = name;
      same.parts = parts;
    }
    if (!same.gender && gender) same.gender = gender;
    return same;
  }

  /**
   * The person a phrase names in short ("Doherty", "Gov. Christie", "[Bruck]"): the latest one with that
   * surname whose given names do not differ. Undefined where none is known.
   */
  find(parts: NameParts): Person | undefined {
    for (let i = this.known.length - 1; i >= 0; i--) {
      const person = this.known[i] as Person;
      if (!sameSurname(person.parts.surname, parts.surname)) continue;
      const given = person.parts.given;
      if (parts.given.every((g) => given.includes(g)) || given.length === 0) return person;
    }
    return parts.given.length === 0 ? this.inText(parts) : undefined;
  }

  /**
   * A bare surname whose full name the sentences read so far did not give in a form the tagger knew for a
   * person's ("A jury has found Dylann Roof guilty" ... "Roof said"): the fullest run of capitalized words
   * ending in it anywhere in the article whose other words are given names (compromise's lexicon knows them
   * for first names, or does not know them at all) after any titles.
   */
  private inText(parts: NameParts): Person | undefined {
    if (this.looked.has(parts.written)) return this.looked.get(parts.written);
    let found: Person | undefined;
    // Plain search for the surname, not a pattern built from the article's words.
    for (let at = this.text.indexOf(parts.written); at >= 0; at = this.text.indexOf(parts.written, at + 1)) {
      if (/\p{L}/u.test(this.text.charAt(at + parts.written.length))) continue;
      const from = Math.max(0, at - 100);
      const run = WORDS_BEFORE.exec(this.text.slice(from, at));
      const name = run && nameBefore(this.text, from + run.index, at, parts);
      if (name && (!found || size(name.parts) > size(found.parts))) found = name;
    }
    this.looked.set(parts.written, found);
    if (found) this.known.push(found);
    return found;
  }
}

/** Up to four capitalized words (or name particles) right before a point of the text, each with its space. */
const WORDS_BEFORE = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\.? (?:(?:${[...NAME_PARTICLES].join("|")}) )?){1,4})$`, "u");

/**
 * A person from the capitalized words written in `text` from `start` up to the surname at `at`: titles,
 * then given names, named as the text writes them. Undefined where no given name stands there.
 */
function nameBefore(text: string, start: number, at: number, parts: NameParts): Person | undefined {
  const titles: string[] = [];
  const given: string[] = [];
  let from = at;
  for (const match of text.slice(start, at).matchAll(/\S+/gu)) {
    const word = match[0];
    const lower = word.toLowerCase().replace(/\.$/u, "");
    const tags = lexiconTags(lower);
    if (NAME_PARTICLES.has(lower)) continue;
    const opens = titles.length === 0 && given.length === 0;
    if (tags.some((tag) => FIRST_NAME_TAGS.includes(tag)) || (tags.length === 0 && !word.endsWith("."))) {
      given.push(word);
    } else if (given.length === 0 && (tags.includes("Honorific") || PERSON_HEADS.has(lower))) {
      titles.push(word);
    } else {
      // A word of a place, a body or a sentence's opening: the name starts after it.
      titles.length = 0;
      given.length = 0;
      continue;
    }
    if (opens) from = start + match.index;
  }
  if (given.length === 0) return undefined;
  const person: Person = { name: text.slice(from, at + parts.written.length), parts: { ...parts, titles, given } };
  const gender = genderOfNames(given.map((g) => lexiconTags(g.toLowerCase())));
  if (gender) person.gender = gender;
  return person;
}
