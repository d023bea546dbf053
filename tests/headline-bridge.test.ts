import { describe, expect, it } from "vitest";
import { Evidence, type Weighed } from "../src/answer/evidence.ts";
import { HEADLINE_CREDIT, REFUSAL } from "../src/answer/tuning.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { queryWords } from "../src/text/query.ts";

const TEXT = `Kessel dockers go on strike

Cleaners and crane drivers are asking for a $15 hourly wage.

The port reopened on Tuesday.`;

describe("Evidence.of: a missing word the headline holds in other words", () => {
  const index = buildIndex([parseTxt("port.txt", "port", TEXT)], attributeArticle);
  const [word] = queryWords("strikers");
  const strike = tokenize("strike").flatMap((token) => token.terms);
  const bridged = (credit: number): Weighed[] =>
    word ? [{ word, boost: 1, weight: 1, known: false, bridges: [{ terms: strike, credit }] }] : [];
  const found = (words: Weighed[], at: number) => {
    const ref = index.paragraphs.find((p) => p.index === at);
    const paragraph = index.articles.get("port")?.article.paragraphs[at];
    if (!ref || !paragraph) throw new Error("no such paragraph");
    return [...new Evidence(index, words, REFUSAL).of(ref, paragraph, 1)].map(([w, credit]) => [
      w.word.surface,
      credit,
    ]);
  };

  it("credits it at the headline's share of the bridge's credit in a paragraph that lacks it", () => {
    expect(found(bridged(0.5), 0)).toEqual([["strikers", 0.5 * HEADLINE_CREDIT]]);
    expect(found(bridged(1), 1)).toEqual([["strikers", HEADLINE_CREDIT]]);
  });

  it("credits nothing where neither the paragraph nor the headline holds the bridge", () => {
    const other = word
      ? [{ word, boost: 1, weight: 1, known: false, bridges: [{ terms: ["wharf"], credit: 0.5 }] }]
      : [];
    expect(found(other, 0)).toEqual([]);
  });
});
