/**
 * How `npm run pages` compares the paragraphs citebot stored from a page with the paragraphs a reader
 * wrote down for it. A stored paragraph is right when, after normalisation (Unicode NFC, invisible
 * format and control characters removed, runs of white space made one space, ends trimmed), it equals a
 * gold paragraph not already matched. Nothing partial counts: a paragraph's number is what an answer
 * cites, so two gold paragraphs stored as one, or one cut in two, are wrong on both sides. Misses are
 * named by how they went wrong, so that a report says what to fix.
 */

/** A stored paragraph that matches no gold one, by how it relates to the gold text. */
export type ExtraKind =
  /** It holds two or more gold paragraphs (a boundary lost). */
  | "merged"
  /** It is a piece of a gold paragraph (cut short, or split). */
  | "part"
  /** It holds a gold paragraph and text that is not the article's (a caption or promo glued on). */
  | "padded"
  /** It is a gold paragraph stored a second time. */
  | "repeat"
  /** It is none of the article's text. */
  | "extra";

/** A gold paragraph that no stored paragraph equals, by what became of it. */
export type MissKind =
  /** Its text is inside a longer stored paragraph. */
  | "inside"
  /** Stored in pieces. */
  | "split"
  /** Not stored at all. */
  | "missing";

/** The comparison of one page. */
export interface PageMatch {
  stored: number;
  gold: number;
  /** Stored paragraphs that equal a gold one (each gold paragraph counted once). */
  right: number;
  extras: Array<{ index: number; kind: ExtraKind; text: string }>;
  misses: Array<{ index: number; kind: MissKind; text: string }>;
}

/** Text as compared: NFC, no format or control characters, white space made single spaces. */
export function normalise(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\p{Cf}\p{Cc}]/gu, (c) => (/\s/u.test(c) ? " " : ""))
    .replace(/\s+/gu, " ")
    .trim();
}

/** Compares the stored paragraphs of a page with its gold paragraphs. */
export function matchParagraphs(stored: readonly string[], gold: readonly string[]): PageMatch {
  const s = stored.map(normalise);
  const g = gold.map(normalise);
  const unmatched = new Map<string, number[]>();
  g.forEach((text, i) => {
    unmatched.set(text, [...(unmatched.get(text) ?? []), i]);
  });
  const matchedGold = new Set<number>();
  const extras: PageMatch["extras"] = [];
  s.forEach((text, index) => {
    const free = unmatched.get(text);
    const at = free?.shift();
    if (at !== undefined) {
      matchedGold.add(at);
      return;
    }
    extras.push({ index, kind: extraKind(text, g), text: stored[index] ?? "" });
  });
  const misses: PageMatch["misses"] = [];
  g.forEach((text, index) => {
    if (matchedGold.has(index)) return;
    const kind: MissKind = s.some((t) => t.includes(text))
      ? "inside"
      : s.some((t) => t.length < text.length && t.length > 0 && text.includes(t))
        ? "split"
        : "missing";
    misses.push({ index, kind, text: gold[index] ?? "" });
  });
  return { stored: s.length, gold: g.length, right: matchedGold.size, extras, misses };
}

function extraKind(text: string, gold: readonly string[]): ExtraKind {
  if (gold.includes(text)) return "repeat";
  const held = gold.filter((g) => g !== "" && text.includes(g));
  if (held.length >= 2) return "merged";
  if (held.length === 1) return "padded";
  if (gold.some((g) => g.includes(text))) return "part";
  return "extra";
}
