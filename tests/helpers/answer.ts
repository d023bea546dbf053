import { answer } from "../../src/answer/answer.ts";
import type { Answer, AnswerOptions } from "../../src/answer/types.ts";
import type { CorpusIndex } from "../../src/search/corpus-index.ts";

/** `answer` for a question, as `/ask` calls it: the tests read more plainly with the kind in the name. */
export function ask(index: CorpusIndex, question: string, options: AnswerOptions = {}): Answer {
  return answer(index, question, { ...options, kind: "ask" });
}

/** `answer` for a claim, as `/sources` calls it. */
export function sources(index: CorpusIndex, claim: string, options: AnswerOptions = {}): Answer {
  return answer(index, claim, { ...options, kind: "sources" });
}
