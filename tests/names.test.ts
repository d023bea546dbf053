import { describe, expect, it } from "vitest";
import { tokenize } from "../src/text/analyzer.ts";
import { isProperName, writesName } from "../src/text/names.ts";

const writes = (name: string, text: string) => writesName(name, text, tokenize(text));

describe("writesName", () => {
  it("finds the name itself, a possessive either side", () => {
    expect(writes("Berlin's", "The Berlin stock exchange opened.")).toBe(true);
    expect(writes("Berlin", "Berlin's stock exchange opened.")).toBe(true);
    expect(writes("Berlin", "Warsaw's stock exchange opened.")).toBe(false);
  });

  it("allows one edit in a name of five letters or more, not in a shorter one", () => {
    expect(writes("Celeron", "Céloron threatened Old Briton.")).toBe(true);
    expect(writes("Shirly", "Shirley's efforts stalled.")).toBe(true);
    expect(writes("Iraq", "Troops entered Iran.")).toBe(false);
  });

  it("finds a word built on the name", () => {
    expect(writes("West", "Western governments supported them.")).toBe(true);
    expect(writes("Aristotle", "Aristotelian physics was corrected.")).toBe(true);
    expect(writes("Afghanistan", "Fighters went to Pakistan.")).toBe(false);
    expect(writes("US", "Ministerial functions usually lie with UK ministers.")).toBe(false);
  });

  it("finds initials spelt out by capitalized words", () => {
    expect(writes("PO", "on the proposal of the Presiding Officer")).toBe(true);
    expect(writes("UAE", "the United Arab Emirates signed")).toBe(true);
    expect(writes("WWII", "After World War II, the city was rebuilt.")).toBe(true);
    expect(writes("MSPs", "Members of the Scottish Parliament voted.")).toBe(true);
    // Three letters or more in any case; two only in capitals, as too many pairs of words start with any two.
    expect(writes("MSP", "a member of the Scottish Parliament can introduce a bill")).toBe(true);
    expect(writes("PO", "on the proposal of the presiding officer")).toBe(false);
    expect(writes("MSP", "a member, the Scottish Parliament")).toBe(false);
  });
});

describe("isProperName", () => {
  it("takes a pronoun's contraction for no name, a name's possessive for one", () => {
    const [ive, were, haftars] = tokenize("I’ve We’re Haftar’s");
    expect(ive && isProperName(ive)).toBe(false);
    expect(were && isProperName(were)).toBe(false);
    expect(haftars && isProperName(haftars)).toBe(true);
  });
});
