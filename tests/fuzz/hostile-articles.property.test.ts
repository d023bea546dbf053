import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QueryError } from "../../src/answer/answer.ts";
import type { Answer } from "../../src/answer/types.ts";
import { sourceIndex } from "../../src/attribution/sources.ts";
import { CorpusError } from "../../src/corpus/errors.ts";
import { answerMessage } from "../../src/discord/render/answer.ts";
import { articleListMessage, articleMessage } from "../../src/discord/render/article.ts";
import { openCorpus } from "../../src/open.ts";
import { answerJson, articleJson } from "../../src/render/json.ts";
import { ANSI, PLAIN, renderAnswer, renderArticle } from "../../src/render/terminal.ts";
import type { CorpusIndex } from "../../src/search/corpus-index.ts";
import { ask, sources } from "../helpers/answer.ts";
import { fuzzParams, fuzzTimeout } from "../helpers/arbitraries.ts";
import { makeCorpusDir, removeCorpusDir } from "../helpers/corpus-dir.ts";
import { expectSafe, type SentMessage } from "./checks.ts";

/**
 * Whole articles as a hostile or careless writer could leave them, written to a corpus folder and taken
 * through everything a corpus goes through: reading, attribution, indexing, the cache, answering and
 * every renderer. Well-formed articles load, whatever their text; a malformed one is its own error,
 * naming its file (and line), and the others load without it.
 */

/** Text that makes trouble for a pattern, a tagger, a parser or a terminal. */
const TROUBLE = [
  // Regular-expression syntax and brackets: a pattern built from article text once broke the load.
  "[",
  "]",
  "(",
  ")",
  "{2,}",
  "site[1]",
  "(a+)+$",
  "\\",
  "\\k<x>",
  "(?<",
  "*+?",
  "^$|.",
  "$&",
  "$1",
  // Quotation marks, unbalanced.
  '"',
  "“",
  "”",
  "‘",
  "’",
  "«",
  "„",
  "'",
  // Control characters and terminal escapes.
  "\u0000",
  "\u0007",
  "\u001b[2J",
  "\u001b]0;owned\u0007",
  "\u001b]8;;https://evil.example\u001b\\",
  "\u009b31m",
  "\u0085",
  "\u007f",
  "\r",
  "\u000b",
  // Direction and combining marks, other scripts.
  "\u202e",
  "\u2067",
  "\u200f",
  "\u0301",
  "e\u0301",
  "Z\u0336\u0335a\u0334",
  "مرحبا",
  "שלום",
  "\ud83d\ude00",
  "\ud835\udd4f",
  // Markdown and Discord.
  "**",
  "```",
  "@everyone",
  "<@123>",
  "[free nitro](https://evil.example)",
  "||",
];

/** Words that set attribution going: reporting cues, names, and the pronouns and descriptions that refer back. */
const CUES = [
  "said",
  "says",
  "reported",
  "according to",
  "told",
  "claimed",
  "citing",
  "Reuters",
  "The site[1]",
  "The agency",
  "the ministry",
  "he",
  "she",
  "it",
  "they",
  "Mr. Smith",
  "Ana Kovač",
  "The sources",
  "officials",
  "probably",
  "reportedly",
  "UAE",
  "United Arab Emirates",
  "S-300",
  "40%",
  "4.5",
  "Tuesday",
];

const WORDS = ["storm", "harbour", "boats", "closed", "the", "of", "in", "was", "crews", "stay", "ashore", "damage"];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: fc.constantFrom(...TROUBLE) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }).filter((s) => !s.includes("\n")) },
);

/** A sentence: a word, then pieces joined by spaces or not, and an ending (or none). */
const sentence = fc
  .tuple(
    fc.constantFrom(...WORDS),
    fc.array(fc.tuple(piece, fc.constantFrom(" ", " ", "")), { maxLength: 16 }),
    fc.constantFrom(".", ".", "!", "?", "…", ".”", ""),
  )
  .map(([first, rest, end]) => `${first} ${rest.map(([p, gap]) => p + gap).join("")}${end}`);

/** A sentence that never ends: thousands of characters without a full stop. */
const longSentence = fc
  .array(piece, { minLength: 800, maxLength: 1500 })
  .map((pieces) => `storm ${pieces.join(" ").replaceAll(/[.!?…]/gu, ",")}`);

/** A paragraph: sentences on one line or on several (a line of controls alone becomes a paragraph break). */
const paragraph = fc.oneof(
  { weight: 12, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" ")) },
  { weight: 3, arbitrary: fc.array(sentence, { minLength: 2, maxLength: 4 }).map((s) => s.join("\n")) },
  { weight: 1, arbitrary: longSentence },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 60, maxLength: 120 }).map((s) => s.join(" ")) },
);

/** An article's paragraphs: a few as a rule, now and then hundreds of short ones. */
const paragraphs = fc.oneof(
  { weight: 10, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 6 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 200, max: 600 })
      .map((n) => Array.from({ length: n }, (_, i) => `Line ${i} was [${i}].`)),
  },
);

