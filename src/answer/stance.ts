import { stanceOf } from "../lexicon/wordnet.ts";
import type { Token } from "../text/analyzer.ts";
import { isCopula, isPlace, VERB_FORM_TAGS } from "../text/grammar.ts";
import { lemmas } from "../text/lemmas.ts";
import { holdsNegator, isNegator } from "../text/negation.ts";
import { lexiconTags } from "../text/word-tables.ts";
import type { ContrastInput, ReadText } from "./contrast.ts";
import { namesSubject, sentenceOf } from "./quote-sentence.ts";
import { agentOf, passiveAt } from "./roles.ts";
import type { Contrast } from "./types.ts";

/** The side a word takes on what it is said of (`stanceOf`). */
type Stance = "for" | "against";

/**
 * The preposition that takes a side after a verb: "spoke out against the attack", "is against Haftar". WordNet
 * lists no prepositions; "for" says too much else (a purpose, a time, a price) to be read as a side.
 */
const AGAINST = "against";

/** How many words before a side's word a negator denies it: "did not oppose", "has never backed". */
const DENIAL_REACH = 3;

/** How many particles or adverbs may stand between a verb and its "against": "spoke out against", "argued strongly against". */
const AGAINST_REACH = 2;

/**
 * A side the quote takes against the side the claim's predicate takes, of the same doer: "Haftar, a Libyan
 * military leader who opposes the government" against "Haftar backs the government"; "spoke out against the
 * attack" against "welcomed the strike". WordNet opposes approving and disapproving, praising and criticizing,
 * but not one pair's words against the other's, nor "support" against "oppose" (`stancesOf` grows both sides
 * from them). Read in a sentence of the quote that names whom the claim is about and holds another of its words;
 * not where the quote's word is denied ("did not oppose"), where its doer is someone else ("who is opposed by
 * armed militia", "Soleimani also approved"), nor where the quote takes the claim's side of the same doer too.
 * Not for a claim that denies: a denied side is no side.
 */
export function stanceReversed(input: ContrastInput): Contrast | undefined {
  const { claim, quote, predicateAt, inQuote } = input;
  const word = claim.tokens.find((token) => token.start === predicateAt);
  if (!word || inQuote(word) === 1 || holdsNegator(claim.tokens)) return undefined;
  const side = stanceOfWord(word);
  if (!side) return undefined;
  const subject = claim.tokens.filter((token) => input.doers?.has(token.start));
  let other: Token | undefined;
  for (const [at, token] of quote.tokens.entries()) {
    const taken = quoteStance(quote, at);
    if (!taken || !inFrame(input, at, word, subject, taken.verb)) continue;
    // The quote takes the claim's side of the claim's subject: another sentence's opposite is no clash.
    if (taken.side === side) return undefined;
    other ??= token;
  }
  if (!other) return undefined;
  return {
    kind: "antonym",
    claim: claim.text.slice(word.start, word.end),
    article: quote.text.slice(other.start, other.end),
    claimAt: [word.start, word.end],
    articleAt: [other.start, other.end],
  };
}

/** The side a word of the claim takes: "against", or a verb's (`stanceOf`) by its lemmas. */
function stanceOfWord(token: Token): Stance | undefined {
  if (token.surface.toLowerCase() === AGAINST) return "against";
  return lemmas(token.surface)
    .map((lemma) => stanceOf(lemma))
    .find((side) => side !== undefined);
}

/**
 * The side the quote's word at `at` takes, with the index of the verb whose doer takes it: a stance verb written
 * as one (a verb's tag, or an ending its lemma lacks: "backs", "encouraging"; not "back" in "bring these deals back
 * to life"), or "against" after a verb or "be" and at most `AGAINST_REACH` particles. Not where a negator stands
 * within `DENIAL_REACH` words before it.
 */
function quoteStance(quote: ReadText, at: number): { side: Stance; verb: number } | undefined {
  const token = quote.tokens[at];
  if (!token) return undefined;
  const lower = token.surface.toLowerCase();
  let taken: { side: Stance; verb: number } | undefined;
  if (lower === AGAINST) {
    const verb = verbBefore(quote, at);
    if (verb >= 0) taken = { side: "against", verb };
  } else {
    const side = stanceOfWord(token);
    if (side && writtenAsVerb(token)) taken = { side, verb: at };
  }
  if (!taken) return undefined;
  const before = quote.tokens.slice(Math.max(0, taken.verb - DENIAL_REACH), taken.verb);
  return before.some((word, i) => isNegator(word.surface, before[i + 1]?.surface ?? token.surface)) ? undefined : taken;
}

