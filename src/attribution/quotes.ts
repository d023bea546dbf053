/** A quotation in a paragraph: offsets of its opening mark and of its closing one (the text's end if unclosed). */
export interface Quotation {
  open: number;
  close: number;
}

const OPENERS: Record<string, string> = { "“": "”", "«": "»" };

/**
 * The quotations of a paragraph. Typographic marks pair as written; straight double quotes alternate,
 * opening first. Single quotes are left alone: they are apostrophes far more often than quotation marks.
 */
export function quotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  let closer = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open < 0) {
      if (ch === '"' || OPENERS[ch]) {
        open = i;
        closer = ch === '"' ? '"' : (OPENERS[ch] as string);
      }
    } else if (ch === closer) {
      found.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) found.push({ open, close: text.length });
  return found;
}

/** Whether an offset of the paragraph lies inside a quotation. */
export function isQuoted(quotes: Quotation[], offset: number): boolean {
  return quotes.some((q) => q.open < offset && offset < q.close);
}
