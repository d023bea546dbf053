import { describe, expect, it } from "vitest";
import { VERDICT } from "../src/answer/tuning.ts";
import type { Contrast } from "../src/answer/types.ts";
import { type ClaimEvidence, judgeClaim } from "../src/answer/verdict.ts";

const place: Contrast = {
  kind: "place",
  claim: "Kazakhstan",
  article: "Kyrgyzstan",
  claimAt: [0, 1],
  articleAt: [0, 1],
};

/** A passage holding `share` of the claim's other words, with another place. */
function evidence(share: number, placeInRole: boolean, kind: Contrast["kind"] = "place"): ClaimEvidence {
  return { coverage: () => share, contrast: { ...place, kind }, lacks: () => [], statesPredicate: true, placeInRole };
}

describe("judgeClaim: another place in the claim's place's role", () => {
  const between = (VERDICT.contradicts + VERDICT.supports) / 2;

  it("contradicts where the rest is held as for any clash", () => {
    expect(judgeClaim(evidence(between, true), VERDICT).verdict).toBe("contradicts");
  });

  it("needs the rest held as a supporting quote holds it where the place only stands in the quote", () => {
    expect(judgeClaim(evidence(between, false), VERDICT).verdict).toBe("near");
    expect(judgeClaim(evidence(VERDICT.supports, false), VERDICT).verdict).toBe("contradicts");
  });

  it("leaves another actor to the stricter share", () => {
    expect(judgeClaim(evidence(between, true, "actor"), VERDICT).verdict).toBe("near");
  });
});
