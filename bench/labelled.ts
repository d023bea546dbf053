import { existsSync, readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { ask } from "../src/answer/answer.ts";
import type { Article } from "../src/corpus/types.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ownVoice } from "./engines.ts";
import { paragraphsOf } from "./measure.ts";

/** The labelled questions about the seed article, kept beside the project rather than in it. */
export const QUESTIONS = new URL("../../shared/eval/questions.jsonl", import.meta.url);

/** How many labelled questions plain MiniSearch and citebot answer right at rank 1. */
export interface LabelledScore {
  questions: number;
  plain: number;
  citebot: number;
}

interface Row {
  q: string;
  /** Paragraph numbers that are right at rank 1; none when the article does not answer. */
  expect: number[];
}

/**
 * Scores the rank-1 paragraph of a plain default MiniSearch index and of citebot's `ask` over the seed
 * paragraphs. Right means the first paragraph returned is one the row expects, or, where it expects none,
 * that nothing is returned, which a plain index never manages. Attribution does not change the ranking,
 * so citebot's index is built without it. Undefined when the labelled set is not there.
 */
export function scoreLabelled(articles: Article[]): LabelledScore | undefined {
  if (!existsSync(QUESTIONS)) return undefined;
  const rows = readFileSync(QUESTIONS, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);
  const numbers = articles.flatMap((article) => article.paragraphs.map((paragraph) => paragraph.number));
  const plain = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  plain.addAll(paragraphsOf(articles));
  const index = buildIndex(articles, ownVoice);
  const right = (row: Row, first: number | undefined) =>
    first === undefined ? row.expect.length === 0 : row.expect.includes(first);
  return {
    questions: rows.length,
    plain: rows.filter((row) => {
      const hit = plain.search(row.q)[0];
      return right(row, hit && numbers[hit.id]);
    }).length,
    citebot: rows.filter((row) => right(row, ask(index, row.q).results[0]?.paragraph)).length,
  };
}
