import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { LiveCorpus, type ReloadEvent } from "../src/live/live-corpus.ts";
import { openCorpus } from "../src/open.ts";
import { buildIndex, type CorpusIndex } from "../src/search/corpus-index.ts";
import { ask } from "./helpers/answer.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { corpusDir } from "./helpers/corpus-dir.ts";

const open: LiveCorpus[] = [];
afterEach(() => {
  for (const live of open.splice(0)) live.close();
});

/** A watched corpus, and a way to wait for its next rebuild. */
function follow(files: Record<string, string>, cacheDir?: string) {
  const dir = corpusDir(files);
  return followDir(dir, buildIndex(loadCorpus(dir), attributeArticle), cacheDir);
}

function followDir(dir: string, index: CorpusIndex, cacheDir?: string) {
  const events: ReloadEvent[] = [];
  const warnings: string[] = [];
  let waiting: ((event: ReloadEvent) => void) | undefined;
  const live = new LiveCorpus(index, {
    dir,
    cacheDir,
    debounceMs: 50,
    pollMs: 50,
    cacheQuietMs: 0,
    onReload: (event) => {
      events.push(event);
      waiting?.(event);
    },
    onWarning: (warning) => warnings.push(warning),
  });
  open.push(live);
  live.watch();
  const nextReload = () => new Promise<ReloadEvent>((resolve) => (waiting = resolve));
  return { dir, live, events, warnings, nextReload };
}

