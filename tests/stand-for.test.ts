import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { asksExpansion } from "../src/text/asked.ts";
import { ask } from "./helpers/answer.ts";

const DRIVES = `Brenn drives reach 40TB

As the world's demand for storage grows, so does the need for denser disks.

Brenn announced it had improved Vented Thermal Recording (VTR) for the next drives.

Later this year Tollis will ship drives that use VTR, and Brenn's VTR drives will follow, as VTR lets the VTR platters hold more.

Brenn worked out a new structure of magnetic layers.

We don't know when the drives will ship yet.`;

const index = buildIndex([parseTxt("drives.txt", "drives", DRIVES)], attributeArticle);

describe("ask: what initials stand for is answered where the article spells them out", () => {
  it("reads the question's wording", () => {
    expect(asksExpansion("What does VTR stand for?")).toBe(true);
    expect(asksExpansion("What is GDP short for?")).toBe(true);
    expect(asksExpansion("What did the union stand up for?")).toBe(false);
    expect(asksExpansion("Who stands behind VTR?")).toBe(false);
  });

  it("puts the passage that spells the initials out before one that writes them more often", () => {
    expect(ask(index, "What does VTR stand for?").results[0]).toMatchObject({ paragraph: 2 });
    expect(ask(index, "Who will ship VTR drives?").results[0]?.paragraph).not.toBe(2);
  });
});
