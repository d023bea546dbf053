import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { creditedFor, mergeAttributions } from "../src/attribution/sources.ts";
import type { Attribution } from "../src/attribution/types.ts";
import { parseTxt } from "../src/corpus/parse.ts";

/** Every sentence of an invented article with its attributions. */
function sentences(...paragraphs: string[]): Array<{ text: string; list: Attribution[] }> {
  const article = parseTxt("invented.txt", "invented", `An invented headline\n\n${paragraphs.join("\n\n")}\n`);
  const attribution = attributeArticle(article);
  return article.paragraphs.flatMap((paragraph, p) =>
    paragraph.sentences.map((sentence, s) => ({ text: sentence.text, list: attribution[p]?.[s] ?? [] })),
  );
}

/** What each source of a one-sentence article is credited with saying, as text: `{ source: words }`. */
function claims(sentence: string): Record<string, string> {
  const all = sentences(sentence);
  expect(all).toHaveLength(1);
  const [{ text, list }] = all as [{ text: string; list: Attribution[] }];
  expect(list.length).toBeGreaterThan(0);
  return Object.fromEntries(list.map((a) => [a.source, a.claim ? text.slice(...a.claim) : "(no claim)"]));
}

/** The sources credited with the given words of a one-sentence article. */
function creditedWith(sentence: string, words: string): string[] {
  const [{ text, list }] = sentences(sentence) as [{ text: string; list: Attribution[] }];
  const start = text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return creditedFor(list, start, start + words.length).map((a) => a.source);
}

describe("claim: what the cue governs", () => {
  it("'X said (that) CLAUSE' is the complement, without the source and its verb", () => {
    expect(claims("Mayor Ida Lund said that the old pier would reopen in May.")).toEqual({
      "Mayor Ida Lund": "the old pier would reopen in May.",
    });
    expect(claims("The Velka Post reports the tannery will close.")).toEqual({
      "The Velka Post": "the tannery will close.",
    });
  });

  it("'X said: “...”' ends with the quotation it opens", () => {
    const sentence = "Councillor Ida Lund said: “The budget is gone.”";
    expect(claims(sentence)).toEqual({ "Councillor Ida Lund": "The budget is gone." });
  });

  it("'CLAUSE, X said' is the clause before the source, and so is 'CLAUSE, said X'", () => {
    expect(claims("The pier will reopen in May, the harbour master said.")).toEqual({
      "the harbour master": "The pier will reopen in May",
    });
    expect(claims("The tannery will close before winter, said union leader Piet Aalto.")).toEqual({
      "union leader Piet Aalto": "The tannery will close before winter",
    });
    expect(claims("Fish prices will probably double, the Velka Post reports, citing traders at the market.")).toEqual({
      "the Velka Post": "Fish prices will probably double",
    });
  });

  it("a quotation before the cue ('“...,” X said') is the quoted words only", () => {
    expect(claims("“We will rebuild the pier by spring,” the harbour master said.")).toEqual({
      "the harbour master": "We will rebuild the pier by spring",
    });
    expect(claims("“The dam is sound,” engineer Ruth Amsel told the Velka Post on Monday.")).toEqual({
      "engineer Ruth Amsel": "The dam is sound",
    });
  });

  it("'according to X' credits the other side of it", () => {
    expect(claims("According to the council, the bakery closed in June.")).toEqual({
      "the council": "the bakery closed in June.",
    });
    expect(claims("The bakery closed in June, according to the council.")).toEqual({
      "the council": "The bakery closed in June",
    });
  });

  it("'..., which X referred to as a “...”' is that relative clause, not the main clause", () => {
    const sentence =
      "After the closure of the mill, which the union referred to as a “betrayal”, the town lost 300 jobs.";
    expect(claims(sentence)).toEqual({ "the union": "which the union referred to as a “betrayal”" });
    expect(claims("The dam, which officials said was safe, burst on Monday.")).toEqual({
      officials: "which officials said was safe",
    });
  });

  it("'..., as X put it' is the quoted words, or the clause before without a quotation", () => {
    expect(claims("The strike was a “reckless gamble”, as the opposition leader put it.")).toEqual({
      "the opposition leader": "reckless gamble",
    });
    expect(claims("The ferry was late, as the captain said, and nobody minded.")).toEqual({
      "the captain": "The ferry was late",
    });
  });

  it("ends a claim where another source's clause starts", () => {
    expect(claims("The mayor, Ida Lund, said the pier was safe; Governor Piet Aalto said it was not.")).toEqual({
      "Ida Lund": "the pier was safe",
      "Governor Piet Aalto": "it was not.",
    });
  });

  it("falls back to the whole sentence where the source's clause runs both sides of it", () => {
    const sentence = "Prices rose, officials said, after the harvest failed.";
    expect(claims(sentence)).toEqual({ officials: sentence });
  });

  it("credits a sentence that only carries on a quotation with all of it", () => {
    const [first, ...carried] = sentences(
      "Mayor Ida Lund said on Monday: “The pier will reopen in March, as we promised.",
      "“The fleet is safe. The crews will be paid in full before the season starts.”",
    );
    expect(first?.list[0]?.claim).toEqual([first?.text.indexOf("The pier"), first?.text.length]);
    expect(carried.length).toBeGreaterThan(0);
    for (const { text, list } of carried)
      expect(list).toMatchObject([{ source: "Mayor Ida Lund", claim: [0, text.length] }]);
  });
});

