import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QueryError } from "../../src/answer/answer.ts";
import type { Answer } from "../../src/answer/types.ts";
import { answerJson } from "../../src/render/json.ts";
import { ANSI, PLAIN, printable, renderAnswer } from "../../src/render/terminal.ts";
import { ask, sources } from "../helpers/answer.ts";
import { fuzzParams, fuzzTimeout, shortText, userText } from "../helpers/arbitraries.ts";
import { fuzzCorpus } from "./corpus.ts";

const corpus = fuzzCorpus();
const { index } = corpus;

/** An `article` option: none, one of the corpus's, or anything a user could type instead. */
const articleOption = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(...corpus.ids) },
  { weight: 1, arbitrary: shortText(corpus.words, corpus.ids) },
);

/** Everything a passage claims about where it stands, checked against the corpus itself. */
function expectVerbatim(answer: Answer, article: string | undefined, limit: number) {
  expect(answer.status === "no_match").toBe(answer.results.length === 0);
  expect(answer.results.length).toBeLessThanOrEqual(limit);
  for (const passage of answer.results) {
    const indexed = index.articles.get(passage.articleId);
    expect(indexed).toBeDefined();
    if (article !== undefined) expect(passage.articleId).toBe(article);
    const paragraph = indexed?.article.paragraphs.find((p) => p.number === passage.paragraph);
    expect(passage.title).toBe(indexed?.article.title);
    expect(passage.text).toBe(paragraph?.text);
    expect(passage.quote.length).toBeGreaterThan(0);
    expect(passage.text).toContain(passage.quote);
    let previous = 0;
    for (const [start, end] of passage.highlights) {
      expect(previous <= start && start < end && end <= passage.quote.length).toBe(true);
      previous = end;
    }
  }
}

describe("the answering core and its terminal and JSON renderers, on any input", () => {
  it(
    "never throw (but for an unknown article), quote only the corpus, mark only inside the quote, and are deterministic",
    () => {
      fc.assert(
        fc.property(
          userText(corpus.words),
          fc.boolean(),
          articleOption,
          fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
          (query, asClaim, article, limit) => {
            const run = asClaim ? sources : ask;
            const options = { article, limit };
            if (article !== undefined && !index.articles.has(article)) {
              expect(() => run(index, query, options)).toThrow(QueryError);
              return;
            }
            const answer = run(index, query, options);
            expect(run(index, query, options)).toEqual(answer);
            expect(answer.query).toBe(query);
            expectVerbatim(answer, article, limit ?? 3);

            expect(JSON.parse(answerJson(answer))).toEqual(answer);
            // A terminal is shown the query without its control characters and escape sequences.
            const plain = renderAnswer(answer, 1, PLAIN);
            expect(plain).toContain(printable(query));
            for (const passage of answer.results) expect(plain).toContain(passage.quote);
            expect(renderAnswer(answer, 1, ANSI)).toContain(printable(query));
          },
        ),
        fuzzParams("core"),
      );
    },
    fuzzTimeout("core"),
  );
});
