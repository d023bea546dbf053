import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { attributeArticle } from "../../src/attribution/extract.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import type { Paragraph } from "../../src/corpus/types.ts";
import { buildIndex, type CorpusIndex } from "../../src/search/corpus-index.ts";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";

/** The corpus every property runs against, built once per test file. */
export interface FuzzCorpus {
  index: CorpusIndex;
  /** Every paragraph of every article: a quote is verbatim when it is a substring of one of them. */
  paragraphs: Paragraph[];
  /** The article ids. */
  ids: string[];
  /** The corpus's own words, as they stand (punctuation and all), so that some inputs do match. */
  words: string[];
}

let shared: FuzzCorpus | undefined;

/**
 * The seed article and two invented ones in one index: several articles, so that the renderers' "none of
 * the 3 articles", footers and the article filter are exercised too. One index shared by every run.
 */
export function fuzzCorpus(): FuzzCorpus {
  if (shared) return shared;
  const files: Record<string, string> = { "harbour.txt": HARBOUR, "mine.txt": MINE };
  for (const name of readdirSync("corpus")) files[name] = readFileSync(join("corpus", name), "utf8");
  const dir = makeCorpusDir(files);
  try {
    const index = buildIndex(loadCorpus(dir), attributeArticle);
    const paragraphs = [...index.articles.values()].flatMap(({ article }) => article.paragraphs);
    const words = [...new Set(paragraphs.flatMap((p) => p.text.split(/\s+/u)))].filter(Boolean);
    shared = { index, paragraphs, ids: [...index.articles.keys()], words };
    return shared;
  } finally {
    removeCorpusDir(dir);
  }
}
