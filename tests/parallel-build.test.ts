import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { CorpusError } from "../src/corpus/errors.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import type { Article } from "../src/corpus/types.ts";
import { buildIndex, type CorpusIndex } from "../src/search/corpus-index.ts";
import { buildCorpusIndex } from "../src/search/parallel-build.ts";
import { ask } from "./helpers/answer.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";

// Starting a worker through tsx takes seconds on a busy machine; a build of these articles, well under one.
const WORKER_TIMEOUT_MS = 60_000;

/**
 * Enough articles for several of the worker's messages, each with words of its own, so that term ids
 * depend on the order articles are added in.
 */
function articles(): Article[] {
  const seed = readFileSync("corpus/000_327ff4fb0c59c7a6.txt", "utf8");
  return Array.from({ length: 60 }, (_, i) => {
    const text = [HARBOUR, MINE, seed][i % 3] as string;
    return parseTxt(`a${i}.txt`, `a${i}`, `${text}\n\nThe Unique${i} Word Council met word${i} times.\n`);
  });
}

/** Everything an index holds, as plain data: MiniSearch's as its own serialization. */
function contents(index: CorpusIndex) {
  return {
    terms: [...index.terms],
    documentFrequency: index.documentFrequency,
    headlineFrequency: index.headlineFrequency,
    paragraphs: index.paragraphs,
    averageSentenceLength: index.averageSentenceLength,
    initialisms: [...index.initialisms],
    capitalized: [...index.capitalized],
    articles: [...index.articles.values()].map(({ article, terms, headline }) => ({ article, terms, headline })),
    miniSearch: JSON.stringify(index.miniSearch),
  };
}

describe("buildCorpusIndex", () => {
  it(
    "with a worker, gives the index buildIndex gives, term ids included",
    async () => {
      const all = articles();
      const warnings: string[] = [];
      const built = await buildCorpusIndex(all, attributeArticle, {
        workerFrom: 0,
        onWarning: (warning) => warnings.push(warning),
      });
      expect(warnings).toEqual([]);
      const alone = buildIndex(all, attributeArticle);
      expect(contents(built)).toEqual(contents(alone));
      expect(built.articles.get("a4")?.attributed).toBe(false);
      for (const query of ["Who met word7 times?", "copper miners", "What did Russia send to Libya?"]) {
        expect(ask(built, query)).toEqual(ask(alone, query));
      }
    },
    WORKER_TIMEOUT_MS,
  );

  it(
    "with a worker, throws the error buildIndex throws for an article that cannot be analysed",
    async () => {
      const all = articles();
      const broken = all[31] as Article;
      // Not text at all, as no parsed file gives: the analyzer fails on it in the worker and here alike.
      all[31] = {
        ...broken,
        paragraphs: [{ ...(broken.paragraphs[1] as Article["paragraphs"][number]), text: 7 as never }],
      };
      const alone = (() => {
        try {
          buildIndex(all, attributeArticle);
        } catch (error) {
          return error;
        }
      })();
      expect(alone).toBeInstanceOf(CorpusError);
      expect(alone).toMatchObject({ file: "a31.txt", line: broken.paragraphs[1]?.line });
      await expect(buildCorpusIndex(all, attributeArticle, { workerFrom: 0 })).rejects.toEqual(alone);
    },
    WORKER_TIMEOUT_MS,
  );
});
