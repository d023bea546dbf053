/**
 * Control characters (C0 with NUL, ESC and CR; DEL; C1) but tab and newline, and the invisible format
 * characters (Unicode's Cf): direction overrides and isolates (U+202A–202E, U+2066–2069) that make text
 * display in another order than it reads, zero-width spaces and joiners, the byte-order mark, soft hyphens.
 */
const CONTROLS = /[^\P{Cc}\t\n]|\p{Cf}/gu;

/**
 * Text without control or invisible format characters, tab and newline kept: what an article may hold,
 * so that no NUL or terminal escape reaches a title, a quote or a terminal, and no right-to-left override
 * or zero-width character makes a quote show other than it reads.
 */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, "");
}
