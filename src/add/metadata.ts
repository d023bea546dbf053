/**
 * What a page says about its article besides the text: the headline it gives in its metadata, its own
 * address, the outlet, the author, the date and the summary, each from the best source the page has
 * (JSON-LD `NewsArticle`, Open Graph, the canonical link, `<meta>` tags) and each checked for sense: a date
 * is not an author, an address is not an outlet, another site's address or the site's home page is not
 * the article's address, a literal "null" is no headline.
 */

/** The metadata of a page's article. */
export interface PageMetadata {
  /** Headlines the metadata gives, best first (JSON-LD, Open Graph, Twitter, `<title>`), the site's name cut off. */
  titles: string[];
  /** The article's own address: a canonical address on the same site, else the address it was fetched from. */
  url: string;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  /** The page's summary of the article (`og:description`, `description`), if any. */
  description: string | null;
}

/** The JSON-LD types that describe an article. */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting)$/u;

/**
 * Reads the metadata of a page fetched from `pageUrl`. `byline` is Readability's byline, the last
 * resort for the author.
 */
export function pageMetadata(document: Document, pageUrl: string, byline?: string | null): PageMetadata {
  const ld = articleLd(document);
  const meta = (key: string) => metaContent(document, key);
  const outlet = firstOf([ld?.publisher, meta("og:site_name"), meta("application-name")], outletName);
  const titles = [ld?.headline, meta("og:title"), meta("twitter:title"), document.querySelector("title")?.textContent]
    .map((title) => headlineText(title, outlet))
    .filter((title): title is string => title !== null && !isSiteTitle(title, outlet, pageUrl));
  return {
    titles: [...new Set(titles)],
    url: canonicalUrl(document, pageUrl, ld?.url),
    outlet,
    author: firstOf([ld?.author, meta("author"), meta("article:author"), meta("parsely-author"), byline], authorName),
    published: firstOf(
      [
        ld?.datePublished,
        meta("article:published_time"),
        meta("datePublished"),
        meta("pubdate"),
        meta("publishdate"),
        meta("date"),
        meta("dc.date"),
        meta("sailthru.date"),
        meta("parsely-pub-date"),
        document.querySelector("time[datetime]")?.getAttribute("datetime"),
      ],
      publishedDate,
    ),
    description: oneLine(meta("og:description") ?? meta("description") ?? meta("twitter:description") ?? "") || null,
  };
}

/**
 * The article's own address: the first canonical link, `og:url` or JSON-LD `url` that is http(s), on the
 * site the page was fetched from (`www.`, `m.` and subdomains aside) and not that site's home page; else
 * the address it was fetched from. A page may claim another page's address (a syndicated copy names the
 * original, a broken template names the home page); trusted, that would make the real article look like a
 * duplicate of this one.
 */
