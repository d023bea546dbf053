import { beforeAll, describe, expect, it } from "vitest";
import * as L from "../../src/discord/limits.ts";
import { articleChoices, claimChoices, questionChoices } from "../../src/discord/suggest.ts";
import { Shelf } from "../../src/library/shelf.ts";
import { openCorpus } from "../../src/open.ts";
import type { CorpusIndex } from "../../src/search/corpus-index.ts";
import { HARBOUR, MINE } from "../helpers/articles.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { TRICKY } from "./tricky.ts";

let index: CorpusIndex;
beforeAll(async () => {
  const dir = makeCorpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
  index = await openCorpus(dir);
  removeCorpusDir(dir);
});

function expectValid(choices: Array<{ name: string; value: string }>) {
  expect(choices.length).toBeLessThanOrEqual(L.AUTOCOMPLETE_CHOICES_MAX);
  for (const c of choices) {
    expect(c.name.length).toBeGreaterThanOrEqual(L.CHOICE_NAME_MIN);
    expect(c.name.length).toBeLessThanOrEqual(L.CHOICE_NAME_MAX);
    expect(c.value.length).toBeGreaterThanOrEqual(1);
    expect(c.value.length).toBeLessThanOrEqual(L.CHOICE_VALUE_MAX);
  }
  expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
}

describe("articleChoices", () => {
  it("lists every article when nothing is typed, by id", () => {
    expect(articleChoices(index.articles.values(), "").map((c) => c.value)).toEqual(["harbour", "mine"]);
  });

  it("matches the title or the id, without case or accents, those that start with it first", () => {
    expect(articleChoices(index.articles.values(), "COPPER").map((c) => c.value)).toEqual(["mine"]);
    expect(articleChoices(index.articles.values(), "har")[0]).toEqual({
      name: "Storm closes the harbour at Port Elling · harbour",
      value: "harbour",
    });
    expect(articleChoices(index.articles.values(), "zzz")).toEqual([]);
  });
});

describe("questionChoices", () => {
  it("offers what was typed, then its last word completed from the passages it finds", () => {
    const choices = questionChoices(new Shelf(index), "How many fishing bo");
    expect(choices[0]).toEqual({ name: "How many fishing bo", value: "How many fishing bo" });
    expect(choices.map((c) => c.value)).toContain("How many fishing boats");
  });

  it("keeps to the chosen article", () => {
    expect(questionChoices(new Shelf(index), "Who reopened the mi", "harbour").map((c) => c.value)).not.toContain(
      "Who reopened the mine",
    );
    expect(questionChoices(new Shelf(index), "Who reopened the mi", "mine").map((c) => c.value)).toContain(
      "Who reopened the mine",
    );
  });

  it("offers nothing for empty text or text too long to be a choice", () => {
    expect(questionChoices(new Shelf(index), "   ")).toEqual([]);
    expect(questionChoices(new Shelf(index), TRICKY.long ?? "")).toEqual([]);
  });
});

describe("claimChoices", () => {
  it("offers the sentences that match what is typed, the word being typed by its beginning", () => {
    const choices = claimChoices(new Shelf(index), "waves of 9.5 metres were rec");
    expect(choices[0]?.value).toBe(
      "The coastguard said waves of 9.5 metres were recorded off the north-east breakwater.",
    );
  });

  it("offers the chosen article's opening sentences when nothing is typed", () => {
    expect(claimChoices(new Shelf(index), "", "mine")[0]?.value).toBe(
      "The Velka copper mine reopened on Monday after a two-year closure, its owners said.",
    );
  });

  it("cuts a long sentence at a word, within a choice's 100 characters", async () => {
    const seed = await openCorpus("corpus");
    const sentence =
      "Under the guise of the Wagner Private Military Company, Russia has established military bases in Tobruk";
    const [first] = claimChoices(new Shelf(seed), "Wagner military bases in Tobr");
    expect(first?.name).toMatch(/^Under the guise .*…$/u);
    expect(first?.name).toHaveLength(L.CHOICE_NAME_MAX);
    expect(first?.value).toBe(sentence.slice(0, sentence.lastIndexOf(" ", L.CHOICE_VALUE_MAX)));
  });

  for (const [name, text] of Object.entries(TRICKY)) {
    it(`keeps every choice within Discord's limits for the ${name} fixture`, () => {
      for (const typed of [text, `harbour ${text}`, `${text} storm`]) {
        expectValid(claimChoices(new Shelf(index), typed));
        expectValid(questionChoices(new Shelf(index), typed));
        expectValid(articleChoices(index.articles.values(), typed));
      }
    });
  }
});
