/** What ends text that was cut short. */
export const ELLIPSIS = "…";

/**
 * Cuts already-escaped text to at most `max` code units, ending it with "…" when cut. The cut never
 * splits a surrogate pair (an emoji, say) and never leaves a lone trailing backslash that would escape
 * the ellipsis, so the result stays valid, literal markdown.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return "";
  return `${safePrefix(text, max - ELLIPSIS.length)}${ELLIPSIS}`;
}

/** The longest prefix of `text` within `max` code units that ends on a whole character and no dangling escape. */
export function safePrefix(text: string, max: number): string {
  let end = Math.max(0, Math.min(max, text.length));
  const code = text.charCodeAt(end - 1);
  if (end > 0 && end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
  let backslashes = 0;
  while (backslashes < end && text[end - 1 - backslashes] === "\\") backslashes += 1;
  if (backslashes % 2 === 1) end -= 1;
  return text.slice(0, end);
}
