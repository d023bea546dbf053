import { describe, expect, it } from "vitest";
import { tokenize } from "../src/text/analyzer.ts";
import { isProperName } from "../src/text/names.ts";

describe("isProperName", () => {
  it("takes a pronoun's contraction for no name, a name's possessive for one", () => {
    const [ive, were, haftars] = tokenize("I’ve We’re Haftar’s");
    expect(ive && isProperName(ive)).toBe(false);
    expect(were && isProperName(were)).toBe(false);
    expect(haftars && isProperName(haftars)).toBe(true);
  });
});
