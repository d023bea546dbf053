import { describe, expect, it } from "vitest";
import { readPast } from "../src/answer/judge.ts";
import type { Contrast } from "../src/answer/types.ts";

const clash = (kind: Contrast["kind"]): Contrast => ({
  kind,
  claim: "x",
  article: "y",
  claimAt: [0, 1],
  articleAt: [0, 1],
});

describe("readPast: passages a claim reads past those shown", () => {
  it("keeps a figure's clash, so that it can come first", () => {
    for (const kind of ["number", "date", "quantity"] as const) {
      expect(readPast(true, { verdict: "contradicts", contrast: clash(kind) }).verdict).toBe("contradicts");
    }
  });

  it("calls any other clash, or support, that far down near", () => {
    for (const kind of ["negation", "antonym", "actor", "place"] as const) {
      expect(readPast(true, { verdict: "contradicts", contrast: clash(kind) }).verdict).toBe("near");
    }
    expect(readPast(true, { verdict: "supports" }).verdict).toBe("near");
  });

  it("leaves the passages within the limit as judged", () => {
    const judged = { verdict: "contradicts" as const, contrast: clash("negation") };
    expect(readPast(false, judged)).toBe(judged);
    expect(readPast(false, { verdict: "supports" }).verdict).toBe("supports");
  });
});
