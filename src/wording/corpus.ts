/**
 * What adding, removing and listing articles says: refusals (each says that nothing changed), what was
 * added and what reading a page left out, a server's library. Said by `src/add`, `src/library` and the
 * renderers alike.
 */
import type { DropKind } from "../add/boilerplate.ts";
import type { ExtractionReport } from "../add/extract.ts";
import { OWN_VOICE } from "./answers.ts";
import { count, type Surface } from "./common.ts";

/**
 * A file `/corpus add` or `citebot add` cannot take, by its kind (`{}`): Discord and the console say what the
 * format is, since their users have no README at hand; the command-line tool runs where README.md is.
 */
const fileTypeInWords =
  "I can add a .txt or .md file in the corpus format, not {}: a .txt file holds the headline on line 1, a blank line, then paragraphs separated by blank lines; a .md file starts with front matter between two --- lines that gives its title. Nothing was added.";
export const FILE_TYPE_ON: Record<Surface, string> = {
  discord: fileTypeInWords,
  console: fileTypeInWords,
  cli: "I can add a .txt or .md file in the corpus format (README.md shows it, under “Adding an article”), not {}. Nothing was added.",
};

/**
 * A page whose article would make a file over the corpus file limit: only the command-line tool, run by the
 * operator, names the variable that sets it.
 */
export function storedTooLargeOn(megabytes: number): Record<Surface, string> {
  const said = `The article on that page would make a file larger than ${megabytes} MB, more than a corpus file may be`;
  const here = `${said} here, so I did not add it. Nothing was added.`;
  return {
    discord: here,
    console: here,
    cli: `${said} (CORPUS_MAX_FILE_MB sets it), so I did not add it. Nothing was added.`,
  };
}

/**
 * Why an article was not added or removed, in the words of `/corpus` and `citebot add`/`remove`. `{}` is
 * where text from outside goes (an address, a status line, a loader message, an id), escaped by the
 * renderer. Each says that nothing changed, so that a moderator need not check.
 */
export const CORPUS_REFUSAL = {
  badUrl: "That is not a link I can read; give the whole address, starting with https://. Nothing was added.",
  scheme: "I only fetch http and https links. Nothing was added.",
  privateAddress: "I do not fetch pages from private or local networks, and that link leads to {}. Nothing was added.",
  dns: "I could not find that website: its name does not resolve. Nothing was added.",
  unreachable: "I could not reach that website ({}). Check the link or try again later; nothing was added.",
  timeout: (seconds: number) =>
    `The page took longer than ${seconds} seconds to arrive, so I gave up. Nothing was added.`,
  redirects: (most: number) =>
    `The link redirects more than ${most} times, so I stopped following it. Nothing was added.`,
  status: "The site answered {} instead of the page. Nothing was added.",
  tooLarge: (megabytes: number) =>
    `The page is larger than ${megabytes} MB, far more than a news article, so I did not read it. Nothing was added.`,
  type: "That link is not a web page or a text file (it is {}), so there is no article to read. Nothing was added.",
  noArticle:
    "No article found on this page: no headline with paragraphs of text (a search page, a paywall or a list of links has none). Nothing was added.",
  malformed: "That file is not in the corpus format, so nothing was added: {}.",
  duplicate: "That article is already in the corpus, as “{}”. Nothing was added.",
  lastArticle: "“{}” is the only article in the corpus, and the bot needs one to answer from; add another first.",
  notText:
    "That link gives no text I can read (binary data, or an encoding I do not know), so there is no article in it. Nothing was added.",
  readTimeout: (seconds: number) =>
    `Reading that page took longer than ${count(seconds, "second")} (its markup is built unlike any news page's), so I gave up. Nothing was added.`,
  readMemory: "Reading that page took far more memory than a news page needs, so I gave up. Nothing was added.",
  unreadable: "I could not make sense of that page's markup, so I found no article in it. Nothing was added.",
  noFile: "There is no file “{}”. Nothing was added.",
  unreadableFile: "I cannot read that file ({}). Nothing was added.",
} as const;

/** `/corpus add` with neither a link nor a file, or with both. */
export const CORPUS_ONE_SOURCE = "Give a link (url:) or a file (file:), one of the two. Nothing was added.";

/** An article added; `{}` is its id. */
export const ARTICLE_ADDED = "Added as “{}”.";

/** What Discord says after adding: the article can be asked at once, since the reply waits for the index. */
export const ASK_IT_NOW = "You can now `/ask` it: it is in the index, and in the `article:` list.";

