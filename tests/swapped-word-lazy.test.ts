import { describe, expect, it, vi } from "vitest";
import type { FoundWord } from "../src/answer/question-reading.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ask } from "./helpers/answer.ts";

/** How many readings of a question's modifiers answering has made. */
const made = vi.hoisted(() => ({ readings: 0 }));
vi.mock("../src/answer/swapped-word.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/answer/swapped-word.ts")>();
  class Counted<W extends FoundWord> extends original.SwappedWord<W> {
    constructor(question: string, focus: readonly W[]) {
      super(question, focus);
      made.readings += 1;
    }
  }
  return { ...original, SwappedWord: Counted };
});

const PARLIAMENT = `The chamber

Private bills are scrutinised by a committee of four members.

The largest party in the Parliament sits in the middle of the semicircle.`;

const index = buildIndex([parseTxt("chamber.txt", "chamber", PARLIAMENT)], attributeArticle);

describe("ask: when a question's modifiers are read (SwappedWord)", () => {
  it("only for a passage that answers in every other way", () => {
    made.readings = 0;
    // Too few of the question's words in the passage: it comes near whatever they are.
    expect(ask(index, "Where does the largest party eat lunch?").verdict).toBe("near");
    expect(made.readings).toBe(0);
    expect(ask(index, "What scrutinises private bills?").verdict).toBe("answers");
    expect(made.readings).toBe(1);
  });
});