/** A way of leaving an article malformed, each the fault of one file. */
type Fault = "no headline" | "two-line headline" | "not UTF-8" | "javascript url" | "unclosed front matter";

/** The formats each fault can be made in. */
const FAULTS: Record<Fault, Array<"txt" | "md">> = {
  "no headline": ["txt"],
  "two-line headline": ["txt"],
  "not UTF-8": ["txt"],
  "javascript url": ["txt", "md"],
  "unclosed front matter": ["md"],
};

/** One generated article: what its files will say, and how it is malformed, if it is. */
interface ArticleFile {
  id: string;
  format: "txt" | "md";
  /** The extension as written, in any case. */
  ext: string;
  headline: string;
  paragraphs: string[];
  tags: string[];
  outlet: string | null;
  url: string | null;
  fault: Fault | null;
}

const articleFile = fc.record({
  id: fc
    .array(fc.constantFrom("a", "b", "Zebra", "[1]", "(x)", "$&", " ", ".", "é", "\u202e", "\u001b[2J", "ü"), {
      minLength: 1,
      maxLength: 5,
    })
    .map((parts) => parts.join("")),
  format: fc.constantFrom("txt" as const, "md" as const),
  upper: fc.boolean(),
  headline: sentence,
  paragraphs,
  tags: fc.oneof(
    fc.constant<string[]>([]),
    fc.array<string>(fc.constantFrom("storms", "Port Elling", "R&D", "ünïcode"), { minLength: 2, maxLength: 4 }),
  ),
  outlet: fc.option(sentence, { nil: null }),
  url: fc.option(fc.webUrl({ validSchemes: ["http", "https"] }), { nil: null }),
});

/** A corpus: one to four articles, at most one of them malformed. */
const corpus = fc
  .tuple(
    fc.array(articleFile, { minLength: 1, maxLength: 4 }),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom(...(Object.keys(FAULTS) as Fault[]))), { nil: undefined, freq: 4 }),
  )
  .map(([files, broken]): ArticleFile[] =>
    files.map(({ upper, ...file }, i) => ({
      ...file,
      // Unique ids whatever was drawn; a trailing dot or space would change the extension.
      id: `${file.id}-${i}`,
      ext: upper ? `.${file.format.toUpperCase()}` : `.${file.format}`,
      fault: broken && broken[0] % files.length === i && FAULTS[broken[1]].includes(file.format) ? broken[1] : null,
    })),
  );

/** The files of one article, as its writer left them, and the line its fault is at (when it is at one). */
function write(article: ArticleFile): { files: Record<string, string | Uint8Array>; faultLine?: number } {
  const { id, ext, headline, fault } = article;
  const body = article.paragraphs.join("\n\n");
  const url = fault === "javascript url" ? "javascript:alert(1)" : article.url;
  if (article.format === "md") {
    const front = [
      `title: ${JSON.stringify(headline)}`,
      ...(url === null ? [] : [`url: ${JSON.stringify(url)}`]),
      ...(article.outlet === null ? [] : [`outlet: ${JSON.stringify(article.outlet)}`]),
      ...(article.tags.length === 0 ? [] : [`tags: ${JSON.stringify(article.tags)}`]),
    ];
    const close = fault === "unclosed front matter" ? [] : ["---"];
    const text = ["---", ...front, ...close, "", body, ""].join("\n");
    // A bad url is the line of its key, after "---" and the title; an unclosed front matter is where it opens.
    return { files: { [`${id}${ext}`]: text }, faultLine: fault === "javascript url" ? 3 : 1 };
  }
  const lines = [
    fault === "no headline" ? "" : headline,
    ...(fault === "two-line headline" ? ["more headline"] : []),
    "",
    body,
  ];
  if (article.tags.length > 0) lines.push("", article.tags.join(", "));
  const text = `${lines.join("\n")}\n`;
  const files: Record<string, string | Uint8Array> = {
    [`${id}${ext}`]:
      fault === "not UTF-8" ? Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from(" end\n")]) : text,
  };
  if (url !== null || article.outlet !== null) {
    files[`${id}.meta.json`] = JSON.stringify({ url: url ?? undefined, outlet: article.outlet ?? undefined });
  }
  const faultLine = {
    "no headline": 1,
    "two-line headline": 2,
    "not UTF-8": text.split("\n").length,
    "javascript url": undefined,
    "unclosed front matter": undefined,
  } satisfies Record<Fault, number | undefined>;
  return { files, faultLine: fault ? faultLine[fault] : undefined };
}

/** Control characters left in terminal text once citebot's own bold (SGR 1 and 22) is taken out. */
const controlsIn = (text: string) =>
  [
    ...text
      .replaceAll("\u001b[1m", "")
      .replaceAll("\u001b[22m", "")
      .matchAll(/[^\P{Cc}\t\n]/gu),
  ].map((m) => m[0]);

