import { describe, expect, it } from "vitest";
import { Evidence, type Weighed } from "../src/answer/evidence.ts";
import { REFUSAL } from "../src/answer/tuning.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { queryWords } from "../src/text/query.ts";

describe("Evidence.knownByMeaning: a claim's noun said in a word of nearly the same meaning", () => {
  const TEXT = `Kessel dockers stop work

Dockers at the Kessel port joined the strike on Monday. The walkout is the second this year.

The Kessel team won the cup. The Brenn team lost the final. Two men were killed and three wounded.

The men went home, and the others returned home later.`;
  const index = buildIndex([parseTxt("port.txt", "port", TEXT)], attributeArticle);
  const focus = (claim: string): Weighed[] =>
    queryWords(claim).map((word) => ({ word, boost: 1, weight: 1, known: true, bridges: [] }));
  /** The claim's words credited in `quote`, with their credit. */
  const credited = (claim: string, quote: string) => {
    const words = focus(claim);
    const found = new Map<Weighed, number>();
    new Evidence(index, words, REFUSAL).knownByMeaning(found, () => tokenize(quote), 0.5);
    return [...found].map(([w, credit]) => [w.word.surface, credit]);
  };

  it("credits a noun the quote says otherwise ('walkout' for 'strike') at the credit given", () => {
    expect(credited("dockers joined the walkout", "Dockers joined the strike.")).toEqual([["walkout", 0.5]]);
  });

  it("credits no verb, nor a noun by a word of the claim itself", () => {
    // Near neighbours, but other events.
    expect(credited("two men were killed", "Two men were wounded.")).toEqual([]);
    // An irregular form is a verb too.
    expect(credited("the men went home", "The men returned home.")).toEqual([]);
    expect(credited("the strike and the walkout", "The strike ended.")).toEqual([]);
  });
});
