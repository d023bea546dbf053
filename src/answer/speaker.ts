import { CUE_WORDS, SPEECH_LEMMAS } from "../attribution/lexicon.ts";
import type { Attribution } from "../attribution/types.ts";
import { type Token, tokenize } from "../text/analyzer.ts";
import { isProperName, looksLikeName } from "../text/names.ts";
import type { QuestionFrame } from "../text/question-frame.ts";
import type { ReadText } from "./contrast.ts";
import type { Contrast } from "./types.ts";

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

/**
 * Another speaker than the one a claim names, where the quote's sentences are attributed (`attributions`, by
 * sentence) and neither the quote nor a source or whom it cites shares a word of the claim's speaker's name
 * (`speaker`, the claim's words that name who said it): "Dawn Addiego called Camden's government one of the most corrupt" against
 * "'... one of the most wasteful and corrupt governments ...,' Doherty said". The clash names the first other
 * source whose name the quote writes. Undefined where the claim's speaker is not named, or a sentence is the
 * article's own voice only: who says it is then not told.
 */
export function otherSpeaker(
  claim: ReadText,
  speaker: readonly Token[],
  quote: ReadText,
  attributions: readonly (readonly Attribution[])[],
): Contrast | undefined {
  const named = speaker.filter((token) => isProperName(token) || looksLikeName(claim.text, token));
  const last = named.at(-1);
  // A name's first word that opens the claim is capitalized as any first word is: "Dawn Addiego called".
  const before = named[0] && speaker[speaker.indexOf(named[0]) - 1];
  const first = before && /^\p{Lu}/u.test(before.surface) ? before : named[0];
  if (!first || !last || attributions.some((list) => list.length === 0)) return undefined;
  const own = new Set(named.flatMap((token) => token.terms));
  const sources = attributions.flat().flatMap((a) => [a.source, ...a.citing]);
  const names = (tokens: readonly Token[]) => tokens.some((token) => token.terms.some((t) => own.has(t)));
  // A quote that names the claim's speaker may report the speech itself: "'Putin publicly blamed me,' Clinton said".
  if (names(quote.tokens) || sources.some((source) => names(tokenize(source)))) return undefined;
  for (const source of sources) {
    const words = new Set(
      tokenize(source)
        .filter((token) => isProperName(token))
        .map((token) => token.surface),
    );
    const at = quote.tokens.findIndex((token) => words.has(token.surface));
    if (at < 0) continue;
    // The source's whole name as the quote writes it: "David Cox", not "David".
    let end = at;
    while (words.has(quote.tokens[end + 1]?.surface ?? "")) end += 1;
    const [start, stop] = [quote.tokens[at]?.start ?? 0, quote.tokens[end]?.end ?? 0];
    return {
      kind: "actor",
      claim: claim.text.slice(first.start, last.end),
      article: quote.text.slice(start, stop),
      claimAt: [first.start, last.end],
      articleAt: [start, stop],
    };
  }
  return undefined;
}
