import { stemmer } from "stemmer";
import { lexiconTags, MODEL, VERB } from "./compromise-model.ts";

const VERB_LIKE = new Set(["PastTense", "Participle", "Adjective"]);

/**
 * Irregular forms that the Porter stemmer cannot bring home ("sent" -> "send", "lost" -> "lose",
 * "met" -> "meet", "children" -> "child"), read once from compromise's lexicon and its conjugation models,
 * so that a question's "Which contracts did Russia lose?" finds "Russia lost military contracts".
 */
function irregularForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const word of Object.keys(MODEL.one.lexicon)) {
    if (!/^[a-z]+$/u.test(word) || !lexiconTags(word).some((tag) => VERB_LIKE.has(tag))) continue;
    const base =
      ["PastTense", "Participle"]
        .map((tense) => VERB.toInfinitive(word, MODEL, tense))
        .find((candidate) => candidate !== word) ?? word;
    if (base === word || stemmer(base) === stemmer(word)) continue;
    // Only a form that conjugating the base gives back is taken: "lost" is listed as an adjective.
    const conjugated = VERB.conjugate(base, MODEL);
    if (conjugated.PastTense === word || conjugated.Participle === word) forms.set(word, base);
  }
  for (const [singular, plural] of Object.entries(MODEL.two.irregularPlurals)) {
    if (stemmer(singular) !== stemmer(plural)) forms.set(plural, singular);
  }
  return forms;
}

/**
 * What a demonym adds to its country's name once trailing vowels (with or without "y") are dropped:
 * "libya" -> "liby" + "an", "italy" -> "ital" + "ian", "germany" -> "german" + "".
 */
const DEMONYM_ENDING = /^(?:|n|an|ian|ese|i|ic)s?$/u;

/**
 * Demonyms paired with their countries ("libyan" -> "libya", "iraqi" -> "iraq", "chinese" -> "china"),
 * from compromise's lexicon, which tags both but does not link them: "the Libyan government" is about
 * Libya.
 */
function demonymCountries(): Map<string, string> {
  const tagged = (tag: string) =>
    Object.keys(MODEL.one.lexicon).filter((word) => /^[a-z]+$/u.test(word) && lexiconTags(word).includes(tag));
  const countries = tagged("Country");
  const pairs = new Map<string, string>();
  for (const demonym of tagged("Demonym")) {
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

const IRREGULAR = irregularForms();
const DEMONYMS = demonymCountries();

/** The base form of an irregular verb or plural, or the word itself. */
export function baseForm(word: string): string {
  return IRREGULAR.get(word) ?? word;
}

/** The country a demonym belongs to ("russian" -> "russia"), if compromise knows both. */
export function countryOf(word: string): string | undefined {
  return DEMONYMS.get(word);
}