/** What the command-line tool prints after adding, to try the article at once. */
export function askItLine(corpusDir: string, id: string): string {
  return `Ask it: npm run cli -- ask --corpus ${corpusDir} --article ${id} "your question"`;
}

/** An article removed; `{}` is its id. */
export const ARTICLE_REMOVED = "Removed “{}” from the corpus; it is no longer searched.";

/** `/corpus` where the bot runs without a corpus folder it may change. */
export const CORPUS_READ_ONLY = "Articles cannot be added or removed here.";

/** The sources an added article quotes, for the command-line tool: `Quotes: A (¶2, ¶4); B (¶3).` */
export function quotesLine(sources: Array<{ source: string; paragraphs: number[] }>): string {
  if (sources.length === 0) return `Every paragraph is ${OWN_VOICE}.`;
  return `Quotes: ${sources.map((s) => `${s.source} (${s.paragraphs.map((n) => `¶${n}`).join(", ")})`).join("; ")}.`;
}

/** `/corpus remove` of an article this server did not add (the operator's, which answers everywhere); `{}` is its id. */
export const NOT_THIS_SERVERS =
  "“{}” is not one of this server’s articles: only articles added in this server can be removed here. Nothing was removed.";

/** `/corpus` outside a server that has citebot (a DM, a user install): there is no server library to change. */
export const CORPUS_SERVER_ONLY =
  "Articles are added and removed per server: use `/corpus` in a server that has added citebot. Nothing was changed.";

/** Said after adding in a server: where the article answers. */
export const ADDED_HERE = "It answers in this server only, beside the articles every server shares.";

/** An article removed from a server's library; `{}` is its id. */
export const REMOVED_HERE = "Removed “{}” from this server’s articles; it is no longer searched here.";

/** `/corpus list` heading: how many articles a server added. */
export function libraryHeading(articles: number): string {
  return `This server’s articles: ${count(articles, "article")}`;
}

/** `/corpus list` in a server that has added none; `shared` is how many every server reads. */
export function emptyLibrary(shared: number): string {
  return `This server has added no articles yet (\`/corpus add\` adds one). The ${count(shared, "shared article")} answer here as everywhere.`;
}

/** Who added an article, when and from where, in `/corpus list` and `citebot article`: `by` and `from` as the renderer shows them. */
export function addedLine(by: string, day: string, from: string): string {
  return `added by ${by} on ${day}, from ${from}`;
}

/** Where an article of a server's library comes from, in `citebot article --server`: `added` is its {@link addedLine}. */
export function serverLine(server: string, added: string): string {
  return `in server ${server}'s library, ${added}`;
}

/** Where an article of the operator's corpus comes from, in `citebot article`: its file, and its link where it has one. */
export function operatorLine(file: string, day: string, url: string | null): string {
  return `in the operator's corpus (${file}, changed ${day})${url ? `, from ${url}` : ""}`;
}

/** What each kind of block left out of a page is called in an add's report: one, several. */
export const DROPPED_NOUNS: Record<DropKind, readonly [string, string]> = {
  caption: ["caption", "captions"],
  credit: ["credit line", "credit lines"],
  byline: ["byline", "bylines"],
  heading: ["crosshead", "crossheads"],
  separator: ["separator", "separators"],
  embed: ["embedded post", "embedded posts"],
  gallery: ["gallery item", "gallery items"],
  promo: ["promo", "promos"],
  link: ["link to another page", "links to other pages"],
  bio: ["author bio", "author bios"],
  note: ["note about the page", "notes about the page"],
  table: ["table cell", "table cells"],
  summary: ["summary box item", "summary box items"],
  repeat: ["repeat", "repeats"],
  aside: ["aside", "asides"],
};

/** What reading a page kept and left out: "18 paragraphs; dropped 8 captions, 1 promo". */
export function keptLine(report: Pick<ExtractionReport, "paragraphs" | "dropped">): string {
  const dropped = (Object.entries(report.dropped) as Array<[DropKind, number]>)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${n} ${DROPPED_NOUNS[kind][n === 1 ? 0 : 1]}`);
  const kept = count(report.paragraphs, "paragraph");
  return dropped.length === 0 ? kept : `${kept}; dropped ${dropped.join(", ")}`;
}

/** Said when the article kept leaves out most of the page's main run of prose. */
export function shortfallLine(kept: number, page: number): string {
  return (
    `Only ${kept} of the ${page} paragraphs that make up most of the page's text are in it, so the article may be cut short: ` +
    "check it before relying on it, or add it from a file."
  );
}
