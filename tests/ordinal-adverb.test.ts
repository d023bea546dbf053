import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { sources } from "./helpers/answer.ts";

const FERRY = `Ferry sinks off Kessel

The Velka ferry sank off Kessel on Monday, and all 40 passengers were rescued.

The ferry was built in 1987 and refitted twice, the harbour board said.

Velka Yards gave no specific details about how the ferry was built.`;

const index = buildIndex([parseTxt("ferry.txt", "ferry", FERRY)], attributeArticle);

describe("sources: an ordinal between an auxiliary and a participle says when, not which one", () => {
  it("supports 'how the ferry was first built' by a quote that never writes 'first'", () => {
    const answer = sources(index, "Velka Yards gave no specific details about how the ferry was first built");
    expect(answer.verdict).toBe("supports");
    expect(answer.results[0]).toMatchObject({ paragraph: 3, verdict: "supports" });
  });

  it("still asks a quote for the rank of 'the first ferry'", () => {
    expect(sources(index, "The third Velka ferry sank off Kessel on Monday").verdict).not.toBe("supports");
  });
});
