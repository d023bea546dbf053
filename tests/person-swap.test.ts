import { describe, expect, it } from "vitest";
import type { ContrastInput } from "../src/answer/contrast.ts";
import { personSwapped } from "../src/answer/person-swap.ts";
import { tokenize } from "../src/text/analyzer.ts";

const read = (text: string) => ({ text, tokens: tokenize(text) });

/** A contrast input whose paragraph is the quote and `rest`; the whole article names every word of the claim. */
function input(claimText: string, quoteText: string, rest = ""): ContrastInput {
  const claim = read(claimText);
  const quote = read(quoteText);
  const paragraph = read(`${quoteText} ${rest}`);
  return {
    claim,
    quote,
    paragraph: () => paragraph,
    claimTerms: new Set(claim.tokens.flatMap((token) => token.terms)),
    inQuote: () => 0,
    inArticle: () => true,
  };
}

describe("personSwapped: another person where the claim names one", () => {
  const quote = "Other speakers included a harbour official and Otto Brenn, a fisherman.";

  it("finds another person's full name where the claim's stands, though the article names the claim's", () => {
    const claim = "Other speakers included a harbour official and Ilsa Varn, a fisherman";
    expect(personSwapped(input(claim, quote))).toMatchObject({
      kind: "actor",
      claim: "Ilsa Varn",
      article: "Otto Brenn",
    });
  });

  it("does not where the paragraph names the claim's person, or only a title stands beside both", () => {
    const claim = "Other speakers included a harbour official and Ilsa Varn, a fisherman";
    expect(personSwapped(input(claim, quote, "Ilsa Varn chaired."))).toBeUndefined();
    const titled = "Harbour Minister Ilsa Varn told the press";
    expect(personSwapped(input(titled, "He was told by Harbour Minister Otto Brenn of the plan."))).toBeUndefined();
  });
});
