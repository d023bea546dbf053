import { describe, expect, it } from "vitest";
import type { PassageVerdict } from "../src/answer/types.ts";
import { clashFirst } from "../src/answer/verdict.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { sources } from "./helpers/answer.ts";

interface P {
  name: string;
  verdict: PassageVerdict;
  hedged?: boolean;
}

const order = (passages: P[]) =>
  clashFirst(
    "sources",
    passages,
    (p) => p.verdict,
    (p) => p.hedged === true,
  ).map((p) => p.name);

describe("clashFirst: a plain clash before a hedged one", () => {
  it("puts the first plainly stated clash first, past a hedged one ranked above it", () => {
    const passages: P[] = [
      { name: "near", verdict: "near" },
      { name: "hedged", verdict: "contradicts", hedged: true },
      { name: "plain", verdict: "contradicts" },
    ];
    expect(order(passages)).toEqual(["plain", "near", "hedged"]);
  });

  it("still puts a hedged clash first where no other clashes", () => {
    expect(
      order([
        { name: "near", verdict: "near" },
        { name: "hedged", verdict: "contradicts", hedged: true },
      ]),
    ).toEqual(["hedged", "near"]);
  });

  it("leaves a reply whose first passage supports the claim as it is", () => {
    const passages: P[] = [
      { name: "supports", verdict: "supports" },
      { name: "plain", verdict: "contradicts" },
    ];
    expect(order(passages)).toEqual(["supports", "plain"]);
  });
});

const SHIPMENTS = `Grain shipments reach Port Elling

The Velka company has probably shipped grain to Port Elling, where Velka grain is sold, the Elling Gazette reports.

In March the Velka company shipped grain to the harbour at Port Elling.`;

describe("sources: a claim the article says otherwise, hedged and plainly", () => {
  const index = buildIndex([parseTxt("grain.txt", "grain", SHIPMENTS)], attributeArticle);

  it("shows the plain statement first", () => {
    const answer = sources(index, "The Velka company never shipped grain to Port Elling");
    expect(answer.verdict).toBe("contradicts");
    expect(answer.results.map((r) => [r.paragraph, r.verdict])).toEqual([
      [2, "contradicts"],
      [1, "contradicts"],
    ]);
  });
});
