import type { Article } from "../corpus/types.ts";
import type { ArticleAttribution, Attribution } from "./types.ts";

/** One source of an article: where it speaks and whom it cites. */
export interface SourceEntry {
  source: string;
  /** Paragraph numbers (as in `Paragraph.number`), ascending, each once. */
  paragraphs: number[];
  citing: string[];
}

/** Sources compare without case: "the Saudi Press Agency" and "The Saudi Press Agency" are one. */
function key(source: string): string {
  return source.toLowerCase();
}

/**
 * Every source of an article in order of first appearance, with the paragraphs it speaks in and
 * everything it is said to rely on.
 */
export function sourceIndex(article: Article, attribution: ArticleAttribution): SourceEntry[] {
  const entries = new Map<string, SourceEntry>();
  article.paragraphs.forEach((paragraph, p) => {
    for (const a of (attribution[p] ?? []).flat()) {
      let entry = entries.get(key(a.source));
      if (!entry) {
        entry = { source: a.source, paragraphs: [], citing: [] };
        entries.set(key(a.source), entry);
      }
      if (!entry.paragraphs.includes(paragraph.number)) entry.paragraphs.push(paragraph.number);
      for (const c of a.citing) if (!entry.citing.includes(c)) entry.citing.push(c);
    }
  });
  return [...entries.values()];
}

/**
 * The union of several sentences' attributions (a paragraph, a quotation over sentences): one entry per
 * source and citing, in order of first appearance, hedges gathered from every occurrence. Entries have
 * no `claim`: its offsets point into one sentence, and a merged entry stands for several (this also
 * keeps `claim` out of the JSON of `ask`, `sources` and `article`, whose contract does not have it).
 */
export function mergeAttributions(lists: Attribution[][]): Attribution[] {
  const merged = new Map<string, Attribution>();
  for (const a of lists.flat()) {
    const k = `${key(a.source)}\u0000${a.citing.map(key).join("\u0000")}`;
    const seen = merged.get(k);
    if (seen) {
      for (const h of a.hedges) if (!seen.hedges.includes(h)) seen.hedges.push(h);
    } else {
      const { claim: _claim, ...rest } = a;
      merged.set(k, { ...rest, citing: [...a.citing], hedges: [...a.hedges] });
    }
  }
  return [...merged.values()];
}

/**
 * One line naming who says it, for a reader: "The Sun, citing sources in the British government · hedged:
 * probably"; several sources are joined with "; ". Empty when the list is (the article's own voice).
 */
export function attributionLine(list: Attribution[]): string {
  const merged = mergeAttributions([list]);
  const who = merged.map((a) => (a.citing.length > 0 ? `${a.source}, citing ${a.citing.join(" and ")}` : a.source));
  const hedges = [...new Set(merged.flatMap((a) => a.hedges))];
  return who.join("; ") + (hedges.length > 0 ? ` · hedged: ${hedges.join(", ")}` : "");
}

/**
 * The attributions of one sentence that speak for the words at `[start, end)` (offsets into that
 * sentence's text, as the words of a question matched there): those whose `claim` overlaps the span.
 * An empty span (`start === end`) stands for the point `start`. An attribution without a claim is
 * credited with the whole sentence and always kept. Order is kept; the input is not changed.
 *
 * @example
 * // text: "After the ousting, which Putin referred to as a “crusade”, Russia lost $4 billion."
 * const at = text.indexOf("crusade");
 * creditedFor(list, at, at + "crusade".length); // [Putin's attribution]
 * creditedFor(list, text.indexOf("$4"), text.length - 1); // []: the article's own voice
 */
export function creditedFor(attributions: Attribution[], start: number, end: number): Attribution[] {
  return attributions.filter(({ claim }) => {
    if (!claim) return true;
    const [from, to] = claim;
    return start === end ? from <= start && start < to : from < end && start < to;
  });
}
