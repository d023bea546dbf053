import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { judge, readRows, type SummaryLine, summarise, type VerdictRow } from "../scripts/verdict-score.ts";
import { answer } from "../src/answer/answer.ts";
import { REFUSAL, VERDICT, type VerdictKnobs } from "../src/answer/tuning.ts";
import type { Answer, AnswerOptions } from "../src/answer/types.ts";
import { openCorpus } from "../src/open.ts";
import type { CorpusIndex } from "../src/search/corpus-index.ts";

/**
 * Verdict quality: each class's share passed on the labelled verdict sets, judged as
 * scripts/verdict-score.ts judges them, and on SQuAD open how many of the right first passages are called
 * `answers`. In process, on corpora opened as every entry point opens them, with the knobs given (the
 * sweep tries others; the bench takes `VERDICT`).
 */

/**
 * The verdict sets: the open one, tuned on; the check set, only ever scored; and the set over real news
 * pages, written blind and scored once before anything was tuned on it; and one of claims around denials
 * (scripts/verdict-score.ts's header says how each was written and used).
 */
export const VERDICT_SETS = [
  "eval/verdicts.jsonl",
  "eval/verdicts-check.jsonl",
  "eval/verdicts-pages.jsonl",
  "eval/verdicts-negation.jsonl",
];

/** SQuAD open, as ../shared/eval/retrieval-score reads it. */
export const SQUAD_OPEN = { file: "../shared/eval/squad-open.jsonl", corpus: "../shared/corpora/squad" };

/** Answers queries over corpora opened once each, with the given knobs. */
export class Answerer {
  readonly #indexes = new Map<string, CorpusIndex>();

  constructor(
    private readonly root: string,
    private readonly knobs: VerdictKnobs = VERDICT,
  ) {}

  /** A path from the project's root, as the sets name them. */
  at(path: string): string {
    return isAbsolute(path) ? path : join(this.root, path);
  }

  async answer(corpus: string, query: string, options: AnswerOptions, knobs = this.knobs): Promise<Answer> {
    let index = this.#indexes.get(corpus);
    if (!index) {
      index = await openCorpus(this.at(corpus));
      this.#indexes.set(corpus, index);
    }
    return answer(index, query, { limit: 3, ...options }, REFUSAL, knobs);
  }
}

/** One verdict set's lines (verdict-score's summary), or why it was skipped. */
export interface VerdictSetQuality {
  file: string;
  rows: number;
  lines: SummaryLine[];
  skipped?: string;
}

/** Scores one verdict set. */
export async function scoreVerdictSet(answerer: Answerer, file: string): Promise<VerdictSetQuality> {
  if (!existsSync(answerer.at(file))) return { file, rows: 0, lines: [], skipped: `${file} not found` };
  const rows = readRows(answerer.at(file));
  return { file, rows: rows.length, lines: await scoreVerdictRows(answerer, rows) };
}

/** verdict-score's summary lines for `rows`, answered with `knobs` (the answerer's where not given). */
export async function scoreVerdictRows(
  answerer: Answerer,
  rows: readonly VerdictRow[],
  knobs?: VerdictKnobs,
): Promise<SummaryLine[]> {
  const judged = [];
  for (const row of rows)
    judged.push(judge(row, await answerer.answer(row.corpus, row.query, { kind: row.kind }, knobs)));
  return summarise(rows, judged).lines;
}

/** On SQuAD open: answerable rows, those with a right first passage, and how many of those are `answers`. */
export interface SquadVerdicts {
  answerable: number;
  top1: number;
  answers: number;
}

/** Counts `SquadVerdicts`; undefined where SQuAD open or its corpus is missing. */
export async function squadVerdicts(answerer: Answerer, knobs?: VerdictKnobs): Promise<SquadVerdicts | undefined> {
  if (!existsSync(answerer.at(SQUAD_OPEN.file)) || !existsSync(answerer.at(SQUAD_OPEN.corpus))) return undefined;
  const counts: SquadVerdicts = { answerable: 0, top1: 0, answers: 0 };
  for (const line of readFileSync(answerer.at(SQUAD_OPEN.file), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const row = JSON.parse(line) as { q: string; article: string | null; paragraphs: number[] };
    if (row.article === null) continue;
    counts.answerable += 1;
    const first = (await answerer.answer(SQUAD_OPEN.corpus, row.q, { kind: "ask" }, knobs)).results[0];
    if (!first || first.articleId !== row.article || !row.paragraphs.includes(first.paragraph)) continue;
    counts.top1 += 1;
    if (first.verdict === "answers") counts.answers += 1;
  }
  return counts;
}

/** A SQuAD 2.0 set as scripts/heldout-sets.ts writes it: answerable and unanswerable questions over one corpus. */
export interface SplitSet {
  corpus: string;
  questions: string;
  unanswerable: string;
}

/**
 * The SQuAD 2.0 articles `npx tsx scripts/heldout-sets.ts squad SOURCE scratch/squad-tune --from 8 --articles 6`
 * writes: open, to tune on (the first eight are held out).
 */
export const SQUAD_TUNE: SplitSet = {
  corpus: "scratch/squad-tune/corpus",
  questions: "scratch/squad-tune/questions.jsonl",
  unanswerable: "scratch/squad-tune/unanswerable.jsonl",
};

/** On a split set: `SquadVerdicts` for its answerable questions, and how many unanswerable ones come near or no_match. */
export interface SplitVerdicts extends SquadVerdicts {
  unanswerable: number;
  notAnswered: number;
}

/** Counts `SplitVerdicts`; undefined where the set was not written. */
export async function splitVerdicts(
  answerer: Answerer,
  set: SplitSet,
  knobs?: VerdictKnobs,
): Promise<SplitVerdicts | undefined> {
  const files = [set.corpus, set.questions, set.unanswerable];
  if (!files.every((file) => existsSync(answerer.at(file)))) return undefined;
  const rows = (file: string) =>
    readFileSync(answerer.at(file), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { q: string; article: string | null; paragraphs: number[] });
  const counts: SplitVerdicts = { answerable: 0, top1: 0, answers: 0, unanswerable: 0, notAnswered: 0 };
  for (const row of rows(set.questions)) {
    counts.answerable += 1;
    const first = (await answerer.answer(set.corpus, row.q, { kind: "ask" }, knobs)).results[0];
    if (!first || first.articleId !== row.article || !row.paragraphs.includes(first.paragraph)) continue;
    counts.top1 += 1;
    if (first.verdict === "answers") counts.answers += 1;
  }
  for (const row of rows(set.unanswerable)) {
    counts.unanswerable += 1;
    if ((await answerer.answer(set.corpus, row.q, { kind: "ask" }, knobs)).verdict !== "answers")
      counts.notAnswered += 1;
  }
  return counts;
}

/** What the bench's quality section shows of verdicts. */
export interface VerdictQuality {
  sets: VerdictSetQuality[];
  squad: SquadVerdicts | undefined;
}

/** Every verdict set and SQuAD open, with the chosen knobs. */
export async function scoreVerdicts(root: string): Promise<VerdictQuality> {
  const answerer = new Answerer(root);
  const sets: VerdictSetQuality[] = [];
  for (const file of VERDICT_SETS) {
    process.stderr.write(`bench: quality: verdicts: ${file}…\n`);
    sets.push(await scoreVerdictSet(answerer, file));
  }
  return { sets, squad: await squadVerdicts(answerer) };
}
