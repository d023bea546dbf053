import { parseHTML } from "linkedom";

/** The attribute that records an element's place in the page, which Readability keeps on what it returns. */
export const ORDER = "data-citebot-order";

/**
 * The page as a DOM, repaired where linkedom's parser leaves it unlike a browser's: attribute names
 * lower-cased (pages from older publishing systems write `<META NAME="author">`), and a second `<html>`
 * (pages that open one per Internet Explorer version in conditional comments) merged into the first, so
 * that its body is the page's body. Every element is numbered in document order ({@link ORDER}), so that
 * what Readability returns can be placed among the headline and the standfirst around it.
 */
export function pageDocument(html: string): Document {
  let { document } = parseHTML(html);
  // Text without `<html>` and `<body>` (a page of bare text, a fragment) leaves linkedom no body to read.
  if (document.documentElement?.tagName.toUpperCase() !== "HTML" || !document.body) {
    document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
  }
  mergeNestedRoots(document);
  moveStrayContent(document);
  let order = 0;
  for (const element of document.querySelectorAll("*")) {
    lowerCaseAttributes(element);
    element.setAttribute(ORDER, String(order++));
  }
  return document;
}

/** An element's place in the page, or -1 for one that was not in it (made by Readability). */
export function orderOf(element: Element): number {
  const value = element.getAttribute(ORDER);
  return value === null ? -1 : Number(value);
}

/** Where an element stands in the page: its own place, or its nearest numbered ancestor's (-1 for none). */
export function placeOf(element: Element): number {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const order = orderOf(at);
    if (order >= 0) return order;
  }
  return -1;
}

function lowerCaseAttributes(element: Element): void {
  for (const { name, value } of [...element.attributes]) {
    const lower = name.toLowerCase();
    if (lower === name) continue;
    element.removeAttribute(name);
    if (!element.hasAttribute(lower)) element.setAttribute(lower, value);
  }
}

/** What a browser keeps in a `<head>`; anything else there starts the body. */
const HEAD_TAGS = new Set(["TITLE", "META", "LINK", "SCRIPT", "STYLE", "BASE", "NOSCRIPT", "TEMPLATE"]);

/**
 * Moves into the body what a browser would put there and linkedom leaves outside it: the head's content
 * from its first element that has no place in a head, and elements beside `<head>` and `<body>`. A body
 * linkedom left out of the tree is put back first.
 */
function moveStrayContent(document: Document): void {
  const root = document.documentElement;
  let body = document.body;
  if (!root) return;
  if (!body || body.parentNode !== root) {
    body = document.createElement("body");
    root.append(body);
  }
  const head = document.head;
  if (head?.parentNode === root) {
    const children = [...head.childNodes];
    const stray = children.findIndex((child) => child.nodeType === 1 && !HEAD_TAGS.has(child.nodeName.toUpperCase()));
    if (stray >= 0) body.prepend(...children.slice(stray));
  }
  const siblings = [...root.childNodes].filter((child) => child.nodeType === 1 && child !== head);
  const at = siblings.indexOf(body);
  body.prepend(...siblings.slice(0, at));
  body.append(...siblings.slice(at + 1));
}

/**
 * Moves what a nested `<html>` holds into the document's own head and body, as a browser's parser does
 * with a second `<html>` tag; linkedom nests it instead, leaving `document.body` empty.
 */
function mergeNestedRoots(document: Document): void {
  const root = document.documentElement;
  const head = document.head;
  const body = document.body;
  if (!root || !head || !body) return;
  for (const nested of [...root.querySelectorAll("html")]) {
    for (const child of [...nested.childNodes]) {
      const name = child.nodeName.toUpperCase();
      if (name === "HEAD") head.append(...child.childNodes);
      else if (name === "BODY") body.append(...child.childNodes);
      else body.append(child);
    }
    nested.remove();
  }
}
