import { answer as answerQuery, QueryError } from "../answer/answer.ts";
import { DEFAULT_LIMIT } from "../answer/tuning.ts";
import type { Answer, AnswerOptions } from "../answer/types.ts";
import { clashFirst } from "../answer/verdict.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { pooledIndex } from "./pooled.ts";

/**
 * The answer of several libraries at once (the operator's and a server's), as one index of all their
 * articles would give it: each library answers with the pooled statistics (`pooledIndex`), so that
 * their scores compare, and the answers are merged (`mergeAnswers`). An `article` is looked for in the
 * libraries in order, and only the first that holds it answers. One library answers alone, as it is.
 */
export function answerAcross(libraries: readonly CorpusIndex[], query: string, options: AnswerOptions = {}): Answer {
  const { article } = options;
  if (article !== undefined) {
    const holder = libraries.find((library) => library.articles.has(article));
    if (!holder) throw new QueryError(`no article "${article}" in the corpus`);
    return answerQuery(libraries.length === 1 ? holder : pooledIndex(holder, libraries), query, options);
  }
  const [only] = libraries;
  if (only && libraries.length === 1) return answerQuery(only, query, options);
  const answers = libraries.map((library) => answerQuery(pooledIndex(library, libraries), query, options));
  return mergeAnswers(answers, options.limit ?? DEFAULT_LIMIT);
}

/**
 * One answer from the answers of several libraries to the same query, scored alike: the passages of all,
 * best first by score (each answer's own order kept, which puts a passage holding the kind of answer
 * asked for before a better-scored one without), at most `limit`, a contradicting passage of a claim
 * first as each answer puts it (`clashFirst`); its verdict its first passage's; and as not mentioned, the
 * words none of them mentions. The one place where libraries' answers meet.
 */
export function mergeAnswers(answers: readonly Answer[], limit: number): Answer {
  const [first] = answers;
  if (!first) throw new Error("citebot: no answers to merge");
  const queues = answers.map((answer) => [...answer.results]);
  const merged: Answer["results"] = [];
  for (;;) {
    let best: Answer["results"] | undefined;
    for (const queue of queues) {
      const head = queue[0];
      if (head && (!best || head.score > (best[0]?.score ?? Number.NEGATIVE_INFINITY))) best = queue;
    }
    const next = best?.shift();
    if (!next) break;
    merged.push(next);
  }
  const results = clashFirst(first.kind, merged, (passage) => passage.verdict).slice(0, limit);
  const unmentioned = (answer: Answer) => new Set(answer.unmatched.map((word) => word.toLowerCase()));
  const everywhere = answers.map(unmentioned);
  const unmatched = first.unmatched.filter((word) => everywhere.every((set) => set.has(word.toLowerCase())));
  const [top] = results;
  return top
    ? { ...first, status: "ok", verdict: top.verdict, unmatched, results }
    : { ...first, status: "no_match", verdict: "no_match", unmatched, results };
}
