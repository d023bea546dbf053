import { spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Answer } from "../src/answer/types.ts";
import { ANSI, PLAIN, renderAnswer, renderArticle } from "../src/render/terminal.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "./helpers/corpus-dir.ts";
import { finished, type Run } from "./helpers/process-output.ts";
import { storeServerArticle } from "./helpers/server-article.ts";

/** Runs the command-line tool as a user would, as a process of its own. */
function cli(args: string[], input = "", env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const child = spawn(process.execPath, ["dist/cli/main.js", ...args], {
    stdio: "pipe",
    env: { ...process.env, ...env },
  });
  child.stdin.end(input);
  return finished(child);
}

/**
 * What a hostile article could hold for a terminal: a window title (OSC 0, ended by BEL), a screen
 * clear (CSI 2J), a link whose text hides its target (OSC 8), an 8-bit CSI, NUL and NEL.
 */
const ESCAPES =
  "\u001b]0;pwned\u0007\u001b[2J\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\\u009b31m\u0000\u0085";

/** Control characters left in terminal text once citebot's own bold (SGR 1 and 22) is taken out. */
const controlsIn = (text: string) =>
  [
    ...text
      .replaceAll("\u001b[1m", "")
      .replaceAll("\u001b[22m", "")
      .matchAll(/[^\P{Cc}\n]/gu),
  ].map((m) => m[0]);

const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

