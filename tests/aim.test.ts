import { describe, expect, it } from "vitest";
import { aimedTokens, speaksOfAim } from "../src/answer/aim.ts";
import { readClaim } from "../src/answer/claim-clause.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { sources } from "./helpers/answer.ts";

const read = (text: string) => ({ text, tokens: tokenize(text) });
const aimedWords = (text: string) => [...aimedTokens(read(text))].map((token) => token.surface);

describe("aimedTokens", () => {
  it("takes what an aim verb governs, to the end of its clause", () => {
    expect(aimedWords("Prosecutors are seeking a prison sentence, the court said.")).toEqual([
      "a",
      "prison",
      "sentence",
    ]);
    expect(aimedWords("The guild called on Varn to close the port")).toEqual([
      "on",
      "Varn",
      "to",
      "close",
      "the",
      "port",
    ]);
  });

  it("takes nothing where no verb aims, or 'call' names rather than asks", () => {
    expect(aimedWords("Varn was sentenced to prison on Monday.")).toEqual([]);
    expect(aimedWords("Varn called the port a ruin.")).toEqual([]);
  });

  it("tells a claim that itself speaks of an aim", () => {
    expect(speaksOfAim(tokenize("the guild wants the names"))).toBe(true);
    expect(speaksOfAim(tokenize("Varn will be sentenced to prison"))).toBe(false);
  });
});

describe("sources: a claim the article states only as someone's aim", () => {
  const index = buildIndex(
    [
      parseTxt(
        "trial.txt",
        "trial",
        `Kessel harbour trial ends

A Kessel jury on Thursday found Otto Brenn guilty of sinking the ferry Halden. Kessel prosecutors are seeking a prison sentence for Brenn.`,
      ),
    ],
    attributeArticle,
  );

  it("is not supported by a passage that says only that someone seeks it", () => {
    expect(sources(index, "Otto Brenn will be sentenced to prison").verdict).toBe("near");
  });

  it("is supported where the claim speaks of the aim too", () => {
    expect(sources(index, "Kessel prosecutors want a prison sentence for Otto Brenn").verdict).toBe("supports");
  });
});

describe("sources: a claim that gives a purpose", () => {
  const index = buildIndex(
    [
      parseTxt(
        "guild.txt",
        "guild",
        `Kessel guild asks for names

The Kessel guild wants the names of the port's night dockers, its letter to the harbour office says.`,
      ),
    ],
    attributeArticle,
  );

  it("reads the purpose's verb", () => {
    const claim = "the guild wants the names so it can fire the dockers";
    expect(readClaim(claim, tokenize(claim)).purpose?.surface).toBe("fire");
    const plain = "the guild closed the port in order to stop the ferry";
    expect(readClaim(plain, tokenize(plain)).purpose?.surface).toBe("stop");
  });

  it("is not supported by a passage that tells what was done but not why", () => {
    expect(sources(index, "the Kessel guild wants the names so it can fire the night dockers").verdict).toBe("near");
    expect(sources(index, "the Kessel guild wants the names of the night dockers").verdict).toBe("supports");
  });
});
