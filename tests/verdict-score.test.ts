import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  formatSummary,
  judge,
  readRows,
  summarise,
  type VerdictAnswer,
  type VerdictRow,
} from "../scripts/verdict-score.ts";

const ARTICLE = "000_327ff4fb0c59c7a6";

function row(overrides: Partial<VerdictRow>): VerdictRow {
  return {
    corpus: "corpus",
    kind: "sources",
    query: "a claim",
    class: "supported",
    article: ARTICLE,
    paragraphs: [6],
    why: "hand-made",
    ...overrides,
  };
}

function answer(verdict: string | undefined, ...paragraphs: number[]): VerdictAnswer {
  return {
    status: paragraphs.length === 0 ? "no_match" : "ok",
    ...(verdict === undefined ? {} : { verdict }),
    results: paragraphs.map((paragraph) => ({ articleId: ARTICLE, paragraph })),
  };
}

const supported = row({});
const contradicted = row({ class: "contradicted", contradiction: "number", paragraphs: [7] });
const open = row({ class: "open", article: null, paragraphs: [] });
const answerable = row({ kind: "ask", class: "answerable", paragraphs: [3, 4] });
const unanswerable = row({ kind: "ask", class: "unanswerable", article: null, paragraphs: [] });

describe("judge", () => {
  it("passes a supported claim answered supports with its passage first, and fails it answered contradicts", () => {
    expect(judge(supported, answer("supports", 6, 2)).pass).toBe(true);
    const wrong = judge(supported, answer("contradicts", 6));
    expect(wrong).toMatchObject({ pass: false, got: "contradicts" });
    expect(wrong.why).toContain("wanted supports");
  });

  it("fails the right verdict when the first passage is not one of the row's paragraphs", () => {
    const judged = judge(supported, answer("supports", 2, 6));
    expect(judged.pass).toBe(false);
    expect(judged.why).toContain(`first is ${ARTICLE} ¶2`);
  });

  it("fails a passage of the right number in another article", () => {
    const other: VerdictAnswer = { verdict: "supports", results: [{ articleId: "another", paragraph: 6 }] };
    expect(judge(supported, other).pass).toBe(false);
  });

  it("passes a contradicted claim only as contradicts with the clashing passage first", () => {
    expect(judge(contradicted, answer("contradicts", 7)).pass).toBe(true);
    expect(judge(contradicted, answer("supports", 7)).pass).toBe(false);
    expect(judge(contradicted, answer("contradicts", 6, 7)).pass).toBe(false);
  });

  it("passes an open claim as near or no_match, and fails it as supports", () => {
    expect(judge(open, answer("near", 3)).pass).toBe(true);
    expect(judge(open, answer("no_match")).pass).toBe(true);
    expect(judge(open, answer("supports", 3)).pass).toBe(false);
    expect(judge(open, answer("contradicts", 3)).pass).toBe(false);
  });

  it("passes an answerable question answered with any of its paragraphs first, and fails it as near", () => {
    expect(judge(answerable, answer("answers", 4)).pass).toBe(true);
    expect(judge(answerable, answer("near", 4)).pass).toBe(false);
    expect(judge(answerable, answer("answers")).pass).toBe(false);
  });

  it("passes an unanswerable question as near or no_match, and fails it as answers", () => {
    expect(judge(unanswerable, answer("near", 1)).pass).toBe(true);
    expect(judge(unanswerable, answer("no_match")).pass).toBe(true);
    expect(judge(unanswerable, answer("answers", 1)).pass).toBe(false);
  });

  it("says the verdict is missing, rather than guessing one, when the answer carries none", () => {
    const judged = judge(unanswerable, answer(undefined));
    expect(judged).toMatchObject({ pass: false, got: "missing", first: "none" });
    expect(judged.why).toContain("verdict missing");
    expect(judge(supported, undefined)).toMatchObject({ pass: false, got: "missing" });
  });
});

describe("summarise", () => {
  it("counts each class and contradiction kind against its target", () => {
    const rows = [
      supported,
      supported,
      contradicted,
      row({ class: "contradicted", contradiction: "negation" }),
      open,
      answerable,
      unanswerable,
    ];
    const answers = [
      answer("supports", 6),
      answer("contradicts", 6),
      answer("contradicts", 7),
      answer("near", 6),
      answer("near", 1),
      answer("answers", 3),
      answer("answers", 1),
    ];
    const summary = summarise(
      rows,
      rows.map((r, i) => judge(r, answers[i])),
    );
    const line = (label: string) => summary.lines.find((l) => l.label.trim().startsWith(label));
    expect(line("supported:")).toMatchObject({ count: 1, total: 2, met: false });
    expect(line("supported but called contradicts")).toMatchObject({ count: 1, total: 2, met: false });
    expect(line("number")).toMatchObject({ count: 1, total: 1, met: true });
    expect(line("negation")).toMatchObject({ count: 0, total: 1, met: false });
    expect(line("date")).toMatchObject({ count: 0, total: 0 });
    expect(line("date")?.met).toBeUndefined();
    expect(line("open")).toMatchObject({ count: 1, total: 1, met: true });
    expect(line("unanswerable")).toMatchObject({ count: 0, total: 1, met: false });
    expect(summary.met).toBe(false);
    expect(summary.missingVerdicts).toBe(0);
  });

  it("counts and prints the answers that carried no verdict", () => {
    const summary = summarise(
      [supported, open],
      [judge(supported, answer(undefined, 6)), judge(open, answer(undefined))],
    );
    expect(summary.missingVerdicts).toBe(2);
    expect(formatSummary(summary)).toMatch(/verdict missing on 2 answers/);
  });

  it("is met when every target with rows is met", () => {
    const summary = summarise([open], [judge(open, answer("no_match"))]);
    expect(summary.met).toBe(true);
    expect(formatSummary(summary)).toMatch(/open: near or no_match\s+1\/1\s+100\.0%/);
  });
});

