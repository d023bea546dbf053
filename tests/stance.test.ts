import { describe, expect, it } from "vitest";
import { readClaim } from "../src/answer/claim-clause.ts";
import type { ContrastInput } from "../src/answer/contrast.ts";
import { stanceReversed } from "../src/answer/stance.ts";
import { tokenize } from "../src/text/analyzer.ts";

const read = (text: string) => ({ text, tokens: tokenize(text) });

/** A claim against a quote, read as the Judge reads them: its predicate, its subject and who does it. */
function input(claimText: string, quoteText: string): ContrastInput {
  const claim = read(claimText);
  const quote = read(quoteText);
  const clause = readClaim(claimText, claim.tokens);
  const held = new Set(quote.tokens.flatMap((token) => token.terms));
  const predicateAt = clause.predicate[0]?.start;
  return {
    claim,
    quote,
    paragraph: () => quote,
    claimTerms: new Set(claim.tokens.flatMap((token) => token.terms)),
    inQuote: (token) => (token.terms.some((t) => held.has(t)) ? 1 : 0),
    inArticle: () => true,
    subject: new Set(clause.subject.at(-1)?.terms ?? []),
    doers: new Set(clause.subject.map((token) => token.start)),
    ...(predicateAt !== undefined && { predicateAt }),
  };
}

describe("stanceReversed: a side taken against the claim's", () => {
  it("finds the other side taken by the claim's subject, described or in a participle", () => {
    expect(
      stanceReversed(
        input(
          "Haftar backs the UN-supported government",
          "Troops train personnel for Khalifa Haftar, a Libyan military leader who opposes the government supported by the UN.",
        ),
      ),
    ).toMatchObject({ kind: "antonym", claim: "backs", article: "opposes" });
    expect(
      stanceReversed(
        input(
          "the Norman dukes opposed church reform",
          "In the early 11th century the dukes began a programme of church reform, encouraging the reform of monasteries.",
        ),
      ),
    ).toMatchObject({ kind: "antonym", claim: "opposed", article: "encouraging" });
  });

  it("reads 'against' after a verb or 'be' on either side", () => {
    expect(
      stanceReversed(input("Abdul-Mahdi praised the strike", "Abdul-Mahdi spoke out against the strike on Friday.")),
    ).toMatchObject({ kind: "antonym", claim: "praised", article: "against" });
    expect(
      stanceReversed(input("Haftar is against the government", "Haftar has supported the government in Tripoli.")),
    ).toMatchObject({ kind: "antonym", claim: "against", article: "supported" });
    // "sanctions against him" takes no side: a noun, not a verb, stands before it.
    expect(
      stanceReversed(input("Pompeo praised Soleimani", "Pompeo announced sanctions against Soleimani.")),
    ).toBeUndefined();
  });

  it("takes accepting against refusing as sides, in the sense WordNet opposes them: welcoming, spurning", () => {
    expect(
      stanceReversed(
        input(
          "Iraq's acting Prime Minister welcomed the attack",
          "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack.",
        ),
      ),
    ).toMatchObject({ kind: "antonym", claim: "welcomed", article: "against" });
    expect(
      stanceReversed(input("Velázquez backed the rezoning", "Velázquez spurned the rezoning for months.")),
    ).toMatchObject({ kind: "antonym", claim: "backed", article: "spurned" });
  });

  it("does not where someone else takes the side, or where it is taken on the subject", () => {
    expect(
      stanceReversed(
        input(
          "Netanyahu condemned the attacks",
          "Netanyahu said General Soleimani also approved the attacks on the embassy.",
        ),
      ),
    ).toBeUndefined();
    expect(
      stanceReversed(
        input("Moscow backs Haftar", "Russia has backed Haftar, who is opposed by armed militia in western Libya."),
      ),
    ).toBeUndefined();
    expect(
      stanceReversed(input("Soleimani condemned the plot", "He was further sanctioned in 2011 over the plot.")),
    ).toBeUndefined();
  });

  it("does not where the quote denies the side, or the claim denies its own", () => {
    expect(
      stanceReversed(input("the dukes opposed church reform", "The dukes did not encourage church reform.")),
    ).toBeUndefined();
    expect(
      stanceReversed(input("the dukes never opposed church reform", "The dukes were encouraging church reform.")),
    ).toBeUndefined();
  });

  it("does not where the quote takes the claim's side too, of the same doer", () => {
    expect(
      stanceReversed(
        input(
          "the dukes opposed church reform",
          "The dukes opposed church reform, criticizing and never encouraging it.",
        ),
      ),
    ).toBeUndefined();
  });
});
