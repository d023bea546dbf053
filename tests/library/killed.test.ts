import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { removeLeftovers } from "../../src/add/store.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { killedArticle } from "./killed-article.ts";
import { STORE_KINDS, type StorePlace, storePlace } from "./stores.ts";

const places: StorePlace[] = [];
afterEach(async () => {
  await Promise.all(places.splice(0).map((place) => place.dispose()));
});

/** Starts the adding process on `vars`'s store; resolves once it has stored `count` articles, with the process. */
async function addingProcess(vars: Record<string, string>, count: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/library/add-until-killed.ts"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...vars },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stored = 0;
  let errors = "";
  child.stderr.on("data", (chunk) => {
    errors += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stored = Math.max(stored, ...chunk.toString().trim().split("\n").map(Number));
      if (stored >= count) resolve();
    });
    child.once("exit", () => reject(new Error(`the adding process stopped: ${errors}`)));
  });
  return { child, stored: () => stored };
}

describe.each(STORE_KINDS)("a process killed with SIGKILL during an add to the %s store", (kind) => {
  it("leaves every article whole or absent, and the store opens and takes adds again", async () => {
    const place = await storePlace(kind);
    places.push(place);
    const vars: Record<string, string> =
      kind === "sqlite" ? { LIBRARY_DB: place.location } : { DATABASE_URL: place.location };
    const { child, stored } = await addingProcess(vars, 1);
    // Killed while it writes the next one: each add takes tens of milliseconds of a 2 MB write.
    await new Promise((resolve) => setTimeout(resolve, 15));
    child.kill("SIGKILL");
    await once(child, "exit");
    const store = await place.open();
    const articles = await store.list("A");
    // The one being written when killed is there whole, or not at all.
    expect(articles.length - stored()).toBeGreaterThanOrEqual(0);
    expect(articles.length - stored()).toBeLessThanOrEqual(1);
    for (const [i, article] of articles.entries()) expect(article.content).toBe(killedArticle(i + 1));
    expect(await store.remove("A", "a1")).toBe(true);
  });
});

describe("a citebot add killed with SIGKILL while writing into a corpus folder", () => {
  it("leaves whole articles and at most a temporary file, which the next start removes", async () => {
    const dir = makeCorpusDir({});
    try {
      const { child, stored } = await addingProcess({ CORPUS_DIR: dir }, 1);
      await new Promise((resolve) => setTimeout(resolve, 15));
      child.kill("SIGKILL");
      await once(child, "exit");
      const names = readdirSync(dir).sort();
      const articles = names.filter((name) => name.endsWith(".txt"));
      expect(articles.length - stored()).toBeGreaterThanOrEqual(0);
      expect(articles.length - stored()).toBeLessThanOrEqual(1);
      for (const name of articles) {
        const n = Number(/^a(\d+)\.txt$/u.exec(name)?.[1]);
        expect(readFileSync(`${dir}/${name}`, "utf8")).toBe(killedArticle(n));
      }
      const leftovers = names.filter((name) => !name.endsWith(".txt"));
      expect(leftovers.every((name) => /^\.citebot-\d+-.*\.tmp$/u.test(name))).toBe(true);
      expect(removeLeftovers(dir).sort()).toEqual(leftovers);
      expect(readdirSync(dir).sort()).toEqual(articles);
    } finally {
      removeCorpusDir(dir);
    }
  });
});
