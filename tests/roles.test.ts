import { describe, expect, it } from "vitest";
import { contrastOf } from "../src/answer/contrast.ts";
import { agentOf, passiveAt } from "../src/answer/roles.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
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

const PLAN = `Harbour plan divides the coast

Kessel has criticized the harbour plan, which is praised by armed groups in the north.`;

const plan = buildIndex([parseTxt("plan.txt", "plan", PLAN)], attributeArticle);

describe("sources: an antonym beside the claim's verb done by another", () => {
  it("contradicts a claim whose verb the passage gives another doer, where the claim's doer does the opposite", () => {
    // "praised by armed groups" is not Kessel's praise; Kessel "has criticized" the plan.
    const answer = sources(plan, "Kessel praises the harbour plan");
    const clash = answer.results[0]?.contrast;
    expect(answer.verdict).toBe("contradicts");
    expect(clash && [clash.kind, clash.claim, clash.article]).toEqual(["antonym", "praises", "criticized"]);
  });
});

const FERRY = `Ferry service resumes

Ilsa Varn announced the new crossing with Otto Brenn on Tuesday.

The 747 landed at Kessel, where two runways were closed, the Kessel Gazette reported.`;

const ferry = buildIndex([parseTxt("ferry.txt", "ferry", FERRY)], attributeArticle);

describe("sources: what a clash is not", () => {
  it("does not take a name after a preposition other than a place's for another actor", () => {
    // The article never mentions Twitter; "on Twitter" says how, not who: Otto Brenn is no other doer.
    expect(sources(ferry, "Ilsa Varn announced the new crossing on Twitter").verdict).not.toBe("contradicts");
  });

  it("does not hold another figure against a number that names a thing", () => {
    // "the 747" names a plane; "two runways" counts something else.
    const read = (text: string) => ({ text, tokens: tokenize(text) });
    const claim = read("the 747 was old");
    const quote = read("At Kessel, two runways were closed.");
    const input = {
      claim,
      quote,
      paragraph: () => quote,
      claimTerms: new Set(claim.tokens.flatMap((token) => token.terms)),
      inQuote: () => 1,
      inArticle: () => true,
    };
    expect(contrastOf(input)).toBeUndefined();
    // Nor is the claim's own "747" another figure for its "40 years".
    const landed = read("The 747 landed at Kessel.");
    expect(
      contrastOf({ ...input, claim: read("the 747 was 40 years old"), quote: landed, paragraph: () => landed }),
    ).toBeUndefined();
    expect(contrastOf({ ...input, claim: read("the ferry had 747 runways") })?.kind).toBe("number");
  });
});

describe("who does the verb", () => {
  const read = (text: string) => ({ text, tokens: tokenize(text) });
  const verbAt = (text: string, verb: string) => {
    const quote = read(text);
    return { quote, at: quote.tokens.findIndex((token) => token.surface === verb) };
  };

  it("reads a passive after a form of be, with adverbs and negators between, and before by", () => {
    for (const [text, verb] of [
      ["Haftar was further sanctioned in June.", "sanctioned"],
      ["The wall has not been approved.", "approved"],
      ["The government supported by the UN fell.", "supported"],
    ] as const) {
      const { quote, at } = verbAt(text, verb);
      expect(passiveAt(quote, at), text).toBe(true);
    }
  });

  it("does not take a progressive for a passive, so its doer is still read", () => {
    const { quote, at } = verbAt("Russia was backing Haftar.", "backing");
    expect(passiveAt(quote, at)).toBe(false);
    expect(agentOf(quote, at).map((token) => token.surface)).toEqual(["Russia"]);
  });

  it("reads the doer after by in a passive, and none where a comma cuts the verb from its auxiliaries", () => {
    const { quote, at } = verbAt("The trust was founded by Otto Brenn.", "founded");
    expect(agentOf(quote, at).map((token) => token.surface)).toEqual(["Otto", "Brenn"]);
    const cut = verbAt("Russia was, reportedly, backing Haftar.", "backing");
    expect(passiveAt(cut.quote, cut.at)).toBe(false);
  });
});

describe("sources: a doer named before a description between commas", () => {
  const HARBOUR = `Harbour fees rise

In a statement on Monday, Otto Brenn, the head of the Kessel Trust, approved the new harbour fees.

Ilsa Varn, who chairs the council, spoke after him about the old moorings.`;
  const harbour = buildIndex([parseTxt("harbour.txt", "harbour", HARBOUR)], attributeArticle);
  const verdict = (text: string) => {
    const answer = sources(harbour, text);
    const clash = answer.results[0]?.contrast;
    return { verdict: answer.verdict, clash: clash && [clash.kind, clash.claim, clash.article] };
  };

  it("reads the name as the doer, not the description's last words", () => {
    expect(verdict("Ilsa Varn approved the new harbour fees")).toEqual({
      verdict: "contradicts",
      clash: ["actor", "Ilsa Varn", "Otto Brenn"],
    });
  });

  it("reads a title both share as no agreement where the names differ", () => {
    expect(verdict("the head of the Kessel Trust, Pia Lund, approved the new harbour fees").verdict).not.toBe(
      "supports",
    );
    expect(verdict("Trust head Ilsa Varn approved the new harbour fees")).toMatchObject({ verdict: "contradicts" });
    expect(verdict("Trust head Otto Brenn approved the new harbour fees").verdict).toBe("supports");
  });

  it("lets a claim name the doer by the description", () => {
    expect(verdict("the head of the Kessel Trust approved the new harbour fees").verdict).toBe("supports");
    expect(verdict("Otto Brenn approved the new harbour fees").verdict).toBe("supports");
  });
});

const STRIKE = `Strike on the docks

In a statement after the attack, the council defended the strike, which was approved by Mayor Otto Brenn, as "defensive". Its leader said the harbour was quiet. Ilsa Varn also approved the attacks on the harbour wall that took place this week.`;

const strike = buildIndex([parseTxt("strike.txt", "strike", STRIKE)], attributeArticle);

describe("sources: another doer of the claim's verb where the paragraph names the claim's too", () => {
  it("is no clash where another sentence of the paragraph says the claim's subject does it", () => {
    const answer = sources(strike, "Ilsa Varn endorsed the attacks");
    expect(answer.verdict).not.toBe("contradicts");
    expect(answer.results[0]?.contrast?.kind).not.toBe("actor");
  });

  it("still clashes where the paragraph gives the deed to another doer only", () => {
    const answer = sources(strike, "Pia Lund approved the strike");
    expect(answer.results[0]?.contrast).toMatchObject({
      kind: "actor",
      claim: "Pia Lund",
      article: "Mayor Otto Brenn",
    });
  });
});
