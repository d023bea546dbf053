import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCorpus } from "../src/open.ts";
import { fixturePage, type PageServer, startPageServer } from "./add/page-server.ts";
import { localConsoleText } from "./helpers/console-text.ts";
import { finished, type Run } from "./helpers/process-output.ts";
import { storeServerArticle } from "./helpers/server-article.ts";

/** The README's fenced blocks, each with its info string (`sh`, `text`, `md`) and its lines. */
function fencedBlocks(markdown: string): Array<{ info: string; lines: string[] }> {
  const blocks: Array<{ info: string; lines: string[] }> = [];
  let open: { info: string; lines: string[] } | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      if (open) blocks.push(open);
      open = open ? undefined : { info: line.slice(3).trim(), lines: [] };
    } else open?.lines.push(line);
  }
  return blocks;
}

/** A shell line without its comment: from a `#` outside quotes that starts a word. */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "#" && (i === 0 || /\s/u.test(line[i - 1] ?? ""))) return line.slice(0, i).trim();
  }
  return line.trim();
}

const README = fencedBlocks(readFileSync("README.md", "utf8"));

/** Every command of the README's shell examples, as written, in the order a reader meets them. */
const COMMANDS = README.filter((block) => block.info === "sh")
  .flatMap((block) => block.lines.map(withoutComment))
  .filter((line) => line !== "");

/** The commands this test does not run, and where what they do is run instead. */
const NOT_RUN: Record<string, string> = {
  'npm ci && npm run cli -- ask "What did Russia send to Libya?"':
    "installs the project this test runs in (CI runs npm ci on a fresh clone, then npm test); its ask is the command-line tool's first example, run here",
  "npm test": "the suite this test is part of",
  "DATABASE_URL=postgres://citebot:secret@db.internal:5432/citebot npm start":
    "needs the reader's PostgreSQL and Discord token; tests/discord/shared-store.e2e.test.ts runs the bot on PostgreSQL against the local Discord",
  "npm run start:sharded": "connects to Discord; tests/discord/sharding.e2e.test.ts runs it against the local Discord",
  "DATABASE_URL=postgres://citebot:secret@db.internal:5432/citebot SHARD_COUNT=4 SHARDS=0,1 npm run start:sharded":
    "two machines and a PostgreSQL server of the reader's; tests/discord/shared-store.e2e.test.ts runs two shards on one database",
  "DATABASE_URL=postgres://citebot:secret@db.internal:5432/citebot SHARD_COUNT=4 SHARDS=2,3 npm run start:sharded":
    "the second of those two machines",
  "npm run bench": "takes fifteen minutes; tests/bench-*.test.ts run its sections on small corpora",
};

const FERRY_ID = "lake-morrow-ferry-suspended-after-crack-found-in-hull";
const QUESTIONS = ["What did Russia send to Libya?", "Who is Haftar?", ""];

/** What each command the test runs must print, in the copy of the project it runs in. */
const RUN: Record<string, (run: Run) => void> = {
  'npm run cli -- ask "What did Russia send to Libya?"': ({ stdout }) => {
    expect(stdout).toContain("Question: What did Russia send to Libya?");
    expect(stdout).toContain("S-300");
  },
  'npm run cli -- sources "Russia sent S-300 systems"': ({ stdout }) => {
    expect(stdout).toMatch(/Claim: Russia sent S-300 systems\n[\s\S]*¶\d+ · Putin prepares for military campaign/u);
  },
  "npm run cli -- article": ({ stdout }) => {
    expect(stdout).toMatch(
      /Putin prepares for military campaign in Libya \[000_327ff4fb0c59c7a6\]\nin the operator's corpus/u,
    );
  },
  "npm run cli -- article --server 200000000000000002": ({ stdout }) => {
    expect(stdout).toMatch(
      /^Copper mine reopens after two-year closure \[copper-mine\]\nin server 200000000000000002's library, added by ada/mu,
    );
  },
  "npm run --silent cli -- ask --json --limit 1 < questions.txt": ({ stdout }) => {
    const answers = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers.map((answer) => answer.query)).toEqual(QUESTIONS);
    expect(answers.map((answer) => answer.results.length)).toEqual([1, 1, 0]);
  },
  "npm run cli -- add https://news.example/2025/03/04/ferry-suspended": ({ stdout }) => {
    expect(stdout).toContain(`Added as “${FERRY_ID}”.`);
  },
  [`npm run cli -- remove ${FERRY_ID}`]: ({ stdout }) => {
    expect(stdout).toContain(`Removed “${FERRY_ID}” from the corpus`);
  },
  "npm run cli -- add ./ferry.md": ({ stdout }) => {
    expect(stdout).toContain("Lake Morrow ferry suspended after crack found in hull\n2 paragraphs · The Morrow Herald");
    expect(stdout).toContain("Added as “ferry”.");
  },
  "npm run cli -- remove ferry": ({ stdout }) => {
    expect(stdout).toContain("Removed “ferry” from the corpus");
  },
  "npm run cli -- feedback": ({ stdout }) => {
    expect(stdout).toMatch(
      /#1 · 2026-03-04 10:12 UTC · server 200000000000000002 · ada \(600000000000000006\) · \/ask/u,
    );
  },
  "npm run cli -- feedback --server 200000000000000002 --limit 50": ({ stdout }) => {
    expect(stdout).toContain("Question: When did the copper mine reopen?");
  },
  "npm run cli -- feedback --json": ({ stdout }) => {
    const [record] = stdout
      .trimEnd()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line));
    expect(record).toMatchObject({ server: "200000000000000002", query: "When did the copper mine reopen?" });
  },
};

