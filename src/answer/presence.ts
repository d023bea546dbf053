import { onlySpacesBetween, type Token } from "../text/analyzer.ts";
import { isCopula, PLACE_PREPOSITIONS, VERB_FORM_TAGS } from "../text/grammar.ts";
import { looksLikeName } from "../text/names.ts";
import { isNegator } from "../text/negation.ts";
import { lexiconTags } from "../text/word-tables.ts";
import type { ContrastInput, ReadText } from "./contrast.ts";
import type { Contrast } from "./types.ts";

/** How many words before a quote's verb a negator denies it: "did not visit". */
const NEGATOR_REACH = 3;

/**
 * A claim that denies being somewhere ("has never been to Moscow", "isn't in Libya": a negator, a form of
 * "be", a place preposition and a name), against a quote where a verb takes that name undenied ("visited
 * Moscow", "went to Moscow"): the denial governs no word but the name, which a denial of the claim's words
 * leaves out. A quote that only names the place, or names something by it ("dispatched ... from the Moscow
 * province"), says nothing of being there.
 */
export function presenceContrast({ claim, quote }: ContrastInput): Contrast | undefined {
  for (const i of claim.tokens.keys()) {
    const denial = deniedPlace(claim, i);
    const taken = denial && takenBy(quote, denial.name);
    if (!denial || !taken) continue;
    return {
      kind: "negation",
      claim: claim.text.slice(...denial.at),
      article: quote.text.slice(...taken),
      claimAt: denial.at,
      articleAt: taken,
    };
  }
  return undefined;
}

/**
 * A denial of being somewhere that starts at the claim's word `i`: where it stands ("never been", the clash;
 * the name is what the quote holds of the claim) and the name.
 */
function deniedPlace(claim: ReadText, i: number): { at: [number, number]; name: Token } | undefined {
  const words = claim.tokens;
  const negator = words[i];
  if (!negator || !isNegator(negator.surface, words[i + 1]?.surface)) return undefined;
  const at = isCopula(lowerOf(negator)) ? i + 1 : isCopula(lowerOf(words[i + 1])) ? i + 2 : -1;
  if (at < 0 || !PLACE_PREPOSITIONS.has(lowerOf(words[at]))) return undefined;
  const name = words[lowerOf(words[at + 1]) === "the" ? at + 2 : at + 1];
  if (!name || !looksLikeName(claim.text, name)) return undefined;
  return { at: [negator.start, (words[at - 1] ?? negator).end], name };
}

/** Where a verb of the quote takes `name` undenied ("visited Moscow", "went to Moscow"), from the verb to the name. */
function takenBy(quote: ReadText, name: Token): [number, number] | undefined {
  const { tokens } = quote;
  for (const [q, token] of tokens.entries()) {
    if (!token.terms.some((t) => name.terms.includes(t))) continue;
    // "the Moscow province": the name says which province, not where anyone was.
    const next = tokens[q + 1];
    if (next && namesBy(quote, token, next)) continue;
    let before = q - 1;
    while (before >= 0 && (PLACE_PREPOSITIONS.has(lowerOf(tokens[before])) || lowerOf(tokens[before]) === "the")) {
      before -= 1;
    }
    const verb = tokens[before];
    if (!verb || !lexiconTags(lowerOf(verb)).some((tag) => VERB_FORM_TAGS.has(tag))) continue;
    if (tokens.slice(Math.max(0, before - NEGATOR_REACH), before).some((t) => isNegator(t.surface))) continue;
    return [verb.start, token.end];
  }
  return undefined;
}

/** Whether `next`, right after the name `name`, is a noun the name says which of: "Moscow province", not "Moscow twice". */
function namesBy(read: ReadText, name: Token, next: Token): boolean {
  if (!/^\p{Ll}/u.test(next.surface) || next.terms.length === 0 || !onlySpacesBetween(read.text, name, next))
    return false;
  return lexiconTags(lowerOf(next)).every((tag) => tag === "Singular" || tag === "Plural" || tag === "Noun");
}

function lowerOf(token: Token | undefined): string {
  return token?.surface.toLowerCase().replaceAll("’", "'") ?? "";
}
