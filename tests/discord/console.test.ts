import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../src/discord/console.ts";
import { parseLine } from "../../src/discord/console-line.ts";
import { plainMessage, unmarkdown } from "../../src/discord/render/plain.ts";
import { Shelf } from "../../src/library/shelf.ts";
import { openCorpus } from "../../src/open.ts";
import type { CorpusIndex } from "../../src/search/corpus-index.ts";
import { type PageServer, startPageServer } from "../add/page-server.ts";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { consoleText, localConsoleText } from "../helpers/console-text.ts";
import { corpusDir, makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";

describe("parseLine", () => {
  it("fills the first option from the text after the command, as Discord's command box does", () => {
    expect(parseLine("/ask What did Russia send?")).toEqual({
      command: "ask",
      options: { question: "What did Russia send?" },
    });
  });

  it("reads named options anywhere, with spaces in their values", () => {
    expect(parseLine("/sources claim:Russia sent S-300 systems article:a1 private:true")).toEqual({
      command: "sources",
      options: { claim: "Russia sent S-300 systems", article: "a1", private: "true" },
    });
    expect(parseLine("/article a1")).toEqual({ command: "article", options: { article: "a1" } });
    expect(parseLine("/article")).toEqual({ command: "article", options: {} });
  });

  it("reads a line that is no command as a question for /ask, whole", () => {
    expect(parseLine("  What did Russia send? private:true ")).toEqual({
      command: "ask",
      options: { question: "What did Russia send? private:true" },
    });
  });

  it("reads /corpus's subcommands, a link as url and anything else as a file", () => {
    expect(parseLine("/corpus add https://news.example/a")).toEqual({
      command: "corpus add",
      options: { url: "https://news.example/a" },
    });
    expect(parseLine("/corpus add ./my ferry.md")).toEqual({
      command: "corpus add",
      options: { file: "./my ferry.md" },
    });
    expect(parseLine("/corpus add file:C:\\news\\a.md")).toEqual({
      command: "corpus add",
      options: { file: "C:\\news\\a.md" },
    });
    expect(parseLine("/corpus remove ferry")).toEqual({ command: "corpus remove", options: { article: "ferry" } });
    expect(parseLine("/corpus list")).toEqual({ command: "corpus list", options: {} });
  });

  it("says what /corpus needs", () => {
    expect(parseLine("/corpus")).toEqual({ error: expect.stringContaining("/corpus takes add, remove or list") });
    expect(parseLine("/corpus drop x")).toEqual({
      error: expect.stringContaining("/corpus takes add, remove or list"),
    });
    expect(parseLine("/corpus list everything")).toEqual({ error: "/corpus list takes nothing after it" });
    expect(parseLine("/corpus remove")).toEqual({
      error: "/corpus remove needs the id of an article: /corpus remove <id>",
    });
  });

  it("says what is wrong with a line it cannot run", () => {
    expect(parseLine("/frobnicate x")).toEqual({ error: expect.stringContaining('Unknown command "/frobnicate"') });
    expect(parseLine("/constructor x")).toEqual({ error: expect.stringContaining('Unknown command "/constructor"') });
    expect(parseLine("/ask   private:true")).toEqual({ error: "/ask needs a question: /ask <question>" });
    expect(parseLine("/ask why private:maybe")).toEqual({ error: "private: takes true or false" });
  });
});

describe("unmarkdown", () => {
  it("shows escapes resolved and bold through the terminal's bold", () => {
    expect(unmarkdown("\\*\\*not bold\\*\\* **bold** a\\\\b", (s) => `<${s}>`)).toBe("**not bold** <bold> a\\b");
  });
});

describe("the local console", () => {
  let index: CorpusIndex;
  beforeAll(async () => {
    index = await openCorpus("corpus");
  });

  function session(lines: string[]): Promise<string> {
    return consoleText((io) => runConsole(() => ({ shelf: new Shelf(index) }), io), lines);
  }

  it("answers the commands as the bot would post them, and goes on after a bad line", async () => {
    const text = await session([
      "/ask What did Russia send to Libya?",
      "/nope",
      "/sources Russia landed on Mars private:true",
      "/article",
    ]);
    expect(text).toContain("<Question:> What did Russia send to Libya?");
    expect(text).toContain("<¶3 · Putin prepares for military campaign in Libya>");
    expect(text).toContain("has probably already <sent> S-300");
    expect(text).toContain('Unknown command "/nope"');
    expect(text).toContain("The article does not say this.\nIt never mentions <landed>, <Mars>.");
    expect(text).toContain("(only you would see this reply)");
    expect(text).toContain("12 paragraphs");
  });

  it("answers a plain question as /ask, and lists /corpus in /help", async () => {
    const text = await session(["What did Russia send to Libya?", "/help"]);
    expect(text).toContain("<Question:> What did Russia send to Libya?");
    expect(text).toContain("has probably already <sent> S-300");
    expect(text).not.toContain("Unknown command");
    expect(text).toMatch(/^ {2}\/corpus add /mu);
    expect(text).toMatch(/^ {2}\/corpus remove /mu);
    expect(text).toMatch(/^ {2}\/corpus list/mu);
  });

  it("says how to find an article's id in its own words: there are no suggestions to pick from", async () => {
    const text = await session(["/ask What did Russia send? article:nope", "/article nope"]);
    expect(text.match(/There is no article “nope” in the corpus; \/article lists them\./gu)).toHaveLength(2);
    expect(text).not.toContain("suggestions");
  });

  it("says what went wrong with a command that fails, and goes on", async () => {
    class Failing extends Shelf {
      override answer(): never {
        throw new Error("the index is gone");
      }
    }
    const text = await consoleText(
      (io) => runConsole(() => ({ shelf: new Failing(index) }), io),
      ["What did Russia send?", "/article"],
    );
    expect(text).toContain("Something went wrong while answering that: the index is gone");
    expect(text).toContain("12 paragraphs");
  });

  it("stops at /quit", async () => {
    const text = await session(["/quit", "/ask What did Russia send?"]);
    expect(text).not.toContain("Question:");
  });
});

describe("the console's /corpus, on a library of its own", () => {
  let pages: PageServer;
  let corpus: string;
  let store: string;
  let index: CorpusIndex;
  beforeAll(async () => {
    pages = await startPageServer();
    corpus = makeCorpusDir({ "harbour.txt": HARBOUR });
    store = makeCorpusDir({});
    index = await openCorpus(corpus);
  });
  afterAll(async () => {
    await pages?.close();
    removeCorpusDir(corpus);
    removeCorpusDir(store);
  });

  async function localConsole(lines: string[]): Promise<string> {
    const { text, warnings } = await localConsoleText(corpus, join(store, "libraries.db"), index, lines);
    expect(warnings).toEqual([]);
    return text;
  }

  it("adds from a link and a file, answers from them at the next line, lists, removes, and leaves the corpus folder alone", async () => {
    const files = corpusDir({ "mine.txt": MINE });
    const text = await localConsole([
      "/corpus list",
      `/corpus add ${pages.origin}/pages/ferry`,
      "Who said the crack is below the waterline?",
      `/corpus add ${join(files, "mine.txt")}`,
      "/corpus list",
      "/corpus remove mine",
      "How long was the mine closed?",
    ]);
    expect(text).toContain("citebot local console: 1 article.");
    expect(text).toContain("This server has added no articles yet");
    expect(text).toContain("Added as “lake-morrow-ferry-suspended-after-crack-found-in-hull”.");
    expect(text).toMatch(/<Question:> Who said the crack is below the waterline\?\n[\s\S]*Dana Whitfield/u);
    expect(text).toContain("Added as “mine”.");
    expect(text).toContain("This server’s articles: 2 articles");
    expect(text).toMatch(/added by \S+ on \d{4}-\d\d-\d\d, from mine\.txt/u);
    expect(text).toContain("Removed “mine” from this server’s articles");
    expect(text).toContain("(only you would see this reply)");
    expect(readdirSync(corpus)).toEqual(["harbour.txt"]);
  });

  it("keeps the console's articles for the next start, in the store", async () => {
    const text = await localConsole(["/corpus list"]);
    expect(text).toContain("citebot local console: 2 articles.");
    expect(text).toContain("This server’s articles: 1 article");
  });

  it("refuses in the console's words, saying what is wrong with a file with its line, and changes nothing", async () => {
    const files = corpusDir({ "bad.md": "---\nurl: https://x.org\n---\n\nText.\n", "report.pdf": "%PDF" });
    const text = await localConsole([
      "/corpus remove nope",
      "/corpus remove harbour",
      `/corpus add ${join(files, "bad.md")}`,
      `/corpus add ${join(files, "report.pdf")}`,
      `/corpus add ${join(files, "gone.md")}`,
      `/corpus add url:${pages.origin}/pages/ferry file:${join(files, "bad.md")}`,
    ]);
    expect(text).toContain("There is no article “nope” in the corpus; /article lists them.");
    expect(text).toContain("“harbour” is not one of this server’s articles");
    expect(text).toContain(
      "That file is not in the corpus format, so nothing was added: bad.md, line 2: bad front matter: title is missing.",
    );
    expect(text).toContain("not report.pdf: a .txt file holds the headline on line 1");
    expect(text).toContain(`There is no file “${join(files, "gone.md")}”. Nothing was added.`);
    expect(text).toContain("Give a link (url:) or a file (file:), one of the two.");
    expect(text).not.toMatch(/suggestions|citebot:|README|Invalid input/u);
    expect((await localConsole(["/corpus list"])).match(/This server’s articles: 1 article/gu)).toHaveLength(1);
  });
});

describe("plainMessage", () => {
  it("prints the title with its link, the fields and the footer", () => {
    const text = plainMessage(
      {
        content: "c",
        embeds: [
          { title: "T", url: "https://example.org", fields: [{ name: "n", value: "v" }], footer: { text: "f" } },
        ],
        allowedMentions: { parse: [] },
      },
      (s) => s,
    );
    expect(text).toBe("c\n\nT  <https://example.org>\n  n: v\n  [f]");
  });
});
