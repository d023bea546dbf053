import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { readFile } from "../../src/add/add.ts";
import { sourceKeys } from "../../src/add/source.ts";
import type { LibraryStore, NewArticle } from "../../src/library/store.ts";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { STORE_KINDS, type StorePlace, storePlace } from "./stores.ts";

/** An article to store, read from a corpus-format file as `/corpus add file:` reads one. */
function article(name: string, text: string, by = "600000000000000006"): NewArticle {
  const candidate = readFile(name, Buffer.from(text));
  return {
    slug: candidate.slug,
    format: candidate.format,
    content: candidate.content,
    keys: sourceKeys(candidate.article),
    provenance: { addedBy: { id: by, name: "ada" }, addedAt: "2026-03-04T10:00:00.000Z", from: { file: name } },
    attribution: { version: "test", data: [] },
  };
}

/** The same harbour story under another headline: another article, whose slug the first already took. */
const HARBOUR_AGAIN = HARBOUR.replace("Storm closes the harbour at Port Elling", "Storm closes the harbour");

const places: StorePlace[] = [];
afterEach(async () => {
  await Promise.all(places.splice(0).map((place) => place.dispose()));
});

async function place(kind: "sqlite" | "postgres"): Promise<StorePlace> {
  const made = await storePlace(kind);
  places.push(made);
  return made;
}

/** Resolves once `store` has heard of a change to `library` from any process; rejects after `ms`. */
function heard(store: LibraryStore, library: string, ms: number): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no change heard within ${ms} ms`)), ms);
    store.onChange((changed) => {
      if (changed !== library && changed !== undefined) return;
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
  });
}

describe.each(STORE_KINDS)("the %s library store", (kind) => {
  it("keeps each server's articles apart, with who added each, when and from where, oldest first", async () => {
    const store = await (await place(kind)).open();
    expect(await store.add("A", article("harbour.txt", HARBOUR), new Set())).toEqual({ id: "harbour" });
    expect(await store.add("A", article("mine.txt", MINE), new Set())).toEqual({ id: "mine" });
    expect(await store.add("B", article("harbour.txt", HARBOUR), new Set())).toEqual({ id: "harbour" });
    const listed = await store.list("A");
    expect(listed.map((a) => a.id)).toEqual(["harbour", "mine"]);
    expect(listed[0]).toEqual({
      id: "harbour",
      format: "txt",
      content: HARBOUR,
      provenance: {
        addedBy: { id: "600000000000000006", name: "ada" },
        addedAt: "2026-03-04T10:00:00.000Z",
        from: { file: "harbour.txt" },
      },
      attribution: { version: "test", data: [] },
    });
    expect((await store.list("B")).map((a) => a.id)).toEqual(["harbour"]);
    expect(await store.list("C")).toEqual([]);
  });

  it("gives a new article the next free id, past the operator's ids, and refuses the same source, by address or by text", async () => {
    const store = await (await place(kind)).open();
    expect(await store.add("A", article("harbour.txt", HARBOUR), new Set(["harbour-2"]))).toEqual({ id: "harbour" });
    expect(await store.add("A", article("harbour.txt", HARBOUR_AGAIN), new Set(["harbour-2"]))).toEqual({
      id: "harbour-3",
    });
    // The same text under another file name is the same article.
    expect(await store.add("A", article("copy.txt", HARBOUR), new Set())).toEqual({ duplicateOf: "harbour" });
    const linked = { ...article("mine.txt", MINE), keys: { url: "https://news.example/mine", text: "a" } };
    expect(await store.add("A", linked, new Set())).toEqual({ id: "mine" });
    const sameLink = {
      ...article("other.txt", HARBOUR_AGAIN.replace("Storm", "Gale")),
      keys: { ...linked.keys, text: "b" },
    };
    expect(await store.add("A", sameLink, new Set())).toEqual({ duplicateOf: "mine" });
    expect((await store.list("A")).map((a) => a.id)).toEqual(["harbour", "harbour-3", "mine"]);
  });

  it("stores the same article once when five stores add it at once, each through its own connection", async () => {
    const where = await place(kind);
    const stores = await Promise.all(Array.from({ length: 5 }, () => where.open()));
    const results = await Promise.all(
      stores.map((store) => store.add("A", article("harbour.txt", HARBOUR), new Set())),
    );
    expect(results.filter((r) => "id" in r)).toEqual([{ id: "harbour" }]);
    expect(results.filter((r) => "duplicateOf" in r)).toHaveLength(4);
    expect((await stores[0]?.list("A"))?.map((a) => a.id)).toEqual(["harbour"]);
  });

  it("removes an article of one library only", async () => {
    const store = await (await place(kind)).open();
    await store.add("A", article("harbour.txt", HARBOUR), new Set());
    await store.add("B", article("harbour.txt", HARBOUR), new Set());
    expect(await store.remove("A", "harbour")).toBe(true);
    expect(await store.remove("A", "harbour")).toBe(false);
    expect(await store.list("A")).toEqual([]);
    expect((await store.list("B")).map((a) => a.id)).toEqual(["harbour"]);
  });

  it("tells every store on the same data of a change, within 5 seconds, and the writer at once", async () => {
    const where = await place(kind);
    const [writer, reader] = [await where.open(), await where.open()];
    const toWriter = heard(writer, "A", 100);
    const toReader = heard(reader, "A", 5_000);
    await writer.add("A", article("harbour.txt", HARBOUR), new Set());
    await toWriter;
    expect(await toReader).toBeLessThan(5_000);
    const removal = heard(reader, "A", 5_000);
    await writer.remove("A", "harbour");
    await removal;
  });

  it("creates its schema once, however many processes start together, and opens it again as it is", async () => {
    const where = await place(kind);
    const stores = await Promise.all([where.open(), where.open(), where.open()]);
    await stores[0]?.add("A", article("mine.txt", MINE), new Set());
    await Promise.all(stores.map((store) => store.close()));
    const again = await where.open();
    expect((await again.list("A")).map((a) => a.id)).toEqual(["mine"]);
    // A change made before this store opened is not news to it.
    let told = 0;
    again.onChange(() => {
      told += 1;
    });
    await sleep(1_200);
    expect(told).toBe(0);
  });
});
