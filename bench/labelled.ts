import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import MiniSearch, { type Options } from "minisearch";
import { answer } from "../src/answer/answer.ts";
import type { Answer, AnswerOptions } from "../src/answer/types.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { answerAcross } from "../src/library/across.ts";
import { openCorpus } from "../src/open.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { PLAIN_MINISEARCH, STEMMED_MINISEARCH } from "./engines.ts";
import { type BenchParagraph, paragraphsOf } from "./measure.ts";

/**
 * Answer quality on labelled sets: for each set, how often citebot and two MiniSearch baselines put a
 * right paragraph first and among the first three, how often they refuse a row the corpus answers, and
 * how often they refuse one it does not. The definitions are those of ../shared/eval/retrieval-score.
 */

/** How many passages count: the scorers run `ask --limit 3`. */
export const TOP = 3;

/** A question goes to `ask`, a claim to `sources`. */
export type Kind = "question" | "claim";

/** One labelled row, whatever file it came from. */
export interface LabelledRow {
  query: string;
  kind: Kind;
  /** The article a right passage comes from; undefined where the set names none (the seed's one article). */
  article?: string;
  /** Paragraph numbers (1-based after the headline), any of which is right; none when the corpus does not answer. */
  paragraphs: number[];
}

/** A passage as the scorers compare it: its article and paragraph number. */
export interface Place {
  article: string;
  paragraph: number;
}

/** What an engine gave back for one row: its passages best first, and whether it refused (no_match). */
export interface Ranked {
  refused: boolean;
  hits: Place[];
}

/** One row judged. `top1`, `top3` and `refused` as retrieval-score counts them. */
export interface RowScore {
  answerable: boolean;
  top1: boolean;
  top3: boolean;
  refused: boolean;
}

/**
 * Judges one row: answerable when it names paragraphs; right at rank 1 when the first passage is one of
 * them (in its article, where the row names one); right in the top 3 likewise; refused when the engine
 * said no_match. A refused row is never right.
 */
export function scoreRow(row: LabelledRow, ranked: Ranked): RowScore {
  const right = (place: Place | undefined) =>
    place !== undefined &&
    (row.article === undefined || place.article === row.article) &&
    row.paragraphs.includes(place.paragraph);
  const hits = ranked.refused ? [] : ranked.hits;
  return {
    answerable: row.paragraphs.length > 0,
    top1: right(hits[0]),
    top3: hits.slice(0, TOP).some(right),
    refused: ranked.refused,
  };
}

/** One engine's figures on one set. */
export interface Tally {
  answerable: number;
  top1: number;
  top3: number;
  /** Answerable rows refused. */
  refused: number;
  unanswerable: number;
  /** Unanswerable rows refused, as they should be. */
  unanswerableRefused: number;
}

/** Adds up judged rows. */
export function tally(scores: RowScore[]): Tally {
  const total: Tally = { answerable: 0, top1: 0, top3: 0, refused: 0, unanswerable: 0, unanswerableRefused: 0 };
  for (const score of scores) {
    if (score.answerable) {
      total.answerable++;
      if (score.top1) total.top1++;
      if (score.top3) total.top3++;
      if (score.refused) total.refused++;
    } else {
      total.unanswerable++;
      if (score.refused) total.unanswerableRefused++;
    }
  }
  return total;
}

/** A labelled set and the corpus it is about, both relative to the project's root. */
export interface LabelledSet {
  name: string;
  file: string;
  corpus: string;
}

/**
 * Every labelled set: the shared seed questions and claims and SQuAD open (beside the project), and the
 * project's own sets in eval/. A set whose file or corpus is missing is skipped with a note.
 */
export const LABELLED_SETS: LabelledSet[] = [
  { name: "seed questions", file: "../shared/eval/questions.jsonl", corpus: "corpus" },
  { name: "seed claims", file: "../shared/eval/claims.jsonl", corpus: "corpus" },
  { name: "SQuAD open", file: "../shared/eval/squad-open.jsonl", corpus: "../shared/corpora/squad" },
  { name: "eval/wikinews", file: "eval/wikinews.jsonl", corpus: "../shared/corpora/wikinews" },
  { name: "eval/seed", file: "eval/seed.jsonl", corpus: "corpus" },
  { name: "eval/squad", file: "eval/squad.jsonl", corpus: "../shared/corpora/squad" },
];

interface RawRow {
  q?: string;
  claim?: string;
  /** ../shared/eval/score's rows: paragraph numbers in the seed's one article. */
  expect?: number[];
  /** retrieval-score's rows and eval/'s: the article, null where the corpus does not answer. */
  article?: string | null;
  paragraphs?: number[];
  kind?: string;
}