function canonicalUrl(document: Document, pageUrl: string, ldUrl?: string | null): string {
  const page = new URL(pageUrl);
  const candidates = [
    ...[...document.querySelectorAll('link[rel~="canonical"]')].map((link) => link.getAttribute("href")),
    metaContent(document, "og:url"),
    ldUrl,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    let url: URL;
    try {
      url = new URL(candidate.trim(), page);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    if (!sameSite(url.hostname, page.hostname)) continue;
    if (isHome(url) && !isHome(page)) continue;
    return url.href;
  }
  return page.href;
}

/** A byline as a name: "By Priya Castellano" gives "Priya Castellano"; blank, a date or an address gives null. */
export function authorName(byline: string | null | undefined): string | null {
  const name = oneLine(byline ?? "")
    .replace(/^by\s+/iu, "")
    .trim();
  if (name === "" || name.toLowerCase() === "null" || looksLikeAddress(name) || looksLikeDate(name)) return null;
  if (!/\p{L}{2}/u.test(name) || name.length > 120) return null;
  return name;
}

/** An outlet's name, or null for blank or an address ("http://www.tmz.com" names a site, not an outlet). */
export function outletName(value: string | null | undefined): string | null {
  const name = oneLine(value ?? "");
  if (name === "" || name.toLowerCase() === "null" || looksLikeAddress(name) || !/\p{L}/u.test(name)) return null;
  return name;
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

/**
 * A `<meta>` tag's value by `property` or `name` (any case). Some saved pages carry it in `value` rather
 * than `content`; both are read.
 */
function metaContent(document: Document, key: string): string | null {
  const lower = key.toLowerCase();
  for (const meta of document.querySelectorAll("meta")) {
    const name = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "")
      .trim()
      .toLowerCase();
    if (name !== lower) continue;
    const value = meta.getAttribute("content") ?? meta.getAttribute("value");
    if (value && value.trim() !== "") return value.trim();
  }
  return null;
}

/** The fields of a page's JSON-LD article, as text. */
interface ArticleLd {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

/** The first JSON-LD object of an article type on the page (inside a list or `@graph` too); a script that is not JSON is skipped. */
function articleLd(document: Document): ArticleLd | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const article = ldNodes(data).find((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
    if (!article) continue;
    return {
      headline: text(article.headline) ?? text(article.name),
      author: names(article.author),
      datePublished: text(article.datePublished) ?? text(article.dateCreated),
      publisher: names(article.publisher),
      url: text(article.url) ?? text(record(article.mainEntityOfPage)?.["@id"]) ?? text(article.mainEntityOfPage),
    };
  }
  return undefined;
}

function ldNodes(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(ldNodes);
  const node = record(data);
  if (!node) return [];
  return [node, ...ldNodes(node["@graph"])];
}

function types(node: Record<string, unknown>): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** A person or organisation, or a list of them, as "A", "A and B", "A, B and C". */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((entry) => text(entry) ?? text(record(entry)?.name))
    .filter((name): name is string => name !== null);
  if (list.length <= 1) return list[0] ?? null;
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

function firstOf(values: Array<string | null | undefined>, check: (value: string) => string | null): string | null {
  for (const value of values) {
    const checked = value ? check(value) : null;
    if (checked !== null) return checked;
  }
  return null;
}

/**
 * A headline from metadata, without the site's name a `<title>` adds ("Ferry suspended | The Morrow
 * Herald"): what comes before the first separator, when that is a headline of three words or more. Null
 * for blank or "null".
 */
function headlineText(value: string | null | undefined, outlet: string | null): string | null {
  const title = oneLine(value ?? "");
  if (title === "" || title.toLowerCase() === "null") return null;
  const parts = title.split(/\s+(?:[|–—·•]|-{1,2}|::)\s+/u);
  const [first = title] = parts;
  if (parts.length > 1 && first.split(" ").length >= 3) return first;
  if (outlet !== null && title.toLowerCase() === outlet.toLowerCase()) return null;
  return title;
}

/** Words a site's own title adds to its name: "Yahoo News - Latest News & Headlines". */
const SITE_WORDS = new Set(
  "the and of from for on at in to a latest breaking news headlines home homepage official site online today top stories video videos live world local national international daily".split(
    " ",
  ),
);

/**
 * A title the whole site shares rather than one article's headline: nothing but the site's name (its
 * outlet or the words of the address it was fetched from) and words sites put beside their name
 * ("Yahoo News - Latest News & Headlines").
 */
export function isSiteTitle(title: string, outlet: string | null, pageUrl: string): boolean {
  const own = new Set(`${outlet ?? ""} ${new URL(pageUrl).hostname}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const words = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  return words.length > 0 && words.every((w) => own.has(w) || SITE_WORDS.has(w));
}

/** Two host names of one site: equal once `www.`, `m.` and `amp.` are set aside, or one under the other. */
function sameSite(a: string, b: string): boolean {
  const bare = (host: string) => host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./u, "");
  const x = bare(a);
  const y = bare(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

function isHome(url: URL): boolean {
  return (url.pathname === "/" || url.pathname === "") && url.search === "";
}

function looksLikeAddress(text: string): boolean {
  return /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\/?$/iu.test(text);
}

/** A date or a time in a common form ("2019-04-15", "April 15, 2019 6:18am", "15/04/2019", "Dec 13, 2016"). */
export function looksLikeDate(text: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}/u.test(text) || /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/u.test(text)) return true;
  const words = text.replace(/[,.]/gu, " ").split(/\s+/u);
  const dateWords = words.filter(
    (word) => MONTH.test(word) || /^\d{1,4}(?:st|nd|rd|th)?$/iu.test(word) || TIME.test(word),
  );
  return dateWords.length >= 2 && dateWords.length >= words.length - 1;
}

const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/iu;
const TIME = /^\d{1,2}:\d{2}(?:[ap]m)?$|^[ap]m$|^(?:gmt|utc|[ecmp][sd]t)$/iu;
