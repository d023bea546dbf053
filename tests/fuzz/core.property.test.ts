import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ask, sources } from "../src/answer/answer.ts";
import { openCorpus } from "../src/open.ts";
import { answerJson } from "../src/render/json.ts";
import { PLAIN, renderAnswer } from "../src/render/terminal.ts";
import { userText } from "./helpers/arbitraries.ts";

const index = openCorpus("corpus");
const paragraphs = [...index.articles.values()].flatMap(({ article }) => article.paragraphs);
const corpusWords = [...new Set(paragraphs.flatMap((p) => p.text.split(/\s+/u)))];

/** Runs per property; `npm run fuzz` raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_500);

describe("the answering core on any input", () => {
  it("never throws, quotes only the corpus, marks only inside the quote, and is deterministic", () => {
    fc.assert(
      fc.property(userText(corpusWords), fc.boolean(), (query, asClaim) => {
        const run = asClaim ? sources : ask;
        const answer = run(index, query);
        expect(run(index, query)).toEqual(answer);
        expect(answer.status === "no_match").toBe(answer.results.length === 0);
        for (const passage of answer.results) {
          const paragraph = paragraphs.find((p) => p.text === passage.text);
          expect(paragraph).toBeDefined();
          expect(passage.text).toContain(passage.quote);
          for (const [start, end] of passage.highlights) {
            expect(0 <= start && start < end && end <= passage.quote.length).toBe(true);
          }
        }
        expect(JSON.parse(answerJson(answer))).toEqual(answer);
        expect(renderAnswer(answer, PLAIN)).toContain(answer.query);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
