import { describe, expect, it } from "vitest";
import { CorpusError } from "../src/corpus/errors.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { corpusDir } from "./helpers/corpus-dir.ts";

/** The CorpusError a load throws, so that its file and line can be checked. */
function loadError(dir: string): CorpusError {
  try {
    loadCorpus(dir);
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error("the corpus loaded, but should not have");
}

describe("loadCorpus: well-formed files", () => {
  it("reads a .txt article: headline, numbered paragraphs, tags line kept out of the text", () => {
    const [article] = loadCorpus(corpusDir({ "harbour.txt": HARBOUR }));
    expect(article?.id).toBe("harbour");
    expect(article?.title).toBe("Storm closes the harbour at Port Elling");
    expect(article?.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(article?.paragraphs[0]?.text).toMatch(/^A winter storm/);
    expect(article?.paragraphs[0]?.line).toBe(3);
    expect(article?.tags).toEqual(["storms", "Port Elling", "fishing"]);
    expect(article?.paragraphs.at(-1)?.text).toMatch(/winter catch\.$/);
  });

  it("keeps a closing one-line paragraph that has commas as a paragraph, not tags", () => {
    const [article] = loadCorpus(corpusDir({ "mine.txt": MINE }));
    expect(article?.tags).toEqual([]);
    expect(article?.paragraphs).toHaveLength(3);
  });

  it("adds a sidecar's metadata, accepting source_url for url", () => {
    const sidecar = JSON.stringify({
      source_url: "https://example.org/a",
      outlet: "Gazette",
      date: "2024-01-02",
      licence: "CC BY 2.5",
      extra: 1,
    });
    const [article] = loadCorpus(corpusDir({ "harbour.txt": HARBOUR, "harbour.meta.json": sidecar }));
    expect(article).toMatchObject({
      url: "https://example.org/a",
      outlet: "Gazette",
      published: "2024-01-02",
      licence: "CC BY 2.5",
    });
  });

  it("reads a .md article with YAML front matter", () => {
    const md =
      "---\ntitle: Bridge opens\nurl: https://example.org/bridge\ntags: [roads, bridges]\npublished: 2024-05-01\n---\n\nThe bridge opened.\n\nTraffic flowed.\n";
    const [article] = loadCorpus(corpusDir({ "bridge.md": md }));
    expect(article).toMatchObject({
      id: "bridge",
      title: "Bridge opens",
      url: "https://example.org/bridge",
      tags: ["roads", "bridges"],
      published: "2024-05-01",
    });
    expect(article?.paragraphs.map((p) => [p.number, p.text, p.line])).toEqual([
      [1, "The bridge opened.", 8],
      [2, "Traffic flowed.", 10],
    ]);
  });

  it("ignores other files, sidecars without an article, and reads articles in name order", () => {
    const dir = corpusDir({
      "b.txt": MINE,
      "a.txt": HARBOUR,
      "notes.json": "{}",
      "orphan.meta.json": "not json",
      "x.csv": "a,b",
    });
    expect(loadCorpus(dir).map((a) => a.id)).toEqual(["a", "b"]);
  });

  it("accepts Windows line ends and a byte-order mark", () => {
    const [article] = loadCorpus(corpusDir({ "h.txt": `\uFEFF${HARBOUR.replaceAll("\n", "\r\n")}` }));
    expect(article?.title).toBe("Storm closes the harbour at Port Elling");
    expect(article?.paragraphs).toHaveLength(4);
  });
});

describe("loadCorpus: malformed files are errors that name the file and line, and load nothing", () => {
  it.each([
    ["no headline", { "a.txt": "\nA paragraph.\n" }, "a.txt", 1, /no headline/],
    ["a two-line headline", { "a.txt": "Title\nmore title\n\nText.\n" }, "a.txt", 2, /one line/],
    ["no paragraphs", { "a.txt": "Title only\n\n" }, "a.txt", undefined, /no paragraphs/],
    ["no front matter", { "a.md": "Title\n\nText.\n" }, "a.md", 1, /front matter/],
    ["unclosed front matter", { "a.md": "---\ntitle: T\n\nText.\n" }, "a.md", 1, /never closed/],
    [
      "front matter that is not YAML",
      { "a.md": "---\ntitle: T\nurl: [oops\n---\n\nText.\n" },
      "a.md",
      3,
      /bad front matter/,
    ],
    ["front matter without a title", { "a.md": "---\nurl: https://x.org\n---\n\nText.\n" }, "a.md", 2, /title/],
    ["front matter with a bad url", { "a.md": "---\ntitle: T\nurl: not a url\n---\n\nText.\n" }, "a.md", 2, /url/],
    [
      "a sidecar that is not JSON",
      { "a.txt": MINE, "a.meta.json": "{oops" },
      "a.meta.json",
      undefined,
      /not valid JSON/,
    ],
    ["a sidecar with a bad field", { "a.txt": MINE, "a.meta.json": '{"url": 5}' }, "a.meta.json", undefined, /url/],
    [
      "two articles with one id",
      { "a.txt": MINE, "a.md": "---\ntitle: T\n---\n\nText.\n" },
      "a.txt",
      undefined,
      /also used by/,
    ],
  ])("%s", (_, files: Record<string, string>, file, line, message) => {
    const error = loadError(corpusDir({ "good.txt": HARBOUR, ...files }));
    expect(error.file).toMatch(new RegExp(`${file.replace(".", "\\.")}$`));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(file);
  });

  it("a file that is not UTF-8, naming the line of the first bad byte", () => {
    const bytes = Buffer.concat([
      Buffer.from("Title\n\nGood line.\nBad "),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(" byte.\n"),
    ]);
    const error = loadError(corpusDir({ "bad.txt": bytes }));
    expect(error.message).toMatch(/bad\.txt, line 4: not UTF-8/);
  });

  it("a folder with no articles, and a folder that does not exist", () => {
    expect(loadError(corpusDir({ "readme.json": "{}" })).message).toMatch(/no articles/);
    expect(loadError("/nonexistent/citebot-corpus").message).toMatch(/no such folder/);
  });
});
