import { execFileSync, spawn } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load.ts";
import { FERRY_PARAGRAPHS, fixturePage, type PageServer, startPageServer } from "./add/page-server.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { corpusDir } from "./helpers/corpus-dir.ts";
import { finished, type Run } from "./helpers/process-output.ts";

/**
 * The command-line tool as a user runs it, with `FETCH_ALLOW_PRIVATE` as given and nothing else of it
 * inherited, in the folder `cwd` (this one unless given: its `.env`, if any, is read as the tool reads it).
 */
function cli(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Run> {
  const { FETCH_ALLOW_PRIVATE: _inherited, ...rest } = process.env;
  const child = spawn(process.execPath, [resolve("dist/cli/main.js"), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...rest, ...env },
    ...(cwd === undefined ? {} : { cwd }),
  });
  return finished(child);
}

const ALLOW = { FETCH_ALLOW_PRIVATE: "true" };
const FERRY_ID = "lake-morrow-ferry-suspended-after-crack-found-in-hull";

let pages: PageServer;
beforeAll(async () => {
  pages = await startPageServer();
});
afterAll(async () => {
  await pages?.close();
});

describe("citebot add and remove on the command line", () => {
  it("adds a news page as one .md with exactly its paragraphs, then quotes it with its sources", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const run = await cli(["add", `${pages.origin}/pages/ferry`, "--corpus", dir], ALLOW);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Lake Morrow ferry suspended after crack found in hull\n9 paragraphs · The Morrow Herald · 2025-03-04\n",
    );
    expect(run.stdout).toMatch(/Quotes: .*Dana Whitfield \(¶3\).*Marcus Oyelaran \(¶6\)/u);
    expect(run.stdout).toContain(
      `Added as “${FERRY_ID}”. Ask it: npm run cli -- ask --corpus ${dir} --article ${FERRY_ID}`,
    );
    expect(readdirSync(dir).sort()).toEqual(["harbour.txt", `${FERRY_ID}.md`]);
    const ferry = loadCorpus(dir).find((a) => a.id === FERRY_ID);
    expect(ferry).toMatchObject({
      title: "Lake Morrow ferry suspended after crack found in hull",
      url: `${pages.origin}/news/2025/03/04/lake-morrow-ferry-suspended`,
      outlet: "The Morrow Herald",
      published: "2025-03-04",
    });
    expect(ferry?.paragraphs.map((p) => p.text)).toEqual(FERRY_PARAGRAPHS);

    const asked = await cli([
      "ask",
      "--json",
      "--limit",
      "1",
      "--corpus",
      dir,
      "Who said the crack is below the waterline?",
    ]);
    expect(asked.code).toBe(0);
    const [result] = JSON.parse(asked.stdout).results;
    expect(result).toMatchObject({ articleId: FERRY_ID, paragraph: 3 });
    expect(result.quote).toContain("The crack is below the waterline");
    expect(result.attribution.map((a: { source: string }) => a.source)).toEqual(["Dana Whitfield"]);
  });

  it("refuses the same page without FETCH_ALLOW_PRIVATE, saying why, and writes nothing", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const run = await cli(["add", `${pages.origin}/pages/ferry`, "--corpus", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "citebot: I do not fetch pages from private or local networks, and that link leads to 127.0.0.1. Nothing was added.\n",
    );
    expect(readdirSync(dir)).toEqual(["harbour.txt"]);
  });

  it("adds a file, removes an article, and refuses to remove one it does not have", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const file = join(corpusDir({}), "mine.txt");
    writeFileSync(file, MINE);
    const added = await cli(["add", file, "--corpus", dir]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Copper mine reopens after two-year closure\n3 paragraphs\n/u);
    expect(readdirSync(dir).sort()).toEqual(["harbour.txt", "mine.txt"]);

    const removed = await cli(["remove", "harbour", "--corpus", dir]);
    const unknown = await cli(["remove", "ferry", "--corpus", dir]);
    expect(removed).toMatchObject({
      code: 0,
      stdout: "Removed “harbour” from the corpus; it is no longer searched.\n",
    });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("There is no article “ferry” in the corpus");
    expect(readdirSync(dir)).toEqual(["mine.txt"]);
  });

  it("refuses /dev/zero, a FIFO and a folder with the corpus reader's message, reading nothing", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const elsewhere = corpusDir({});
    const fifo = join(elsewhere, "story.md");
    execFileSync("mkfifo", [fifo]);
    // One process at a time: the suite runs two files at once on two cores.
    const zero = await cli(["add", "/dev/zero", "--corpus", dir]);
    const pipe = await cli(["add", fifo, "--corpus", dir]);
    const folder = await cli(["add", elsewhere, "--corpus", dir]);
    expect(zero).toMatchObject({ code: 1, stdout: "" });
    expect(zero.stderr).toBe(
      "citebot: I cannot read that file (/dev/zero: a device, not a regular file; only regular files are read). Nothing was added.\n",
    );
    expect(pipe.stderr).toContain("a named pipe (FIFO), not a regular file");
    expect(folder.stderr).toContain("a folder, not a regular file");
    expect([pipe.code, folder.code]).toEqual([1, 1]);
    expect(readdirSync(dir)).toEqual(["harbour.txt"]);
  });

  it("prints no control character or terminal escape from a page, and says what it left out", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const ferry = fixturePage("ferry")
      .replace(
        ">Lake Morrow ferry suspended after crack found in hull</h1>",
        ">Lake Morrow\u001b]0;owned\u0007 ferry suspended after\u0000 crack found in hull</h1>",
      )
      .replace('<div class="story-body">', '<div class="story-body"><p>SIGN UP FOR OUR NEWSLETTER</p>');
    pages.serve("/dirty/ferry", ferry, "text/html; charset=utf-8");
    const run = await cli(["add", `${pages.origin}/dirty/ferry`, "--corpus", dir], ALLOW);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[^\P{Cc}\n]/u);
    expect(run.stdout).toMatch(
      /^Lake Morrow\]0;owned ferry suspended after crack found in hull\n9 paragraphs; dropped 1 promo ·/u,
    );
  });

  it("reads FETCH_ALLOW_PRIVATE from .env where it runs, as the bot does, the environment winning over the file", async () => {
    const here = corpusDir({ ".env": "FETCH_ALLOW_PRIVATE=true\n" });
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const added = await cli(["add", `${pages.origin}/pages/ferry`, "--corpus", dir], {}, here);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["harbour.txt", `${FERRY_ID}.md`]);

    const other = corpusDir({ "harbour.txt": HARBOUR });
    const refused = await cli(
      ["add", `${pages.origin}/pages/ferry`, "--corpus", other],
      { FETCH_ALLOW_PRIVATE: "false" },
      here,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("I do not fetch pages from private or local networks");
    expect(readdirSync(other)).toEqual(["harbour.txt"]);
  });

  it("adds to and answers from the bot's CORPUS_DIR, set in .env, where no --corpus is given", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const here = corpusDir({ ".env": `CORPUS_DIR=${dir}\nFETCH_ALLOW_PRIVATE=true\n` });
    expect((await cli(["add", `${pages.origin}/pages/ferry`, "--no-cache"], {}, here)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["harbour.txt", `${FERRY_ID}.md`]);
    const asked = await cli(["ask", "--json", "--no-cache", "Who said the crack is below the waterline?"], {}, here);
    expect(JSON.parse(asked.stdout).results[0]).toMatchObject({ articleId: FERRY_ID });
  });

  it("says what is wrong with a file once, in the command line's words: its name, line and fault, not zod's", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const files = corpusDir({ "bad.md": "---\nurl: https://x.org\n---\n\nText.\n", "report.pdf": "%PDF" });
    const bad = await cli(["add", join(files, "bad.md"), "--corpus", dir]);
    expect(bad).toMatchObject({ code: 1, stdout: "" });
    expect(bad.stderr).toBe(
      "citebot: That file is not in the corpus format, so nothing was added: bad.md, line 2: bad front matter: title is missing.\n",
    );
    const pdf = await cli(["add", join(files, "report.pdf"), "--corpus", dir]);
    expect(pdf.stderr).toBe(
      "citebot: I can add a .txt or .md file in the corpus format (README.md shows it, under “Adding an article”), not report.pdf. Nothing was added.\n",
    );
    expect(readdirSync(dir)).toEqual(["harbour.txt"]);
  });

  it("says what is missing or wrong on the command line, with status 2", async () => {
    const bare = await cli(["add", "--corpus", corpusDir({})]);
    const flag = await cli(["add", `${pages.origin}/pages/ferry`, "--corpus", corpusDir({})], {
      FETCH_ALLOW_PRIVATE: "yes",
    });
    expect(bare).toMatchObject({ code: 2, stderr: "citebot: add needs a link or a file to add\n" });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("FETCH_ALLOW_PRIVATE must be true or false");
  });
});
