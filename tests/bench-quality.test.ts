import { describe, expect, it } from "vitest";
import { type LabelledRow, parseRow, type Ranked, scoreRow, tally } from "../bench/labelled.ts";
import { replaceSection } from "../bench/report.ts";
import { QUALITY_HEADING, qualitySection } from "../bench/report-sections.ts";

const row: LabelledRow = { query: "q", kind: "question", article: "a", paragraphs: [2, 5] };
const ranked = (...hits: Array<[string, number]>): Ranked => ({
  refused: false,
  hits: hits.map(([article, paragraph]) => ({ article, paragraph })),
});

describe("scoreRow", () => {
  it("counts a right paragraph first as top-1 and top-3", () => {
    expect(scoreRow(row, ranked(["a", 5], ["a", 1]))).toEqual({
      answerable: true,
      top1: true,
      top3: true,
      refused: false,
    });
  });

  it("counts a right paragraph third as top-3 only, and fourth as neither", () => {
    expect(scoreRow(row, ranked(["a", 1], ["a", 3], ["a", 2]))).toMatchObject({ top1: false, top3: true });
    expect(scoreRow(row, ranked(["a", 1], ["a", 3], ["a", 4], ["a", 2]))).toMatchObject({ top1: false, top3: false });
  });

  it("wants the right article too, where the row names one", () => {
    expect(scoreRow(row, ranked(["b", 2]))).toMatchObject({ top1: false, top3: false });
    const anyArticle: LabelledRow = { query: "q", kind: "question", paragraphs: [2] };
    expect(scoreRow(anyArticle, ranked(["b", 2]))).toMatchObject({ top1: true, top3: true });
  });

  it("counts no_match as refused and never right", () => {
    expect(scoreRow(row, { refused: true, hits: [] })).toEqual({
      answerable: true,
      top1: false,
      top3: false,
      refused: true,
    });
    const unanswerable: LabelledRow = { query: "q", kind: "question", paragraphs: [] };
    expect(scoreRow(unanswerable, { refused: true, hits: [] })).toMatchObject({ answerable: false, refused: true });
    expect(scoreRow(unanswerable, ranked(["a", 1]))).toMatchObject({ answerable: false, refused: false });
  });
});

describe("tally", () => {
  it("keeps answerable and unanswerable rows apart", () => {
    const unanswerable: LabelledRow = { query: "q", kind: "claim", paragraphs: [] };
    const scores = [
      scoreRow(row, ranked(["a", 2])),
      scoreRow(row, ranked(["a", 1], ["a", 5])),
      scoreRow(row, { refused: true, hits: [] }),
      scoreRow(unanswerable, { refused: true, hits: [] }),
      scoreRow(unanswerable, ranked(["a", 1])),
    ];
    expect(tally(scores)).toEqual({
      answerable: 3,
      top1: 1,
      top3: 2,
      refused: 1,
      unanswerable: 2,
      unanswerableRefused: 1,
    });
  });
});

describe("parseRow", () => {
  it("reads the scorers' rows and the project's own", () => {
    expect(parseRow('{"q": "Who?", "expect": [2]}')).toEqual({ query: "Who?", kind: "question", paragraphs: [2] });
    expect(parseRow('{"claim": "X did Y", "expect": [], "absent": ["x"]}')).toEqual({
      query: "X did Y",
      kind: "claim",
      paragraphs: [],
    });
    expect(parseRow('{"q": "Where?", "article": "a", "paragraphs": [1, 3]}')).toEqual({
      query: "Where?",
      kind: "question",
      article: "a",
      paragraphs: [1, 3],
    });
    expect(parseRow('{"q": "Y", "article": null, "paragraphs": [], "kind": "claim", "why": "-"}')).toEqual({
      query: "Y",
      kind: "claim",
      paragraphs: [],
    });
  });
});

describe("replaceSection", () => {
  it("replaces only the section under its heading, or puts it before the notes", () => {
    const section = [QUALITY_HEADING, "", "new", ""];
    const before = ["# B", "", "## One", "", "x", "", "## Notes", "", "- n", ""].join("\n");
    const added = replaceSection(before, QUALITY_HEADING, section);
    expect(added).toBe(
      ["# B", "", "## One", "", "x", "", QUALITY_HEADING, "", "new", "", "## Notes", "", "- n", ""].join("\n"),
    );
    const replaced = replaceSection(added, QUALITY_HEADING, [QUALITY_HEADING, "", "newer", ""]);
    expect(replaced).toBe(added.replace("new\n", "newer\n"));
  });
});

describe("qualitySection's verdict table", () => {
  it("puts each verdict class's share on every set side by side with its target, and SQuAD open's answers", () => {
    const line = (label: string, count: number, total: number, share?: number) => ({
      label,
      count,
      total,
      ...(share === undefined ? {} : { target: { share } }),
    });
    const lines = qualitySection(
      [],
      {
        sets: [
          {
            file: "open.jsonl",
            rows: 10,
            lines: [line("supported: supports, right passage first", 9, 10, 0.9), line("  number", 1, 2)],
          },
          {
            file: "check.jsonl",
            rows: 4,
            lines: [line("supported: supports, right passage first", 3, 4, 0.9), line("  number", 0, 0)],
          },
          { file: "missing.jsonl", rows: 0, lines: [], skipped: "missing.jsonl not found" },
        ],
        squad: { answerable: 10, top1: 8, answers: 6 },
      },
      "abc1234",
    );
    expect(lines).toContain("| Class | open.jsonl | check.jsonl | Target |");
    expect(lines).toContain("| supported: supports, right passage first | 90.0% (9/10) | 75.0% (3/4) | ≥ 90% |");
    expect(lines).toContain("| number (of the class above) | 50.0% (1/2) | – |  |");
    expect(lines).toContain("- Skipped missing.jsonl: missing.jsonl not found.");
    expect(lines.join("\n")).toContain(
      "8 of 10 answerable questions have a right first passage; 6 of those are called `answers` (75.0%",
    );
  });
});
