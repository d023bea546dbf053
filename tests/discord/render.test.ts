import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Passage } from "../../src/answer/types.ts";
import type { Attribution } from "../../src/attribution/types.ts";
import type { Article } from "../../src/corpus/types.ts";
import { EMBED_FIELDS_MAX, EMBEDS_MAX } from "../../src/discord/limits.ts";
import { type AnswerView, answerMessage, quoteBlock } from "../../src/discord/render/answer.ts";
import { articleListMessage, articleMessage } from "../../src/discord/render/article.ts";
import { plainMessage } from "../../src/discord/render/plain.ts";
import { openCorpus } from "../../src/open.ts";
import { renderAnswer } from "../../src/render/terminal.ts";
import type { CorpusIndex } from "../../src/search/corpus-index.ts";
import { liveMaskedLinks } from "../fuzz/checks.ts";
import { ask, sources } from "../helpers/answer.ts";
import { expectWithinLimits, LONE_SURROGATE, TRICKY } from "./tricky.ts";

const SUN: Attribution = {
  source: "The Sun",
  citing: ["sources in the British government"],
  cue: "reports",
  hedges: ["probably"],
};

const FACTS = { url: "https://example.org/article", outlet: null, published: null, author: null };

const view = (over: Partial<AnswerView> = {}): AnswerView => ({
  articleCount: 1,
  articleOf: () => FACTS,
  ...over,
});

function passage(over: Partial<Passage> = {}): Passage {
  const quote = over.quote ?? "Russia has probably already sent S-300 systems.";
  return {
    articleId: "a1",
    title: "Putin prepares",
    paragraph: 3,
    quote,
    text: quote,
    score: 1,
    highlights: [[0, 6]],
    attribution: [],
    sentences: [{ start: 0, end: quote.length, attribution: over.attribution ?? [] }],
    verdict: "answers",
    ...over,
  };
}

const ok = (results: Passage[], query = "What did Russia send?"): Answer => ({
  query,
  kind: "ask",
  status: "ok",
  verdict: "answers",
  unmatched: [],
  results,
});

