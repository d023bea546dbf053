import { beforeAll, describe, expect, it } from "vitest";
import { openCorpus } from "../src/open.ts";
import type { CorpusIndex } from "../src/search/corpus-index.ts";
import { suggestArticles, suggestClaims, suggestQuestions } from "../src/search/suggest.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "./helpers/corpus-dir.ts";

let index: CorpusIndex;
beforeAll(async () => {
  const dir = makeCorpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
  index = await openCorpus(dir);
  removeCorpusDir(dir);
});

/** The core's suggestions know nothing of Discord: no count limit, no length limit, labels as the corpus has them. */
describe("suggestions", () => {
  it("names articles by title, filling in the id", () => {
    expect(suggestArticles(index.articles.values(), "copper")).toEqual([
      { label: "Copper mine reopens after two-year closure", value: "mine" },
    ]);
  });

  it("completes the word being typed from the passages it finds, keeping a question of any length", () => {
    const long = `${"Why ".repeat(40)}fishing bo`;
    const values = suggestQuestions(index, long).map((s) => s.value);
    expect(values[0]).toBe(long);
    expect(values).toContain(`${long}ats`);
  });

  it("offers whole sentences for a claim, however long", () => {
    const [first] = suggestClaims(index, "damage estimate");
    expect(first?.value).toBe(
      "Mayor Ana Kovač’s office estimates the damage at $4.5 million, according to the Elling Gazette.",
    );
  });
});
