import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "./helpers/corpus-dir.ts";
import { finished, type Run } from "./helpers/process-output.ts";

/** Runs the command-line tool as a user would, as a process of its own. */
function cli(args: string[], input = ""): Promise<Run> {
  const child = spawn(process.execPath, ["dist/cli/main.js", ...args], { stdio: "pipe" });
  child.stdin.end(input);
  return finished(child);
}

const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

// One process at a time: the suite runs two files at once on two cores, and each may spawn.
describe("the command-line tool", () => {
  const good = makeCorpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
  const bad = makeCorpusDir({ "bad.txt": "\nno headline\n" });
  afterAll(() => {
    removeCorpusDir(good);
    removeCorpusDir(bad);
  });

  it("ask --json prints the documented contract on one line", async () => {
    const run = await cli(["ask", "--json", "--corpus", good, "How many fishing boats were stranded?"]);
    expect(run.code).toBe(0);
    const [answer, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(Object.keys(answer)).toEqual(["query", "kind", "status", "unmatched", "results"]);
    expect(answer).toMatchObject({ query: "How many fishing boats were stranded?", status: "ok", unmatched: [] });
    expect(Object.keys(answer.results[0])).toEqual([
      "articleId",
      "title",
      "paragraph",
      "quote",
      "text",
      "score",
      "highlights",
      "attribution",
      "sentences",
    ]);
    expect(answer.results[0]).toMatchObject({ articleId: "harbour", paragraph: 1 });
  });

  it("reads questions from standard input, one answer per line, in order", async () => {
    const questions = ["Who reopened the mine?", "", "What is the capital of France?"];
    const run = await cli(["sources", "--json", "--corpus", good, "--limit", "1"], `${questions.join("\n")}\n`);
    expect(run.code).toBe(0);
    const answers = jsonLines(run.stdout);
    expect(answers.map((a) => a.query)).toEqual(questions);
    expect(answers.map((a) => a.status)).toEqual(["ok", "no_match", "no_match"]);
    expect(answers[0].results).toHaveLength(1);
  });

  it("prints a readable answer with the quote, its paragraph and what is not mentioned", async () => {
    const [run, one, ok] = await Promise.all([
      cli(["ask", "--corpus", good, "Did Norway close the harbour?"]),
      cli(["sources", "--corpus", good, "--article", "harbour", "Norway closed the harbour"]),
      cli(["ask", "--corpus", good, "Where were crews told to stay?"]),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Question: Did Norway close the harbour?");
    expect(run.stdout).toContain("None of the 2 articles answers this.\n  None of them mentions Norway.");
    expect(one.stdout).toContain("The article does not say this.\n  It never mentions Norway.");
    expect(ok.stdout).toContain("¶2");
    expect(ok.stdout).toContain("Crews were told to stay ashore.");
  });

  it("article --json prints one line per article with every paragraph", async () => {
    const run = await cli(["article", "--json", "--corpus", good]);
    expect(run.code).toBe(0);
    const articles = jsonLines(run.stdout);
    expect(articles.map((a) => a.articleId)).toEqual(["harbour", "mine"]);
    expect(Object.keys(articles[0])).toEqual(["articleId", "title", "url", "tags", "paragraphs"]);
    expect(articles[0].paragraphs[0]).toMatchObject({ paragraph: 1, attribution: expect.any(Array) });
    const one = jsonLines((await cli(["article", "mine", "--json", "--corpus", good])).stdout);
    expect(one.map((a) => a.articleId)).toEqual(["mine"]);
  });

  it.each([
    [["frobnicate", "x"], /unknown command/],
    [[], /no command/],
    [["ask", "--limit", "zero", "x"], /--limit/],
    [["ask", "--bogus", "x"], /bogus/],
    [["ask", "--article", "nope", "storm"], /no article "nope"/],
    [["article", "nope"], /no article "nope"/],
  ])("exits 2 with a message for a usage error: %j", async (args, message) => {
    const run = await cli([...args, "--corpus", good]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("exits 1 naming the file for a corpus that cannot load", async () => {
    const run = await cli(["ask", "--corpus", bad, "x"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.txt, line 1: no headline/);
  });
});
