import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { buildIndex, type CorpusIndex } from "../src/search/corpus-index.ts";
import { type RankTerm, rankParagraphs } from "../src/search/rank.ts";
import { fromSnapshot, toSnapshot } from "../src/search/snapshot.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "./helpers/corpus-dir.ts";

const seed = readdirSync("corpus").find((name) => name.endsWith(".txt")) ?? "";
/** The seed article and two invented ones, loaded as a corpus folder is. */
function corpus(): CorpusIndex {
  const dir = makeCorpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE, [seed]: readFileSync(join("corpus", seed)) });
  try {
    return buildIndex(loadCorpus(dir), attributeArticle);
  } finally {
    removeCorpusDir(dir);
  }
}
const built = corpus();

/** What `rankParagraphs` must equal: MiniSearch's own search, every match scored and sorted, then filtered. */
function viaSearch(index: CorpusIndex, terms: Map<string, RankTerm>, limit: number, floor: number) {
  return index.miniSearch
    .search(
      { queries: [...terms.keys()], combineWith: "OR" },
      { tokenize: (term) => [term], processTerm: (term) => term, boostTerm: (term) => terms.get(term)?.boost ?? 1 },
    )
    .filter((hit) => hit.terms.reduce((sum, term) => sum + (terms.get(term)?.weight ?? 0), 0) >= floor)
    .slice(0, limit)
    .map((hit) => ({ id: hit.id, score: hit.score }));
}

/** Queries of one to three of the corpus's terms, common and rare, some boosted as names. */
function queries(index: CorpusIndex): Array<Map<string, RankTerm>> {
  const vocabulary = [...index.documentFrequency.keys()];
  const n = vocabulary.length;
  return vocabulary.map((term, i) => {
    const picked = [term, vocabulary[(i * 7 + 3) % n], vocabulary[(i * 13 + 5) % n]].slice(0, 1 + (i % 3));
    return new Map(
      picked.map((t, j) => [
        t ?? term,
        { boost: (i + j) % 4 === 0 ? 2 : 1, weight: index.documentFrequency.get(t ?? term) ?? 0 },
      ]),
    );
  });
}

describe("rankParagraphs", () => {
  for (const [name, index] of [
    ["a built index", built],
    ["an index loaded from its snapshot (the cache)", fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(built))))],
  ] as const) {
    it(`gives exactly MiniSearch's paragraphs, scores and order, on ${name}`, () => {
      const all = queries(index);
      expect(all.length).toBeGreaterThan(200);
      for (const terms of all) {
        for (const limit of [1, 3, 10]) {
          expect(rankParagraphs(index, terms, limit, () => true)).toEqual(viaSearch(index, terms, limit, 0));
        }
        // With a floor on the matched weight, as the answer's relevance floor uses it.
        const floor = [...terms.values()].reduce((sum, term) => sum + term.weight, 0) / 2;
        expect(rankParagraphs(index, terms, 3, (_, covered) => covered >= floor)).toEqual(
          viaSearch(index, terms, 3, floor),
        );
      }
    });
  }

  it("returns nothing for terms no paragraph holds", () => {
    expect(rankParagraphs(built, new Map([["zzzunknown", { boost: 1, weight: 1 }]]), 3, () => true)).toEqual([]);
  });
});
