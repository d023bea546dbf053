import { oneLine } from "./metadata.ts";
import { orderOf } from "./page-dom.ts";

/** A `<h1>` of the page, where it stands. */
export interface Heading {
  text: string;
  order: number;
}

/** Words too common to tell two headlines apart. */
const COMMON = new Set(["the", "and", "for", "with", "from", "that", "this", "what", "after", "over", "into", "your"]);

/**
 * The page's `<h1>`s that can be a headline: not empty, not the site's name, not a link to the home page
 * (a logo).
 */
export function headings(document: Document, outlet: string | null): Heading[] {
  const site = outlet?.toLowerCase();
  return [...document.querySelectorAll("h1")]
    .filter((h1) => !isLogo(h1))
    .map((h1) => ({ text: oneLine(h1.textContent ?? ""), order: orderOf(h1) }))
    .filter((h) => h.text !== "" && h.text.toLowerCase() !== site);
}

/**
 * The headline a reader sees: the `<h1>` nearest before the article's first paragraph that shares a word
 * with a headline in the page's metadata (so that a section's name or the site's, set as `<h1>` above it,
 * is passed over), else the first `<h1>` sharing one, else the metadata's headline, else any `<h1>`. An
 * `<h1>` that is the metadata's headline with something after it ("… Add to …", a widget's text) gives
 * the metadata's headline. Returns the text and the `<h1>`'s place (-1 when it came from metadata).
 */
export function chooseHeadline(
  candidates: readonly Heading[],
  titles: readonly string[],
  firstParagraph: number,
): Heading | undefined {
  const related =
    titles.length === 0 ? [...candidates] : candidates.filter((h) => titles.some((t) => shareWord(h.text, t)));
  const before = related.filter((h) => firstParagraph >= 0 && h.order < firstParagraph);
  const chosen = before.at(-1) ?? related[0];
  if (chosen) {
    const prefix = titles.find((t) => chosen.text.startsWith(t) && t.length >= 0.6 * chosen.text.length);
    return prefix ? { text: prefix, order: chosen.order } : chosen;
  }
  const [title] = titles;
  if (title) return { text: title, order: -1 };
  return candidates[0];
}

function shareWord(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !COMMON.has(w));
  const set = new Set(words(b));
  return words(a).some((w) => set.has(w));
}

/** A heading that is a link to the site's home page, as logos are set. */
function isLogo(h1: Element): boolean {
  const links = [...h1.querySelectorAll("a")];
  if (links.length !== 1) return false;
  const href = (links[0]?.getAttribute("href") ?? "").trim();
  return /^(?:\/|(?:https?:)?\/\/[^/]+\/?)$/iu.test(href);
}
