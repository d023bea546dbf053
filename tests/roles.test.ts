import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { sources } from "./helpers/answer.ts";

const TRUST = `The Kessel Trust turns thirty

The Kessel Trust was founded by Otto Brenn in 1994 to restore the old harbour.

The new harbour wall is opposed by local fishermen, who fear for their moorings.

Ilsa Varn, the mayor, and Pia Lund backed the wall at Monday's council meeting.`;

const index = buildIndex([parseTxt("trust.txt", "trust", TRUST)], attributeArticle);

/** A claim's verdict and its first passage's clash as [kind, claim, article]. */
function claim(text: string) {
  const answer = sources(index, text);
  const clash = answer.results[0]?.contrast;
  return { verdict: answer.verdict, clash: clash && [clash.kind, clash.claim, clash.article] };
}

describe("sources: who does what the claim says", () => {
  it("supports a claim whose doer the passage names, in the passive or among others", () => {
    expect(claim("Otto Brenn founded the Kessel Trust").verdict).toBe("supports");
    expect(claim("Pia Lund backed the new harbour wall").verdict).toBe("supports");
  });

  it("contradicts a claim whose deed the passage gives to another named doer, though the article names the claim's", () => {
    expect(claim("Ilsa Varn founded the Kessel Trust")).toEqual({
      verdict: "contradicts",
      clash: ["actor", "Ilsa Varn", "Otto Brenn"],
    });
  });

  it("does not support a claim whose verb the passage has with another doer", () => {
    // "is opposed by local fishermen": Pia Lund, whom the article names, is not who opposes it.
    expect(claim("Pia Lund opposes the new harbour wall").verdict).not.toBe("supports");
  });
});
