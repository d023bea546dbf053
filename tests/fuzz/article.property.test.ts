import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sourceIndex } from "../../src/attribution/sources.ts";
import type { Attribution } from "../../src/attribution/types.ts";
import type { Article } from "../../src/corpus/types.ts";
import { articleListMessage, articleMessage } from "../../src/discord/render/article.ts";
import { articleJson } from "../../src/render/json.ts";
import { printable, renderArticle } from "../../src/render/terminal.ts";
import { anyText, fuzzParams, fuzzTimeout } from "../helpers/arbitraries.ts";
import { expectSafe, type SentMessage, shown, showsAsTyped, wellFormed } from "./checks.ts";

const nonBlank = anyText().filter((t) => t.trim() !== "");
const attribution: fc.Arbitrary<Attribution> = fc.record({
  source: nonBlank,
  citing: fc.array(anyText(), { maxLength: 3 }),
  cue: fc.constantFrom("said", "reports", "according to"),
  hedges: fc.array(fc.constantFrom("probably", "reportedly", "may"), { maxLength: 2 }),
});

/** An article as the parser could give it, every text hostile, with who-says-what for each sentence. */
const indexedArticle = fc
  .record({
    id: nonBlank,
    title: nonBlank,
    url: fc.oneof(fc.constant(null), fc.webUrl(), anyText()),
    outlet: fc.option(anyText(), { nil: null }),
    author: fc.option(anyText(), { nil: null }),
    published: fc.option(anyText(), { nil: null }),
    tags: fc.array(anyText(), { maxLength: 20 }),
    paragraphs: fc.array(fc.tuple(nonBlank, fc.array(fc.array(attribution, { maxLength: 2 }), { maxLength: 3 })), {
      minLength: 1,
      maxLength: 40,
    }),
  })
  .map(({ paragraphs, ...meta }) => {
    const article: Article = {
      ...meta,
      file: `${meta.id}.txt`,
      licence: null,
      paragraphs: paragraphs.map(([text], i) => ({ number: i + 1, text, line: i * 2 + 3, sentences: [] })),
    };
    return { article, attribution: paragraphs.map(([, sentences]) => sentences), terms: new Int32Array(0) };
  });

const texts = (a: Article) => [
  a.id,
  a.title,
  a.url ?? "",
  a.outlet ?? "",
  a.author ?? "",
  a.published ?? "",
  ...a.tags,
];

describe("/article and the article renderers, on any article", () => {
  it(
    "stay within every limit, ping no one, show the headline as written, and are deterministic",
    () => {
      fc.assert(
        fc.property(indexedArticle, fc.array(indexedArticle, { maxLength: 30 }), (indexed, others) => {
          const { article } = indexed;
          const speakers = sourceIndex(article, indexed.attribution);
          const message = articleMessage(article, speakers) as SentMessage;
          expect(articleMessage(article, speakers)).toEqual(message);
          const sourceTexts = speakers.flatMap((s) => [s.source, ...s.citing]);
          expectSafe(message, wellFormed(...texts(article), ...sourceTexts));
          const [embed] = message.embeds;
          if (wellFormed(article.title)) expect(showsAsTyped(shown(embed?.title ?? ""), article.title)).toBe(true);
          expect((embed?.fields ?? []).length).toBe(Math.min(speakers.length, 25));

          const all = [article, ...others.map((o) => o.article)];
          expectSafe(
            articleListMessage(all) as SentMessage,
            all.every((a) => wellFormed(...texts(a))),
          );

          expect(renderArticle(indexed)).toContain(printable(article.title));
          const json = JSON.parse(articleJson(indexed));
          expect(json.title).toBe(article.title);
          expect(json.paragraphs.map((p: { text: string }) => p.text)).toEqual(article.paragraphs.map((p) => p.text));
        }),
        fuzzParams("articles"),
      );
    },
    fuzzTimeout("articles"),
  );
});