/**
 * A copy of the project as a reader has it after `npm ci`, in a folder of its own, since the examples
 * write (the corpus, the index cache, the libraries): the built code, the packages and the lexicon are
 * linked, the corpus copied. What a reader would add is added: `questions.txt`, the README's `ferry.md`,
 * a server's article in the libraries' store as the bot keeps it, and a `.env` that lets `add` fetch from
 * this machine, where the test's news site is.
 */
async function projectCopy(): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), "citebot-readme-"));
  cpSync("package.json", join(copy, "package.json"));
  cpSync("corpus", join(copy, "corpus"), { recursive: true });
  for (const built of ["dist", "node_modules", "data"]) symlinkSync(resolve(built), join(copy, built));
  writeFileSync(join(copy, ".env"), "FETCH_ALLOW_PRIVATE=true\n");
  writeFileSync(join(copy, "questions.txt"), `${QUESTIONS.join("\n")}\n`);
  const ferry = README.find((block) => block.info === "md");
  writeFileSync(join(copy, "ferry.md"), `${ferry?.lines.join("\n")}\n`);
  await storeServerArticle(join(copy, "corpus.libraries.db"), "200000000000000002");
  return copy;
}

/**
 * The README's placeholder site, `https://news.example` (a name reserved never to resolve), is the one
 * thing a reader replaces, with their article's address: here the test's news site on 127.0.0.1.
 */
function onTestSite(text: string, pages: PageServer): string {
  return text.replaceAll("https://news.example", pages.origin);
}

describe("README's examples, run as written", () => {
  let pages: PageServer;
  let copy: string;
  beforeAll(async () => {
    pages = await startPageServer();
    pages.serve("/2025/03/04/ferry-suspended", fixturePage("ferry"), "text/html; charset=utf-8");
    copy = await projectCopy();
  });
  afterAll(async () => {
    await pages?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  /** A command in a shell, in the copy, with nothing of this process's environment but where programs are. */
  function shell(command: string): Promise<Run> {
    const child = spawn("/bin/sh", ["-c", command], {
      cwd: copy,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ["ignore", "pipe", "pipe"],
    });
    return finished(child);
  }

  it("runs or names every command of its shell examples", () => {
    expect(COMMANDS.length).toBeGreaterThan(10);
    for (const command of COMMANDS)
      expect(Object.hasOwn(RUN, command) || Object.hasOwn(NOT_RUN, command), command).toBe(true);
    for (const command of [...Object.keys(RUN), ...Object.keys(NOT_RUN)]) expect(COMMANDS, command).toContain(command);
  });

  // One process at a time (npm, then the node it starts), in the README's order: add before remove.
  it("runs each of the command-line tool's examples, as a reader would, one after another", async () => {
    for (const command of COMMANDS.filter((c) => Object.hasOwn(RUN, c))) {
      const run = await shell(onTestSite(command, pages));
      expect({ command, code: run.code, stderr: run.stderr }).toEqual({ command, code: 0, stderr: "" });
      RUN[command]?.(run);
    }
  });

  it("runs the console's example lines, each answered and none refused, after the greeting it shows", async () => {
    const example = README.find((block) => block.info === "text" && block.lines[0] === "$ npm start");
    const [, greeting, ...typed] = example?.lines ?? [];
    const lines = typed.map((line) => onTestSite(line.replace(/^citebot> /u, ""), pages));
    expect(lines.length).toBeGreaterThan(4);
    const corpus = join(copy, "corpus");
    const index = await openCorpus(corpus);
    const { text, warnings } = await localConsoleText(corpus, join(copy, "console.libraries.db"), index, lines);
    expect(warnings).toEqual([]);
    expect(text.split("\n")[0]).toBe(greeting);
    expect(text).toContain("<Question:> What did Russia send to Libya?");
    expect(text).toContain("<Claim:> Russia has sent S-300 systems to Libya");
    expect(text).toContain(`Added as “${FERRY_ID}”.`);
    expect(text).toContain("This server’s articles: 1 article");
    expect(text).not.toMatch(/Unknown command|needs|takes|There is no|Nothing was/u);
  });

  it("npm start without a terminal and without a token exits with status 1, saying what is missing", async () => {
    const run = await shell("npm start");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("DISCORD_TOKEN is not set");
  });
});
