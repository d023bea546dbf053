import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addFromFile, addFromUrl, removeArticle } from "../../src/add/add.ts";
import { Refusal } from "../../src/add/refusal.ts";
import { removeLeftovers } from "../../src/add/store.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { corpusDir } from "../helpers/corpus-dir.ts";
import { FERRY_ID, into, refused } from "./adding.ts";
import { FERRY_PARAGRAPHS, type PageServer, startPageServer } from "./page-server.ts";

let pages: PageServer;
beforeAll(async () => {
  pages = await startPageServer();
});
afterAll(async () => {
  await pages?.close();
});

describe("adding an article from a link", () => {
  it("writes one .md named after the headline, which the loader reads as the article and nothing else", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const added = await addFromUrl(`${pages.origin}/pages/ferry`, into(dir));
    expect(added.id).toBe(FERRY_ID);
    expect(readdirSync(dir).sort()).toEqual(["harbour.txt", `${FERRY_ID}.md`]);
    const loaded = loadCorpus(dir).find((a) => a.id === FERRY_ID);
    expect(loaded).toMatchObject({
      title: "Lake Morrow ferry suspended after crack found in hull",
      url: `${pages.origin}/news/2025/03/04/lake-morrow-ferry-suspended`,
      outlet: "The Morrow Herald",
      published: "2025-03-04",
    });
    expect(loaded?.paragraphs.map((p) => p.text)).toEqual(FERRY_PARAGRAPHS);
    expect(added.article).toEqual(loaded);
    expect(readFileSync(join(dir, `${FERRY_ID}.md`), "utf8")).toContain("\nauthor: Priya Castellano\n");
  });

  it("refuses the same article twice, through another address of it, naming the one already there", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    await addFromUrl(`${pages.origin}/pages/ferry`, into(dir));
    const again = await refused(dir, () => addFromUrl(`${pages.origin}/hops/2/ferry`, into(dir)));
    expect(again).toMatchObject({ code: "duplicate", literal: FERRY_ID });
  });

  it("never overwrites: another article under the same headline gets the next free id", async () => {
    const dir = corpusDir({ [`${FERRY_ID}.txt`]: MINE });
    const first = readFileSync(join(dir, `${FERRY_ID}.txt`), "utf8");
    const added = await addFromUrl(`${pages.origin}/pages/ferry`, into(dir));
    expect(added.id).toBe(`${FERRY_ID}-2`);
    expect(readFileSync(join(dir, `${FERRY_ID}.txt`), "utf8")).toBe(first);
    expect(loadCorpus(dir).map((a) => a.title)).toEqual([
      "Lake Morrow ferry suspended after crack found in hull",
      "Copper mine reopens after two-year closure",
    ]);
  });

  it("writes nothing for a private address without the flag, a file: link, 10.0.0.1 or ::1", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const requests = pages.requests.length;
    const local = await refused(dir, () =>
      addFromUrl(`${pages.origin}/pages/ferry`, into(dir, { allowPrivate: false })),
    );
    expect(local.code).toBe("private_address");
    expect(local.message).toContain("private or local networks");
    expect((await refused(dir, () => addFromUrl("file:///etc/passwd", into(dir)))).code).toBe("scheme");
    expect((await refused(dir, () => addFromUrl("http://10.0.0.1/", into(dir, { allowPrivate: false })))).code).toBe(
      "private_address",
    );
    expect((await refused(dir, () => addFromUrl("http://[::1]/", into(dir, { allowPrivate: false })))).code).toBe(
      "private_address",
    );
    expect(pages.requests.length).toBe(requests);
  });

  it("writes nothing for a page without an article, a 404, a PDF or a 20 MB page", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const search = await refused(dir, () => addFromUrl(`${pages.origin}/pages/search`, into(dir)));
    expect(search.code).toBe("no_article");
    expect(search.message).toMatch(/^No article found on this page/u);
    expect((await refused(dir, () => addFromUrl(`${pages.origin}/pages/paywall`, into(dir)))).code).toBe("no_article");
    expect((await refused(dir, () => addFromUrl(`${pages.origin}/missing`, into(dir)))).code).toBe("status");
    expect((await refused(dir, () => addFromUrl(`${pages.origin}/report.pdf`, into(dir)))).code).toBe("type");
    expect((await refused(dir, () => addFromUrl(`${pages.origin}/huge`, into(dir)))).code).toBe("too_large");
  });

  it("takes a text page in the corpus's .txt form, keeping its address, and finds no article in other text", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    pages.serve("/plain/mine.txt", MINE, "text/plain; charset=utf-8");
    const added = await addFromUrl(`${pages.origin}/plain/mine.txt`, into(dir));
    expect(added.id).toBe("copper-mine-reopens-after-two-year-closure");
    expect(added.article).toMatchObject({ title: "Copper mine reopens after two-year closure" });
    expect(added.article.url).toBe(`${pages.origin}/plain/mine.txt`);
    expect(added.article.paragraphs).toHaveLength(3);
    pages.serve("/plain/empty.txt", "", "text/plain");
    expect((await refused(dir, () => addFromUrl(`${pages.origin}/plain/empty.txt`, into(dir)))).code).toBe(
      "no_article",
    );
  });
});

