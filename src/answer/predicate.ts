import type { Token } from "../text/analyzer.ts";
import type { QueryWord } from "../text/query.ts";
import { consequentTerms, relatedTerms } from "./bridge.ts";

/**
 * Whether a quote's words state a question's predicate (`frameOf`: "arrested" in "How many people were
 * arrested?"): the word itself in any form (`literal`), or a word WordNet relates to it (`related`: "supported"
 * for "backed", "response" for "respond"). A word that is one of the question's other words (their terms,
 * `asked`) stands for that word, not for the predicate: "When was the building built?" is not answered by "The
 * building collapsed". WordNet is read only when `related` is first asked, which callers do only where the
 * word itself is not there.
 */
export class PredicateTest {
  readonly #own: ReadonlySet<string>;
  #related: ReadonlySet<string> | undefined;

  constructor(
    private readonly predicate: QueryWord,
    private readonly asked: ReadonlySet<string>,
  ) {
    this.#own = new Set(predicate.terms);
  }

  /** Whether the token is the predicate in some form ("arrests" for "arrested"). */
  literal(token: Token): boolean {
    return token.terms.some((term) => this.#own.has(term));
  }

  /** Whether the token says the predicate in other words, by WordNet. */
  related(token: Token): boolean {
    if (token.terms.length === 0 || token.terms.some((term) => this.asked.has(term))) return false;
    this.#related ??= relatedTerms(this.predicate.surface);
    const related = this.#related;
    return token.terms.some((term) => related.has(term));
  }

  /** Whether the token states the predicate, itself or in other words. */
  states(token: Token): boolean {
    return this.literal(token) || this.related(token);
  }

  /**
   * The texts among `texts` that state the predicate: those that hold it itself, or where none does, those
   * that say it in other words.
   */
  stating<T extends { tokens: readonly Token[] }>(texts: readonly T[]): T[] {
    const literal = texts.filter((text) => text.tokens.some((token) => this.literal(token)));
    return literal.length > 0 ? literal : texts.filter((text) => text.tokens.some((token) => this.related(token)));
  }
}

/**
 * For a "how many" question, whether a number counts what it asks about (`counted`: "people"), by the word the
 * number counts (its unit's term) and the few words after it: none said ("15 were killed"), the same word, or
 * one WordNet relates to it ("soldiers" for "troops"), standing among them ("100 different species of trees").
 * "The ten-storey building" gives no number of people. WordNet is read only where the words themselves are not
 * there.
 */
export function countsAsked(
  counted: readonly QueryWord[],
): (unit: string | undefined, after: readonly Token[]) => boolean {
  if (counted.length === 0) return () => true;
  const own = new Set(counted.flatMap((word) => word.terms));
  let related: ReadonlySet<string> | undefined;
  const among = (terms: ReadonlySet<string>, unit: string | undefined, after: readonly Token[]) =>
    (unit !== undefined && terms.has(unit)) || after.some((token) => token.terms.some((term) => terms.has(term)));
  return (unit, after) => {
    if (unit === undefined || among(own, unit, after)) return true;
    related ??= new Set(counted.flatMap((word) => [...relatedTerms(word.surface)]));
    return among(related, unit, after);
  };
}

/**
 * The terms of the events a claim's predicate causes, entails or follows from by WordNet ("killed" -> die,
 * death), each with the predicate word it comes from, leaving out the claim's own terms: a quote that denies
 * one of them ("no deaths were reported") denies the claim's event ("people were killed"). Only for denial:
 * "three people died" does not say that they were killed.
 */
export function consequentOf(predicate: readonly Token[], claimTerms: ReadonlySet<string>): Map<string, Token> {
  const found = new Map<string, Token>();
  for (const token of predicate)
    for (const term of consequentTerms(token.surface))
      if (!claimTerms.has(term) && !found.has(term)) found.set(term, token);
  return found;
}

/**
 * Whether a quote's denial of the claim's event (`denied`, a word `names` takes: the predicate or what it
 * causes or follows from) speaks of the claim's case: its clause (up to `.`, `;`, `!` or `?`) holds another of
 * the claim's words (`claimTerms`), and no clause that names the event undenied does. "All but one of the
 * sixteen on-board died; no deaths were reported on the ground" denies deaths on the ground, not on board.
 */
export function deniesClaimedCase(
  quote: { text: string; tokens: readonly Token[] },
  denied: Token,
  names: (token: Token) => boolean,
  claimTerms: ReadonlySet<string>,
): boolean {
  const clauses: number[] = [];
  let clause = 0;
  for (const [i, token] of quote.tokens.entries()) {
    const before = quote.tokens[i - 1];
    if (before && /[.;!?]/u.test(quote.text.slice(before.end, token.start))) clause += 1;
    clauses.push(clause);
  }
  const about = (at: number) =>
    quote.tokens.some((token, i) => clauses[i] === at && !names(token) && token.terms.some((t) => claimTerms.has(t)));
  const deniedAt = clauses[quote.tokens.indexOf(denied)] ?? -1;
  const statedElsewhere = quote.tokens.some(
    (token, i) => token !== denied && names(token) && clauses[i] !== deniedAt && about(clauses[i] ?? -1),
  );
  return about(deniedAt) && !statedElsewhere;
}
