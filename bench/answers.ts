/**
 * citebot's whole answer against what each peer runs to give one (its top 3, each paragraph's quote
 * chosen), the search and the quote step timed apart, on queries drawn from the corpus and on real
 * questions, over several rounds.
 *
 * Each engine is built once in a process of its own (answer-worker.ts), which stays up; each round asks
 * every engine in turn to time its queries, starting one further along each round. Its own process
 * keeps an engine's garbage and JIT state from weighing on another's figures, as for the main tables;
 * keeping it up lets the rounds interleave, so that a slow spell of the shared machine falls on every
 * engine rather than on the one that ran then, without building citebot and attributing every article
 * (about a minute) again for each round. One process for all would put every engine's garbage on the
 * others' timings.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/corpus/types.ts";
import type { AnswersWorkload, EngineReady, RoundFigures } from "./answer-worker.ts";
import { answerEngines } from "./engines.ts";
import { parseRow } from "./labelled.ts";
import { type MeasuringChild, startMeasuring } from "./measure.ts";
import { roundOrder } from "./rounds.ts";

const WORKER = fileURLToPath(new URL("./answer-worker.ts", import.meta.url));

/** Rounds of every engine in turn. */
export const ROUNDS = 7;

/** Real questions, relative to the project's root: SQuAD open's, asked of the bench corpus. */
export const REAL_QUESTIONS = "../shared/eval/squad-open.jsonl";

/** The query sets' names, as the section shows them. */
const DRAWN = "drawn from the corpus";
const REAL = "real questions (SQuAD open)";

/** Everything the answers section shows. */
export interface AnswersFigures {
  corpus: string;
  paragraphs: number;
  /** Each query set timed: its name, its size, and whether it is the real questions. */
  sets: Array<{ name: string; queries: number; real: boolean }>;
  /** Where the real questions are read from, relative to the project's root; a set of them is timed if found. */
  realFile: string;
  /** Each engine as built and prepared, citebot first. */
  engines: EngineReady[];
  /** Each round's figures, by engine name. */
  rounds: Array<Record<string, RoundFigures>>;
}

/** The questions of SQuAD open, or undefined where the file is absent; read at bench time, never copied. */
export function realQuestions(root: string): string[] | undefined {
  const file = join(root, REAL_QUESTIONS);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => parseRow(line).query);
}

/**
 * Times the answer path of every engine of `answerEngines` on `corpus`, with the `drawn` queries and the
 * real questions found from `root`, over `rounds` rounds; the workload is written under `scratch`.
 */
export async function measureAnswers(
  corpus: { name: string; articles: Article[] },
  drawn: string[],
  root: string,
  scratch: string,
  rounds = ROUNDS,
): Promise<AnswersFigures> {
  const real = realQuestions(root);
  const sets = [{ name: DRAWN, queries: drawn }, ...(real ? [{ name: REAL, queries: real }] : [])];
  const file = join(scratch, "answers-workload.json");
  writeFileSync(file, JSON.stringify({ articles: corpus.articles, sets } satisfies AnswersWorkload));
  const children: Array<{ name: string; child: MeasuringChild }> = [];
  try {
    const engines: EngineReady[] = [];
    // Built one at a time, so that no build shares the cores with another.
    for (const { name } of answerEngines) {
      process.stderr.write(`bench: answers: building ${name}…\n`);
      const child = startMeasuring(WORKER, [file, name]);
      children.push({ name, child });
      engines.push(await child.next<EngineReady>());
    }
    const figures: AnswersFigures["rounds"] = [];
    for (let round = 0; round < rounds; round += 1) {
      const figuresOfRound: Record<string, RoundFigures> = {};
      for (const { name, child } of roundOrder(children, round)) {
        process.stderr.write(`bench: answers: round ${round + 1} of ${rounds}: ${name}…\n`);
        figuresOfRound[name] = await child.ask<RoundFigures>("round");
      }
      figures.push(figuresOfRound);
    }
    return {
      corpus: corpus.name,
      paragraphs: corpus.articles.reduce((sum, article) => sum + article.paragraphs.length, 0),
      sets: sets.map(({ name, queries }) => ({ name, queries: queries.length, real: name === REAL })),
      realFile: REAL_QUESTIONS,
      engines,
      rounds: figures,
    };
  } finally {
    await Promise.all(children.map(({ child }) => child.stop()));
  }
}
