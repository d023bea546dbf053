import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ask } from "./helpers/answer.ts";

const MINE = `Harlow Mining reopens its copper mine

Harlow Mining reopened its copper mine near Elling on Tuesday, Dana Price, who founded the company in 1998, said.

Voters in Elling approved the new access road in March. About 300 miners returned to work on Wednesday.`;

const PORT = `Storm closes Elling port

A storm closed the port of Elling on Monday. Ships waited outside the harbour while the harbour master, Sam Okafor, operated the locks.

Ada Lin, the spokesperson of the Elling port, thanked the crews on Tuesday.`;

const index = buildIndex([parseTxt("mine.txt", "mine", MINE), parseTxt("port.txt", "port", PORT)], attributeArticle);

describe("ask: a noun the question is about that the article never writes leaves the question open", () => {
  it("comes near for a role the story never names, and names it as missing", () => {
    const answer = ask(index, "Who is the chief executive of Harlow Mining?");
    expect(answer.verdict).toBe("near");
    expect(answer.results[0]?.missing?.words).toContain("executive");
  });

  it("answers the role the story does name", () => {
    expect(ask(index, "Who is the founder of Harlow Mining?").verdict).not.toBe("near");
  });

  it("comes near for an object the story never writes, and answers the one it does", () => {
    const open = ask(index, "When did Elling voters approve the new access tunnel?");
    expect(open.verdict).toBe("near");
    expect(open.results[0]?.missing?.words).toContain("tunnel");
    expect(ask(index, "When did Elling voters approve the access road?").verdict).toBe("answers");
  });

  it("takes a word of the same stem the story writes as written", () => {
    // "spokesperson" for "spokesman": no term nor bridge meets them.
    expect(ask(index, "Who is the spokesman of the Elling port?").verdict).toBe("answers");
  });
});
