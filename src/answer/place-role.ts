import type { Token } from "../text/analyzer.ts";
import { isPlace, PLACE_PREPOSITIONS } from "../text/grammar.ts";
import { lexiconTags } from "../text/word-tables.ts";
import type { ContrastInput, ReadText } from "./contrast.ts";
import type { Contrast } from "./types.ts";

/** How many words after the claim's verb in the quote a place may stand: "landing on the southern shores of Albania". */
const VERB_REACH = 8;

/** How many words after a place preposition its place may stand: "of the port of Limassol". */
const PREPOSITION_REACH = 4;

/**
 * Another place where the claim puts one, where the quote's whole paragraph never names the claim's (so the
 * article's mention of it elsewhere does not stand for it here): a place that the lexicon knows, after a
 * place preposition in the claim ("at Tehran airport", "landed in Greece"), against a place of the quote in
 * the same role: before the same noun ("Baghdad International Airport" for "Tehran airport"), or after a place
 * preposition, any of them, that follows the claim's verb ("landing on the southern shores of Albania" for
 * "landed in").
 */
export function placeRoleContrast({ claim, quote, paragraph }: ContrastInput): Contrast | undefined {
  // The paragraph's terms, read only for a claim that puts something at a place.
  let named: ReadonlySet<string> | undefined;
  const claimTerms = new Set(claim.tokens.flatMap((token) => token.terms));
  const otherPlace = (token: Token | undefined) =>
    token !== undefined &&
    /^\p{Lu}/u.test(token.surface) &&
    isPlace(token.surface) &&
    !token.terms.some((t) => claimTerms.has(t));
  for (const [i, word] of claim.tokens.entries()) {
    if (!isPlace(word.surface) || !PLACE_PREPOSITIONS.has(lower(claim.tokens[i - 1]))) continue;
    named ??= new Set(paragraph().tokens.flatMap((token) => token.terms));
    if (word.terms.some((t) => named?.has(t))) continue;
    const other =
      beforeSameNoun(claim.tokens[i + 1], quote, otherPlace) ?? afterVerb(claim.tokens[i - 2], quote, otherPlace);
    if (!other) continue;
    return {
      kind: "place",
      claim: word.surface,
      article: quote.text.slice(other.start, other.end),
      claimAt: [word.start, word.end],
      articleAt: [other.start, other.end],
    };
  }
  return undefined;
}

/** A place of the quote in the capitalized name that ends in the claim's noun after its place: "Baghdad International Airport". */
function beforeSameNoun(
  noun: Token | undefined,
  quote: ReadText,
  otherPlace: (token: Token | undefined) => boolean,
): Token | undefined {
  if (!noun || noun.terms.length === 0 || isPlace(noun.surface)) return undefined;
  for (const [j, token] of quote.tokens.entries()) {
    if (!token.terms.some((t) => noun.terms.includes(t))) continue;
    for (let k = j - 1; k >= 0 && /^\p{Lu}/u.test(quote.tokens[k]?.surface ?? "") && adjacent(quote, k); k -= 1) {
      if (otherPlace(quote.tokens[k])) return quote.tokens[k];
    }
  }
  return undefined;
}

/** A place of the quote after a preposition that follows the claim's verb, within its clause. */
function afterVerb(
  verb: Token | undefined,
  quote: ReadText,
  otherPlace: (token: Token | undefined) => boolean,
): Token | undefined {
  if (!verb || verb.terms.length === 0) return undefined;
  const { tokens } = quote;
  for (const [v, token] of tokens.entries()) {
    if (!token.terms.some((t) => verb.terms.includes(t))) continue;
    for (let p = v + 1; p <= v + VERB_REACH && p < tokens.length && !ends(quote, p - 1); p += 1) {
      const place = placeAfter(quote, p, otherPlace);
      if (place) return place;
    }
  }
  return undefined;
}

/**
 * The place of the quote after the preposition at `p`, any preposition on the quote's side ("landing on the
 * southern shores of Albania"), within `PREPOSITION_REACH` words and its clause.
 */
function placeAfter(quote: ReadText, p: number, otherPlace: (token: Token | undefined) => boolean): Token | undefined {
  const { tokens } = quote;
  const word = lower(tokens[p]);
  if (!PLACE_PREPOSITIONS.has(word) && !lexiconTags(word).includes("Preposition")) return undefined;
  for (let q = p + 1; q <= p + PREPOSITION_REACH && q < tokens.length && !ends(quote, q - 1); q += 1) {
    if (otherPlace(tokens[q])) return tokens[q];
  }
  return undefined;
}

/** Whether only spaces stand between the token at `k` and the next. */
function adjacent(read: ReadText, k: number): boolean {
  return !/\S/u.test(read.text.slice(read.tokens[k]?.end ?? 0, read.tokens[k + 1]?.start ?? 0));
}

/** Whether a sentence or clause ends after the token at `k`. */
function ends(read: ReadText, k: number): boolean {
  return /[.!?;]/u.test(read.text.slice(read.tokens[k]?.end ?? 0, read.tokens[k + 1]?.start ?? 0));
}

function lower(token: Token | undefined): string {
  return token?.surface.toLowerCase() ?? "";
}
