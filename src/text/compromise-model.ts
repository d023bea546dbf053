import nlp from "compromise";

/**
 * The parts of compromise's model and methods that citebot reads directly; compromise types both as
 * plain `object`, so they are typed once here.
 */
interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { irregularPlurals: Record<string, string> };
}

interface VerbMethods {
  toInfinitive(word: string, model: Model, tense: string): string;
  conjugate(word: string, model: Model): Record<string, string | undefined>;
}

export const MODEL = nlp.model() as Model;

export const VERB = (nlp.methods() as { two: { transform: { verb: VerbMethods } } }).two.transform.verb;

/** The tags compromise's lexicon gives a lower-case word; empty for a word it does not know. */
export function lexiconTags(word: string): string[] {
  const tags = MODEL.one.lexicon[word];
  return tags === undefined ? [] : typeof tags === "string" ? [tags] : tags;
}
