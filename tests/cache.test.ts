import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { CorpusError } from "../src/corpus/errors.ts";
import { parseCorpus } from "../src/corpus/load.ts";
import { readCorpus } from "../src/corpus/read.ts";
import { openCorpus } from "../src/open.ts";
import { BUILD_ID, cachedIndex, codeDigest, fingerprint } from "../src/search/cache.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ask, sources } from "./helpers/answer.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { corpusDir } from "./helpers/corpus-dir.ts";

/** Opens through the cache, counting the builds it had to do and keeping its warnings. */
async function counted(dir: string, cacheDir: string) {
  let builds = 0;
  const warnings: string[] = [];
  const sources = readCorpus(dir);
  const index = await cachedIndex(sources, { dir, cacheDir, onWarning: (w) => warnings.push(w) }, async () => {
    builds++;
    return buildIndex(parseCorpus(sources), attributeArticle);
  });
  return { index, builds, warnings };
}

/** The one snapshot file of a cache folder. */
function snapshotFile(cache: string): string {
  const files = readdirSync(cache);
  expect(files).toHaveLength(1);
  return join(cache, files[0] ?? "");
}

describe("the persisted index", () => {
  it("is built and saved once, then loaded while the corpus is unchanged", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
    const cache = corpusDir({});
    expect(await counted(dir, cache)).toMatchObject({ builds: 1, warnings: [] });
    expect(readdirSync(cache)).toHaveLength(1);
    expect(await counted(dir, cache)).toMatchObject({ builds: 0, warnings: [] });
  });

  it("answers exactly as a fresh build does", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
    const cache = corpusDir({});
    await openCorpus(dir, { cacheDir: cache });
    const loaded = await openCorpus(dir, { cacheDir: cache });
    const fresh = await openCorpus(dir);
    for (const query of ["Where were crews told to stay?", "miners underground", "capital of France", "storm"]) {
      expect(ask(loaded, query)).toEqual(ask(fresh, query));
      expect(sources(loaded, query, { article: "mine" })).toEqual(sources(fresh, query, { article: "mine" }));
    }
    expect([...loaded.articles.values()]).toEqual([...fresh.articles.values()]);
  });

  it("answers as a fresh build does where two spellings of a missing word tie", async () => {
    // MiniSearch finds "boats0" and "boatshe" for "boatsin" in another order once the index is loaded.
    const dir = corpusDir({ "a.txt": "Storm\n\nStorm boats0 came. Storm boatshe went.\n\nOther storm text.\n" });
    const cache = corpusDir({});
    const built = await openCorpus(dir, { cacheDir: cache });
    const loaded = await openCorpus(dir, { cacheDir: cache });
    expect(ask(built, "storm boatsin").results.map((r) => r.quote)).toEqual(["Storm boats0 came."]);
    expect(ask(loaded, "storm boatsin")).toEqual(ask(built, "storm boatsin"));
  });

  it("is rebuilt when an article changes, and the stale snapshot removed", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const cache = corpusDir({});
    const before = fingerprint(readCorpus(dir));
    await counted(dir, cache);
    writeFileSync(join(dir, "mine.txt"), MINE);
    expect(fingerprint(readCorpus(dir))).not.toBe(before);
    const { index, builds } = await counted(dir, cache);
    expect(builds).toBe(1);
    expect([...index.articles.keys()]).toEqual(["harbour", "mine"]);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it("keys code by every code file's path and content, and nothing else in its folder", () => {
    const code = corpusDir({ "a.js": "one();", "b.ts": "two();" });
    mkdirSync(join(code, "sub"));
    const digest = () => codeDigest(`${code}/`);
    const first = digest();
    writeFileSync(join(code, "notes.txt"), "not code");
    expect(digest()).toBe(first);
    writeFileSync(join(code, "sub", "c.js"), "three();");
    const withSub = digest();
    expect(withSub).not.toBe(first);
    writeFileSync(join(code, "a.js"), "one(); ");
    expect(digest()).not.toBe(withSub);
  });

  it("keys the compiled build by the digest the build wrote beside its files", () => {
    const dist = `${resolve("dist")}/`;
    expect(readFileSync(join(dist, BUILD_ID), "utf8")).toBe(codeDigest(dist));
  });

  it.each([
    [
      "edited",
      (text: string) => text.replace("stranding 40 fishing boats", "stranding 90 fishing boats"),
      /does not match its checksum/,
    ],
    ["cut short", (text: string) => text.slice(0, text.length / 2), /does not match its checksum/],
    ["torn at its header", () => "{torn", /has no header/],
    ["of another schema", (text: string) => text.replace(/"schema":\d+/u, '"schema":0'), /is in another format/],
  ])("is rebuilt, with a warning, when %s", async (_, spoil, why) => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const cache = corpusDir({});
    await counted(dir, cache);
    const file = snapshotFile(cache);
    const text = readFileSync(file, "utf8");
    expect(spoil(text)).not.toBe(text);
    writeFileSync(file, spoil(text));
    const { index, builds, warnings } = await counted(dir, cache);
    expect(builds).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(file);
    expect(warnings[0]).toMatch(why);
    expect(ask(index, "How many fishing boats were stranded?").results[0]?.quote).toContain("40 fishing boats");
    expect(await counted(dir, cache)).toMatchObject({ builds: 0, warnings: [] });
  });

  it("that cannot be written is one warning, naming the folder, and the index still answers", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    // A folder under a file cannot be made, whoever runs the test (root ignores permissions).
    const blocked = join(corpusDir({ file: "" }), "file", "cache");
    const { index, builds, warnings } = await counted(dir, blocked);
    expect(builds).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(`index cache folder ${blocked} cannot be written .*every start builds the index anew`, "u"),
    );
    expect(ask(index, "storm").status).toBe("ok");
  });

  it("is refused inside the corpus folder, whatever the path says", async () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const link = join(corpusDir({}), "link");
    symlinkSync(dir, link);
    for (const cacheDir of [dir, join(dir, ".cache"), join(link, "deep", "cache")]) {
      await expect(openCorpus(dir, { cacheDir })).rejects.toThrow(
        /holds the index cache folder .*; keep the cache outside it \(INDEX_CACHE_DIR, or --cache\)/u,
      );
    }
    expect(readdirSync(dir)).toEqual(["harbour.txt"]);
    await expect(openCorpus(dir, { cacheDir: corpusDir({}) })).resolves.toBeDefined();
  });

  it("never reads a FIFO or /dev/zero in the corpus to fingerprint it: the corpus's error instead", async () => {
    const cache = corpusDir({});
    const fifo = corpusDir({ "harbour.txt": HARBOUR });
    execFileSync("mkfifo", [join(fifo, "pipe.txt")]);
    await expect(openCorpus(fifo, { cacheDir: cache })).rejects.toThrow(/pipe\.txt: a named pipe/u);
    const zero = corpusDir({ "harbour.txt": HARBOUR });
    symlinkSync("/dev/zero", join(zero, "zero.md"));
    await expect(openCorpus(zero, { cacheDir: cache })).rejects.toThrow(/zero\.md: a symbolic link to \/dev\/zero/u);
    expect(readdirSync(cache)).toEqual([]);
  });

  it("still reports a corpus that cannot load, and caches nothing for it", async () => {
    const cache = corpusDir({});
    await expect(openCorpus(corpusDir({ "bad.txt": "\n" }), { cacheDir: cache })).rejects.toThrow(CorpusError);
    await expect(openCorpus("/nonexistent/citebot", { cacheDir: cache })).rejects.toThrow(CorpusError);
    expect(existsSync(cache) && readdirSync(cache)).toEqual([]);
  });
});
