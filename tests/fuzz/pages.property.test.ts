import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/add/extract.ts";
import { pageText } from "../../src/add/fetch-page.ts";
import { articleMarkdown } from "../../src/add/markdown.ts";
import { pageDocument } from "../../src/add/page-dom.ts";
import { checkedMarkdown } from "../../src/add/stored.ts";
import { withoutControls } from "../../src/text/controls.ts";
import { fuzzParams, fuzzTimeout } from "../helpers/arbitraries.ts";

/** Class names that mean something to the reader, and some that mean nothing. */
const CLASSES = [
  "article-body",
  "story",
  "content",
  "caption",
  "credit",
  "byline",
  "gallery",
  "related",
  "read-more-content",
  "newsletter",
  "promo",
  "share",
  "dek",
  "standfirst",
  "pull-quote",
  "twitter-tweet",
  "x9f3",
  "",
];

/** Words and trouble: entities, controls, direction marks, zero-width characters, quotes, markup look-alikes. */
const WORDS = [
  "The",
  "harbour",
  "closed",
  "on",
  "Monday,",
  "the",
  "council",
  "said.",
  "“We",
  "will",
  "reopen,”",
  "she",
  "said.",
  "By",
  "Photograph:",
  "Getty",
  "Images",
  "READ",
  "MORE:",
  "Sign",
  "up",
  "1 / 5",
  "==========",
  "&amp;",
  "&#151;",
  "&nbsp;",
  "&lt;p&gt;",
  "&#8238;",
  "&shy;",
  "&#x1b;[2J",
  "&#0;",
  "\u0000",
  "\u001b[2J",
  "\u202e",
  "\u200b",
  "\u00ad",
  "\ud83d\ude00",
  "]]>",
  "<!--",
  "-->",
];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((w) => w.join(" "));

/** A paragraph of a story: one to three sentences of the words above. */
const sentences = fc
  .array(fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 30 }), { minLength: 1, maxLength: 3 })
  .map((list) => list.map((words) => `${words.join(" ")}.`).join(" "));

/** An attribute, now and then a huge one or one with a name no parser expects. */
const attribute = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CLASSES).map((c) => `class="${c}"`) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => `data-x="${"a".repeat(n)}"`) },
  { weight: 1, arbitrary: fc.constantFrom('STYLE="display:none"', "hidden", 'aria-hidden="true"', "x=", "=y", '"') },
);

const TAGS = [
  "div",
  "p",
  "span",
  "a",
  "h1",
  "h2",
  "ul",
  "li",
  "figure",
  "figcaption",
  "blockquote",
  "table",
  "td",
  "aside",
  "section",
  "article",
  "b",
  "strong",
  "script",
  "style",
  "nav",
  "footer",
];

/** Markup nested a few levels: elements of every kind, text, line breaks, images, stray closing tags. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: fc.constantFrom("<br>", "<br><br>", "<img src=x>", "</div>", "</p>", "<hr>", "<p>") },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 2 }), fc.array(tie("node"), { maxLength: 5 }))
        .map(([tag, attributes, children]) => `<${tag} ${attributes.join(" ")}>${children.join("")}</${tag}>`),
    },
  ),
})).node;

/**
 * A page: metadata, a headline, numbered paragraphs (most pages hold an article), markup around them,
 * wrapped in up to 120 nested elements, closed or not.
 */
const page = fc
  .record({
    title: text,
    meta: fc.array(
      fc.constantFrom(
        '<meta property="og:site_name" content="http://www.example.com">',
        '<meta name="author" content="2019-04-15">',
        '<link rel="canonical" href="/">',
        '<link rel="canonical" href="https://elsewhere.example/story">',
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":null,"author":[{"name":"A"},"B"]}</script>',
        '<script type="application/ld+json">{ not json',
      ),
      { maxLength: 4 },
    ),
    headline: text,
    paragraphs: fc.array(sentences, { maxLength: 12 }),
    around: fc.array(markup, { maxLength: 6 }),
    depth: fc.nat({ max: 120 }),
    closed: fc.boolean(),
  })
  .map(({ title, meta, headline, paragraphs, around, depth, closed }) => {
    const story = paragraphs.map((p, i) => `<p>${i + 1}. ${p}</p>`).join("");
    const body = `<h1>${headline}</h1>${story}${around.join("")}`;
    const wrapped = `${"<div>".repeat(depth)}${body}${closed ? "</div>".repeat(depth) : ""}`;
    return `<!DOCTYPE html><html><head><title>${title}</title>${meta.join("")}</head><body>${wrapped}</body></html>`;
  });

