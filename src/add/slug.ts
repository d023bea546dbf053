/** Ids stay short enough to read in Discord's autocomplete beside the title. */
const SLUG_MAX = 60;

/**
 * A readable id from a headline or a file name: lower-case ASCII words joined by hyphens, accents
 * dropped ("Kovač’s harbour" gives "kovacs-harbour"), cut at a word within 60 characters; "article"
 * when nothing is left.
 */
export function slugOf(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/gu, "")
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, SLUG_MAX) || "article";
}
