import { Readability } from "@mozilla/readability";
import { withoutControls } from "../text/controls.ts";
import { Classifier, type DropKind, isSummaryHeading, kindOfText } from "./boilerplate.ts";
import { chooseHeadline, headings } from "./headline.ts";
import { mainText, shortfallOf } from "./main-text.ts";
import { authorName, isSiteTitle, oneLine, pageMetadata } from "./metadata.ts";
import { type Outline, outlineOf } from "./outline.ts";
import { type TextBlock, textBlocks } from "./page-blocks.ts";
import { ORDER, orderOf, pageDocument, placeOf } from "./page-dom.ts";
import { findStandfirst } from "./standfirst.ts";

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

/** What reading a page kept and left out; `keptLine` in src/wording/corpus.ts says it. */
export interface ExtractionReport {
  /** Paragraphs kept, the standfirst included. */
  paragraphs: number;
  /** Blocks of the article's body left out, by kind. */
  dropped: Partial<Record<DropKind, number>>;
  /**
   * Set when the article kept leaves out most of the page's main run of prose (its paragraphs that stand
   * together): how many of them were kept, of how many. The article may be cut short, and the add says so.
   */
  shortfall: { kept: number; page: number } | null;
}

/** An article read from a page, with the report of what was kept. */
export type ReadArticle = ExtractedArticle & { report: ExtractionReport };

/**
 * Less than this is not an article: a search page, a paywall's teaser, a gallery. Readability returns
 * something for nearly any page, so the floor is what tells "no article found" apart. A short news
 * brief of two paragraphs clears it.
 */
const MIN_PARAGRAPHS = 2;
const MIN_ARTICLE_CHARS = 500;
/** The body's first and last blocks, where a byline, an author's bio or a contact line stands. */
const EDGE_BLOCKS = 3;
/** A block this short that another paragraph holds word for word is a pull quote. */
const PULL_QUOTE_CHARS = 300;
/** Paragraphs sharing a class this many times or more make that class the body's paragraph class. */
const BODY_CLASS_MIN = 3;

/**
 * Reads the article on a web page: Mozilla's Readability over linkedom's DOM finds the body; each block
 * of it is then kept as a paragraph or left out by kind (captions, credits, bylines, crossheads, embedded
 * posts, galleries, promos, links elsewhere, bios, notes about the page, summary boxes, repeats); the
 * headline is the `<h1>` a reader sees, the standfirst under it is kept as the first paragraph, and the
 * address, outlet, author and date come from the page's metadata, checked (src/add/metadata.ts). Control
 * and invisible format characters (src/text/controls.ts) are gone from all of it.
 * Undefined when the page has no article.
 */
export function extractArticle(html: string, pageUrl: string): ReadArticle | undefined {
  const document = pageDocument(withoutControls(html));
  const metadata = pageMetadata(document, pageUrl);
  const candidates = headings(document, metadata.outlet);
  const headlineElements = new Map([...document.querySelectorAll("h1")].map((h1) => [placeOf(h1), h1]));
  const pageBlocks = document.body ? textBlocks(document.body) : [];
  const outline = outlineOf(document);
  const read = new Readability<Element>(document, { keepClasses: true, serializer: (node) => node as Element }).parse();
  if (!read?.content) return undefined;
  const author = metadata.author ?? authorName(read.byline);
  const sorted = sortBlocks(read.content, outline, author);
  const { dropped } = sorted;
  const kept = withMissed(sorted.kept, pageBlocks, read.content, outline, candidates[0]?.order ?? -1);
  const first = kept.map(positionOf).reduce((min, at) => (at >= 0 && (min < 0 || at < min) ? at : min), -1);
  const fallback = oneLine(read.title ?? "");
  const headline = chooseHeadline(candidates, metadata.titles, first) ?? {
    text: isSiteTitle(fallback, metadata.outlet, pageUrl) ? "" : fallback,
    order: -1,
  };
  const paragraphs = withoutRepeats(
    kept.map((block) => block.text),
    headline.text,
    dropped,
  );
  const headlineElement = headlineElements.get(headline.order);
  const lead = headlineElement
    ? findStandfirst({
        blocks: pageBlocks,
        headline: headlineElement,
        firstParagraph: first,
        description: metadata.description,
        kept: [headline.text, ...paragraphs.slice(0, 1)],
      })
    : undefined;
  if (lead) paragraphs.unshift(lead);
  // Entities (`&#8238;`, `&shy;`) put back, once parsed, what was cleaned from the markup.
  const title = clean(headline.text);
  const texts = paragraphs.map(clean).filter((p) => p !== "");
  const length = texts.reduce((sum, p) => sum + p.length, 0);
  if (title === "" || texts.length < MIN_PARAGRAPHS || length < MIN_ARTICLE_CHARS) return undefined;
  return {
    title,
    paragraphs: texts,
    url: metadata.url,
    outlet: metadata.outlet && clean(metadata.outlet),
    author: author && clean(author),
    published: metadata.published,
    tags: [],
    report: { paragraphs: texts.length, dropped, shortfall: shortfallOf(mainText(pageBlocks), texts) },
  };
}

