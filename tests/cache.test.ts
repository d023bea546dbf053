import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { CorpusError } from "../src/corpus/errors.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { openCorpus } from "../src/open.ts";
import { cachedIndex, fingerprint } from "../src/search/cache.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ask, sources } from "./helpers/answer.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { corpusDir } from "./helpers/corpus-dir.ts";

/** Opens through the cache, counting the builds it had to do. */
function counted(dir: string, cacheDir: string) {
  let builds = 0;
  const index = cachedIndex(dir, cacheDir, () => {
    builds++;
    return buildIndex(loadCorpus(dir), attributeArticle);
  });
  return { index, builds };
}

describe("the persisted index", () => {
  it("is built and saved once, then loaded while the corpus is unchanged", () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
    const cache = corpusDir({});
    expect(counted(dir, cache).builds).toBe(1);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(counted(dir, cache).builds).toBe(0);
  });

  it("answers exactly as a fresh build does", () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
    const cache = corpusDir({});
    openCorpus(dir, { cacheDir: cache });
    const loaded = openCorpus(dir, { cacheDir: cache });
    const fresh = openCorpus(dir);
    for (const query of ["Where were crews told to stay?", "miners underground", "capital of France", "storm"]) {
      expect(ask(loaded, query)).toEqual(ask(fresh, query));
      expect(sources(loaded, query, { article: "mine" })).toEqual(sources(fresh, query, { article: "mine" }));
    }
    expect([...loaded.articles.values()]).toEqual([...fresh.articles.values()]);
  });

  it("is rebuilt when an article changes, and the stale snapshot removed", () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const cache = corpusDir({});
    const before = fingerprint(dir);
    counted(dir, cache);
    writeFileSync(join(dir, "mine.txt"), MINE);
    expect(fingerprint(dir)).not.toBe(before);
    const { index, builds } = counted(dir, cache);
    expect(builds).toBe(1);
    expect([...index.articles.keys()]).toEqual(["harbour", "mine"]);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it("rebuilds over a snapshot that cannot be read", () => {
    const dir = corpusDir({ "harbour.txt": HARBOUR });
    const cache = corpusDir({});
    counted(dir, cache);
    const [file] = readdirSync(cache);
    writeFileSync(join(cache, file ?? ""), "{torn");
    expect(counted(dir, cache).builds).toBe(1);
    expect(ask(counted(dir, cache).index, "storm").status).toBe("ok");
  });

  it("still reports a corpus that cannot load, and caches nothing for it", () => {
    const cache = corpusDir({});
    expect(() => openCorpus(corpusDir({ "bad.txt": "\n" }), { cacheDir: cache })).toThrow(CorpusError);
    expect(() => openCorpus("/nonexistent/citebot", { cacheDir: cache })).toThrow(CorpusError);
    expect(existsSync(cache) && readdirSync(cache)).toEqual([]);
  });
});