describe("adding an article from a file", () => {
  it("stores a corpus-format file byte for byte under a slug of its name", () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const markdown =
      "---\ntitle: Mine reopens\nurl: https://news.example/mine\n---\n\nThe mine reopened.\n\nMiners returned.\n";
    const added = addFromFile("Mine Story.md", Buffer.from(markdown), into(dir));
    expect(added.id).toBe("mine-story");
    expect(readFileSync(join(dir, "mine-story.md"), "utf8")).toBe(markdown);
    expect(added.article).toMatchObject({ id: "mine-story", title: "Mine reopens", url: "https://news.example/mine" });
  });

  it("refuses a malformed file with the loader's message, naming the file and line", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const noFront = await refused(dir, () =>
      addFromFile("notes.md", Buffer.from("Just a headline\n\nText.\n"), into(dir)),
    );
    expect(noFront).toMatchObject({ code: "malformed", log: { reason: "no front matter: line 1 must be ---" } });
    expect(noFront.literal).toBe("notes.md, line 1: no front matter: line 1 must be ---");
    const latin1 = Buffer.concat([Buffer.from("Headline\n\nFirst.\n\nCaf"), Buffer.from([0xe9]), Buffer.from(".\n")]);
    const notUtf8 = await refused(dir, () => addFromFile("story.txt", latin1, into(dir)));
    expect(notUtf8.literal).toBe("story.txt, line 5: not UTF-8 text");
    const noBody = await refused(dir, () => addFromFile("brief.txt", Buffer.from("Headline only\n"), into(dir)));
    expect(noBody.literal).toMatch(/brief\.txt.*no paragraphs/u);
  });

  it("refuses another kind of file, and a file already in the corpus", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const pdf = await refused(dir, () => addFromFile("report.pdf", Buffer.from("%PDF-1.7"), into(dir)));
    expect(pdf).toMatchObject({ code: "file_type", literal: "report.pdf" });
    const twin = await refused(dir, () => addFromFile("harbour copy.txt", Buffer.from(HARBOUR), into(dir)));
    expect(twin).toMatchObject({ code: "duplicate", literal: "harbour" });
  });
});

describe("removing an article", () => {
  it("removes its file and its sidecar, and nothing else", () => {
    const dir = corpusDir({
      "harbour.txt": HARBOUR,
      "harbour.meta.json": '{"url": "https://news.example/harbour"}',
      "mine.txt": MINE,
    });
    expect(removeArticle(dir, "harbour")).toEqual(["harbour.txt", "harbour.meta.json"]);
    expect(readdirSync(dir)).toEqual(["mine.txt"]);
  });

  it("refuses an id the corpus does not have, a path, and the last article", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
    const other = corpusDir({ "victim.txt": MINE });
    expect((await refused(dir, () => removeArticle(dir, "ferry"))).code).toBe("unknown_article");
    const outside = `../${basename(other)}/victim`;
    expect((await refused(dir, () => removeArticle(dir, outside))).code).toBe("unknown_article");
    expect(readdirSync(other)).toEqual(["victim.txt"]);
    removeArticle(dir, "mine");
    const last = await refused(dir, () => removeArticle(dir, "harbour"));
    expect(last).toMatchObject({ code: "last_article", literal: "harbour" });
  });
});

describe("file names, read, added and removed by one rule (src/corpus/names.ts)", () => {
  it("takes ZEBRA.TXT as article zebra: removed by its id, counted as an article, and its id never taken again", async () => {
    const dir = corpusDir({ "zebra.TXT": HARBOUR, "zebra.META.JSON": '{"outlet": "Zebra Post"}', "mine.txt": MINE });
    expect(loadCorpus(dir).map((a) => [a.id, a.outlet])).toEqual([
      ["mine", null],
      ["zebra", "Zebra Post"],
    ]);
    // A new article whose name gives "zebra" goes beside it as zebra-2, and the corpus still loads.
    const added = addFromFile("Zebra.md", Buffer.from(`---\ntitle: Zebras\n---\n\nZebras crossed.\n`), into(dir));
    expect(added.id).toBe("zebra-2");
    expect(loadCorpus(dir).map((a) => a.id)).toEqual(["mine", "zebra-2", "zebra"]);
    expect(removeArticle(dir, "zebra")).toEqual(["zebra.TXT", "zebra.META.JSON"]);
    removeArticle(dir, "zebra-2");
    expect((await refused(dir, () => removeArticle(dir, "mine"))).code).toBe("last_article");
  });

  it("stores a page once when another writer has just stored it under the same name, found when the name is taken", () => {
    const dir = corpusDir({ "mine.txt": MINE });
    // Two adds that both read the folder before either wrote: each checks against nothing.
    const first = addFromFile("harbour.txt", Buffer.from(HARBOUR), { dir, allowPrivate: false, existing: [] });
    const second = () => addFromFile("harbour.txt", Buffer.from(HARBOUR), { dir, allowPrivate: false, existing: [] });
    expect(first.id).toBe("harbour");
    expect(second).toThrow(Refusal);
    expect(readdirSync(dir).sort()).toEqual(["harbour.txt", "mine.txt"]);
  });

  it("cleans up what a killed write left, and never a write of a live process", () => {
    const dead = ".citebot-999999999-0f.tmp";
    const live = `.citebot-${process.pid}-0f.tmp`;
    const dir = corpusDir({ "mine.txt": MINE, [dead]: "half an article", [live]: "being written" });
    expect(removeLeftovers(dir)).toEqual([dead]);
    expect(readdirSync(dir).sort()).toEqual([live, "mine.txt"]);
  });
});