/** The page's bytes in an encoding, as a server could send them, and the charset it declares if any. */
const encoded = fc.tuple(
  page,
  fc.constantFrom("utf-8", "utf-8-bom", "windows-1252", "utf-16le-bom", "utf-16be-bom", "none"),
);

function bytesOf(html: string, encoding: string): { bytes: Buffer; charset: string | undefined } {
  switch (encoding) {
    case "utf-8-bom":
      return { bytes: Buffer.from(`\ufeff${html}`, "utf8"), charset: undefined };
    case "windows-1252":
      return { bytes: Buffer.from(html, "latin1"), charset: "windows-1252" };
    case "utf-16le-bom":
      return { bytes: Buffer.from(`\ufeff${html}`, "utf16le"), charset: undefined };
    case "utf-16be-bom":
      return { bytes: Buffer.from(`\ufeff${html}`, "utf16le").swap16(), charset: undefined };
    case "none":
      return { bytes: Buffer.from(html, "utf8"), charset: undefined };
    default:
      return { bytes: Buffer.from(html, "utf8"), charset: "utf-8" };
  }
}

const CONTROL_OR_FORMAT = /[^\P{Cc}\n\t]|\p{Cf}/u;

/** Elements whose text a reader never sees. */
const UNSEEN = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "OBJECT",
  "SELECT",
  "OPTION",
  "BUTTON",
  "TEXTAREA",
]);

/** Whether the characters of `part` stand in `whole` in the same order (other characters between them). */
function inOrder(part: string, whole: string): boolean {
  let at = 0;
  for (const char of part) {
    at = whole.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

/** The text a reader sees under `node`, in document order: text nodes outside unseen and hidden elements. */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? "";
  if (node.nodeType !== 1) return "";
  const element = node as Element;
  const style = (element.getAttribute("style") ?? "").replace(/\s/gu, "").toLowerCase();
  const hidden =
    element.hasAttribute("hidden") ||
    element.getAttribute("aria-hidden") === "true" ||
    style.includes("display:none") ||
    style.includes("visibility:hidden");
  if (UNSEEN.has(element.tagName.toUpperCase()) || hidden) return "";
  return [...element.childNodes].map(visibleText).join("");
}

describe("reading generated pages (deep nesting, huge attributes, odd encodings, hostile text)", () => {
  it(
    "never throws, and gives no article or a clean one: words of the page only, one line a paragraph, storable",
    () => {
      fc.assert(
        fc.property(encoded, ([html, encoding]) => {
          const { bytes, charset } = bytesOf(html, encoding);
          const decoded = pageText({ url: "https://news.example/story", type: "text/html", charset, bytes });
          const article = extractArticle(decoded, "https://news.example/story");
          if (!article) return;
          const pageWords = withoutControls(
            visibleText(pageDocument(withoutControls(decoded)).documentElement),
          ).replace(/\s+/gu, "");
          expect(article.title.trim()).not.toBe("");
          expect(article.paragraphs.length).toBeGreaterThanOrEqual(2);
          expect(article.report.paragraphs).toBe(article.paragraphs.length);
          for (const count of Object.values(article.report.dropped)) expect(Number.isInteger(count)).toBe(true);
          for (const text of [article.title, ...article.paragraphs]) {
            expect(text).not.toMatch(CONTROL_OR_FORMAT);
            expect(text).not.toMatch(/\n/u);
          }
          // Every paragraph is the page's own visible text in the page's order, never written by the reader
          // (Readability may leave out what stood between two runs of it, as an aside inside a paragraph).
          for (const paragraph of article.paragraphs)
            expect(inOrder(paragraph.replace(/\s+/gu, ""), pageWords)).toBe(true);
          expect(new URL(article.url ?? "").protocol).toMatch(/^https?:$/u);
          const stored = checkedMarkdown("page.md", "page", articleMarkdown(article), 5_000_000);
          expect(stored.paragraphs.map((p) => p.text)).toEqual(article.paragraphs);
        }),
        fuzzParams("pages"),
      );
    },
    fuzzTimeout("pages"),
  );
});
