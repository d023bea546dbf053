/**
 * Prints the trade-offs behind `REFUSAL` and `VERDICT` in src/answer/tuning.ts. Run: `npm run sweep`
 * (`npm run sweep -- --verdicts` for the verdict tables alone, `npm run sweep -- --claim-reads` for the table
 * of how many passages a claim reads past those shown, `claimReads`).
 *
 * Refusal: for a grid of its knobs, how many answerable questions and claims of the open labelled sets are
 * refused (or answered wrongly at rank 1) against how many unanswerable ones are refused. The sets: SQuAD
 * open (../shared/eval/squad-open.jsonl), the seed's questions and claims (../shared/eval/questions.jsonl,
 * claims.jsonl) and the project's own (eval/*.jsonl). A set whose file is missing is skipped with a note.
 *
 * Verdicts: over the open verdict set (eval/verdicts.jsonl, judged as scripts/verdict-score.ts judges it)
 * and SQuAD open, for a grid of the verdict knobs, each class's share passed; the questions' knobs
 * (`answers`, `unstated`, and `nearPreference`, which orders) apart from the claims' (`supports`,
 * `contradicts`), since each kind of row reads only its own. The questions' table also reads SQuAD 2.0's six
 * tuning articles where scripts/heldout-sets.ts has written them into scratch/squad-tune (their unanswerable
 * questions are written to be answered by a passage that does not). Never tune on eval/verdicts-check.jsonl: it is there to tell whether
 * what is tuned here holds on rows nobody tuned on.
 */
import { existsSync, readFileSync } from "node:fs";
import { Answerer, SQUAD_TUNE, scoreVerdictRows, splitVerdicts, squadVerdicts } from "../bench/verdicts.ts";
import { answer } from "../src/answer/answer.ts";
import { REFUSAL, type Refusal, VERDICT, type VerdictKnobs } from "../src/answer/tuning.ts";
import { openCorpus } from "../src/open.ts";
import type { CorpusIndex } from "../src/search/corpus-index.ts";
import { readRows } from "./verdict-score.ts";

interface Row {
  query: string;
  kind: "ask" | "sources";
  /** Right answers as `article:paragraph`; empty for a question the corpus does not answer. */
  right: string[];
}

const SHARED = "../shared";

/** Each labelled set's rows in one shape, with the corpus they are asked of. */
function sets(): Array<{ name: string; corpus: string; rows: Row[] }> {
  const read = (file: string) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const seedArticle = "000_327ff4fb0c59c7a6";
  const labelled = (row: Record<string, unknown>) => ({
    query: String(row.q ?? row.claim),
    kind: row.claim === undefined ? ("ask" as const) : ("sources" as const),
    right: ((row.expect ?? []) as number[]).map((p) => `${seedArticle}:${p}`),
  });
  const retrieval = (row: Record<string, unknown>) => ({
    query: String(row.q),
    kind: row.kind === "claim" ? ("sources" as const) : ("ask" as const),
    right: row.article ? ((row.paragraphs ?? []) as number[]).map((p) => `${row.article}:${p}`) : [],
  });
  const all = [
    {
      name: "squad-open",
      file: `${SHARED}/eval/squad-open.jsonl`,
      corpus: `${SHARED}/corpora/squad`,
      shape: retrieval,
    },
    { name: "seed questions", file: `${SHARED}/eval/questions.jsonl`, corpus: "corpus", shape: labelled },
    { name: "seed claims", file: `${SHARED}/eval/claims.jsonl`, corpus: "corpus", shape: labelled },
    { name: "own wikinews", file: "eval/wikinews.jsonl", corpus: `${SHARED}/corpora/wikinews`, shape: retrieval },
    { name: "own seed", file: "eval/seed.jsonl", corpus: "corpus", shape: retrieval },
    { name: "own squad", file: "eval/squad.jsonl", corpus: `${SHARED}/corpora/squad`, shape: retrieval },
  ];
  return all.flatMap(({ name, file, corpus, shape }) => {
    if (!existsSync(file) || !existsSync(corpus)) {
      console.error(`skipped ${name}: ${file} or ${corpus} is missing`);
      return [];
    }
    return [{ name, corpus, rows: read(file).map(shape) }];
  });
}

interface Tally {
  answerable: number;
  refused: number;
  top1: number;
  unanswerable: number;
  refusedRightly: number;
}