function expectAnswerRendered(index: CorpusIndex, answer: Answer, articleCount: number) {
  for (const passage of answer.results) {
    const paragraph = index.articles.get(passage.articleId)?.article.paragraphs[passage.paragraph - 1];
    expect(paragraph?.text).toBe(passage.text);
    expect(passage.text).toContain(passage.quote);
    for (const [start, end] of passage.highlights)
      expect(0 <= start && start < end && end <= passage.quote.length).toBe(true);
  }
  expect(JSON.parse(answerJson(answer))).toEqual(answer);
  for (const style of [PLAIN, ANSI]) expect(controlsIn(renderAnswer(answer, articleCount, style))).toEqual([]);
  const articleOf = (id: string) => index.articles.get(id)?.article;
  // Lone surrogates are not drawn, so every message must be well-formed too.
  expectSafe(answerMessage(answer, { articleCount, articleOf }) as SentMessage, true);
}

function expectServed(index: CorpusIndex, queries: string[]) {
  const ids = [...index.articles.keys()];
  for (const { article, attribution } of index.articles.values()) {
    for (const text of [article.title, article.url ?? "", article.outlet ?? "", ...article.tags]) {
      expect(controlsIn(text)).toEqual([]);
    }
    for (const p of article.paragraphs) {
      expect(controlsIn(p.text)).toEqual([]);
      for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(controlsIn(renderArticle({ article, attribution }))).toEqual([]);
    expect(JSON.parse(articleJson({ article, attribution })).title).toBe(article.title);
    expectSafe(articleMessage(article, sourceIndex(article, attribution)) as SentMessage, true);
  }
  expectSafe(articleListMessage([...index.articles.values()].map((a) => a.article)) as SentMessage, true);
  for (const query of queries) {
    for (const article of [undefined, ...ids.slice(0, 1)]) {
      for (const run of [ask, sources]) {
        expectAnswerRendered(index, run(index, query, { article }), article === undefined ? ids.length : 1);
      }
    }
    expect(() => ask(index, query, { article: "no such article" })).toThrow(QueryError);
  }
}

describe("hostile articles, through load, attribution, the index, the cache, answers and every renderer", () => {
  it(
    "load when well-formed, are their own file's error when not, and are answered and shown safely",
    async () => {
      await fc.assert(
        fc.asyncProperty(corpus, fc.array(sentence, { minLength: 1, maxLength: 2 }), async (articles, queries) => {
          const written = articles.map(write);
          const dir = makeCorpusDir(Object.assign({}, ...written.map((w) => w.files)));
          const cacheDir = makeCorpusDir({});
          try {
            const broken = articles.findIndex((a) => a.fault !== null);
            if (broken >= 0) {
              const fault = articles[broken] as ArticleFile;
              let error: unknown;
              try {
                await openCorpus(dir, { cacheDir });
              } catch (thrown) {
                error = thrown;
              }
              expect(error).toBeInstanceOf(CorpusError);
              const { file, line } = error as CorpusError;
              const sidecar = fault.format === "txt" && fault.fault === "javascript url";
              expect(file).toBe(join(dir, sidecar ? `${fault.id}.meta.json` : `${fault.id}${fault.ext}`));
              expect(line).toBe(written[broken]?.faultLine);
              for (const name of Object.keys(written[broken]?.files ?? {})) rmSync(join(dir, name));
              if (articles.length === 1) return;
            }
            const warnings: string[] = [];
            const built = await openCorpus(dir, { cacheDir, onWarning: (w) => warnings.push(w) });
            const loaded = await openCorpus(dir, { cacheDir, onWarning: (w) => warnings.push(w) });
            expect(warnings).toEqual([]);
            expect(built.articles.size).toBe(articles.length - (broken >= 0 ? 1 : 0));
            expect([...loaded.articles.values()]).toEqual([...built.articles.values()]);
            // A question in the article's own words, cut by code points so that no pair of surrogates is split.
            const own = [...([...built.articles.values()][0]?.article.paragraphs[0]?.text ?? "")]
              .slice(0, 100)
              .join("");
            expectServed(loaded, [...queries, own]);
            for (const query of queries) expect(ask(loaded, query)).toEqual(ask(built, query));
          } finally {
            removeCorpusDir(dir);
            removeCorpusDir(cacheDir);
          }
        }),
        fuzzParams("corpora"),
      );
    },
    fuzzTimeout("corpora"),
  );

  it("quote the right sentence of a paragraph of more than 65,535 words", async () => {
    // Sentence ends were kept as 16-bit offsets into the paragraph's terms, which wrapped past 65,535.
    const words = Array.from({ length: 100_000 }, (_, i) => (i % 10_000 === 9_999 ? `marker${i}.` : `w${i % 50}`));
    const dir = makeCorpusDir({ "long.txt": `Long\n\n${words.join(" ")}\n` });
    try {
      const index = await openCorpus(dir);
      const [passage] = ask(index, "marker89999").results;
      expect(passage?.quote.endsWith("marker89999.")).toBe(true);
    } finally {
      removeCorpusDir(dir);
    }
  });
});