describe("a live corpus", () => {
  it("takes in an added article, answering from the index as it was until then", async () => {
    const { dir, live, nextReload } = follow({ "harbour.txt": HARBOUR });
    const before = live.index;
    const reloaded = nextReload();
    writeFileSync(join(dir, "mine.txt"), MINE);
    expect(live.index).toBe(before);
    expect(ask(live.index, "copper miners").status).toBe("no_match");
    expect(await reloaded).toMatchObject({ ok: true, articles: 2 });
    expect(ask(live.index, "copper miners").results[0]?.articleId).toBe("mine");
    // Taken in place: the same index, not a new one built beside it.
    expect(live.index).toBe(before);
  });

  it("parses and attributes again only the article whose file changed", async () => {
    const { dir, live, nextReload } = follow({ "harbour.txt": HARBOUR, "mine.txt": MINE });
    let reloaded = nextReload();
    // Headline too: a word only the headline holds is still the article's.
    writeFileSync(join(dir, "mine.txt"), MINE.replaceAll("copper", "nickel").replaceAll("Copper", "Nickel"));
    // The worker read the folder when the watch began: the change may have been there by then or not.
    const first = await reloaded;
    expect(first).toMatchObject({ ok: true, articles: 2, attributed: ["mine"] });
    expect(first.ok && first.parsed).not.toContain("harbour");
    expect(ask(live.index, "nickel mine").status).toBe("ok");
    reloaded = nextReload();
    writeFileSync(join(dir, "harbour.txt"), `${HARBOUR}\nOne more paragraph about the harbour.\n`);
    expect(await reloaded).toMatchObject({ ok: true, articles: 2, parsed: ["harbour"], attributed: ["harbour"] });
  });

  it("follows a changed article and a removed one", async () => {
    const { dir, live, nextReload } = follow({ "harbour.txt": HARBOUR, "mine.txt": MINE });
    let reloaded = nextReload();
    // Headline too: a word only the headline holds is still the article's.
    writeFileSync(join(dir, "mine.txt"), MINE.replaceAll("copper", "nickel").replaceAll("Copper", "Nickel"));
    await reloaded;
    expect(ask(live.index, "nickel mine").status).toBe("ok");
    expect(ask(live.index, "copper mine").unmatched).toEqual(["copper"]);
    reloaded = nextReload();
    rmSync(join(dir, "mine.txt"));
    expect(await reloaded).toMatchObject({ ok: true, articles: 1 });
    expect([...live.index.articles.keys()]).toEqual(["harbour"]);
  });

  it("keeps the old index serving when a file is malformed, and says which file and line", async () => {
    const { dir, live, nextReload } = follow({ "harbour.txt": HARBOUR });
    const before = live.index;
    const reloaded = nextReload();
    writeFileSync(join(dir, "broken.md"), "---\ntitle: [unclosed\n---\n\nText.\n");
    const event = await reloaded;
    expect(event.ok).toBe(false);
    expect(!event.ok && event.error).toMatch(/broken\.md, line \d+: bad front matter/);
    expect(live.index).toBe(before);
    expect(ask(live.index, "storm harbour").status).toBe("ok");
  });

  it("rebuilds once for a burst of writes", async () => {
    const { dir, events, nextReload } = follow({ "harbour.txt": HARBOUR });
    const reloaded = nextReload();
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `mine${i}.txt`), MINE);
    await reloaded;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ok: true, articles: 6 });
  });

  it("follows the folder again when it is deleted and made anew, serving the old index meanwhile", async () => {
    const { dir, live, nextReload } = follow({ "harbour.txt": HARBOUR });
    let reloaded = nextReload();
    rmSync(dir, { recursive: true });
    const gone = await reloaded;
    expect(!gone.ok && gone.error).toMatch(/no such folder/u);
    expect(ask(live.index, "storm harbour").status).toBe("ok");
    reloaded = nextReload();
    // Made with its article in one go: the folder is looked for between ticks, so it is never seen empty.
    mkdirSync(dir);
    writeFileSync(join(dir, "mine.txt"), MINE);
    expect(await reloaded).toMatchObject({ ok: true, articles: 1 });
    expect([...live.index.articles.keys()]).toEqual(["mine"]);
    reloaded = nextReload();
    writeFileSync(join(dir, "harbour.txt"), HARBOUR);
    expect(await reloaded).toMatchObject({ ok: true, articles: 2 });
  });

  it("writes the index cache from its worker, when opened without writing it, and leaves attribution to first read", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
    const cacheDir = join(corpusDir({}), "cache");
    const index = await openCorpus(dir, { cacheDir, writeCache: false });
    expect(existsSync(cacheDir)).toBe(false);
    followDir(dir, index, cacheDir);
    await expect.poll(() => existsSync(cacheDir) && readdirSync(cacheDir), { timeout: 30_000 }).toHaveLength(1);
    expect([...index.articles.values()].map((indexed) => indexed.attributed)).toEqual([false, false]);
    // The next start loads it, every article attributed.
    const loaded = await openCorpus(dir, { cacheDir });
    expect([...loaded.articles.values()].map((indexed) => indexed.attributed)).toEqual([true, true]);
    expect(loaded.articles.get("harbour")?.attribution).toEqual(
      attributeArticle(parseTxt("harbour.txt", "harbour", HARBOUR)),
    );
  });

  it("is not wedged by a FIFO in the folder, and passes on what the build warned of", async () => {
    // A cache folder under a file cannot be written: the rebuild warns of it.
    const cacheDir = join(corpusDir({ file: "" }), "file", "cache");
    const { dir, live, warnings, nextReload } = follow({ "harbour.txt": HARBOUR }, cacheDir);
    let reloaded = nextReload();
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    const event = await reloaded;
    expect(!event.ok && event.error).toMatch(/pipe\.txt: a named pipe \(FIFO\), not a regular file/u);
    reloaded = nextReload();
    rmSync(join(dir, "pipe.txt"));
    expect(await reloaded).toMatchObject({ ok: true, articles: 1 });
    // The cache is written once the folder is quiet, and its warning comes then.
    await expect
      .poll(() => warnings, { timeout: 30_000 })
      .toContainEqual(expect.stringMatching(/index cache folder .* cannot be written/u));
    expect(ask(live.index, "storm harbour").status).toBe("ok");
  });
});