function score(indexes: Map<string, CorpusIndex>, all: ReturnType<typeof sets>, tuning: Refusal): Tally {
  const tally: Tally = { answerable: 0, refused: 0, top1: 0, unanswerable: 0, refusedRightly: 0 };
  for (const set of all) {
    const index = indexes.get(set.corpus);
    if (!index) continue;
    for (const row of set.rows) {
      const got = answer(index, row.query, { limit: 3, kind: row.kind }, tuning);
      const first = got.results[0];
      if (row.right.length === 0) {
        tally.unanswerable += 1;
        if (got.status === "no_match") tally.refusedRightly += 1;
        continue;
      }
      tally.answerable += 1;
      if (got.status === "no_match") tally.refused += 1;
      else if (first && row.right.includes(`${first.articleId}:${first.paragraph}`)) tally.top1 += 1;
    }
  }
  return tally;
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

async function refusalTable(): Promise<void> {
  const all = sets();
  const indexes = new Map(
    await Promise.all(all.map(async (set) => [set.corpus, await openCorpus(set.corpus)] as const)),
  );
  const grid: Refusal[] = [];
  for (const minCoverage of [0.1, 0.2, 0.3, 0.4, 0.5])
    for (const answerType of [false, true])
      for (const relatedCredit of [0, 0.5])
        for (const vectorSimilarity of [0.5, 0.6, 0.7])
          grid.push({ ...REFUSAL, minCoverage, answerType, relatedCredit, vectorSimilarity });

  console.log(
    "minCoverage answerType relatedCredit vectorSimilarity | answerable refused | top-1 | unanswerable refused",
  );
  for (const tuning of grid) {
    const t = score(indexes, all, tuning);
    const chosen = JSON.stringify(tuning) === JSON.stringify(REFUSAL) ? "  <- REFUSAL" : "";
    console.log(
      `${tuning.minCoverage} ${tuning.answerType} ${tuning.relatedCredit} ${tuning.vectorSimilarity} | ` +
        `${t.refused}/${t.answerable} ${percent(t.refused, t.answerable)} | ${percent(t.top1, t.answerable)} | ` +
        `${t.refusedRightly}/${t.unanswerable} ${percent(t.refusedRightly, t.unanswerable)}${chosen}`,
    );
  }
}

const VERDICT_SET = "eval/verdicts.jsonl";

async function verdictTables(): Promise<void> {
  if (!existsSync(VERDICT_SET)) {
    console.error(`skipped the verdict tables: ${VERDICT_SET} is missing`);
    return;
  }
  const answerer = new Answerer(".");
  const rows = readRows(VERDICT_SET);
  const shares = async (kind: "ask" | "sources", knobs: VerdictKnobs) => {
    const lines = await scoreVerdictRows(
      answerer,
      rows.filter((row) => row.kind === kind),
      knobs,
    );
    return (label: string) => {
      const line = lines.find((l) => l.label.trim() === label);
      return line ? `${line.count}/${line.total} ${percent(line.count, line.total)}` : "-";
    };
  };
  console.log(
    `\nQuestions (${VERDICT_SET}; SQuAD open; SQuAD 2.0's tuning articles, ${SQUAD_TUNE.corpus}): answers unstated nearPreference | ` +
      "answerable | unanswerable | SQuAD open top-1, of which answers | tuning articles: top-1 of which answers, unanswerable not answered",
  );
  const questionGrid: VerdictKnobs[] = [];
  for (const answers of [0.2, 0.3, 0.4, 0.5])
    for (const unstated of new Set([answers, 0.4, 0.5, 0.6, 1.01]))
      if (unstated >= answers) questionGrid.push({ ...VERDICT, answers, unstated, nearPreference: 1 });
  for (const nearPreference of [0.95, 0.85, 0.75, 0.6]) questionGrid.push({ ...VERDICT, nearPreference });
  for (const knobs of questionGrid) {
    const pick = await shares("ask", knobs);
    const squad = await squadVerdicts(answerer, knobs);
    const squadShare = squad
      ? `${percent(squad.top1, squad.answerable)}, ${squad.answers}/${squad.top1} ${percent(squad.answers, squad.top1)}`
      : "missing";
    const tune = await splitVerdicts(answerer, SQUAD_TUNE, knobs);
    const tuneShare = tune
      ? `${tune.answers}/${tune.top1} ${percent(tune.answers, tune.top1)}, ${tune.notAnswered}/${tune.unanswerable} ${percent(tune.notAnswered, tune.unanswerable)}`
      : "not written (scripts/heldout-sets.ts)";
    console.log(
      `${knobs.answers} ${knobs.unstated} ${knobs.nearPreference} | ${pick("answerable: answers, right passage first")} | ` +
        `${pick("unanswerable: near or no_match")} | ${squadShare} | ${tuneShare}${chosen(knobs)}`,
    );
  }
  console.log(
    `\nClaims (${VERDICT_SET}): supports contradicts | supported | supported called contradicts | contradicted | numbers | negations | open`,
  );
  for (const supports of [0.5, 0.55, 0.6, 0.65, 0.7, 0.8])
    for (const contradicts of [0.3, 0.4, 0.5, 0.6]) {
      const knobs = { ...VERDICT, supports, contradicts };
      const pick = await shares("sources", knobs);
      console.log(
        `${supports} ${contradicts} | ${pick("supported: supports, right passage first")} | ` +
          `${pick("supported but called contradicts")} | ${pick("contradicted: contradicts, clashing passage first")} | ` +
          `${pick("number")} | ${pick("negation")} | ${pick("open: near or no_match")}${chosen(knobs)}`,
      );
    }
}

/** The credits that weigh words said otherwise, for both kinds at once: each class's share. */
async function creditTable(): Promise<void> {
  if (!existsSync(VERDICT_SET)) return;
  const answerer = new Answerer(".");
  const rows = readRows(VERDICT_SET);
  console.log(`\nBoth (${VERDICT_SET}): paraphrase outsideQuote | ${CLASS_LABELS.join(" | ")}`);
  for (const paraphrase of [0, 0.5, 1])
    for (const outsideQuote of [0, 0.5, 1]) {
      const knobs = { ...VERDICT, paraphrase, outsideQuote };
      const lines = await scoreVerdictRows(answerer, rows, knobs);
      console.log(`${paraphrase} ${outsideQuote} | ${sharesOf(lines, CLASS_LABELS)}${chosen(knobs)}`);
    }
}

const CLASS_LABELS = ["answerable", "unanswerable", "supported", "contradicted", "open"];

/**
 * One claim knob over `values`, the others as `VERDICT` has them: each of `labels`' shares on the open set's
 * claims. `withoutPredicate` above 1 requires the predicate; `elsewhere` above 1 reads the quote alone;
 * `claimReads` is how many passages a claim reads past those shown.
 */
async function claimKnobTable(
  knob: "withoutPredicate" | "elsewhere" | "claimReads",
  values: readonly number[],
  labels: readonly string[],
): Promise<void> {
  if (!existsSync(VERDICT_SET)) return;
  const answerer = new Answerer(".");
  const rows = readRows(VERDICT_SET).filter((row) => row.kind === "sources");
  console.log(`\nClaims (${VERDICT_SET}): ${knob} | ${labels.join(" | ")}`);
  for (const value of values) {
    const knobs = { ...VERDICT, [knob]: value };
    const lines = await scoreVerdictRows(answerer, rows, knobs);
    console.log(`${value} | ${sharesOf(lines, labels)}${chosen(knobs)}`);
  }
}

/** Each label's `count/total`: the first of the scorer's lines whose label, indent aside, starts with it. */
function sharesOf(lines: Awaited<ReturnType<typeof scoreVerdictRows>>, labels: readonly string[]): string {
  return labels
    .map((label) => {
      const line = lines.find((l) => l.label.trimStart().startsWith(label));
      return line ? `${line.count}/${line.total}` : "-";
    })
    .join(" | ");
}

/** The mark of the knobs `VERDICT` holds, in a table of others. */
function chosen(knobs: VerdictKnobs): string {
  return JSON.stringify(knobs) === JSON.stringify(VERDICT) ? "  <- VERDICT" : "";
}

/** The table `--claim-reads` prints alone. */
function claimReadsTable(): Promise<void> {
  return claimKnobTable(
    "claimReads",
    [0, 1, 2, 3, 5, 8, 17],
    ["supported", "supported but called contradicts", "contradicted", "negation", "open"],
  );
}

if (process.argv.includes("--claim-reads")) {
  await claimReadsTable();
  process.exit(0);
}
if (!process.argv.includes("--verdicts")) await refusalTable();
await verdictTables();
await creditTable();
await claimKnobTable("withoutPredicate", [0, 0.25, 0.5, 0.6, 0.75, 1.01], ["supported", "contradicted", "open"]);
await claimKnobTable(
  "elsewhere",
  [0, 0.2, 0.25, 0.3, 0.5, 0.66, 1.01],
  ["supported", "supported but called contradicts", "contradicted", "open"],
);
await claimReadsTable();