/** Text without control or invisible format characters, on one line. */
function clean(text: string): string {
  return oneLine(withoutControls(text));
}

/** The blocks of Readability's content kept as paragraphs, and the count of those left out by kind. */
function sortBlocks(
  content: Element,
  outline: Outline,
  author: string | null,
): { kept: TextBlock[]; dropped: Partial<Record<DropKind, number>> } {
  const blocks = textBlocks(content);
  const classifier = new Classifier(outline, blocks);
  const kept: TextBlock[] = [];
  const dropped: Partial<Record<DropKind, number>> = {};
  let summaryList: Element | null = null;
  blocks.forEach((block, index) => {
    const list = block.element.closest("ul, ol");
    const inSummary = summaryList !== null && list === summaryList;
    const context = { atStart: index < EDGE_BLOCKS, atEnd: index >= blocks.length - EDGE_BLOCKS, author };
    const kind = inSummary ? "summary" : classifier.kindOf(block, context);
    if (kind === undefined) {
      kept.push(block);
      return;
    }
    dropped[kind] = (dropped[kind] ?? 0) + 1;
    if (isSummaryHeading(block.text)) summaryList = nextList(block.element);
  });
  return { kept, dropped };
}

/**
 * The kept blocks with the body's paragraphs that Readability left out put back in place: blocks of the
 * page after its first headline, outside the content, set as the body's own paragraphs are (the same
 * element and class, a class at least {@link BODY_CLASS_MIN} kept paragraphs share) and not boilerplate by
 * their text. Readability picks one container; a site that opens its story in another (before a share
 * bar, say) would otherwise lose its first paragraphs without a word.
 */
function withMissed(
  kept: TextBlock[],
  page: readonly TextBlock[],
  content: Element,
  outline: Outline,
  after: number,
): TextBlock[] {
  const signature = (element: Element) => {
    const at = placeOf(element);
    const names = outline.names[at] ?? "";
    return names === "" ? undefined : `${outline.tag[at]}.${names}`;
  };
  const counts = new Map<string, number>();
  for (const block of kept) {
    const key = signature(block.element);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bodyClasses = new Set([...counts].filter(([, n]) => n >= BODY_CLASS_MIN).map(([key]) => key));
  if (bodyClasses.size === 0) return kept;
  const inContent = new Set([content, ...content.querySelectorAll("*")].map(orderOf));
  const keptTexts = new Set(kept.map((block) => block.text));
  const missed = page.filter(
    (block) =>
      bodyClasses.has(signature(block.element) ?? "") &&
      !inContent.has(orderOf(block.element)) &&
      placeOf(block.element) > after &&
      !keptTexts.has(block.text) &&
      !block.element.closest("aside, nav, footer, figure") &&
      kindOfText(block, { atStart: false, atEnd: false, author: null }) === undefined,
  );
  const out = [...kept];
  for (const block of missed) {
    const at = placeOf(block.element);
    const index = out.findIndex((other) => placeOf(other.element) > at);
    out.splice(index < 0 ? out.length : index, 0, block);
  }
  return out;
}

/**
 * Where a block stands in the page: its own element's place, or, for a paragraph Readability made
 * (wrapping text it found loose), the place of the first of the page's elements inside it; -1 if none.
 */
function positionOf(block: TextBlock): number {
  for (const element of [block.start, block.element]) {
    if (orderOf(element) >= 0) return orderOf(element);
  }
  const inside = block.element.querySelector(`[${ORDER}]`);
  return inside ? orderOf(inside) : -1;
}

/** The list that follows a heading: its next sibling, or the next sibling's first list. */
function nextList(heading: Element): Element | null {
  for (let at: Element | null = heading; at; at = at.parentElement) {
    const next = at.nextElementSibling;
    if (!next) continue;
    return next.matches("ul, ol") ? next : next.querySelector("ul, ol");
  }
  return null;
}

/**
 * The paragraphs without the headline repeated, a paragraph seen before, or a pull quote (a block of
 * {@link PULL_QUOTE_CHARS} or fewer that a longer paragraph holds word for word); each counted as a
 * repeat. The longer paragraphs are searched as one text, so that a page of thousands of short blocks
 * costs no more than one pass.
 */
function withoutRepeats(texts: string[], headline: string, dropped: Partial<Record<DropKind, number>>): string[] {
  const seen = new Set<string>([headline.toLowerCase()]);
  const longer = texts.filter((text) => text.length > PULL_QUOTE_CHARS).join("\n");
  const out: string[] = [];
  for (const text of texts) {
    const key = text.toLowerCase();
    if (seen.has(key) || (text.length <= PULL_QUOTE_CHARS && longer.includes(text))) {
      dropped.repeat = (dropped.repeat ?? 0) + 1;
      continue;
    }
    seen.add(key);
    out.push(text);
  }
  return out;
}
