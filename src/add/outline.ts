import { isHidden, type TextBlock, UNSEEN_TAGS } from "./page-blocks.ts";
import { orderOf, placeOf } from "./page-dom.ts";

/**
 * The page's structure as it was before Readability read it, by element (numbered in document order,
 * src/add/page-dom.ts): each element's tag, class and id, parent, how much visible text it holds and
 * whether it holds an image. Readability unwraps containers and turns `<div>`s into `<p>`s as it goes, so
 * what a block of its content sits in (a gallery, a figure, a caption box) is read here instead.
 */
export interface Outline {
  tag: string[];
  /** Class and id, space-separated. */
  names: string[];
  /** The parent's number; -1 for the root. */
  parent: Int32Array;
  /** Characters of visible text inside. */
  text: Int32Array;
  /** Holds an image, a picture or a video. */
  media: Uint8Array;
  /** The element each text node of the page stood in, by its number: Readability moves text into `<p>`s of its own. */
  textParent: WeakMap<Node, number>;
  /**
   * The element the first text node of each wording stood in: Readability reads a short page a second
   * time from its markup, in new nodes, which only their words lead back to.
   */
  textParentByWords: Map<string, number>;
}

/**
 * The outline of a document whose elements {@link pageDocument} numbered. Built in two passes over the
 * elements in document order, not by recursion, so that a page nested thousands deep cannot exhaust the stack.
 */
export function outlineOf(document: Document): Outline {
  const elements = [...document.querySelectorAll("*")];
  const count = elements.length;
  const outline: Outline = {
    tag: new Array<string>(count).fill(""),
    names: new Array<string>(count).fill(""),
    parent: new Int32Array(count).fill(-1),
    text: new Int32Array(count),
    media: new Uint8Array(count),
    textParent: new WeakMap(),
    textParentByWords: new Map(),
  };
  const visible = new Uint8Array(count);
  for (const element of elements) {
    const at = orderOf(element);
    if (at < 0 || at >= count) continue;
    const tag = element.tagName.toUpperCase();
    const parent = element.parentElement ? orderOf(element.parentElement) : -1;
    outline.tag[at] = tag;
    outline.names[at] = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.trim();
    outline.parent[at] = parent;
    visible[at] = (parent < 0 || visible[parent] === 1) && !UNSEEN_TAGS.has(tag) && !isHidden(element) ? 1 : 0;
    let own = 0;
    for (const child of element.childNodes) {
      if (child.nodeType !== 3) continue;
      const words = (child.nodeValue ?? "").trim();
      outline.textParent.set(child, at);
      if (words !== "" && !outline.textParentByWords.has(words)) outline.textParentByWords.set(words, at);
      own += words.length;
    }
    if (visible[at] === 1) outline.text[at] = own;
    if (tag === "IMG" || tag === "PICTURE" || tag === "VIDEO") outline.media[at] = 1;
  }
  // Children come after their parent in document order, so a pass from the end adds each to its parent.
  for (let at = count - 1; at >= 0; at--) {
    const parent = outline.parent[at] ?? -1;
    if (parent < 0) continue;
    outline.text[parent] = (outline.text[parent] ?? 0) + (outline.text[at] ?? 0);
    if (outline.media[at] === 1) outline.media[parent] = 1;
  }
  return outline;
}

/**
 * Where a block of text stood in the page: the element its first words stood in, though Readability has
 * moved them into a paragraph of its own since; else its nearest numbered element. Where those words stand in
 * an inline element that holds less than half the block's text, the element around it: a
 * `<span class="dateline">KOBE – </span>` names its place name, not the lede it opens.
 */
export function placeOfBlock(outline: Outline, block: TextBlock): number {
  let at =
    outline.textParent.get(block.first) ??
    outline.textParentByWords.get((block.first.nodeValue ?? "").trim()) ??
    placeOf(block.start);
  const parent = (order: number) => outline.parent[order] ?? -1;
  const half = block.text.trim().length / 2;
  while (INLINE_TAGS.has(outline.tag[at] ?? "") && parent(at) >= 0 && (outline.text[at] ?? 0) < half) at = parent(at);
  return at;
}

/** Elements that mark up words within a paragraph rather than hold one. */
const INLINE_TAGS = new Set([
  "A",
  "ABBR",
  "B",
  "CITE",
  "EM",
  "FONT",
  "I",
  "MARK",
  "SMALL",
  "SPAN",
  "STRONG",
  "TIME",
  "U",
]);

/** The numbers of an element's ancestors in the outline, itself first, nearest first. */
export function* ancestry(outline: Outline, at: number): Generator<number> {
  for (let order = at; order >= 0; order = outline.parent[order] ?? -1) yield order;
}
