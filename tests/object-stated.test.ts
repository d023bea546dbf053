import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { sources } from "./helpers/answer.ts";

describe("a claim whose verb takes an object the article writes", () => {
  const port = buildIndex(
    [
      parseTxt(
        "port.txt",
        "port",
        `Ferry operator fined

The harbour authority fined the ferry operator on Monday after a safety inspection.

Inspectors found that the lifeboats on the vessel had not been serviced for two years.

The operator said it would appeal the fine.`,
      ),
    ],
    attributeArticle,
  );

  it("is supported by a passage whose verb takes that object", () => {
    expect(sources(port, "the harbour authority fined the ferry operator on Monday").verdict).toBe("supports");
  });

  it("is not supported by a passage whose verb takes another thing of the article", () => {
    expect(sources(port, "the harbour authority fined the lifeboats on Monday").verdict).not.toBe("supports");
  });
});
