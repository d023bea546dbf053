import { onlySpacesBetween, type Token } from "../text/analyzer.ts";
import { isPlace } from "../text/grammar.ts";
import { isProperName } from "../text/names.ts";
import { lexiconTags } from "../text/word-tables.ts";
import type { ContrastInput, ReadText } from "./contrast.ts";
import type { Contrast } from "./types.ts";

/**
 * Another person where the claim names one, though the article names the claim's elsewhere: one person's full
 * name does not stand for another's as "the US" may for "Pompeo". Both names are of two words or more, proper
 * names and not places nor organisations; the quote's paragraph never names the claim's person, the claim holds
 * no word of the quote's, and the quote's stands where the claim's does, after or before the same word
 * ("and Mohammed Reda, an airport protocol officer" against "and Ali Hosseini Khamenei, an airport ...").
 */
export function personSwapped({ claim, quote, paragraph }: ContrastInput): Contrast | undefined {
  const claimNames = personNames(claim);
  if (claimNames.length === 0) return undefined;
  const claimTerms = new Set(claim.tokens.flatMap((token) => token.terms));
  const others = personNames(quote).filter(
    ([first, last]) => !quote.tokens.slice(first, last + 1).some((t) => t.terms.some((term) => claimTerms.has(term))),
  );
  if (others.length === 0) return undefined;
  const named = new Set(paragraph().tokens.flatMap((token) => token.terms));
  for (const [first, last] of claimNames) {
    if (claim.tokens.slice(first, last + 1).some((t) => t.terms.some((term) => named.has(term)))) continue;
    const other = others.find((span) => sameSlot(claim, [first, last], quote, span));
    if (!other) continue;
    const [start, end] = [claim.tokens[first]?.start ?? 0, claim.tokens[last]?.end ?? 0];
    const [otherStart, otherEnd] = [quote.tokens[other[0]]?.start ?? 0, quote.tokens[other[1]]?.end ?? 0];
    return {
      kind: "actor",
      claim: claim.text.slice(start, end),
      article: quote.text.slice(otherStart, otherEnd),
      claimAt: [start, end],
      articleAt: [otherStart, otherEnd],
    };
  }
  return undefined;
}

/** Lexicon tags of a name that is no person's. */
const NOT_PERSON = new Set(["Organization", "Place", "Country", "City", "Region"]);

/** The spans (first and last token) of a text's runs of two proper names or more, each a person's name by its words. */
function personNames(read: ReadText): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const spacesAfter = (r: ReadText, at: number) => {
    const [left, right] = [r.tokens[at], r.tokens[at + 1]];
    return left !== undefined && right !== undefined && onlySpacesBetween(r.text, left, right);
  };
  const personal = (token: Token | undefined) =>
    token !== undefined &&
    isProperName(token) &&
    !isPlace(token.surface) &&
    !lexiconTags(token.surface.toLowerCase()).some((tag) => NOT_PERSON.has(tag));
  let i = 0;
  while (i < read.tokens.length) {
    let j = i;
    while (personal(read.tokens[j]) && personal(read.tokens[j + 1]) && spacesAfter(read, j)) j += 1;
    if (j > i && personal(read.tokens[i])) spans.push([i, j]);
    i = j + 1;
  }
  return spans;
}

/** Whether two names stand after the same word or before the same word, lower-case, with the same marks between. */
function sameSlot(
  claim: ReadText,
  [first, last]: [number, number],
  quote: ReadText,
  [start, end]: [number, number],
): boolean {
  // A capitalized word beside a name is part of its title ("Emergencies Minister Yevgeny Zinichev"), which
  // another person may hold too: the slot is the sentence's own word.
  const word = (read: ReadText, at: number) => {
    const surface = read.tokens[at]?.surface;
    return surface === undefined || /^\p{Lu}/u.test(surface) ? undefined : surface;
  };
  const gap = (read: ReadText, at: number) =>
    read.text.slice(read.tokens[at]?.end ?? 0, read.tokens[at + 1]?.start ?? 0);
  const before =
    word(claim, first - 1) !== undefined &&
    word(claim, first - 1) === word(quote, start - 1) &&
    gap(claim, first - 1) === gap(quote, start - 1);
  const after =
    word(claim, last + 1) !== undefined &&
    word(claim, last + 1) === word(quote, end + 1) &&
    gap(claim, last) === gap(quote, end);
  return before || after;
}
