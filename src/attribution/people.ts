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
  for (const word of words) {
    const tags = [...word.tags, ...(isCapitalized(word) ? lexiconTags(word.lower) : [])];
    if (tags.includes("MaleName") && !tags.includes("FemaleName")) return "male";
    if (tags.includes("FemaleName") && !tags.includes("MaleName")) return "female";
  }
  return undefined;
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
    if (size(parts) > size(same.parts) && parts.given.length >= same.parts.given.length) {
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
    const run = new RegExp(
      `((?:\\p{Lu}[\\p{L}'’-]*\\.? (?:(?:${[...NAME_PARTICLES].join("|")}) )?){1,4})${escape(parts.written)}(?![\\p{L}])`,
      "gu",
    );
    for (const match of this.text.matchAll(run)) {
      const words = (match[1] ?? "").trim().split(/\s+/u);
      const name = nameFromWords(words, parts);
      if (name && (!found || size(name.parts) > size(found.parts))) found = name;
    }
    this.looked.set(parts.written, found);
    if (found) this.known.push(found);
    return found;
  }
}

/** A person from the words written before a surname: titles, then given names; undefined where one is neither. */
function nameFromWords(words: string[], parts: NameParts): Person | undefined {
  const titles: string[] = [];
  const given: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase().replace(/\.$/u, "");
    const tags = lexiconTags(lower);
    if (NAME_PARTICLES.has(lower)) continue;
    if (tags.some((tag) => FIRST_NAME_TAGS.includes(tag)) || (tags.length === 0 && !word.endsWith("."))) {
      given.push(word);
    } else if (given.length === 0 && (tags.includes("Honorific") || PERSON_HEADS.has(lower))) {
      titles.push(word);
    } else {
      // A word of a place, a body or a sentence's opening: start the name after it.
      titles.length = 0;
      given.length = 0;
    }
  }
  if (given.length === 0) return undefined;
  const name = `${[...titles, ...given].join(" ")} ${parts.written}`;
  const person: Person = { name, parts: { ...parts, titles, given } };
  const sex = given.map((g) => lexiconTags(g.toLowerCase()));
  if (sex.some((t) => t.includes("MaleName")) && !sex.some((t) => t.includes("FemaleName"))) person.gender = "male";
  if (sex.some((t) => t.includes("FemaleName")) && !sex.some((t) => t.includes("MaleName"))) person.gender = "female";
  return person;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
