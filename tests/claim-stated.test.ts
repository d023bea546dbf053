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

describe("a claim that names a place after its verb", () => {
  const port = buildIndex(
    [
      parseTxt(
        "port.txt",
        "port",
        `Ferry crews strike

Ferry crews walked off the job on Monday over unpaid overtime.

The union said talks with the operator had broken down at its offices in Kessel.

Crossings were halted for three days.

Passengers were offered refunds or seats on later sailings.

The operator said it hoped to resume services by the weekend.`,
      ),
    ],
    attributeArticle,
  );

  it("is supported by a paragraph that writes the place", () => {
    expect(sources(port, "the union said talks had broken down in Kessel").verdict).toBe("supports");
  });

  it("is not supported by a paragraph that never writes it, though the article does", () => {
    expect(sources(port, "ferry crews walked off the job in Kessel").verdict).not.toBe("supports");
  });
});

describe("a claim that gives a cause in a phrase", () => {
  const mill = buildIndex(
    [
      parseTxt(
        "mill.txt",
        "mill",
        `Mill cuts jobs

The Varn paper mill laid off forty workers on Tuesday, blaming falling orders.

A long drought has lowered the river that powers the mill's turbines.

The mayor said the town would help the workers find new jobs.`,
      ),
    ],
    attributeArticle,
  );

  it("is supported by a passage that names the cause", () => {
    expect(sources(mill, "the Varn paper mill laid off forty workers because of falling orders").verdict).toBe(
      "supports",
    );
  });

  it("is not supported by a passage that tells only what happened", () => {
    expect(sources(mill, "the Varn paper mill laid off forty workers because of the drought").verdict).not.toBe(
      "supports",
    );
  });
});
