import { describe, expect, it } from "vitest";
import { selectQuote, statesFigure } from "../src/answer/quote.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { figuresIn } from "../src/text/numbers.ts";
import { sources } from "./helpers/answer.ts";

const AWARD = `Lighthouse keepers honoured

The Harbour Lighthouse Medal was founded by the Keepers' Guild of Velka in 1904. The medal carries a reward of US$25,000 for keeping the lamp lit through the winter. Its first holder was a fisherman.`;

const article = parseTxt("award.txt", "award", AWARD);
const [paragraph] = article.paragraphs;

/** The figures a claim states, as the Judge reads them. */
const figures = (claim: string) => figuresIn(claim, tokenize(claim));

describe("selectQuote: a claim's figure", () => {
  if (!paragraph) throw new Error("no paragraph");
  // Only the first sentence matches the query's words: neither neighbour adds any.
  const matched = [new Set(["medal", "velka"]), new Set<string>(), new Set<string>()];
  const weightOf = () => 1;

  it("quotes the chosen sentence alone where no neighbour adds a term", () => {
    const span = selectQuote(paragraph, matched, weightOf, 0);
    expect([span.first, span.last]).toEqual([0, 0]);
  });

  it("joins the neighbour that states the claim's figure in other words", () => {
    const states = statesFigure(paragraph, figures("the Velka medal comes with twenty-five thousand dollars"));
    expect([0, 1, 2].map(states)).toEqual([false, true, false]);
    const span = selectQuote(paragraph, matched, weightOf, 0, states);
    expect([span.first, span.best, span.last]).toEqual([0, 0, 1]);
    expect(paragraph.text.slice(span.start, span.end)).toContain("US$25,000");
  });

  it("leaves the quote as it was where the figure is not in a neighbour, or is another value", () => {
    const other = statesFigure(paragraph, figures("the Velka medal comes with 30,000 dollars"));
    expect([0, 1, 2].map(other)).toEqual([false, false, false]);
    const span = selectQuote(paragraph, matched, weightOf, 0, other);
    expect([span.first, span.last]).toEqual([0, 0]);
  });

  it("keeps a span that already states the figure", () => {
    const states = statesFigure(paragraph, figures("the Velka medal was founded in 1904"));
    const span = selectQuote(paragraph, matched, weightOf, 0, states);
    expect([span.first, span.last]).toEqual([0, 0]);
  });

  it("takes the neighbour stating the figure over one that only adds terms", () => {
    const terms = [new Set<string>(), new Set(["medal", "reward"]), new Set(["fisherman"])];
    expect(selectQuote(paragraph, terms, weightOf, 1)).toMatchObject({ first: 1, last: 2 });
    const states = statesFigure(paragraph, figures("the Velka medal has been given since 1904"));
    expect(selectQuote(paragraph, terms, weightOf, 1, states)).toMatchObject({ first: 0, best: 1, last: 1 });
  });

  it("shows a /sources claim with the sentence that states its figure", () => {
    const index = buildIndex([article], attributeArticle);
    const [first] = sources(index, "the Velka Guild's lighthouse medal is worth twenty-five thousand dollars").results;
    expect(first?.quote).toContain("US$25,000");
  });
});
