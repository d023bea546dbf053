/** Control characters (C0 with NUL, ESC and CR; DEL; C1) but tab and newline. */
const CONTROLS = /[^\P{Cc}\t\n]/gu;

/**
 * Text without control characters, tab and newline kept: what an article may hold, so that no NUL or
 * terminal escape reaches a title, a quote or a terminal.
 */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, "");
}
