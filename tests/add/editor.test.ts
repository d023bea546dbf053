import { readdirSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CorpusEditor, type Edit } from "../../src/add/editor.ts";
import { Refusal } from "../../src/add/refusal.ts";
import { attributeArticle } from "../../src/attribution/extract.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { parseMarkdown } from "../../src/corpus/parse.ts";
import { editReply } from "../../src/discord/corpus-reply.ts";
import { LiveCorpus, type ReloadEvent } from "../../src/live/live-corpus.ts";
import { buildIndex } from "../../src/search/corpus-index.ts";
import { HARBOUR } from "../helpers/articles.ts";
import { corpusDir } from "../helpers/corpus-dir.ts";
import { type PageServer, startPageServer } from "./page-server.ts";

let pages: PageServer;
beforeAll(async () => {
  pages = await startPageServer();
});
afterAll(async () => {
  await pages?.close();
});

const lives: LiveCorpus[] = [];
afterEach(() => {
  for (const live of lives.splice(0)) live.close();
});

const FERRY_ID = "lake-morrow-ferry-suspended-after-crack-found-in-hull";

/** An editor over a folder of its own, on a live corpus unless the rebuild is given. */
function editor({ refresh, waitMs = 60_000 }: { refresh?: () => Promise<ReloadEvent>; waitMs?: number } = {}) {
  const dir = corpusDir({ "harbour.txt": HARBOUR });
  const live = new LiveCorpus(buildIndex(loadCorpus(dir), attributeArticle), { dir });
  lives.push(live);
  const edits = new CorpusEditor({
    dir,
    allowPrivate: true,
    index: () => live.index,
    refresh: refresh ?? (() => live.refresh()),
    waitMs,
  });
  return { dir, live, edits };
}

describe("the bot's corpus editor", () => {
  it("adds one edit at a time: the same link twice at once is added once, the second refused", async () => {
    const { dir, live, edits } = editor();
    const link = `${pages.origin}/pages/ferry`;
    const [first, second] = await Promise.allSettled([edits.add({ url: link }), edits.add({ url: link })]);
    expect(first).toMatchObject({ status: "fulfilled", value: { action: "added", id: FERRY_ID, index: "updated" } });
    expect(second.status).toBe("rejected");
    expect(second.status === "rejected" && second.reason).toBeInstanceOf(Refusal);
    expect(second.status === "rejected" && (second.reason as Refusal).code).toBe("duplicate");
    expect(readdirSync(dir).sort()).toEqual(["harbour.txt", `${FERRY_ID}.md`]);
    expect(live.index.articles.get(FERRY_ID)?.article.paragraphs).toHaveLength(9);
  });

  it("says the index is still updating when the rebuild outlasts the wait, and failed when it could not rebuild", async () => {
    const never = () => new Promise<ReloadEvent>(() => {});
    const slow = editor({ refresh: never, waitMs: 50 });
    const updating = await slow.edits.add({ url: `${pages.origin}/pages/ferry` });
    expect(updating).toMatchObject({ id: FERRY_ID, index: "updating", indexed: undefined });
    expect(updating.article?.title).toBe("Lake Morrow ferry suspended after crack found in hull");

    const broken = editor({ refresh: async () => ({ ok: false, error: "citebot: corpus file x.md, line 1: bad" }) });
    expect(await broken.edits.add({ url: `${pages.origin}/pages/solar` })).toMatchObject({ index: "failed" });
    expect(await broken.edits.remove("harbour")).toMatchObject({ action: "removed", index: "failed" });
  });
});

describe("the reply to an edit", () => {
  const article = parseMarkdown(
    `${FERRY_ID}.md`,
    FERRY_ID,
    "---\ntitle: Lake Morrow ferry suspended after crack found in hull\n---\n\n“It is cracked,” said Dana Whitfield.\n",
  );
  const edit = (fields: Partial<Edit>): Edit => ({
    action: "added",
    id: FERRY_ID,
    article,
    indexed: undefined,
    index: "updated",
    ...fields,
  });

  it("tells, privately, whether the article can be asked yet, and shows it with its sources either way", () => {
    const updating = editReply(edit({ index: "updating" }));
    expect(updating).toMatchObject({ private: true, outcome: "answered", log: { action: "added", index: "updating" } });
    expect(updating.payload.content).toBe(
      `Added as “${FERRY_ID}”. It is still being indexed: \`/ask\` will find it in a minute or two.`,
    );
    expect(updating.payload.embeds[0]?.fields?.map((f) => f.name)).toEqual(["Dana Whitfield"]);
    expect(editReply(edit({ index: "failed" })).payload.content).toMatch(/the index could not be rebuilt/u);
  });

  it("says a removal may still be quoted while the index rebuilds, or until it can", () => {
    const removed = (index: Edit["index"]) => editReply(edit({ action: "removed", index })).payload.content;
    expect(removed("updated")).toBe(`Removed “${FERRY_ID}” from the corpus; it is no longer searched.`);
    expect(removed("updating")).toMatch(/for a minute or two, `\/ask` may still quote it\.$/u);
    expect(removed("failed")).toMatch(/so `\/ask` still quotes it for now/u);
  });
});
