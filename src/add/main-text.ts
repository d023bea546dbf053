import { isProse } from "./boilerplate.ts";
import type { ExtractionReport } from "./extract.ts";
import type { TextBlock } from "./page-blocks.ts";

/** Kept less than this share of the page's main run of prose, the article may be cut short. */
const SHORTFALL_SHARE = 0.5;
/** A run shorter than this is too little to judge by. */
const MIN_RUN = 3;

/**
 * The page's main run of prose, as the page itself lays it out: of the paragraphs of prose that stand
 * side by side in one container, the run holding the most text. A news page's body is that run (or the
 * largest part of it, where ads split it); related stories, comments and captions stand each in a
 * container of their own. It is what an extraction checks it did not leave out.
 */
export function mainText(blocks: readonly TextBlock[]): string[] {
  const runs = new Map<Element, { chars: number; texts: string[] }>();
  for (const block of blocks) {
    if (!isProse(block)) continue;
    const container = block.element.parentElement ?? block.element;
    const run = runs.get(container) ?? { chars: 0, texts: [] };
    run.chars += block.text.length;
    run.texts.push(block.text);
    runs.set(container, run);
  }
  let best: { chars: number; texts: string[] } | undefined;
  for (const run of runs.values()) if (!best || run.chars > best.chars) best = run;
  return best?.texts ?? [];
}

/**
 * How much of the page's main run of prose (`main`) the kept paragraphs hold, when it is less than half:
 * the article may then be cut short (a filter took the body for boilerplate, the reader took a sidebar).
 * Null when most of it is kept, or the run is too short to judge.
 */
export function shortfallOf(main: readonly string[], paragraphs: readonly string[]): ExtractionReport["shortfall"] {
  if (main.length < MIN_RUN) return null;
  const kept = paragraphs.join("\n");
  const found = main.filter((text) => kept.includes(text)).length;
  return found / main.length < SHORTFALL_SHARE ? { kept: found, page: main.length } : null;
}
