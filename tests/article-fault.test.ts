import { describe, expect, it, vi } from "vitest";
import { CorpusError } from "../src/corpus/errors.ts";
import { openCorpus } from "../src/open.ts";
import { HARBOUR } from "./helpers/articles.ts";
import { corpusDir } from "./helpers/corpus-dir.ts";

// Stand-ins for a bug of citebot's own that some text sets off (as a pattern built from article text once
// did): the analyzer and the attribution tagger fail on a marker word, wherever it stands.
vi.mock("../src/text/analyzer.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/text/analyzer.ts")>();
  return {
    ...real,
    tokenize: (text: string) => {
      if (text.includes("Tokenfail")) throw new SyntaxError("Invalid regular expression: /[1/: Unterminated");
      return real.tokenize(text);
    },
  };
});
vi.mock("../src/attribution/tokens.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/attribution/tokens.ts")>();
  return {
    ...real,
    tagWords: (text: string) => {
      if (text.includes("Tagfail")) throw new TypeError("Cannot read properties of undefined");
      return real.tagWords(text);
    },
  };
});

const BAD = (trouble: string) => ({ "good.txt": HARBOUR, "bad.txt": `Headline\n\nA first paragraph.\n\n${trouble}\n` });

async function caught(run: () => unknown): Promise<CorpusError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error("no error was thrown, but one should have been");
}

function expectNamesBadFile(error: CorpusError): void {
  expect(error.file).toMatch(/bad\.txt$/u);
  expect(error.line).toBe(5);
  expect(error.message).toMatch(/bad\.txt, line 5: citebot failed on this text \(.+\); please report it/u);
}

describe("a fault of citebot's own on one article's text", () => {
  it("in indexing is that article's error, naming its file and the paragraph's line", async () => {
    expectNamesBadFile(await caught(() => openCorpus(corpusDir(BAD("Tokenfail")))));
  });

  it("in attribution is that article's error when its attribution is first read, and spares the others", async () => {
    const index = await openCorpus(corpusDir(BAD("Officials said Tagfail would come.")));
    expect(index.articles.get("good")?.attribution.length).toBeGreaterThan(0);
    expect(index.articles.get("bad")?.attributed).toBe(false);
    expectNamesBadFile(await caught(() => index.articles.get("bad")?.attribution));
  });
});
