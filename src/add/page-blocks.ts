/** Elements that start a new block of text, as a browser lays them out. */
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BODY",
  "CENTER",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);

/** Elements whose text a reader never sees as text. */
export const UNSEEN_TAGS = new Set([
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
  "INPUT",
]);

/** A run of text a reader sees as one block: a paragraph, a list item, a caption, a line set apart by breaks. */
export interface TextBlock {
  /** The text on one line. */
  text: string;
  /** The innermost block element the text is in. */
  element: Element;
  /** The innermost element holding its first words (a link, an italic caption, the paragraph itself). */
  start: Element;
  /** The text node of its first words. */
  first: Node;
  /** How many of its characters are link text. */
  linkChars: number;
  /** How many of its characters are in bold (`<strong>`, `<b>`). */
  boldChars: number;
}

/** Ends a sentence: a full stop, question or exclamation mark, or ellipsis, maybe inside closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/**
 * The blocks of text under `root` in reading order. A block ends where a block element starts or ends,
 * at two line breaks in a row, and at one line break after a full sentence (pages that set paragraphs
 * apart with `<br>` alone); a line break inside a sentence only wraps the line. The tree is walked with a
 * stack of its own, so that a page nested thousands deep cannot exhaust the call stack.
 */
export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = "";
  let linkChars = 0;
  let boldChars = 0;
  let breaks = 0;
  let where: Element = root;
  let start: Element = root;
  let first: Node = root;
  const flush = () => {
    const line = text.replace(/\s+/gu, " ").trim();
    if (line !== "") blocks.push({ text: line, element: where, start, first, linkChars, boldChars });
    text = "";
    linkChars = 0;
    boldChars = 0;
    breaks = 0;
  };
  type Step = { node: ChildNode; inLink: boolean; inBold: boolean; container: Element } | "end-block";
  const stack: Step[] = [];
  const pushChildren = (node: Element, inLink: boolean, inBold: boolean, container: Element) => {
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, inLink, inBold, container });
    }
  };
  pushChildren(root, false, false, root);
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (step === "end-block") {
      flush();
      continue;
    }
    const { node, inLink, inBold, container } = step;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      if (value.trim() !== "") {
        if (text.trim() === "") {
          where = container;
          start = node.parentElement ?? container;
          first = node;
        }
        breaks = 0;
        const length = value.replace(/\s+/gu, " ").length;
        if (inLink) linkChars += length;
        if (inBold) boldChars += length;
      }
      text += value;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (UNSEEN_TAGS.has(tag) || isHidden(element)) continue;
    if (tag === "BR") {
      breaks++;
      if (breaks >= 2 || SENTENCE_END.test(text.trim())) flush();
      else text += " ";
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push("end-block");
    }
    pushChildren(
      element,
      inLink || tag === "A",
      inBold || tag === "STRONG" || tag === "B",
      block ? element : container,
    );
  }
  flush();
  return blocks;
}

/** Hidden by its own markup: the `hidden` attribute, `aria-hidden`, or an inline `display: none`. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const style = (element.getAttribute("style") ?? "").replace(/\s/gu, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden");
}
