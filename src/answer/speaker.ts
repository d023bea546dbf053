import { CUE_WORDS, SPEECH_LEMMAS } from "../attribution/lexicon.ts";
import type { Attribution } from "../attribution/types.ts";
import { type Token, tokenize } from "../text/analyzer.ts";
import type { QuestionFrame } from "../text/question-frame.ts";

/** Auxiliaries of a question about what was said: "What did X say?", "What has X claimed?"; not "What can X ask?". */
const REPORTED = new Set(["do", "does", "did", "has", "have", "had"]);

/**
 * The speaker a question asks about: the subject of its main verb where that verb only reports speech and the
 * question asks what was said ("What did the UN say about the deployment?", "How did the Kremlin respond?",
 * "What did the minister promise?"), its words that the analyzer keeps; undefined where the verb has a sense
 * besides reporting ("find", "believe"), the subject is a pronoun, or the question is put otherwise (a
 * passive: "What was he accused of?").
 */
export function askedSpeaker(frame: QuestionFrame): Token[] | undefined {
  const { predicate, subject, auxiliary } = frame;
  if (predicate === undefined || auxiliary === undefined || !REPORTED.has(auxiliary)) return undefined;
  const lemma = CUE_WORDS.get(predicate.surface.toLowerCase())?.lemma;
  if (lemma === undefined || !SPEECH_LEMMAS.has(lemma)) return undefined;
  const words = subject.filter((token) => token.terms.length > 0);
  return words.length > 0 ? words : undefined;
}

/**
 * Whether a quote is what the asked speaker says: a source or whom it cites, in one of the quote's sentences
 * (`attributions`, by sentence), holds every word of the speaker (`speaker`: the terms each word may be found
 * as), or one sentence holds them all beside a
 * reporting word (where the article's attribution left it out) or the question's verb in any form (`verb`,
 * "In response, King Louis dispatched ..." for "How did King Louis respond?"). "What did the UN say about the
 * deployment?" is not answered by what "the sources" claim about it, nor "How did Iran respond?" by what
 * Pompeo said.
 */
export function saidBy(
  speaker: ReadonlyArray<ReadonlySet<string>>,
  attributions: readonly (readonly Attribution[])[],
  sentences: readonly (readonly Token[])[],
  verb: (token: Token) => boolean,
): boolean {
  const holdsSpeaker = (terms: ReadonlySet<string>) =>
    speaker.every((word) => [...word].some((term) => terms.has(term)));
  const termsOf = (texts: readonly string[]) =>
    new Set(texts.flatMap((text) => tokenize(text).flatMap((token) => token.terms)));
  if (attributions.some((list) => list.some((a) => holdsSpeaker(termsOf([a.source, ...a.citing]))))) return true;
  return sentences.some(
    (tokens) => holdsSpeaker(new Set(tokens.flatMap((token) => token.terms))) && tokens.some((token) => verb(token)),
  );
}
