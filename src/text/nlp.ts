import { createRequire } from "node:module";
import type nlpType from "compromise";

/**
 * compromise, loaded on first use. Only parsing (sentences) and attribution need it; answering,
 * from a cached index above all, reads the tables built from its lexicon at install time
 * (`word-tables.ts`) instead, since loading compromise takes longer than the rest of a start put together.
 * Required, not imported: an import would load it with the module that names it.
 */
let loaded: typeof nlpType | undefined;

export function nlp(): typeof nlpType {
  loaded ??= createRequire(import.meta.url)("compromise") as typeof nlpType;
  return loaded;
}

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

/** compromise's model: its lexicon and irregular forms. */
export function model(): Model {
  return nlp().model() as Model;
}

/**
 * compromise's sentence splitter, the first step of its tokenizer, on its own: each sentence as written,
 * the space after it included, so that the parts join back into the text.
 */
export function splitSentenceTexts(text: string): string[] {
  const { one } = nlp().methods() as { one: { tokenize: { splitSentences(text: string, world: object): string[] } } };
  return one.tokenize.splitSentences(text, nlp().world());
}

/** compromise's verb methods: conjugation and infinitives. */
export function verbMethods(): VerbMethods {
  return (nlp().methods() as { two: { transform: { verb: VerbMethods } } }).two.transform.verb;
}
