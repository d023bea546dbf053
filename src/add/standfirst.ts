import { isCaptionLine, isCreditLine } from "./boilerplate.ts";
import type { TextBlock } from "./page-blocks.ts";
import { orderOf, placeOf } from "./page-dom.ts";

/** Class names sites give the sentence under a headline. */
const NAMES = /dek|deck|standfirst|sub-?title|sub-?head|summary|excerpt|intro|teaser|lead|descp|description|strap/iu;
/** Where a line under the headline is a caption, a credit or a byline rather than a standfirst. */
const NOT_STANDFIRST =
  'figure, figcaption, [class*="caption"], [class*="credit"], [class*="byline"], [class*="author"], nav, button';

/** Where to look for a standfirst, and what it must not repeat. */
export interface StandfirstSearch {
  /** The page's blocks of text, read before Readability took the article out of the page. */
  blocks: readonly TextBlock[];
  /** The headline's `<h1>`. */
  headline: Element;
  /** The place of the article's first paragraph: a standfirst stands between the headline and it. */
  firstParagraph: number;
  /** The page's summary in its metadata. */
  description: string | null;
  /** Text already kept, which a standfirst must not repeat (the headline, the first paragraph). */
  kept: readonly string[];
}

/**
 * The standfirst: the sentence or two between the headline and the article's first paragraph that sums
 * the story up. It is a block of four words or more, not a link, a caption, a credit or a byline, that
 * the site marks as such by its class ("dek", "standfirst", "summary"…), or that is the page's summary in
 * its metadata, or that follows the headline as its next element; and not a repeat of the headline or the
 * first paragraph (sites that show the first paragraph twice).
 */
export function findStandfirst(search: StandfirstSearch): string | undefined {
  const from = orderOf(search.headline);
  if (search.firstParagraph < 0) return undefined;
  const kept = new Set(search.kept.map(comparable));
  for (const block of search.blocks) {
    const at = placeOf(block.element);
    if (at <= from || at >= search.firstParagraph) continue;
    const { text } = block;
    if (text.split(" ").length < 4 || text.length > 500 || block.linkChars / text.length >= 0.5) continue;
    if (block.element.closest(NOT_STANDFIRST) || isCreditLine(text) || isCaptionLine(text) || /^by\s/iu.test(text)) {
      continue;
    }
    if (kept.has(comparable(text))) continue;
    if (named(block.element) || matches(text, search.description) || follows(block.element, search.headline)) {
      return text;
    }
  }
  return undefined;
}

function named(element: Element): boolean {
  let at: Element | null = element;
  for (let depth = 0; depth < 3 && at; depth++, at = at.parentElement) {
    if (NAMES.test(`${at.getAttribute("class") ?? ""} ${at.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}

/** The page's summary, whole or cut short ("…"), is this text. */
function matches(text: string, description: string | null): boolean {
  if (!description) return false;
  const a = comparable(text);
  const b = comparable(description).replace(/(?:…|\.\.\.)$/u, "");
  const shorter = Math.min(a.length, b.length);
  return a === b || (shorter >= 40 && (a.startsWith(b) || b.startsWith(a)));
}

/** The headline's next element, or that element's first child. */
function follows(element: Element, headline: Element): boolean {
  const next = headline.nextElementSibling;
  return next !== null && (next === element || next.firstElementChild === element);
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, " ").trim();
}
