import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addFromUrl } from "../../src/add/add.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { HARBOUR } from "../helpers/articles.ts";
import { corpusDir } from "../helpers/corpus-dir.ts";
import { FERRY_ID, into, refused } from "./adding.ts";
import { FERRY_PARAGRAPHS, fixturePage, type PageServer, startPageServer } from "./page-server.ts";

let pages: PageServer;
beforeAll(async () => {
  pages = await startPageServer();
});
afterAll(async () => {
  await pages?.close();
});

/** A news page whose paragraphs are `paragraphs`, under `headline`. */
function newsPage(headline: string, paragraphs: string[], head = ""): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  return `<!DOCTYPE html><html><head><title>${headline}</title>${head}</head><body><article><h1>${headline}</h1>${body}</article></body></html>`;
}

describe("a page that would harm the library is refused, writing nothing", () => {
  it("refuses an article that would make a file past the corpus limit once decoded, though the page is under it", async () => {
    // 0x93 and 0x94 are windows-1252's curly quotes: one byte each on the wire, three in UTF-8.
    const paragraphs = Array.from({ length: 40 }, (_, i) =>
      Buffer.from(`Paragraph ${i}: ${"\x93Quoted words here.\x94 ".repeat(12)}End.`, "latin1"),
    );
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Quotes</title></head><body><h1>Quotes</h1>'),
      ...paragraphs.flatMap((p) => [Buffer.from("<p>"), p, Buffer.from("</p>")]),
      Buffer.from("</body></html>"),
    ]);
    pages.serve("/hostile/quotes", html, "text/html");
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const limit = html.length;
    const refusal = await refused(dir, () =>
      addFromUrl(`${pages.origin}/hostile/quotes`, into(dir, { maxFileBytes: limit })),
    );
    expect(refusal.code).toBe("too_large");
    expect(refusal.message).toMatch(/would make a file larger than .* MB.*Nothing was added\./u);
    // The variable that sets the limit is the operator's: named on the command line only.
    expect(refusal.message).not.toContain("CORPUS_MAX_FILE_MB");
    expect(refusal.messageOn("cli")).toMatch(
      /would make a file larger than .* MB.*CORPUS_MAX_FILE_MB.*Nothing was added\./u,
    );
    expect(refusal.log).toMatchObject({ limit });
    expect(Number(refusal.log.bytes)).toBeGreaterThan(limit);
    // Under a limit the file fits, the same page is added, and the loader reads it back under that limit.
    const added = await addFromUrl(`${pages.origin}/hostile/quotes`, into(dir, { maxFileBytes: 3 * limit }));
    expect(loadCorpus(dir, { maxFileBytes: 3 * limit }).map((a) => a.id)).toContain(added.id);
  });

  it("refuses a page that holds the reader past its time, naming the limit", { timeout: 60_000 }, async () => {
    const deep = `<html><head><title>Deep</title></head><body>${"<div>".repeat(3000)}<h1>Deep</h1><p>${"Words. ".repeat(100)}</p>${"</div>".repeat(3000)}</body></html>`;
    pages.serve("/hostile/deep", deep, "text/html");
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const refusal = await refused(dir, () =>
      addFromUrl(`${pages.origin}/hostile/deep`, into(dir, { read: { timeoutMs: 1000 } })),
    );
    expect(refusal).toMatchObject({ code: "read_timeout", log: { ms: 1000 } });
    expect(refusal.message).toBe(
      "Reading that page took longer than 1 second (its markup is built unlike any news page's), so I gave up. Nothing was added.",
    );
  });

  it("refuses a page that needs more memory than the reader may take", { timeout: 60_000 }, async () => {
    // 60,000 small paragraphs: some 300,000 nodes, far past a 48 MB heap (a news page reads in 16 MB).
    const wide = newsPage(
      "Wide",
      Array.from({ length: 60_000 }, () => "<span>word</span> <b>more</b> <i>text</i>."),
    );
    pages.serve("/hostile/wide", wide, "text/html");
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const refusal = await refused(dir, () =>
      addFromUrl(`${pages.origin}/hostile/wide`, into(dir, { read: { heapMb: 48 } })),
    );
    expect(refusal).toMatchObject({ code: "read_memory", log: { heapMb: 48 } });
    expect(refusal.message).toBe(
      "Reading that page took far more memory than a news page needs, so I gave up. Nothing was added.",
    );
  });
});

