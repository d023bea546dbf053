import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { authorName, canonicalUrl, oneLine, publishedDate } from "./metadata.ts";

/** An article read from a page: what the corpus file will hold. */
export interface ExtractedArticle {
  title: string;
  /** The article's paragraphs in order, each on one line, nothing around them. */
  paragraphs: string[];
  url: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  tags: string[];
}

/**
 * Less than this is not an article: a search page, a paywall's teaser, a gallery. Readability returns
 * something for nearly any page, so the floor is what tells "no article found" apart. A short news
 * brief of two paragraphs clears it.
 */
const MIN_PARAGRAPHS = 2;
const MIN_ARTICLE_CHARS = 500;

/** Blocks that hold paragraphs of text, and those inside which text is never the article's. */
const TEXT_BLOCKS = "p, li, blockquote, pre";
const NOT_ARTICLE = "figure, figcaption, aside, nav, footer, form, button";
/** Class names and ids of what sites put inside an article's body that is not the article. */
const BOILERPLATE =
  /caption|credit|byline|dateline|share|social|related|read-?more|newsletter|promo|subscribe|advert|comment/iu;
/** A paragraph that is this much link text is a pointer to another page ("READ MORE: …"), not the article. */
const LINK_SHARE_MAX = 0.8;

/**
 * Reads the article on a web page with Mozilla's Readability over linkedom's DOM: headline,
 * paragraphs in order (no navigation, cookie banner, caption, share buttons, related list or
 * comments), and from the page's metadata the canonical url, the outlet (JSON-LD publisher or
 * `og:site_name`), the author and the publication date. Undefined when the page has no article.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle | undefined {
  const { document } = parseHTML(html);
  lowerCaseAttributes(document);
  const url = canonicalUrl(document, pageUrl);
  const headings = [...document.querySelectorAll("h1")].map((h) => oneLine(h.textContent ?? ""));
  const read = new Readability<Element>(document, { keepClasses: true, serializer: (node) => node as Element }).parse();
  if (!read?.content) return undefined;
  const paragraphs = paragraphsOf(read.content);
  const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
  const title = headline(oneLine(read.title ?? ""), headings);
  if (title === "" || paragraphs.length < MIN_PARAGRAPHS || length < MIN_ARTICLE_CHARS) return undefined;
  return {
    title,
    paragraphs,
    url,
    outlet: oneLine(read.siteName ?? "") || null,
    author: authorName(read.byline),
    published: publishedDate(read.publishedTime),
    tags: [],
  };
}

/**
 * The text blocks of Readability's content, innermost only (a quote's paragraphs, not the quote
 * around them), without what is inside a figure or an aside, what a class names as boilerplate, a
 * paragraph that is a link to elsewhere, or a repeat (a pull quote).
 */
function paragraphsOf(content: Element): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const block of content.querySelectorAll(TEXT_BLOCKS)) {
    if (block.querySelector(TEXT_BLOCKS) || block.closest(NOT_ARTICLE) || isBoilerplate(block, content)) continue;
    const text = oneLine(block.textContent ?? "");
    if (text === "" || seen.has(text) || linkShare(block, text) > LINK_SHARE_MAX) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}

function isBoilerplate(block: Element, content: Element): boolean {
  for (let at: Element | null = block; at && at !== content; at = at.parentElement) {
    if (BOILERPLATE.test(`${at.getAttribute("class") ?? ""} ${at.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}

function linkShare(block: Element, text: string): number {
  const linked = [...block.querySelectorAll("a")].reduce((sum, a) => sum + oneLine(a.textContent ?? "").length, 0);
  return linked / text.length;
}

/**
 * The headline: Readability's title (JSON-LD, `og:title` or the `<title>`), or the page's `<h1>` where
 * the title is that `<h1>` with the site's name around it ("Dockworkers vote to strike :: Coastline Wire").
 */
function headline(title: string, headings: string[]): string {
  const h1 = headings.find((h) => h.length >= title.length / 2 && title.includes(h) && h !== title);
  return h1 ?? (title || headings.find((h) => h !== "") || "");
}

/**
 * linkedom keeps attribute names as written, where an HTML parser lower-cases them; pages from older
 * publishing systems write `<META NAME="author">`, which Readability's lookups would then miss.
 */
function lowerCaseAttributes(document: Document): void {
  for (const element of document.querySelectorAll("*")) {
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      element.removeAttribute(name);
      if (!element.hasAttribute(lower)) element.setAttribute(lower, value);
    }
  }
}
