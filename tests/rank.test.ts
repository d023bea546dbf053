import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ANSWER_SENTENCE_WEIGHT,
  CANDIDATES,
  HEADLINE_WEIGHT,
  REASON_SENTENCE_WEIGHT,
  rankSettings,
  SENTENCE_WEIGHT,
} from "../src/answer/tuning.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { buildIndex, type CorpusIndex, termWeight } from "../src/search/corpus-index.ts";
import { BM25 } from "../src/search/paragraph-search.ts";
import { type RankTerm, rankParagraphs } from "../src/search/rank.ts";
import { fromSnapshot, toSnapshot } from "../src/search/snapshot.ts";
import { tokenize } from "../src/text/analyzer.ts";
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

/**
 * What `rankParagraphs` must equal, computed another way: MiniSearch's own search gives each paragraph's
 * BM25+ sum (its score over the number of terms matched), the words of its article's headline, read from
 * the headline's text, add their part to every paragraph of the article, and each sentence's BM25 is counted from the
 * sentence's own text through the analyzer, not from the stored term streams, a sentence shorter than
 * the average as if it had the average length.
 */
function reference(index: CorpusIndex, terms: Map<string, RankTerm>, limit: number) {
  const hits = index.miniSearch.search(
    { queries: [...terms.keys()], combineWith: "OR" },
    { tokenize: (term) => [term], processTerm: (term) => term, boostTerm: (term) => terms.get(term)?.boost ?? 1 },
  );
  const weight = (term: string) => (terms.get(term)?.boost ?? 0) * termWeight(index, term);
  const own = new Map(hits.map((hit) => [hit.id as number, hit.score / hit.terms.length]));
  const headlineOf = (id: number) =>
    new Set(
      tokenize(index.articles.get(index.paragraphs[id]?.articleId ?? "")?.article.title ?? "").flatMap((t) => t.terms),
    );
  // Ties keep the order in which paragraphs are first met: each term's postings, then each term's headlines.
  const met: number[] = [];
  for (const term of terms.keys()) {
    for (const shortId of index.miniSearch.postings(term)?.keys() ?? [])
      met.push(index.miniSearch.paragraphOf(shortId));
  }
  for (const term of terms.keys()) {
    for (const [articleId] of index.articles) {
      index.paragraphs.forEach((ref, id) => {
        if (ref.articleId === articleId && headlineOf(id).has(term)) met.push(id);
      });
    }
  }
  const scored = [...new Set(met)].map((id) => {
    const context = [...headlineOf(id)].reduce((sum, term) => sum + HEADLINE_WEIGHT * weight(term), 0);
    return { id, score: (own.get(id) ?? 0) + context };
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, CANDIDATES)
    .map(({ id, score }) => {
      const ref = index.paragraphs[id];
      const paragraph = ref && index.articles.get(ref.articleId)?.article.paragraphs[ref.index];
      const counts = (paragraph?.sentences ?? []).map((sentence) => {
        const all = tokenize(sentence.text).flatMap((token) => token.terms);
        const held = new Map(all.filter((t) => terms.has(t)).map((t) => [t, all.filter((u) => u === t).length]));
        return { held, length: all.length };
      });
      const sentences = counts.map(({ held, length: own }) => {
        const length = Math.max(own, index.averageSentenceLength);
        const norm = BM25.k * (1 - BM25.b + (BM25.b * length) / index.averageSentenceLength);
        return [...held].reduce((sum, [term, tf]) => sum + (weight(term) * tf * (BM25.k + 1)) / (tf + norm), 0);
      });
      const best = Math.max(...sentences);
      const held = counts.map((c) => Object.fromEntries(c.held));
      return { id, score: score + SENTENCE_WEIGHT * best, sentence: sentences.indexOf(best), sentences, held };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** A sentence's counts by term id, as counts by term. */
function termCounts(index: CorpusIndex, counts: ReadonlyMap<number, number>): Record<string, number> {
  const term = new Map([...index.terms].map(([t, id]) => [id, t]));
  return Object.fromEntries([...counts].map(([id, n]) => [term.get(id) ?? `#${id}`, n]));
}

/** Queries of one to three of the corpus's terms, common and rare, some boosted as names. */
function queries(index: CorpusIndex): Array<Map<string, RankTerm>> {
  const vocabulary = [...index.terms.keys()];
  const n = vocabulary.length;
  return vocabulary.map((term, i) => {
    const picked = [term, vocabulary[(i * 7 + 3) % n], vocabulary[(i * 13 + 5) % n]].slice(0, 1 + (i % 3));
    return new Map(picked.map((t, j) => [t ?? term, { boost: (i + j) % 4 === 0 ? 2 : 1 }]));
  });
}

describe("rankParagraphs", () => {
  for (const [name, index] of [
    ["a built index", built],
    ["an index loaded from its snapshot (the cache)", fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(built))))],
  ] as const) {
    it(`scores paragraphs by their BM25+ and their best sentence's BM25, on ${name}`, () => {
      const all = queries(index);
      expect(all.length).toBeGreaterThan(200);
      for (const terms of all) {
        for (const limit of [1, 3]) {
          const ranked = rankParagraphs(index, terms, rankSettings(limit), () => true);
          const expected = reference(index, terms, limit);
          expect(ranked.map((hit) => hit.score)).toEqual(expected.map((hit) => expect.closeTo(hit.score, 6)));
          expect(ranked.map((hit) => [hit.id, hit.sentence])).toEqual(expected.map((hit) => [hit.id, hit.sentence]));
          // Each sentence's evidence, handed on so that quoting does not walk the terms again.
          expect(ranked.map((hit) => hit.sentences.map((s) => s.score))).toEqual(
            expected.map((hit) => hit.sentences.map((score) => expect.closeTo(score, 6))),
          );
          expect(ranked.map((hit) => hit.sentences.map((s) => termCounts(index, s.counts)))).toEqual(
            expected.map((hit) => hit.held),
          );
        }
      }
    });
  }

  it("gives every sentence that holds none of the query's terms one shared empty count, made once", () => {
    const ranked = queries(built).flatMap((terms) => rankParagraphs(built, terms, rankSettings(3), () => true));
    const empty = new Set(ranked.flatMap((hit) => hit.sentences.map((s) => s.counts).filter((c) => c.size === 0)));
    expect(empty.size).toBe(1);
  });

  it("leaves out paragraphs out of scope", () => {
    const terms = new Map([["russia", { boost: 1 }]]);
    const first = rankParagraphs(built, terms, rankSettings(1), () => true)[0];
    expect(first).toBeDefined();
    expect(rankParagraphs(built, terms, rankSettings(3), (id) => id !== first?.id).map((hit) => hit.id)).not.toContain(
      first?.id,
    );
  });

  it("ranks a paragraph met only after terms at boost 0 have met more paragraphs than the index holds", () => {
    // A part of 0 leaves a paragraph unmet, so the next term meets it again: the paragraphs met outgrow the index.
    // The last paragraph's: one met first would be found again where the paragraphs met ran past the buffer.
    const rare = [...built.terms.keys()].reverse().find((term) => built.miniSearch.postings(term)?.size === 1) ?? "";
    const alone = rankParagraphs(built, new Map([[rare, { boost: 1 }]]), rankSettings(1), () => true);
    const held = new Set(built.paragraphs[alone[0]?.id ?? -1]?.terms);
    const others = [...built.terms].filter(([, id]) => !held.has(id)).map(([term]) => term);
    const terms = new Map<string, RankTerm>([
      ...others.map((term) => [term, { boost: 0 }] as const),
      [rare, { boost: 1 }],
    ]);
    const met = [...terms.keys()].reduce((sum, term) => sum + (built.miniSearch.postings(term)?.size ?? 0), 0);
    expect(met).toBeGreaterThan(built.paragraphs.length);
    expect(rankParagraphs(built, terms, rankSettings(1), () => true)[0]?.id).toBe(alone[0]?.id);
  });

  it("reads the best `candidates` paragraphs by paragraph score whatever number the query before read", () => {
    // Enough terms to meet more than ten paragraphs.
    const terms = new Map([...built.terms.keys()].slice(0, 60).map((term) => [term, { boost: 1 }]));
    const settings = (n: number) => ({ ...rankSettings(n), candidates: n });
    const wide = rankParagraphs(built, terms, settings(10), () => true);
    expect(wide).toHaveLength(10);
    // The paragraph score is what the best sentence's part was added to.
    const own = (hit: (typeof wide)[number]) => hit.score - SENTENCE_WEIGHT * (hit.sentences[hit.sentence]?.score ?? 0);
    const best = [...wide].sort((a, b) => own(b) - own(a)).slice(0, 3);
    const narrow = rankParagraphs(built, terms, settings(3), () => true);
    expect(new Set(narrow.map((hit) => hit.id))).toEqual(new Set(best.map((hit) => hit.id)));
    expect(rankParagraphs(built, terms, settings(10), () => true)).toEqual(wide);
  });

  it("counts a sentence that holds the kind of answer asked for more toward its paragraph's score", () => {
    const dir = makeCorpusDir({
      "ferry.txt": "Ferry news\n\nThe old ferry sank by the harbour wall. The old ferry sank by the harbour in 1998.\n",
    });
    const index = buildIndex(loadCorpus(dir), attributeArticle);
    removeCorpusDir(dir);
    const terms = new Map(
      ["ferry", "sank", "harbour"]
        .flatMap((word) => tokenize(word)[0]?.terms ?? [])
        .map((term) => [term, { boost: 1 }]),
    );
    const [plain] = rankParagraphs(index, terms, rankSettings(1), () => true);
    const [asked] = rankParagraphs(index, terms, rankSettings(1, "time"), () => true);
    // The two sentences hold the question's words alike; only the second gives a time.
    const [first = 0, second = 0] = plain?.sentences.map((s) => s.score) ?? [];
    expect(first).toBeCloseTo(second, 6);
    expect(asked?.score).toBeCloseTo((plain?.score ?? 0) + SENTENCE_WEIGHT * (ANSWER_SENTENCE_WEIGHT - 1) * second, 6);
    expect(ANSWER_SENTENCE_WEIGHT).toBeGreaterThan(1);
    // The quote still starts from the sentence that holds the question best.
    expect(asked?.sentence).toBe(plain?.sentence);
    expect(asked?.sentences.map((s) => s.score)).toEqual(plain?.sentences.map((s) => s.score));
  });

  it("counts a sentence that gives a reason more toward its paragraph's score where the question asks why", () => {
    const dir = makeCorpusDir({
      "ferry.txt":
        "Ferry news\n\nThe old ferry matters to the harbour town.\n\nThe crew keep the old ferry sailing so that the harbour town can depend on it, and its owners say it will sail for many more years to come.\n",
    });
    const index = buildIndex(loadCorpus(dir), attributeArticle);
    removeCorpusDir(dir);
    const terms = new Map(
      ["ferry", "harbour"].flatMap((word) => tokenize(word)[0]?.terms ?? []).map((term) => [term, { boost: 1 }]),
    );
    const paragraph = (hit: { id: number } | undefined) => index.paragraphs[hit?.id ?? -1]?.index;
    // The short sentence that echoes the question's words outranks the long one that says why, unless it asks why.
    expect(paragraph(rankParagraphs(index, terms, rankSettings(1), () => true)[0])).toBe(0);
    expect(paragraph(rankParagraphs(index, terms, rankSettings(1, undefined, true), () => true)[0])).toBe(1);
    expect(REASON_SENTENCE_WEIGHT).toBeGreaterThan(1);
  });

  it("returns nothing for terms no paragraph holds", () => {
    expect(rankParagraphs(built, new Map([["zzzunknown", { boost: 1 }]]), rankSettings(3), () => true)).toEqual([]);
  });
});
