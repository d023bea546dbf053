import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusError } from "../src/corpus/errors.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import type { ReadOptions } from "../src/corpus/read.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { corpusDir } from "./helpers/corpus-dir.ts";

/** The CorpusError a load throws, so that its file and line can be checked. */
function loadError(dir: string, options?: ReadOptions): CorpusError {
  try {
    loadCorpus(dir, options);
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
      author: "Dana Whitfield",
      date: "2024-01-02",
      licence: "CC BY 2.5",
      extra: 1,
    });
    const [article] = loadCorpus(corpusDir({ "harbour.txt": HARBOUR, "harbour.meta.json": sidecar }));
    expect(article).toMatchObject({
      url: "https://example.org/a",
      outlet: "Gazette",
      author: "Dana Whitfield",
      published: "2024-01-02",
      licence: "CC BY 2.5",
    });
  });

  it("reads the author a .md article's front matter names, as citebot add writes it, and none where none is named", () => {
    const md = "---\ntitle: Bridge opens\nauthor: Sam Okafor\n---\n\nThe bridge opened.\n";
    const [article] = loadCorpus(corpusDir({ "bridge.md": md, "harbour.txt": HARBOUR }));
    expect(article?.author).toBe("Sam Okafor");
    expect(loadCorpus(corpusDir({ "harbour.txt": HARBOUR }))[0]?.author).toBeNull();
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
    ["front matter with a bad url", { "a.md": "---\ntitle: T\nurl: not a url\n---\n\nText.\n" }, "a.md", 3, /url/],
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

  it.each([
    ["a missing title", "url: https://x.org", 2, "title is missing"],
    ["a title that is a list", "title: [1, 2]", 2, "title must be text"],
    ["an empty title", "title: ''", 2, "title is empty"],
    ["an empty tag, on the line of its key", "title: T\noutlet: O\ntags: [a, '']", 4, "item 2 of tags is empty"],
    ["tags that are a number", "title: T\ntags: 5", 3, "tags must be a list of tags, or one line of tags"],
    ["a list for front matter", "- a\n- b", 2, "it must be lines of name: value"],
  ])("front matter with %s, said in words at its line", (_, frontMatter, line, words) => {
    const error = loadError(corpusDir({ "a.md": `---\n${frontMatter}\n---\n\nText.\n` }));
    expect(error.line).toBe(line);
    expect(error.reason).toContain(`bad front matter: ${words}`);
    // Zod's own wording, and its paths, are no words for whoever wrote the file.
    expect(error.reason).not.toMatch(/Invalid input|expected|received|Too small|\(top\)/u);
  });

  it("front matter that is not YAML, at the file's line alone, not also at YAML's own count", () => {
    const error = loadError(corpusDir({ "a.md": "---\ntitle: T\nurl: [oops\n---\n\nText.\n" }));
    expect(error.line).toBe(3);
    expect(error.reason).toBe(
      "bad front matter: Flow sequence in block collection must be sufficiently indented and end with a ]",
    );
  });

  it("a sidecar that is not a JSON object, said in words", () => {
    const error = loadError(corpusDir({ "a.txt": MINE, "a.meta.json": "[1]" }));
    expect(error.reason).toBe('bad metadata: it must be a JSON object, such as {"url": "https://…", "outlet": "…"}');
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

describe("loadCorpus: what it reads", () => {
  it("matches extensions in any case, sidecars included", () => {
    const dir = corpusDir({
      "zebra.TXT": HARBOUR,
      "zebra.Meta.JSON": JSON.stringify({ outlet: "Gazette" }),
      "bridge.Md": "---\ntitle: Bridge opens\n---\n\nThe bridge opened.\n",
    });
    expect(loadCorpus(dir).map((a) => [a.id, a.outlet])).toEqual([
      ["bridge", null],
      ["zebra", "Gazette"],
    ]);
  });

  it("removes control characters from every text of an article, keeping tabs and line breaks", () => {
    const dir = corpusDir({
      "a.txt":
        "Storm\u0000 at \u001b]0;owned\u0007Port\u009b2J Elling\u007f\n\nA storm\tclosed\u001b[2J the harbour,\nsaid the \u0085coastguard.\n\n\u001b[31m\n\nstorms, ports\u0000\n",
      "a.meta.json": JSON.stringify({ outlet: "Elling\u001b[5m Gazette\u0000", licence: "\u0007" + "CC BY" }),
      "b.md": '---\ntitle: "Bridge\\e[2J opens"\ntags: ["ro\\0ads"]\n---\n\nThe bridge\u0000 opened.\r\n',
    });
    const [a, b] = loadCorpus(dir);
    expect(a?.title).toBe("Storm at ]0;ownedPort2J Elling");
    expect(a?.paragraphs.map((p) => p.text)).toEqual(["A storm\tclosed[2J the harbour,\nsaid the coastguard.", "[31m"]);
    expect(a?.tags).toEqual(["storms", "ports"]);
    expect(a).toMatchObject({ outlet: "Elling[5m Gazette", licence: "CC BY" });
    expect(b).toMatchObject({ title: "Bridge[2J opens", tags: ["roads"] });
    expect(b?.paragraphs.map((p) => p.text)).toEqual(["The bridge opened."]);
  });

  it("follows a symbolic link to a file inside the folder", () => {
    const dir = corpusDir({ "a.txt": HARBOUR });
    mkdirSync(join(dir, "drafts"));
    writeFileSync(join(dir, "drafts", "mine"), MINE);
    symlinkSync(join(dir, "drafts", "mine"), join(dir, "mine.txt"));
    expect(loadCorpus(dir).map((a) => a.id)).toEqual(["a", "mine"]);
  });
});

describe("loadCorpus: files it will not read are that file's error", () => {
  it.each([
    [
      "a named pipe (FIFO), which would wait for a writer",
      (file: string) => execFileSync("mkfifo", [file]),
      /a named pipe \(FIFO\), not a regular file/,
    ],
    [
      "a link to /dev/zero, which never ends",
      (file: string) => symlinkSync("/dev/zero", file),
      /symbolic link to \/dev\/zero, outside the corpus folder/,
    ],
    [
      "a link to a file outside the folder",
      (file: string) => symlinkSync(join(corpusDir({ "x.txt": MINE }), "x.txt"), file),
      /outside the corpus folder/,
    ],
    [
      "a link that loops",
      (file: string) => {
        symlinkSync(`${file}.2.txt`, file);
        symlinkSync(file, `${file}.2.txt`);
      },
      /symbolic link that loops/,
    ],
    ["a link to nothing", (file: string) => symlinkSync(`${file}.gone`, file), /symbolic link to nothing/],
    ["a folder", (file: string) => mkdirSync(file), /a folder, not a regular file/],
  ])("%s", (_, make, message) => {
    const dir = corpusDir({ "good.txt": HARBOUR });
    make(join(dir, "bad.txt"));
    const error = loadError(dir);
    expect(error.file).toBe(join(dir, "bad.txt"));
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/ELOOP|\n\s+at /u);
  });

  it("a sidecar that is not a regular file", () => {
    const dir = corpusDir({ "good.txt": HARBOUR });
    execFileSync("mkfifo", [join(dir, "good.meta.json")]);
    expect(loadError(dir).message).toMatch(/good\.meta\.json: a named pipe/);
  });

  it("a file over the size limit: 5 MB unless set", () => {
    const big = `Headline\n\n${"A long paragraph. ".repeat(300_000)}\n`;
    const error = loadError(corpusDir({ "good.txt": HARBOUR, "big.txt": big }));
    expect(error.message).toMatch(/big\.txt: 5\.4 MB, more than the 5 MB a corpus file may be \(CORPUS_MAX_FILE_MB/u);
    const small = corpusDir({ "good.txt": HARBOUR, "mine.txt": MINE });
    expect(loadError(small, { maxFileBytes: 300 }).message).toMatch(
      /good\.txt: 0\.000\d+ MB, more than the 0\.0003 MB/u,
    );
    expect(loadCorpus(small, { maxFileBytes: 1000 })).toHaveLength(2);
  });

  it.each([
    [
      "a sidecar",
      { "a.txt": MINE, "a.meta.json": '{"url": "javascript:alert(1)"}' },
      /a\.meta\.json: bad metadata: url must be an http or https address/,
    ],
    [
      "a sidecar's source_url",
      { "a.txt": MINE, "a.meta.json": '{"source_url": "file:///etc/passwd"}' },
      /source_url must be an http or https address/,
    ],
    [
      "front matter",
      { "a.md": "---\ntitle: T\nurl: javascript:alert(1)\n---\n\nText.\n" },
      /a\.md, line 3: bad front matter: url must be an http or https address/,
    ],
  ])("a url in %s that is not http or https", (_, files: Record<string, string>, message) => {
    expect(loadError(corpusDir(files)).message).toMatch(message);
  });
});
