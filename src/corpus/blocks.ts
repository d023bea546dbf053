/** A run of non-blank lines, with the 1-based line it starts on. */
export interface Block {
  line: number;
  lines: string[];
}

/** Cuts text into blocks separated by blank lines, remembering where each starts. */
export function toBlocks(lines: string[], firstLine = 1): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((text, i) => {
    if (text.trim() === "") {
      current = null;
    } else if (current) {
      current.lines.push(text);
    } else {
      current = { line: firstLine + i, lines: [text] };
      blocks.push(current);
    }
  });
  return blocks;
}

/** A block's text as a paragraph: its lines joined, with the outer white space trimmed. */
export function blockText(block: Block): string {
  return block.lines.join("\n").trim();
}

/**
 * Whether a last block is a line of comma-separated tags rather than a closing paragraph: one line, at
 * least two items, each a short name with no sentence punctuation.
 */
export function isTagLine(block: Block): boolean {
  const [only] = block.lines;
  if (block.lines.length !== 1 || only === undefined) return false;
  const items = only.split(",").map((item) => item.trim());
  return (
    items.length >= 2 &&
    items.every((item) => item !== "" && item.split(/\s+/u).length <= MAX_TAG_WORDS && !/[.!?;:"“”]/u.test(item))
  );
}

/** A tag longer than this is taken for a clause of prose, so the line stays a paragraph. */
const MAX_TAG_WORDS = 6;