/**
 * Whether a stance word is written as a verb: tagged as one, or with "-ed" or "-ing" on a stance verb's lemma
 * ("encouraging", which the lexicon tags an adjective). Not a plural the lexicon does not know ("levied
 * sanctions against him"), nor a bare form it tags a noun or an adverb ("bring these deals back to life").
 */
function writtenAsVerb(token: Token): boolean {
  const lower = token.surface.toLowerCase();
  if (lexiconTags(lower).some((tag) => VERB_FORM_TAGS.has(tag))) return true;
  return /(?:ed|ing)$/u.test(lower) && lemmas(lower).some((lemma) => lemma !== lower && stanceOf(lemma) !== undefined);
}

/** The index of the verb or "be" before the "against" at `at`, past up to `AGAINST_REACH` particles or adverbs; -1 where none. */
function verbBefore(quote: ReadText, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 1 - AGAINST_REACH; i -= 1) {
    const lower = quote.tokens[i]?.surface.toLowerCase() ?? "";
    const tags = lexiconTags(lower);
    const verb = tags.some((tag) => VERB_FORM_TAGS.has(tag)) || (tags.length === 0 && /ed$/u.test(lower));
    if (isCopula(lower) || verb) return i;
    // A verb's particle ("spoke out against") or an adverb ("argued strongly against") may stand between.
    const between =
      tags.includes("Adverb") || tags.includes("Preposition") || (tags.length === 0 && /ly$/u.test(lower));
    if (!between) return -1;
  }
  return -1;
}

/**
 * Whether the quote's side at `at` (taken by the doer of the verb at `verb`) is of whom the claim is about, on
 * what it speaks of: its sentence names the claim's subject (`namesSubject`) and holds a word of the claim other
 * than the subject's and the claim's side word; and the verb's doer (`agentOf`) is the subject, a place for a
 * place, the subject described ("Haftar, a Libyan military leader who opposes"), or not told where the verb is
 * active ("the dukes began a programme of church reform, encouraging ..."). Not a passive's subject, on whom the
 * side is taken ("He was further sanctioned"), nor a doer told otherwise ("who is opposed by armed militia").
 */
function inFrame(input: ContrastInput, at: number, word: Token, subject: readonly Token[], verb: number): boolean {
  const { quote, claim, claimTerms } = input;
  if (!namesSubject(quote, at, input.subject)) return false;
  const own = new Set([...(input.subject ?? []), ...word.terms]);
  const others = new Set(
    claim.tokens
      .filter((token) => !subject.includes(token))
      .flatMap((token) => token.terms)
      .filter((t) => claimTerms.has(t) && !own.has(t)),
  );
  if (!sentenceOf(quote, at).some((token) => token.terms.some((t) => others.has(t)))) return false;
  const agent = agentOf(quote, verb);
  const subjectTerms = new Set([...(input.subject ?? []), ...subject.flatMap((token) => token.terms)]);
  if (agent.some((token) => token.terms.some((t) => subjectTerms.has(t)))) return true;
  // A passive's subject is who the side is taken on, not who takes it: "He was further sanctioned".
  if (agent.length === 0) return !passiveAt(quote, verb);
  // A place stands for its government: "Moscow" may do what "Russia" does.
  if (subject.some((token) => isPlace(token.surface)) && agent.some((token) => isPlace(token.surface))) return true;
  // "Haftar, a Libyan military leader who opposes ...": the doer is the subject, described.
  return describes(quote, agent, subjectTerms);
}

/**
 * Whether a doer's phrase (`agentOf`) stands in apposition to a name of the subject: after a comma that follows
 * it, a determiner between ("Khalifa Haftar, a Libyan military leader who opposes").
 */
function describes(quote: ReadText, agent: readonly Token[], subjectTerms: ReadonlySet<string>): boolean {
  let at = quote.tokens.indexOf(agent[0] as Token) - 1;
  while (at >= 0 && lexiconTags(quote.tokens[at]?.surface.toLowerCase() ?? "").includes("Determiner")) at -= 1;
  const before = quote.tokens[at];
  const after = quote.tokens[at + 1];
  if (!before || !after || quote.text.slice(before.end, after.start).trim() !== ",") return false;
  return before.terms.some((t) => subjectTerms.has(t));
}
