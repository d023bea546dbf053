import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { sources } from "./helpers/answer.ts";

// The Wikinews corpus the verdict sets read: "Iranian cargo plane crashes into Karaj houses" among the others.
const index = buildIndex(loadCorpus("../shared/corpora/wikinews"), attributeArticle);

describe("sources: an ordinal between an auxiliary and a participle says when, not which one", () => {
  it("supports 'how the plane was first built' by a quote that never writes 'first'", () => {
    const answer = sources(index, "Boeing gave no specific details about how the plane was first built");
    expect(answer.verdict).toBe("supports");
    expect(answer.results[0]).toMatchObject({ paragraph: 7, verdict: "supports" });
  });

  it("still asks a quote for the rank of 'the first plane'", () => {
    expect(sources(index, "Boeing built the first cargo plane that crashed into houses in Karaj").verdict).not.toBe(
      "supports",
    );
  });
});
