import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex, holdsTerm, updateIndex } from "../src/search/corpus-index.ts";
import { ask } from "./helpers/answer.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";

const harbour = parseTxt("harbour.txt", "harbour", HARBOUR);
const mine = parseTxt("mine.txt", "mine", MINE);
const nickel = parseTxt("mine.txt", "mine", MINE.replaceAll("copper", "nickel").replaceAll("Copper", "Nickel"));
const entry = (article: typeof harbour) => ({ article, attribution: attributeArticle(article) });

/** What a reader sees of an answer: the passages, where they stand, what matched, what is missing. */
function seen(answer: ReturnType<typeof ask>) {
  return {
    status: answer.status,
    unmatched: answer.unmatched,
    results: answer.results.map(({ articleId, paragraph, quote, score, highlights, attribution }) => ({
      articleId,
      paragraph,
      quote,
      score,
      highlights,
      attribution,
    })),
  };
}

const QUESTIONS = [
  "nickel mine",
  "copper miners",
  "How many fishing boats were stranded?",
  "Who estimates the damage?",
  "Where were the waves recorded?",
  "When did the mine reopen?",
  "Who opposes the reopening?",
];

describe("buildIndex", () => {
  it("attributes an article when its attribution is first read, once, and not before", () => {
    const attributed: string[] = [];
    const index = buildIndex([harbour, mine], (article) => {
      attributed.push(article.id);
      return attributeArticle(article);
    });
    expect(attributed).toEqual([]);
    const answer = ask(index, "How many fishing boats were stranded?");
    expect(answer.results.map((result) => result.articleId)).toEqual(["harbour"]);
    expect(attributed).toEqual(["harbour"]);
    expect(index.articles.get("mine")?.attributed).toBe(false);
    ask(index, "Who estimates the damage?");
    expect(attributed.filter((id) => id === "harbour")).toHaveLength(1);
  });
});

describe("updateIndex", () => {
  it("answers, after a changed article is taken in, as an index built from the new articles does", () => {
    const updated = buildIndex([harbour, mine], attributeArticle);
    updateIndex(updated, { removed: ["mine"], added: [entry(nickel)] });
    const built = buildIndex([harbour, nickel], attributeArticle);
    for (const question of QUESTIONS) expect(seen(ask(updated, question))).toEqual(seen(ask(built, question)));
    expect(updated.miniSearch.documentCount).toBe(built.miniSearch.documentCount);
    expect(updated.averageSentenceLength).toBeCloseTo(built.averageSentenceLength, 10);
  });

  it("forgets what only a removed article said", () => {
    const index = buildIndex([harbour, mine], attributeArticle);
    expect(ask(index, "copper miners").status).toBe("ok");
    updateIndex(index, { removed: ["mine"], added: [] });
    expect(ask(index, "copper miners")).toMatchObject({ status: "no_match", unmatched: ["copper", "miners"] });
    expect(ask(index, "How many fishing boats were stranded?").results[0]?.articleId).toBe("harbour");
  });

  it("forgets the words only a removed article's headline held", () => {
    const strike = parseTxt("strike.txt", "strike", "Dockers strike at the Velka quay\n\nWork stopped on Monday.");
    const index = buildIndex([harbour, strike], attributeArticle);
    expect(holdsTerm(index, "docker")).toBe(true);
    expect(holdsTerm(index, "docker", index.articles.get("harbour"))).toBe(false);
    updateIndex(index, { removed: ["strike"], added: [] });
    expect(holdsTerm(index, "docker")).toBe(false);
  });

  it("leaves the index as it was when an added article cannot be indexed", () => {
    const index = buildIndex([harbour, mine], attributeArticle);
    const before = seen(ask(index, "copper miners"));
    const broken = {
      ...entry(nickel),
      article: { ...nickel, paragraphs: [{ ...nickel.paragraphs[0], sentences: null }] },
    };
    expect(() => updateIndex(index, { removed: ["mine"], added: [broken as never] })).toThrow(/mine\.txt/u);
    expect(seen(ask(index, "copper miners"))).toEqual(before);
  });
});