describe("a page that is not an article's text is refused with a clear message", () => {
  it("refuses random bytes served as text, and UTF-16 without a byte-order mark or charset", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    pages.serve("/hostile/random.txt", randomBytes(4096), "text/plain");
    const random = await refused(dir, () => addFromUrl(`${pages.origin}/hostile/random.txt`, into(dir)));
    expect(random).toMatchObject({ code: "not_text", log: { type: "text/plain" } });
    expect(random.message).toMatch(/^That link gives no text I can read/u);
    pages.serve("/hostile/utf16", Buffer.from(fixturePage("ferry"), "utf16le"), "text/html");
    expect((await refused(dir, () => addFromUrl(`${pages.origin}/hostile/utf16`, into(dir)))).code).toBe("not_text");
  });

  it("finds no article in a page of bare words without tags, and says so rather than failing", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    pages.serve("/hostile/bare", "Just words without a single tag around them. ".repeat(40), "text/html");
    expect((await refused(dir, () => addFromUrl(`${pages.origin}/hostile/bare`, into(dir)))).code).toBe("no_article");
    pages.serve("/hostile/empty", "", "text/html");
    expect((await refused(dir, () => addFromUrl(`${pages.origin}/hostile/empty`, into(dir)))).code).toBe("no_article");
  });

  it("refuses a link to a private address written as IPv4-compatible IPv6 without connecting", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const before = pages.requests.length;
    const port = new URL(pages.origin).port;
    const refusal = await refused(dir, () =>
      addFromUrl(`http://[::127.0.0.1]:${port}/pages/ferry`, into(dir, { allowPrivate: false })),
    );
    expect(refusal).toMatchObject({ code: "private_address", literal: "::7f00:1" });
    expect(pages.requests.length).toBe(before);
  });
});

describe("a page in an odd shape gives a clean article", () => {
  it("reads a UTF-16 page by its byte-order mark", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    pages.serve("/odd/utf16", Buffer.from(`\ufeff${fixturePage("ferry")}`, "utf16le"), "text/html");
    const added = await addFromUrl(`${pages.origin}/odd/utf16`, into(dir));
    expect(added.id).toBe(FERRY_ID);
    expect(added.article.paragraphs.map((p) => p.text)).toEqual(FERRY_PARAGRAPHS);
  });

  it("stores no control, escape, direction-override or zero-width character from the page", async () => {
    const dirty = [
      `The harbour\u0000 closed on \u001b[31mMonday\u001b[0m after the storm, the council said in a statement to residents, who were told that the sea wall had been breached in two places overnight.`,
      `Boats stay ashore\u202e until the \u200bwall is\u2066 repaired\u2069, said the harbour master, who expects weeks of work before the first of the fishing fleet can put out again.`,
      `Fishermen\u200d said the closure\u0007 would cost them their winter catch, and asked the council for help with moorings in the next harbour along the coast until the work is done. The council will answer them on Friday.`,
    ];
    pages.serve(
      "/odd/dirty",
      newsPage("Harbour\u202e closed\u0000 after storm", dirty, '<meta name="author" content="Ana\u200b Kova\u0000č">'),
      "text/html",
    );
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const added = await addFromUrl(`${pages.origin}/odd/dirty`, into(dir));
    const stored = readFileSync(join(dir, `${added.id}.md`), "utf8");
    expect(stored).not.toMatch(/[^\P{Cc}\n\t]|\p{Cf}/u);
    expect(added.article.title).toBe("Harbour closed after storm");
    expect(added.article.paragraphs[0]?.text).toBe(
      "The harbour closed on [31mMonday[0m after the storm, the council said in a statement to residents, who were told that the sea wall had been breached in two places overnight.",
    );
    expect(stored).toContain("author: Ana Kovač");
  });

  it("keeps the address it was fetched from where the page claims another site's, or the site's home page", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const paragraphs = FERRY_PARAGRAPHS.slice(0, 3);
    pages.serve(
      "/odd/claims-other",
      newsPage("Ferry copy", paragraphs, '<link rel="canonical" href="https://news.example/ferry">'),
      "text/html",
    );
    pages.serve(
      "/odd/claims-home",
      newsPage("Ferry home", paragraphs, `<link rel="canonical" href="${pages.origin}/">`),
      "text/html",
    );
    const other = await addFromUrl(`${pages.origin}/odd/claims-other`, into(dir));
    expect(other.article.url).toBe(`${pages.origin}/odd/claims-other`);
    const home = await addFromUrl(`${pages.origin}/odd/claims-home`, into(dir));
    expect(home.article.url).toBe(`${pages.origin}/odd/claims-home`);
  });
});
