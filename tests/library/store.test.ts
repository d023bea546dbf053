import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { readFile } from "../../src/add/add.ts";
import { sourceKeys } from "../../src/add/source.ts";
import type { NewFeedback } from "../../src/library/feedback.ts";
import { DEFAULT_SETTINGS } from "../../src/library/settings.ts";
import type { ChangeTopic, LibraryStore, NewArticle } from "../../src/library/store.ts";
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

/**
 * Resolves once `store` has heard of a change to `library` (to its `topic`, by default its articles) from any
 * process; rejects after `ms`.
 */
function heard(store: LibraryStore, library: string, ms: number, topic: ChangeTopic = "articles"): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no change heard within ${ms} ms`)), ms);
    store.onChange((changed, about) => {
      if (changed !== undefined && (changed !== library || about !== topic)) return;
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
    // A library of its own: PostgreSQL's notifications go to the whole database, other test files' included.
    const library = `once-${randomUUID()}`;
    await stores[0]?.add(library, article("mine.txt", MINE), new Set());
    await Promise.all(stores.map((store) => store.close()));
    const again = await where.open();
    expect((await again.list(library)).map((a) => a.id)).toEqual(["mine"]);
    // A change made before this store opened is not news to it.
    let told = 0;
    again.onChange((changed) => {
      if (changed === library || changed === undefined) told += 1;
    });
    await sleep(1_200);
    expect(told).toBe(0);
  });

  it("keeps each server's settings, and tells every store of a change to them as a settings change", async () => {
    const where = await place(kind);
    const [writer, reader] = [await where.open(), await where.open()];
    expect(await writer.settings("A")).toBeUndefined();
    const topics: Array<ChangeTopic | undefined> = [];
    reader.onChange((library, topic) => {
      if (library === "A") topics.push(topic);
    });
    const toReader = heard(reader, "A", 5_000, "settings");
    const settings = {
      replies: "private" as const,
      editorRole: "700000000000000007",
      channels: ["300000000000000003"],
    };
    await writer.saveSettings("A", settings, "600000000000000006");
    expect(await toReader).toBeLessThan(5_000);
    expect(topics).toEqual(["settings"]);
    expect(await reader.settings("A")).toEqual(settings);
    expect(await reader.settings("B")).toBeUndefined();
    await writer.saveSettings("A", DEFAULT_SETTINGS, "600000000000000006");
    expect(await reader.settings("A")).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps what users said was not right, and lists it newest first, for one server or all, at most as many as asked", async () => {
    const store = await (await place(kind)).open();
    const record = (server: string | null, query: string, at: string): NewFeedback => ({
      server,
      user: { id: "600000000000000006", name: "ada" },
      kind: "ask",
      query,
      reply: `**Question:** ${query}\n> a quote`,
      at,
    });
    const first = await store.addFeedback(record("A", "first?", "2026-03-04T10:00:00.000Z"));
    await store.addFeedback(record(null, "in a DM?", "2026-03-04T11:00:00.000Z"));
    await store.addFeedback(record("A", "third?", "2026-03-04T12:00:00.000Z"));
    expect((await store.feedback({ limit: 10 })).map((f) => f.query)).toEqual(["third?", "in a DM?", "first?"]);
    expect((await store.feedback({ server: "A", limit: 1 })).map((f) => f.query)).toEqual(["third?"]);
    const [oldest] = await store.feedback({ server: "A", limit: 10 }).then((all) => all.slice(-1));
    expect(oldest).toEqual({ id: first, ...record("A", "first?", "2026-03-04T10:00:00.000Z") });
  });
});

describe("the SQLite store made before settings and feedback", () => {
  it("is brought up to date at open, its articles kept", async () => {
    const where = await place("sqlite");
    const { default: Sqlite } = await import("better-sqlite3");
    const old = new Sqlite(where.location);
    old.exec(`
      CREATE TABLE citebot_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);
      INSERT INTO citebot_migrations VALUES ('0001-libraries', '2026-01-01T00:00:00.000Z');
      CREATE TABLE library_articles (library TEXT NOT NULL, id TEXT NOT NULL, format TEXT NOT NULL, content TEXT NOT NULL,
        url_key TEXT, text_key TEXT NOT NULL, added_by_id TEXT NOT NULL, added_by_name TEXT NOT NULL, added_at TEXT NOT NULL,
        added_from TEXT NOT NULL, added_from_kind TEXT NOT NULL, attribution TEXT, attribution_version TEXT,
        PRIMARY KEY (library, id), UNIQUE (library, url_key), UNIQUE (library, text_key));
      CREATE TABLE library_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, library TEXT NOT NULL);
      INSERT INTO library_articles VALUES ('A', 'mine', 'txt', 'x', NULL, 'k', '1', 'ada', '2026-01-01', 'mine.txt', 'file', NULL, NULL);
      INSERT INTO library_changes (library) VALUES ('A');`);
    old.close();
    const store = await where.open();
    expect((await store.list("A")).map((a) => a.id)).toEqual(["mine"]);
    await store.saveSettings("A", DEFAULT_SETTINGS, "1");
    expect(await store.settings("A")).toEqual(DEFAULT_SETTINGS);
    expect(
      await store.addFeedback({
        server: "A",
        user: { id: "1", name: "ada" },
        kind: "ask",
        query: "q",
        reply: "r",
        at: "2026-01-02",
      }),
    ).toBeGreaterThan(0);
  });
});