describe("readRows", () => {
  const write = (lines: string[]) => {
    const file = join(mkdtempSync(join(tmpdir(), "verdicts-")), "set.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    return file;
  };

  it("reads valid rows and skips blank lines", () => {
    const file = write([JSON.stringify(supported), "", JSON.stringify(open)]);
    expect(readRows(file)).toEqual([supported, open]);
  });

  it("names the line of a row whose class does not fit its kind", () => {
    const file = write([JSON.stringify(supported), JSON.stringify({ ...open, kind: "ask" })]);
    expect(() => readRows(file)).toThrow(/line 2: .*class open does not fit kind ask/);
  });

  it("refuses a contradicted row without its kind of contradiction, and an open row with paragraphs", () => {
    const { contradiction: _, ...bare } = contradicted;
    expect(() => readRows(write([JSON.stringify(bare)]))).toThrow(/line 1: .*contradiction is given exactly/);
    expect(() => readRows(write([JSON.stringify({ ...open, paragraphs: [2] })]))).toThrow(/article null/);
  });

  it("names a line that is not JSON", () => {
    expect(() => readRows(write(["{not json"]))).toThrow(/line 1: not valid JSON/);
  });
});

describe("the labelled verdict sets", () => {
  const open = readRows("eval/verdicts.jsonl");
  const check = readRows("eval/verdicts-check.jsonl");
  const count = (rows: VerdictRow[], keep: (row: VerdictRow) => boolean) => rows.filter(keep).length;

  it("hold the issue's minimum rows per class and contradiction kind", () => {
    const minimums: Array<[string, (row: VerdictRow) => boolean, number]> = [
      ["supported", (r) => r.class === "supported", 40],
      ["hedged", (r) => r.hedged === true, 4],
      ["contradicted", (r) => r.class === "contradicted", 45],
      ["number", (r) => r.contradiction === "number", 10],
      ["negation", (r) => r.contradiction === "negation", 10],
      ["date", (r) => r.contradiction === "date", 5],
      ["antonym", (r) => r.contradiction === "antonym", 8],
      ["actor", (r) => r.contradiction === "actor", 6],
      ["place", (r) => r.contradiction === "place", 6],
      ["open", (r) => r.class === "open", 25],
      ["answerable", (r) => r.class === "answerable", 25],
      ["unanswerable", (r) => r.class === "unanswerable", 25],
    ];
    expect(minimums.filter(([, keep, minimum]) => count(open, keep) < minimum).map(([label]) => label)).toEqual([]);
    expect(open.length).toBeGreaterThanOrEqual(160);
    expect(check.length).toBeGreaterThanOrEqual(70);
  });

  it("spread every class over the seed, Wikinews and SQuAD in both sets", () => {
    const corpora = ["corpus", "../shared/corpora/wikinews", "../shared/corpora/squad"];
    for (const rows of [open, check])
      for (const cls of ["supported", "contradicted", "open", "answerable", "unanswerable"])
        expect([cls, [...new Set(rows.filter((r) => r.class === cls).map((r) => r.corpus))].sort()]).toEqual([
          cls,
          [...corpora].sort(),
        ]);
  });

  it("keep the pages set over every one of the 13 news pages, with queries of its own", () => {
    const pages = readRows("eval/verdicts-pages.jsonl");
    expect(pages.length).toBeGreaterThanOrEqual(100);
    expect(new Set(pages.map((r) => r.corpus))).toEqual(new Set(["eval/attribution/pages/corpus"]));
    expect(new Set(pages.flatMap((r) => (r.article ? [r.article] : []))).size).toBe(13);
    const asked = new Set(open.map((r) => r.query.toLowerCase()));
    expect(pages.filter((r) => asked.has(r.query.toLowerCase())).map((r) => r.query)).toEqual([]);
  });

  it("keep the denial set's claims apart from the open set's, each row naming where it stands", () => {
    const denials = readRows("eval/verdicts-negation.jsonl");
    expect(
      denials.filter((r) => r.class === "contradicted" && r.contradiction === "negation").length,
    ).toBeGreaterThanOrEqual(30);
    const asked = new Set(open.map((r) => r.query.toLowerCase()));
    expect(denials.filter((r) => asked.has(r.query.toLowerCase())).map((r) => r.query)).toEqual([]);
    expect(denials.filter((r) => r.class !== "open" && (r.article === undefined || r.paragraphs.length === 0))).toEqual(
      [],
    );
  });

  it("share no query, so the check set says something the open set did not", () => {
    const asked = new Set(open.map((r) => r.query.toLowerCase()));
    expect(check.filter((r) => asked.has(r.query.toLowerCase())).map((r) => r.query)).toEqual([]);
    expect(new Set(open.map((r) => r.query.toLowerCase())).size).toBe(open.length);
  });
});
