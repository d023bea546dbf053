import { eng } from "stopword";
import type { Article } from "../src/corpus/types.ts";

/** The seed of every query set: the same corpus always gives the same queries, run after run. */
export const QUERY_SEED = 20_250_601;

const STOP = new Set(eng);

/**
 * Questions as a reader types them: the content words carry the meaning, the glue is stop words that a
 * plain index still has to look up ("what", "the", "of").
 */
const TEMPLATES: Array<(w: string[]) => string> = [
  (w) => `What is the ${w.join(" ")}?`,
  (w) => `Who ${w.join(" ")}?`,
  (w) => `Why did the ${w.join(" ")} happen?`,
  (w) => `How many ${w.join(" ")} are there?`,
  (w) => `When was the ${w[0]} of ${w.slice(1).join(" ")}?`,
  (w) => `Where is the ${w.join(" ")}?`,
  (w) => `What did they say about ${w.join(" and ")}?`,
];

/** mulberry32: a small, fast, seeded generator, so that "random" picks are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` queries drawn from the corpus itself, alternating keyword-style ("jury election evidence") and
 * question-style ("What is the jury election evidence?"): each takes two or three content words, in
 * text order, from a paragraph picked at random, so that most queries have an answer somewhere, as real
 * questions about the news would.
 */
export function makeQueries(articles: Article[], count = 1000, seed = QUERY_SEED): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const candidates = articles
    .flatMap((article) => article.paragraphs)
    .map((paragraph) => contentWords(paragraph.text))
    .filter((words) => words.length >= 3);
  if (candidates.length === 0) throw new Error("bench: no paragraph has three content words to make queries from");
  const queries: string[] = [];
  while (queries.length < count) {
    const words = pick(candidates);
    const size = 2 + Math.floor(random() * 2);
    const start = Math.floor(random() * (words.length - size + 1));
    const chosen = words.slice(start, start + size);
    queries.push(queries.length % 2 === 0 ? chosen.join(" ") : pick(TEMPLATES)(chosen));
  }
  return queries;
}

/** The words of a text that are not stop words, as written (names keep their capitals). */
function contentWords(text: string): string[] {
  return Array.from(text.matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu), (match) => match[0]).filter(
    (word) => word.length >= 3 && !STOP.has(word.toLowerCase()),
  );
}
