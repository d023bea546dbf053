import nlp from "compromise";
import { stemmer } from "stemmer";

/** The part of compromise's model and methods read here; compromise types both as plain `object`. */
interface CompromiseInternals {
  model: { one: { lexicon: Record<string, string | string[]> }; two: { irregularPlurals: Record<string, string> } };
  verb: {
    toInfinitive(word: string, model: unknown, tense: string): string;
    conjugate(word: string, model: unknown): Record<string, string | undefined>;
  };
}

const VERB_LIKE = new Set(["PastTense", "Participle", "Adjective"]);

/**
 * Irregular forms that the Porter stemmer cannot bring home ("sent" -> "send", "lost" -> "lose",
 * "met" -> "meet", "children" -> "child"), read once from compromise's lexicon and its conjugation models,
 * so that a question's "Which contracts did Russia lose?" finds "Russia lost military contracts".
 */
function irregularForms(): Map<string, string> {
  const model = nlp.model() as CompromiseInternals["model"];
  const { verb } = (nlp.methods() as { two: { transform: { verb: CompromiseInternals["verb"] } } }).two.transform;
  const forms = new Map<string, string>();
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    if (!/^[a-z]+$/u.test(word)) continue;
    const tagList = typeof tags === "string" ? [tags] : tags;
    if (!tagList.some((tag) => VERB_LIKE.has(tag))) continue;
    const base =
      ["PastTense", "Participle"]
        .map((tense) => verb.toInfinitive(word, model, tense))
        .find((candidate) => candidate !== word) ?? word;
    if (base === word || stemmer(base) === stemmer(word)) continue;
    // Only a form that conjugating the base gives back is taken: "lost" is listed as an adjective.
    const conjugated = verb.conjugate(base, model);
    if (conjugated.PastTense === word || conjugated.Participle === word) forms.set(word, base);
  }
  for (const [singular, plural] of Object.entries(model.two.irregularPlurals)) {
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
  const { lexicon } = (nlp.model() as CompromiseInternals["model"]).one;
  const tagged = (tag: string) =>
    Object.entries(lexicon)
      .filter(([word, tags]) => /^[a-z]+$/u.test(word) && (tags === tag || (Array.isArray(tags) && tags.includes(tag))))
      .map(([word]) => word);
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
