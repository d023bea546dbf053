import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { parseLine, runConsole } from "../../src/discord/console.ts";
import { plainMessage, unmarkdown } from "../../src/discord/render/plain.ts";
import { Shelf } from "../../src/library/shelf.ts";
import { openCorpus } from "../../src/open.ts";
import type { CorpusIndex } from "../../src/search/corpus-index.ts";

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

  it("says what is wrong with a line it cannot run", () => {
    expect(parseLine("/frobnicate x")).toEqual({ error: expect.stringContaining('Unknown command "/frobnicate"') });
    expect(parseLine("hello")).toEqual({ error: expect.stringContaining("Unknown command") });
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

  async function session(lines: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk) => {
      text += chunk;
    });
    const done = runConsole({ shelf: new Shelf(index) }, { input, output, bold: (s) => `<${s}>`, prompt: false });
    input.end(`${lines.join("\n")}\n`);
    await done;
    return text;
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

  it("stops at /quit", async () => {
    const text = await session(["/quit", "/ask What did Russia send?"]);
    expect(text).not.toContain("Question:");
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
