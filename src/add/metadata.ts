/**
 * The page metadata that Readability does not read, and the tidying of what it does: the canonical
 * url, a byline without its "By", a date as the outlet dated the article.
 */

/**
 * The article's own address: `<link rel="canonical">`, else `og:url`, else the address it was fetched
 * from. A relative one is resolved against the page; one that is not http(s) is ignored.
 */
export function canonicalUrl(document: Document, pageUrl: string): string {
  const candidates = [
    document.querySelector('link[rel~="canonical"]')?.getAttribute("href"),
    document.querySelector('meta[property="og:url"]')?.getAttribute("content"),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim(), pageUrl);
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch {
      // A malformed canonical link says nothing; the next candidate may.
    }
  }
  return pageUrl;
}

/** A byline as a name: "By Priya Castellano" gives "Priya Castellano"; blank gives null. */
export function authorName(byline: string | null | undefined): string | null {
  const name = oneLine(byline ?? "").replace(/^by\s+/iu, "");
  return name === "" ? null : name;
}

/**
 * The day an article was published, as YYYY-MM-DD: the date the outlet wrote (`2025-03-04T23:30-05:00`
 * is the 4th, as it was where it was written), or, for other forms, the date they parse to. Null when
 * there is none or it is not a date.
 */
export function publishedDate(value: string | null | undefined): string | null {
  const text = (value ?? "").trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/u.exec(text)?.[1];
  if (iso) return Number.isNaN(Date.parse(iso)) ? null : iso;
  const time = Date.parse(text);
  if (text === "" || Number.isNaN(time)) return null;
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Text with its runs of white space (line breaks, non-breaking spaces) made single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