/** Reads one line of any of the sets' two formats (see ../shared/eval/score and retrieval-score). */
export function parseRow(line: string): LabelledRow {
  const raw = JSON.parse(line) as RawRow;
  const query = raw.q ?? raw.claim;
  if (typeof query !== "string") throw new Error(`bench: labelled row without "q" or "claim": ${line}`);
  const kind: Kind = raw.claim !== undefined || raw.kind === "claim" ? "claim" : "question";
  if (raw.expect) return { query, kind, paragraphs: raw.expect };
  if (raw.article === undefined || !raw.paragraphs) throw new Error(`bench: labelled row without its answer: ${line}`);
  return raw.article === null
    ? { query, kind, paragraphs: [] }
    : { query, kind, article: raw.article, paragraphs: raw.paragraphs };
}

/** Answers a row's query over a corpus opened once. */
export type Answerer = (query: string, kind: Kind) => Ranked;

/**
 * The one place the bench calls citebot's answering code, so that a change to its names or options is
 * made here alone: the corpus opened as every entry point opens it (`openCorpus`, attribution included),
 * questions as `ask`, claims as `sources`, 3 passages as the scorers ask for.
 */
export async function citebotAnswerer(dir: string): Promise<Answerer> {
  const index = await openCorpus(dir);
  return ranked((query, options) => answer(index, query, options));
}

/**
 * citebot with the corpus split as a server would see it: its first article a server's library, the rest
 * the operator's, answered together (`answerAcross`), so that the table shows what splitting costs.
 */
export function splitAnswerer(dir: string): Answerer {
  const [first, ...rest] = loadCorpus(dir);
  const libraries = [buildIndex(first ? [first] : [], attributeArticle), buildIndex(rest, attributeArticle)];
  return ranked((query, options) => answerAcross(libraries, query, options));
}

/** An answerer from one of citebot's ways of answering: questions as `ask`, claims as `sources`, 3 passages. */
function ranked(answerWith: (query: string, options: AnswerOptions) => Answer): Answerer {
  return (query, kind) => {
    const got = answerWith(query, { limit: TOP, kind: kind === "claim" ? "sources" : "ask" });
    return {
      refused: got.status === "no_match",
      hits: got.results.map((passage) => ({ article: passage.articleId, paragraph: passage.paragraph })),
    };
  };
}

/**
 * A MiniSearch baseline over the paragraphs citebot loads (`loadCorpus`), numbered as citebot numbers
 * them. It cannot tell a question from a claim, and refuses only when nothing matches at all.
 */
export function miniSearchAnswerer(options: Options<BenchParagraph>): (dir: string) => Answerer {
  return (dir) => {
    const articles = loadCorpus(dir);
    const places = articles.flatMap((article) =>
      article.paragraphs.map((paragraph): Place => ({ article: article.id, paragraph: paragraph.number })),
    );
    const index = new MiniSearch<BenchParagraph>(options);
    index.addAll(paragraphsOf(articles));
    return (query) => {
      const hits = index
        .search(query)
        .slice(0, TOP)
        .flatMap((hit) => places[hit.id as number] ?? []);
      return { refused: hits.length === 0, hits };
    };
  };
}

/** The engines compared, in the table's order. */
export const QUALITY_ENGINES: Array<{ name: string; open: (dir: string) => Answerer | Promise<Answerer> }> = [
  { name: "citebot", open: citebotAnswerer },
  { name: "citebot, first article a server's library", open: splitAnswerer },
  { name: "MiniSearch plain", open: miniSearchAnswerer(PLAIN_MINISEARCH) },
  { name: "MiniSearch stop words + Porter", open: miniSearchAnswerer(STEMMED_MINISEARCH) },
];

/** One set's figures: one tally per engine, or why the set was skipped. */
export interface SetQuality {
  set: LabelledSet;
  rows: number;
  engines: Array<{ engine: string; tally: Tally }>;
  skipped?: string;
}

/** Scores every labelled set there is, each corpus opened once per engine, paths taken from `root`. */
export async function scoreLabelledSets(root: string, sets: LabelledSet[] = LABELLED_SETS): Promise<SetQuality[]> {
  const at = (path: string) => (isAbsolute(path) ? path : join(root, path));
  const scored: SetQuality[] = [];
  for (const set of sets) scored.push(await scoreSet(set, at));
  return scored;
}

async function scoreSet(set: LabelledSet, at: (path: string) => string): Promise<SetQuality> {
  const missing = [set.file, set.corpus].find((path) => !existsSync(at(path)));
  if (missing) return { set, rows: 0, engines: [], skipped: `${missing} not found` };
  const rows = readFileSync(at(set.file), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map(parseRow);
  const engines: SetQuality["engines"] = [];
  for (const { name, open } of QUALITY_ENGINES) {
    process.stderr.write(`bench: quality: ${set.name}: ${name}…\n`);
    const answer = await open(at(set.corpus));
    engines.push({ engine: name, tally: tally(rows.map((row) => scoreRow(row, answer(row.query, row.kind)))) });
  }
  return { set, rows: rows.length, engines };
}