describe("creditedFor", () => {
  const ousting =
    "After the ousting of the mayor, which Governor Piet Aalto referred to as a “purge”, the town lost $4 million.";

  it("keeps only the sources whose claim covers the matched words", () => {
    expect(creditedWith(ousting, "purge")).toEqual(["Governor Piet Aalto"]);
    expect(creditedWith(ousting, "the town lost $4 million")).toEqual([]);
    expect(creditedWith(ousting, "lost")).toEqual([]);
  });

  it("picks between two sources of one sentence by where the words are", () => {
    const sentence = "The mayor, Ida Lund, said the pier was safe; Governor Piet Aalto said it was not.";
    expect(creditedWith(sentence, "pier was safe")).toEqual(["Ida Lund"]);
    expect(creditedWith(sentence, "it was not")).toEqual(["Governor Piet Aalto"]);
    expect(creditedWith(sentence, "safe; Governor Piet Aalto said it")).toEqual(["Ida Lund", "Governor Piet Aalto"]);
  });

  it("takes [start, end) as half-open, an empty span as a point, and a missing claim as the whole sentence", () => {
    const a: Attribution = { source: "A", citing: [], cue: "said", hedges: [], claim: [10, 20] };
    const b: Attribution = { source: "B", citing: [], cue: "said", hedges: [], claim: [20, 30] };
    const c: Attribution = { source: "C", citing: [], cue: "said", hedges: [] };
    const names = (list: Attribution[]) => list.map((x) => x.source);
    expect(names(creditedFor([a, b, c], 0, 10))).toEqual(["C"]);
    expect(names(creditedFor([a, b, c], 19, 20))).toEqual(["A", "C"]);
    expect(names(creditedFor([a, b, c], 19, 21))).toEqual(["A", "B", "C"]);
    expect(names(creditedFor([a, b, c], 20, 20))).toEqual(["B", "C"]);
    expect(names(creditedFor([a, b], 30, 40))).toEqual([]);
  });
});

describe("claim and merged attributions", () => {
  it("leaves claim out of a merge of sentences, whose offsets would point into no one sentence", () => {
    const [one, two] = sentences("Mayor Ida Lund said the pier was safe. Mayor Ida Lund said the bridge was not.");
    expect(one?.list[0]?.claim).toBeDefined();
    const merged = mergeAttributions([one?.list ?? [], two?.list ?? []]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).not.toHaveProperty("claim");
    expect(one?.list[0]?.claim).toBeDefined();
  });
});
