import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ask } from "./helpers/answer.ts";

const SETTLEMENT = `Halvard settles with Varnel

Book publishing giant Halvard announced a settlement with Varnel on Thursday over the price of printed books, ending a long publishing dispute.

Halvard, which owns Brenn Press and Tollis Books, is part of the Velka group.

Varnel said the talks with Halvard had been hard.`;

const index = buildIndex([parseTxt("settlement.txt", "settlement", SETTLEMENT)], attributeArticle);

describe("ask: a question's predicate weighs more in ranking (PREDICATE_BOOST)", () => {
  it("puts the passage that states what is asked of the name before one that holds more of its other words", () => {
    const answer = ask(index, "Which publishing houses does Halvard own?");
    expect(answer.results[0]).toMatchObject({ paragraph: 2, verdict: "answers" });
  });
});