describe("answerMessage", () => {
  let index: CorpusIndex;
  beforeAll(async () => {
    index = await openCorpus("corpus");
  });

  it("quotes the seed article's answer in a block quote with ¶3 and the matched words in bold", () => {
    const answer = ask(index, "What did Russia send to Libya?");
    const payload = answerMessage(answer, view());
    const embed = payload.embeds[0];
    expect(embed?.title).toMatch(/^¶3 · /u);
    expect(embed?.description).toMatch(/^> Under the guise/u);
    expect(embed?.description).toContain("**sent**");
    expect(embed?.url).toBe("https://example.org/article");
    expectWithinLimits(payload);
  });

  it("gives the attribution line, or the article's own voice", () => {
    const attributed = answerMessage(ok([passage({ attribution: [SUN] })]), view());
    expect(attributed.embeds[0]?.description).toContain(
      "— The Sun, citing sources in the British government · hedged: probably",
    );
    const own = answerMessage(ok([passage()]), view());
    expect(own.embeds[0]?.description).toMatch(/— in the article's own voice$/u);
  });

  it("says plainly that the article does not say it, naming the words it never mentions", () => {
    const answer = sources(index, "Russia landed on Mars");
    const payload = answerMessage(answer, view());
    expect(payload.embeds).toEqual([]);
    expect(payload.content).toContain("The article does not say this.");
    expect(payload.content).toContain("It never mentions **landed**, **Mars**.");
    const several = answerMessage(answer, view({ articleCount: 3 }));
    expect(several.content).toContain("None of the 3 articles says this.");
    expect(several.content).toContain("None of them mentions **landed**, **Mars**.");
    const question = answerMessage(ask(index, "Did Russia land on Mars?"), view({ articleCount: 3 }));
    expect(question.content).toContain("None of the 3 articles answers this.");
  });

  it("says no, and what is not mentioned, in the same words as the terminal, the markdown aside", () => {
    const answers = [
      sources(index, "Russia landed on Mars"),
      ask(index, "Did Norway send S-300 systems?"),
      ask(index, "What did Russia send to Libya by submarine?"),
    ];
    expect(answers.map((a) => a.status)).toEqual(["no_match", "no_match", "ok"]);
    for (const answer of answers) {
      for (const articleCount of [1, 4]) {
        const discord = plainMessage(answerMessage(answer, view({ articleCount })), (s) => s);
        const terminal = renderAnswer(answer, articleCount).split("\n");
        const said = terminal.filter((line) => /^ {2}\S/u.test(line)).map((line) => line.trim());
        expect(said.length).toBeGreaterThan(0);
        for (const line of said.filter((l) => !l.includes("¶"))) expect(discord).toContain(line);
      }
    }
  });

  it("says first that the article says otherwise, the clashing words side by side, and marks that passage", () => {
    const answer = sources(index, "Russia has backed Haftar for ten years");
    const payload = answerMessage(answer, view());
    expect(payload.content?.split("\n")[1]).toBe("The article gives another figure: **two** (the claim: **ten**).");
    expect(payload.embeds[0]?.title).toMatch(/^Says otherwise · ¶6 · /u);
    expect(renderAnswer(answer, 1).split("\n")[1]).toBe("  The article gives another figure: two (the claim: ten).");
  });

  it("says first what a near answer lacks, and shows its passage as the closest, not as an answer", () => {
    const answer = sources(index, "Wagner fighters were paid by the Libyan government");
    expect(answer.verdict).toBe("near");
    const payload = answerMessage(answer, view());
    expect(payload.content?.split("\n")[1]).toMatch(/^The article does not say this: .*\*\*paid\*\*/u);
    expect(payload.embeds[0]?.title).toMatch(/^Closest passage · ¶/u);
    expect(payload.embeds[1]?.title).toMatch(/^Related passage · ¶/u);
  });

  it("says a hedged source's claim is reported, hedged, and credits the source", () => {
    const answer = sources(index, "Russia has sent S-300 systems to Libya");
    const payload = answerMessage(answer, view());
    expect(payload.content?.split("\n")[1]).toBe("The article reports this, hedged: probably.");
    expect(payload.embeds[0]?.title).toMatch(/^¶3 · /u);
    expect(payload.embeds[0]?.description).toContain("— The Sun, citing sources in the British government");
  });

  it("puts nothing before an answer: the quote is the answer", () => {
    const answer = ask(index, "What did Russia send to Libya?");
    expect(answer.verdict).toBe("answers");
    expect(answerMessage(answer, view()).content).toBe("**Question:** What did Russia send to Libya?");
  });

  it("links the title only to an http(s) url, and names the article in the footer when there are several", () => {
    const none = answerMessage(ok([passage()]), view({ articleOf: () => ({ ...FACTS, url: null }) }));
    expect(none.embeds[0]).not.toHaveProperty("url");
    const odd = answerMessage(ok([passage()]), view({ articleOf: () => ({ ...FACTS, url: "javascript:alert(1)" }) }));
    expect(odd.embeds[0]).not.toHaveProperty("url");
    expect(none.embeds[0]?.footer).toBeUndefined();
    expect(answerMessage(ok([passage()]), view({ articleCount: 2 })).embeds[0]?.footer?.text).toBe("a1");
  });

  it("shows the article's card under each passage: outlet, day and author where known, then the id", () => {
    const card = {
      ...FACTS,
      outlet: "The Morrow Herald",
      published: "2025-03-04T09:12:00Z",
      author: "Priya Castellano",
    };
    const one = answerMessage(ok([passage()]), view({ articleOf: () => card }));
    expect(one.embeds[0]?.footer?.text).toBe("The Morrow Herald · 2025-03-04 · by Priya Castellano");
    const several = answerMessage(
      ok([passage()]),
      view({ articleCount: 2, articleOf: () => ({ ...card, outlet: null }) }),
    );
    expect(several.embeds[0]?.footer?.text).toBe("2025-03-04 · by Priya Castellano · a1");
  });

  for (const [name, text] of Object.entries(TRICKY)) {
    it(`keeps the ${name} fixture within every limit, as query, quote, title and source`, () => {
      const tricky = passage({
        quote: text,
        title: text,
        highlights:
          text.length > 4
            ? [
                [0, 2],
                [2, 4],
              ]
            : [],
        attribution: [{ ...SUN, source: text, citing: [text] }],
      });
      const payload = answerMessage(
        ok(
          Array.from({ length: 12 }, () => tricky),
          text,
        ),
        view(),
      );
      expectWithinLimits(payload);
      expect(payload.embeds).toHaveLength(EMBEDS_MAX);
      for (const part of [payload.content, ...payload.embeds.flatMap((e) => [e.title, e.description])]) {
        expect(part).not.toMatch(LONE_SURROGATE);
        expect(part).not.toMatch(/@(everyone|here)/u);
        expect(part).not.toMatch(/(?<!\\)<@/u);
        expect(liveMaskedLinks(part ?? "")).toEqual([]);
      }
    });
  }

  it("keeps any answer within every limit", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 7000 });
    const arbitraryPassage = fc.record({ quote: text, title: text, source: text, paragraph: fc.nat() }).chain((p) =>
      fc
        .array(fc.tuple(fc.nat({ max: p.quote.length }), fc.nat({ max: p.quote.length })), { maxLength: 20 })
        .map((pairs) =>
          passage({
            quote: p.quote,
            title: p.title,
            paragraph: p.paragraph,
            highlights: pairs.map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
            attribution: p.source ? [{ ...SUN, source: p.source }] : [],
          }),
        ),
    );
    fc.assert(
      fc.property(
        fc.array(arbitraryPassage, { maxLength: 12 }),
        text,
        fc.array(text, { maxLength: 30 }),
        (results, query, unmatched) => {
          // The verdict line quotes the query's and the article's words: a contradiction, or what is missing.
          for (const verdict of ["contradicts", "near"] as const) {
            expectWithinLimits(answerMessage(judged(results, query, unmatched, verdict), view({ articleCount: 2 })));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** A claim's answer whose first passage is `verdict`, quoting the claim and the article's words as it says why. */
function judged(results: Passage[], query: string, unmatched: string[], verdict: "contradicts" | "near"): Answer {
  const [first, ...rest] = results;
  const said: Passage | undefined = first && {
    ...first,
    verdict,
    contrast: { kind: "actor", claim: query, article: first.quote, claimAt: [0, 0], articleAt: [0, 0] },
    missing: { words: unmatched, answer: "place" },
  };
  return {
    query,
    kind: "sources",
    status: said ? "ok" : "no_match",
    verdict: said ? verdict : "no_match",
    unmatched,
    results: said ? [said, ...rest] : [],
  };
}

describe("quoteBlock", () => {
  it("closes every bold it opens when it must cut", () => {
    const quote = "alpha beta gamma delta";
    const block = quoteBlock(
      {
        quote,
        highlights: [
          [6, 10],
          [17, 22],
        ],
      },
      16,
    );
    expect(block.length).toBeLessThanOrEqual(16);
    expect(block.match(/\*\*/gu)?.length ?? 0).toBe(2);
    expect(block.endsWith("…")).toBe(true);
  });

  it("keeps every line of a multi-line quote inside the block quote", () => {
    expect(quoteBlock({ quote: "one\ntwo", highlights: [] }, 100)).toBe("> one\n> two");
  });
});

describe("articleMessage", () => {
  const article: Article = {
    id: "a1",
    file: "a1.txt",
    title: "Putin prepares for military campaign in Libya",
    url: "https://example.org/a1",
    outlet: "Example News",
    author: null,
    published: null,
    licence: null,
    tags: ["Putin", "Libya"],
    paragraphs: Array.from({ length: 12 }, (_, i) => ({ number: i + 1, text: "x", line: i + 3, sentences: [] })),
  };

  it("gives the headline linked, the paragraph count, the tags and who speaks where", () => {
    const payload = articleMessage(article, [
      { source: "The Sun", paragraphs: [3], citing: ["sources in the British government"] },
      { source: "RBC", paragraphs: [4, 5], citing: [] },
    ]);
    const embed = payload.embeds[0];
    expect(embed?.title).toBe(article.title);
    expect(embed?.url).toBe(article.url);
    expect(embed?.description).toContain("12 paragraphs · Example News");
    expect(embed?.description).toContain("Tags: Putin, Libya");
    expect(embed?.fields).toEqual([
      { name: "The Sun", value: "¶3 · citing sources in the British government" },
      { name: "RBC", value: "¶4, ¶5" },
    ]);
    expectWithinLimits(payload);
  });

  it("gives the article's card: outlet, day and author, escaped", () => {
    const card = { ...article, published: "2025-03-04", author: "*Priya* Castellano" };
    expect(articleMessage(card, []).embeds[0]?.description).toContain(
      "12 paragraphs · Example News · 2025-03-04 · by \\*Priya\\* Castellano",
    );
  });

  it("says when every paragraph is in the article's own voice", () => {
    expect(articleMessage(article, []).embeds[0]?.description).toContain(
      "Every paragraph is in the article's own voice.",
    );
  });

  for (const [name, text] of Object.entries(TRICKY)) {
    it(`keeps 40 sources named with the ${name} fixture within every limit, no link live`, () => {
      const speakers = Array.from({ length: 40 }, (_, i) => ({
        source: text,
        paragraphs: Array.from({ length: 300 }, (_, p) => p + i),
        citing: [text],
      }));
      const payload = articleMessage({ ...article, title: text, outlet: text, tags: [text] }, speakers);
      expectWithinLimits(payload);
      const [embed] = payload.embeds;
      for (const part of [
        embed?.title,
        embed?.description,
        ...(embed?.fields ?? []).flatMap((f) => [f.name, f.value]),
      ]) {
        expect(liveMaskedLinks(part ?? "")).toEqual([]);
      }
      expect(payload.embeds[0]?.fields).toHaveLength(EMBED_FIELDS_MAX);
      expect(payload.embeds[0]?.fields?.at(-1)?.value).toBe("and 16 more sources");
    });
  }

  it("lists several articles within the description's limit", () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      ...article,
      id: `article-${i}`,
      title: TRICKY.markdown ?? "",
    }));
    const payload = articleListMessage(many);
    expectWithinLimits(payload);
    expect(payload.embeds[0]?.description).toMatch(/…and \d+ more$/u);
  });
});
