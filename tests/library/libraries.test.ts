import { afterEach, describe, expect, it } from "vitest";
import { readFile } from "../../src/add/add.ts";
import { answer } from "../../src/answer/answer.ts";
import type { Answer } from "../../src/answer/types.ts";
import { attributeArticle } from "../../src/attribution/extract.ts";
import { parseTxt } from "../../src/corpus/parse.ts";
import { attributeInWorker } from "../../src/library/attribute.ts";
import { LibraryEditor } from "../../src/library/editor.ts";
import { BYTES_PER_CHARACTER, Libraries } from "../../src/library/libraries.ts";
import { buildIndex, type CorpusIndex } from "../../src/search/corpus-index.ts";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { type StorePlace, storePlace } from "./stores.ts";

const FERRY = `Ferry suspended after crack found in hull

The Lake Morrow ferry was suspended on Tuesday after inspectors found a crack in its hull.

The crack is below the waterline, the harbour master Dana Whitfield said.

Repairs are expected to take three weeks, the operator said.`;

const ADA = { id: "600000000000000006", name: "ada" };

const operator = buildIndex([parseTxt("harbour.txt", "harbour", HARBOUR)], attributeArticle);

const places: StorePlace[] = [];
const opened: Libraries[] = [];
afterEach(async () => {
  for (const libraries of opened.splice(0)) libraries.close();
  await Promise.all(places.splice(0).map((place) => place.dispose()));
});

/** Libraries over a fresh SQLite store, with the operator's corpus of one article. */
async function libraries(options: Partial<ConstructorParameters<typeof Libraries>[0]> = {}, place?: StorePlace) {
  const where = place ?? (await storePlace("sqlite"));
  if (!place) places.push(where);
  const made = new Libraries({
    store: await where.open(),
    operator: () => operator,
    attribute: attributeArticle,
    ...options,
  });
  opened.push(made);
  const editor = new LibraryEditor(made, { allowPrivate: false }, async (article) => attributeArticle(article));
  return { libraries: made, editor, place: where };
}

/** Adds a corpus-format text to a server's library, as `/corpus add file:` does once the file is fetched. */
function add(editor: LibraryEditor, server: string, name: string, text: string) {
  return editor.store(server, readFile(name, Buffer.from(text)), ADA);
}

describe("servers' libraries", () => {
  it("answers a server from the operator's articles and its own, another server and a DM from the operator's alone", async () => {
    const { libraries: all, editor } = await libraries();
    await add(editor, "A", "ferry.txt", FERRY);
    const question = "Who said the crack is below the waterline?";
    expect((await all.shelf("A")).answer(question).results[0]?.articleId).toBe("ferry");
    for (const shelf of [await all.shelf("B"), await all.shelf(undefined)]) {
      expect(shelf.answer(question).status).toBe("no_match");
      expect(shelf.articles().map((a) => a.article.id)).toEqual(["harbour"]);
    }
  });

  it("never lets one server's articles move another server's answers, statistics included", async () => {
    const { libraries: all, editor } = await libraries();
    await add(editor, "B", "mine.txt", MINE);
    const questions = [
      "How high were the waves?",
      "Who opposes the reopening?",
      "What does the town's income depend on?",
    ];
    const before = await Promise.all(questions.map(async (q) => (await all.shelf("B")).answer(q)));
    await add(editor, "A", "ferry.txt", FERRY);
    await add(editor, "A", "harbour-copy.txt", HARBOUR.replace("Port Elling", "Port Ellingham"));
    const after = await Promise.all(questions.map(async (q) => (await all.shelf("B")).answer(q)));
    expect(after).toEqual(before);
  });

  it("scores and judges each library's passages as one index of all their articles would", async () => {
    const { libraries: all, editor } = await libraries();
    await add(editor, "A", "mine.txt", MINE);
    await add(editor, "A", "ferry.txt", FERRY);
    const one: CorpusIndex = buildIndex(
      [HARBOUR, MINE, FERRY].map((text, i) => parseTxt(`${i}.txt`, ["harbour", "mine", "ferry"][i] ?? "", text)),
      attributeArticle,
    );
    const shelf = await all.shelf("A");
    const queries: Array<[string, "ask" | "sources"]> = [
      ["Who said the crack is below the waterline?", "ask"],
      ["How many miners returned?", "ask"],
      ["storm damage estimate", "ask"],
      ["The ferry repairs will cost a million dollars", "sources"],
      ["Repairs on the ferry will take ten weeks", "sources"],
      ["The harbour master said the crack is below the waterline", "sources"],
    ];
    const seen = new Set<string>();
    for (const [q, kind] of queries) {
      const read = (a: Answer) => [a.verdict, a.results.map((r) => [r.articleId, r.paragraph, r.score, r.verdict])];
      const pooled = shelf.answer(q, { kind });
      expect(read(pooled)).toEqual(read(answer(one, q, { kind })));
      seen.add(pooled.verdict);
    }
    // The queries reach every kind of reply the merge must carry over, a contradiction among them.
    expect([...seen].sort()).toEqual(["answers", "contradicts", "near", "supports"]);
  });

  it("loads a server's index when first asked, keeps it while asked, and drops it when idle", async () => {
    let now = 0;
    const { libraries: all, editor } = await libraries({ idleMs: 60_000, now: () => now });
    await add(editor, "A", "ferry.txt", FERRY);
    expect(all.held.libraries).toBe(1);
    const first = await all.library("A");
    now = 50_000;
    expect(await all.library("A")).toBe(first);
    now = 100_000;
    all.sweep();
    expect(all.held.libraries).toBe(1);
    now = 200_000;
    all.sweep();
    expect(all.held).toEqual({ libraries: 0, bytes: 0 });
    expect((await all.library("A")).index.articles.has("ferry")).toBe(true);
  });

  it("drops the least recently asked libraries past the memory budget, never the one just loaded", async () => {
    const { libraries: writer, editor, place } = await libraries();
    for (const server of ["A", "B", "C"]) await add(editor, server, "ferry.txt", FERRY);
    // Room for two libraries of the ferry article.
    const budget = 2.5 * FERRY.length * BYTES_PER_CHARACTER;
    const { libraries: all } = await libraries({ memoryBudgetBytes: budget }, place);
    writer.close();
    const a = await all.library("A");
    const b = await all.library("B");
    expect(all.held.libraries).toBe(2);
    await all.library("A");
    await all.library("C");
    expect(all.held.libraries).toBe(2);
    expect(all.held.bytes).toBeLessThanOrEqual(budget);
    // B was asked least recently, so it went: it is read from the store again, A is still held.
    expect(await all.library("A")).toBe(a);
    expect(await all.library("B")).not.toBe(b);
    const { libraries: tiny } = await libraries({ memoryBudgetBytes: 1 }, place);
    expect((await tiny.library("A")).index.articles.size).toBe(1);
    expect(tiny.held.libraries).toBe(1);
  });

  it("answers from an article another process added, within 5 seconds, without a restart", async () => {
    const { editor, place } = await libraries();
    const { libraries: other } = await libraries({}, place);
    expect((await other.shelf("A")).articleCount).toBe(1);
    await add(editor, "A", "ferry.txt", FERRY);
    await expect.poll(async () => (await other.shelf("A")).articleCount, { timeout: 5_000, interval: 100 }).toBe(2);
  });

  it("works out who says what in an added article in a worker thread, as on the main thread", async () => {
    const article = parseTxt("ferry.txt", "ferry", FERRY);
    expect(await attributeInWorker(article)).toEqual(attributeArticle(article));
  });
});
