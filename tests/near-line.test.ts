import { describe, expect, it } from "vitest";
import { nearLine } from "../src/wording/answers.ts";

describe("nearLine", () => {
  it("says once what the closest passage lacks, a word and an answer alike", () => {
    const line = nearLine("ask", 1, { never: [], unquoted: ["shooting"], answer: "time" });
    expect(line).toBe(
      "The article does not answer this: the closest passage does not mention shooting and gives no date.",
    );
  });

  it("keeps the words no article uses apart from what the closest passage lacks", () => {
    const line = nearLine("sources", 2, { never: ["funeral"], unquoted: ["Soleimani"] });
    expect(line).toBe(
      "The articles do not say this: none of them mentions funeral; the closest passage does not mention Soleimani.",
    );
  });

  it("gives the bare head when nothing is named as missing", () => {
    expect(nearLine("ask", 1, { never: [], unquoted: [] })).toBe("The article does not answer this.");
  });
});