// One process at a time: the suite runs two files at once on two cores, and each may spawn.
describe("the command-line tool", () => {
  const good = makeCorpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
  const bad = makeCorpusDir({ "bad.txt": "\nno headline\n" });
  // A file name holds anything but a slash and NUL.
  const named = makeCorpusDir({ [`${ESCAPES.replaceAll("/", "").replaceAll("\u0000", "")}harbour.txt`]: HARBOUR });
  afterAll(() => {
    removeCorpusDir(good);
    removeCorpusDir(bad);
    removeCorpusDir(named);
  });

  it("ask --json prints the documented contract on one line", async () => {
    const run = await cli(["ask", "--json", "--corpus", good, "How many fishing boats were stranded?"]);
    expect(run.code).toBe(0);
    const [answer, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(Object.keys(answer)).toEqual(["query", "kind", "status", "verdict", "unmatched", "results"]);
    expect(answer).toMatchObject({
      query: "How many fishing boats were stranded?",
      status: "ok",
      verdict: "answers",
      unmatched: [],
    });
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
      "verdict",
    ]);
    expect(answer.results[0]).toMatchObject({ articleId: "harbour", paragraph: 1, verdict: "answers" });
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
    const run = await cli(["ask", "--corpus", good, "Did Norway close the harbour?"]);
    const one = await cli(["sources", "--corpus", good, "--article", "harbour", "Norway closed the harbour"]);
    const ok = await cli(["ask", "--corpus", good, "Where were crews told to stay?"]);
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
    expect(Object.keys(articles[0])).toEqual(["articleId", "title", "url", "tags", "paragraphs", "origin"]);
    expect(articles[0].paragraphs[0]).toMatchObject({ paragraph: 1, attribution: expect.any(Array) });
    expect(articles[0].origin).toEqual({
      library: "operator",
      file: `${good}/harbour.txt`,
      changedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/u),
      url: null,
    });
    const one = jsonLines((await cli(["article", "mine", "--json", "--corpus", good])).stdout);
    expect(one.map((a) => a.articleId)).toEqual(["mine"]);
  });

  it("article --server shows a server's own articles with who added each, when and from where", async () => {
    const file = join(tmpdir(), `citebot-cli-${process.pid}.db`);
    try {
      await storeServerArticle(file, "200000000000000002");
      const run = await cli(["article", "--server", "200000000000000002", "--corpus", good], "", { LIBRARY_DB: file });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^Copper mine reopens after two-year closure \[copper-mine\]\nin server 200000000000000002's library, added by ada \(600000000000000006\) on 2026-03-04, from Copper Mine\.txt\n/u,
      );
      const other = await cli(["article", "--server", "200000000000000012", "--corpus", good], "", {
        LIBRARY_DB: file,
      });
      expect(other).toMatchObject({
        code: 0,
        stdout: "",
        stderr: "Server 200000000000000012 has added no articles to its library.\n",
      });
    } finally {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    }
  });

  it.each([
    [["frobnicate", "x"], /unknown command/],
    [[], /no command/],
    [["ask", "--limit", "zero", "x"], /--limit/],
    [["ask", "--bogus", "x"], /bogus/],
    [
      ["ask", "--article", "nope", "storm"],
      /^citebot: There is no article “nope” in the corpus; the article command lists them\.$/mu,
    ],
    [["article", "nope"], /^citebot: There is no article “nope” in the corpus; the article command lists them\.$/mu],
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

  it("reads CORPUS_MAX_FILE_MB, and prints a file's name without its escape sequences", async () => {
    const run = await cli(["ask", "--corpus", named, "storm"], "", { CORPUS_MAX_FILE_MB: "0.0001" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/clickharbour\.txt: 0\.000\d+ MB, more than the 0\.0001 MB a corpus file may be/u);
    expect(controlsIn(run.stderr)).toEqual([]);
  });

  it("exits quietly with status 0 when its reader closes the pipe, as `| head -1` does", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ask", "--corpus", good], {
      stdio: "pipe",
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    // The tool may rightly be gone before every question is written.
    child.stdin.on("error", () => {});
    child.stdin.write("storm\n");
    await once(child.stdout, "data");
    child.stdout.destroy();
    for (let i = 0; i < 20; i++) child.stdin.write("Where were crews told to stay?\n");
    child.stdin.end();
    const [code] = await once(child, "close");
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("the terminal renderer", () => {
  const attribution = [{ source: `The coastguard${ESCAPES}`, citing: [`sources${ESCAPES}`], cue: "said", hedges: [] }];
  const quote = `Crews${ESCAPES} were told to stay ashore.`;
  const answer: Answer = {
    query: `Where were crews${ESCAPES} told to stay?`,
    kind: "ask",
    status: "ok",
    verdict: "answers",
    unmatched: [`told${ESCAPES}`],
    results: [
      {
        articleId: `harbour${ESCAPES}`,
        title: `Storm${ESCAPES} closes the harbour`,
        paragraph: 2,
        quote,
        text: quote,
        score: 1,
        highlights: [
          [0, 8],
          [quote.length - 7, quote.length - 1],
        ],
        attribution,
        sentences: [{ start: 0, end: quote.length, attribution }],
        verdict: "answers",
      },
    ],
  };

  it("prints no escape sequence or control character from an answer, bold or not", () => {
    for (const style of [PLAIN, ANSI]) {
      const text = renderAnswer(answer, 1, style);
      expect(controlsIn(text)).toEqual([]);
      for (const shown of ["Storm", "closes the harbour", "Crews", "ashore", "The coastguard", "sources", "click"]) {
        expect(text).toContain(shown);
      }
    }
    expect(renderAnswer(answer, 1, { bold: (text) => `<b>${text}</b>` })).toContain("<b>ashore</b>.”");
  });

  it("prints no escape sequence or control character from an article", () => {
    const text = renderArticle({
      article: {
        id: `harbour${ESCAPES}`,
        file: "harbour.txt",
        title: `Storm${ESCAPES} closes the harbour`,
        url: `https://example.org/${ESCAPES}`,
        outlet: null,
        author: null,
        published: null,
        licence: null,
        tags: [`storms${ESCAPES}`, "ports"],
        paragraphs: [{ number: 1, text: `Crews were${ESCAPES}\ntold to stay ashore.`, line: 3, sentences: [] }],
      },
      attribution: [[attribution]],
    });
    expect(controlsIn(text)).toEqual([]);
    expect(text).toContain("told to stay ashore.");
    expect(text).toContain("The coastguard");
  });
});
