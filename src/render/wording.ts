/**
 * Every sentence a user reads about an answer or an article, in one place, so that the CLI, the local
 * console and Discord say the same thing in the same words. Renderers add their own markup (bold,
 * escaping, indentation) around these; none of them writes a sentence of its own.
 */
import type { DropKind } from "../add/boilerplate.ts";
import type { ExtractionReport } from "../add/extract.ts";
import type { ContrastKind, PassageVerdict, QueryKind, Status, Verdict } from "../answer/types.ts";
import type { Asked } from "../text/asked.ts";

/**
 * What `ask` and `sources` do, as Discord's command list and the CLI's usage both put it (Discord takes
 * at most 100 characters). `article` is described apart: the CLI prints every paragraph, Discord a summary.
 */
export const QUERY_SUMMARY: Record<QueryKind, string> = {
  ask: "Ask the article a question and get back its own words",
  sources: "Find where the article makes a claim, and who it says makes it",
};

/** What the query is called where it is echoed: `Question: …` or `Claim: …`. */
export const QUERY_LABEL: Record<QueryKind, string> = { ask: "Question", sources: "Claim" };

/** Who says a passage that no source is credited with. */
export const OWN_VOICE = "in the article's own voice";

/**
 * A sentence with its `{}` filled by `value` as it is, for a surface that needs no escaping (a terminal makes
 * it printable apart). A function inserts it, since `replace` would read `$&` in the value as a pattern.
 */
export function fill(text: string, value: string): string {
  return text.replace("{}", () => value);
}

/** `1 paragraph`, `3 paragraphs`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * The honest no: a question is not answered, a claim is not said. `articleCount` is how many articles
 * were searched: "The article does not say this." for one, "None of the 3 articles says this." for more.
 */
export function verdict(kind: QueryKind, articleCount: number): string {
  const verb = kind === "ask" ? "answer" : "say";
  if (articleCount === 1) return `The article does not ${verb} this.`;
  return `None of the ${articleCount} articles ${verb}s this.`;
}

/**
 * The query's words that the searched articles never use, already rendered (bold, escaped) by the
 * caller: after a no, "It never mentions Mars." (or "None of them mentions Mars."); beside an answer,
 * "Not in the article: Mars." (or "Not in any of the articles: Mars.").
 */
export function unmatchedLine(status: Status, articleCount: number, words: string[]): string {
  const list = `${words.join(", ")}.`;
  if (status === "no_match") return `${articleCount === 1 ? "It never mentions" : "None of them mentions"} ${list}`;
  return `${articleCount === 1 ? "Not in the article" : "Not in any of the articles"}: ${list}`;
}

/** An article's speakers in one sentence, for its summary. */
export function speakersLine(sources: number): string {
  if (sources === 0) return `Every paragraph is ${OWN_VOICE}.`;
  return `Who speaks in it: ${count(sources, "source")}.`;
}

/** The line before an article's tags. */
export function tagsLine(tags: string): string {
  return `Tags: ${tags}`;
}

/** What a private reply adds where the console shows it: nobody else would see it in Discord. */
export const PRIVATE_NOTE = "(only you would see this reply)";

/** Where a sentence is shown: Discord, the local console (`npm start` without a token), the command-line tool. */
export type Surface = "discord" | "console" | "cli";

/** An article id the corpus does not have, and how `listed` shows the ids there are; `{}` is where the id goes. */
const unknownArticle = (listed: string) => `There is no article “{}” in the corpus; ${listed}.`;

/**
 * An article id the corpus does not have, as each surface says it: Discord offers the ids under the option
 * as it is typed, the others list them on request; `{}` is where the id goes (escaped by the renderer).
 */
export const UNKNOWN_ARTICLE_ON: Record<Surface, string> = {
  discord: unknownArticle("pick one from the suggestions"),
  console: unknownArticle("/article lists them"),
  cli: unknownArticle("the article command lists them"),
};

/** An article id the corpus does not have, in Discord's words; `{}` is where the id goes (escaped by the renderer). */
export const UNKNOWN_ARTICLE = UNKNOWN_ARTICLE_ON.discord;

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

/** `/article` without an id when the corpus has several. */
export const PICK_ARTICLE = "Pick one with `/article article:<id>`.";

/** "Find sources" on a message with nothing but attachments or embeds. */
export const NO_TEXT = "That message has no text to look up (only attachments or embeds).";

/** A command that threw: logged, and this said privately. */
export const APOLOGY =
  "Sorry, something went wrong while answering that. It has been logged; please try again, or ask differently.";

/** A command Discord still shows but the bot no longer has. */
export const STALE_COMMAND = "I do not know this command any more; ask whoever runs the bot to run `npm run deploy`.";

/** A user over the rate limit: the limit, and when to try again. */
export function tooFast(requests: number, windowSeconds: number, waitSeconds: number): string {
  return (
    `You are asking faster than I answer: at most ${requests} requests every ${windowSeconds} seconds. ` +
    `Try again in ${count(waitSeconds, "second")}.`
  );
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

/** The kind of answer a question asks for, as "the closest passage gives no …" names it. */
const ASKED_NOUN: Record<Asked, string> = {
  number: "number",
  time: "date",
  name: "name",
  identity: "description of them",
  place: "place",
};

/**
 * What a `near` reply says first: that the articles do not answer the question (or make the claim), and what
 * is missing. `never` are the query's words no article uses, `unquoted` those the closest passage lacks,
 * `answer` the kind of answer it does not give; words already rendered (bold, escaped) by the caller.
 * "The article does not say this: it never mentions fighters, paid." "The articles do not answer this: the
 * closest passage does not mention Soleimani, death."
 */
export function nearLine(
  kind: QueryKind,
  articleCount: number,
  missing: { never: string[]; unquoted: string[]; answer?: Asked },
): string {
  const verb = kind === "ask" ? "answer" : "say";
  const head = articleCount === 1 ? `The article does not ${verb} this` : `The articles do not ${verb} this`;
  const reasons: string[] = [];
  if (missing.never.length > 0) {
    reasons.push(`${articleCount === 1 ? "it never mentions" : "none of them mentions"} ${missing.never.join(", ")}`);
  }
  if (missing.unquoted.length > 0) reasons.push(`the closest passage does not mention ${missing.unquoted.join(", ")}`);
  if (missing.answer) reasons.push(`the closest passage gives no ${ASKED_NOUN[missing.answer]}`);
  return reasons.length > 0 ? `${head}: ${reasons.join("; ")}.` : `${head}.`;
}

/** How a contradicting passage differs from the claim, by the kind of clash. */
const CONTRAST_LEAD: Record<ContrastKind, string> = {
  number: "The article gives another figure",
  date: "The article gives another date",
  quantity: "The article gives another amount",
  negation: "The article says otherwise",
  antonym: "The article says otherwise",
  actor: "The article names someone else",
  place: "The article gives another place",
};

/**
 * What a `contradicts` reply says first: the clashing words side by side, each already rendered by the
 * caller. "The article gives another figure: two (the claim: ten)."
 */
export function contradictsLine(kind: ContrastKind, article: string, claim: string): string {
  return `${CONTRAST_LEAD[kind]}: ${article} (the claim: ${claim}).`;
}

/** What a `supports` reply says first; a hedged source is said as hedged ("probably"), not doubted. */
export function supportsLine(articleCount: number, hedges: string[]): string {
  const who = articleCount === 1 ? "The article" : "One of the articles";
  return hedges.length > 0 ? `${who} reports this, hedged: ${hedges.join(", ")}.` : `${who} reports this.`;
}

/**
 * How a passage is marked before its paragraph number, where the reply's verdict does not say it already:
 * the passage a `near` reply is closest with, one that says otherwise, one that states the claim after a
 * contradiction. An answer, or a supporting passage under "reports this", is not marked.
 */
export function passageMark(replyVerdict: Verdict, passage: PassageVerdict, first: boolean): string | undefined {
  if (passage === "near") return first ? "Closest passage" : "Related passage";
  if (passage === "contradicts") return "Says otherwise";
  if (passage === "supports" && replyVerdict !== "supports") return "States the claim";
  return undefined;
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

/** What `citebot add` and `citebot remove` say when given nothing to work on. */
export const CLI_NEEDS = {
  add: "add needs a link or a file to add",
  remove: "remove needs the id of the article to remove",
} as const;

/** `citebot article --server ID` for a server that has added nothing; `{}` is the server's id. */
export const CLI_EMPTY_LIBRARY = "Server {} has added no articles to its library.";

/** What is wrong with a command line; `{}` is what was typed. */
export const CLI_USAGE_ERROR = {
  noCommand: "no command given",
  unknownCommand: 'unknown command "{}"',
  limit: '--limit must be a whole number from 1, not "{}"',
  serverWithArticle: "--server goes with article only",
} as const;

/** The command-line tool's help: its commands, options and environment, with the folders it defaults to. */
export function cliUsage(defaults: { corpus: string; cache: string }): string {
  return `usage: npm run cli -- <command> [options] [text]

commands:
  ask "QUESTION"     ${QUERY_SUMMARY.ask}
  sources "CLAIM"    ${QUERY_SUMMARY.sources}
  article [ID]       Show an article (or every article) with who speaks in each paragraph, and where it came from
  add URL|FILE       Add the article at a link (http or https), or a .txt or .md file, to the corpus
  remove ID          Remove an article from the corpus
  feedback           What Discord users said was not right, newest first (feedback --help)

Without QUESTION or CLAIM, reads one per line from standard input and answers each.

options:
  --json             one JSON object per answer, on one line (the contract in README.md)
  --corpus DIR       the corpus folder (default: ${defaults.corpus}, or CORPUS_DIR)
  --limit N          passages per answer (default: 3)
  --article ID       search this article only
  --server ID        with article: a Discord server's own articles, from its library
                     (LIBRARY_DB, or DATABASE_URL), each with who added it, when and from where
  --cache DIR        keep the built index in DIR and reuse it while nothing changed
                     (default: ${defaults.cache}, or INDEX_CACHE_DIR)
  --no-cache         build the index anew and keep nothing
  -h, --help         this text

add refuses loopback and private addresses unless FETCH_ALLOW_PRIVATE=true.

environment (read from .env too, as the bot reads it; a variable set in the environment wins):
  CORPUS_DIR           the corpus folder, where --corpus is not given (default: corpus)
  INDEX_CACHE_DIR      the index cache, where --cache is not given (default: .citebot-cache)
  CORPUS_MAX_FILE_MB   the largest corpus file read, in megabytes (default: 5)
  FETCH_ALLOW_PRIVATE  true lets add fetch from loopback and private networks (default: false)
  LIBRARY_DB           the SQLite file of servers' libraries (default: beside the corpus
                       folder, as corpus.libraries.db)
  DATABASE_URL         PostgreSQL holding servers' libraries instead

exit status: 0 answered (no match included), 1 corpus error or article refused, 2 usage error`;
}

/**
 * What is wrong with a field of an article's metadata (YAML front matter, a `.meta.json` sidecar), said after
 * the field's name, as a corpus file's error gives it: "title is missing", "url must be an http or https
 * address". `whole` is said of the front matter or the sidecar itself.
 */
export const METADATA_FAULT = {
  missing: "is missing",
  notText: "must be text",
  empty: "is empty",
  url: "must be an http or https address",
  tags: "must be a list of tags, or one line of tags separated by commas",
  frontMatter: "must be lines of name: value (such as title: The headline)",
  sidecar: 'must be a JSON object, such as {"url": "https://…", "outlet": "…"}',
  other: "is not valid",
} as const;

/** A metadata field as a fault names it: `title`, or `item 2 of tags` for an item of a list. */
export function metadataField(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (named, key) => (typeof key === "number" ? `item ${key + 1} of ${named}` : String(key)),
    "",
  );
}

/** The last line of a list cut to fit a message: how many items were left out. */
export function andMore(left: number): string {
  return `…and ${left} more`;
}

/** The local console's first line: how many articles it reads, and how to begin. */
export function consoleGreeting(articles: number): string {
  return `citebot local console: ${count(articles, "article")}. No Discord connection; type a question, or /help.`;
}

/** The local console's `/help`. */
export const CONSOLE_HELP = `Type a question, or a command as you would in Discord:
  What did Russia send to Libya?            a question alone is asked as /ask
  /ask What did Russia send to Libya?
  /sources Russia has sent S-300 systems article:<id> private:true
  /article
  /corpus add https://news.example/2025/03/04/ferry-suspended
  /corpus add ./ferry.md
  /corpus remove <id>
  /corpus list
Options are written name:value (question:, claim:, article:, private:, url:, file:). "Find sources" on a
message does what /sources does with the message's text. /corpus adds, removes and lists the console's own
articles, as a server's moderators do theirs: they are kept with servers' libraries (LIBRARY_DB, or
DATABASE_URL), never in the corpus folder. /help shows this, /quit (or Ctrl-D) leaves.`;

/** What is wrong with a console line; `{}` is the command as typed. */
export const CONSOLE_LINE_ERROR = {
  unknownCommand: 'Unknown command "{}". Type a question, or /ask, /sources, /article, /corpus or /help.',
  corpusNeeds: "/corpus takes add, remove or list: /corpus add <link or file>, /corpus remove <id>, /corpus list",
  nothingAfter: "{} takes nothing after it",
  privateValue: "private: takes true or false",
} as const;

/** A console command that failed for a fault of citebot's or of its store; `{}` is the error's message. */
export const CONSOLE_FAILED = "Something went wrong while answering that: {}";

/** A console command given without what it needs, and how to give it. */
export const CONSOLE_NEEDS = {
  ask: "/ask needs a question: /ask <question>",
  sources: "/sources needs a claim: /sources <claim>",
  "corpus remove": "/corpus remove needs the id of an article: /corpus remove <id>",
} as const;

/**
 * Why a corpus file (or folder) cannot be loaded: the reason after its name and line in the loader's error,
 * which the CLI and the bot print and `/corpus add` gives for a malformed attachment. Said to whoever wrote
 * the file, in words, with what to do where there is something to do.
 */
export const CORPUS_FAULT = {
  noFolder: "no such folder",
  noArticles: "no articles (.txt or .md files) in this folder",
  sameId: (id: string, other: string) => `article id "${id}" is also used by ${other}`,
  linkOutside: (target: string) =>
    `a symbolic link to ${target}, outside the corpus folder; only files inside it are read`,
  notRegular: (kind: string) => `${kind}, not a regular file; only regular files are read`,
  tooLarge: (megabytes: string, limit: string) =>
    `${megabytes} MB, more than the ${limit} MB a corpus file may be (CORPUS_MAX_FILE_MB sets the limit)`,
  linkLoops: "a symbolic link that loops (or a chain of links too long to follow)",
  linkToNothing: "a symbolic link to nothing, or a file removed while the corpus was read",
  permission: "cannot be read: permission denied",
  unreadable: (why: string) => `cannot be read (${why})`,
  notUtf8: "not UTF-8 text",
  noHeadline: "no headline: line 1 must hold the article's title",
  headlineLines: "the headline must be one line, followed by a blank line",
  noFrontMatter: "no front matter: line 1 must be ---",
  frontMatterOpen: "the front matter is never closed with ---",
  badFrontMatter: (why: string) => `bad front matter: ${why}`,
  noParagraphs: "no paragraphs after the headline",
  notJson: (why: string) => `not valid JSON: ${why}`,
  badMetadata: (why: string) => `bad metadata: ${why}`,
  citebotFailed: (why: string) => `citebot failed on this text (${why}); please report it with the file`,
} as const;

/** What a corpus file is when it is not a regular file, as {@link CORPUS_FAULT}'s `notRegular` names it. */
export const FILE_KIND = {
  folder: "a folder",
  fifo: "a named pipe (FIFO)",
  socket: "a socket",
  device: "a device",
  special: "a special file",
} as const;

/** What an article's card says of it, where known: who published it, when, and who wrote it. */
export interface CardFacts {
  outlet: string | null;
  published: string | null;
  author: string | null;
}

/**
 * An article's card in one line, from what is known of it, each part already rendered (escaped) by the
 * caller: "The Morrow Herald · 2025-03-04 · by Priya Castellano"; empty where nothing is known. A date with
 * a time of day ("2025-03-04T09:12:00Z") is shown as its day.
 */
export function cardLine({ outlet, published, author }: CardFacts): string {
  const day = published && /^\d{4}-\d{2}-\d{2}T/u.test(published) ? published.slice(0, 10) : published;
  return [outlet, day, author && `by ${author}`].filter(Boolean).join(" · ");
}

/** A question or claim of nothing but spaces: what to type instead. */
export function emptyQuery(kind: QueryKind): string {
  return kind === "ask"
    ? "Type a question after `/ask`, such as “What did Russia send to Libya?”."
    : "Type a claim after `/sources`, such as “Russia has sent S-300 systems to Libya”.";
}

/** A question in another language, which the articles (in English) do not answer. */
export const NOT_ENGLISH =
  "citebot reads English: its articles are in English, and it understands questions and claims in English. Please ask again in English.";

/** The labels of the buttons under an answer (at most 80 characters, as Discord allows). */
export const BUTTON_LABEL = {
  more: "More passages",
  previous: "Previous passages",
  notRight: "Not right?",
  open: "Open the article",
} as const;

/** A link button's label where a page quotes several articles: which one it opens. */
export function openArticleLabel(title: string): string {
  return `Open: ${title}`;
}

/** The menu under an answer that shows a passage's whole paragraph. */
export const WHOLE_PARAGRAPH = "Whole paragraph…";

/** Which passages a later page of an answer shows: "Passages 4 to 6." */
export function pageLine(first: number, last: number): string {
  return first === last ? `Passage ${first}.` : `Passages ${first} to ${last}.`;
}

/** A click on a button of an answer given too long ago (or before the bot restarted). */
export function buttonsExpired(minutes: number): string {
  return `These buttons have expired: an answer's buttons work for ${minutes} minutes. Ask again for new ones.`;
}

/** A click on a button the bot does not know (another version's, or made up). */
export const UNKNOWN_BUTTON = "I do not know this button. Ask again for an answer whose buttons work.";

/** A click on a private answer's button by someone other than the asker. */
export const NOT_YOUR_ANSWER = "Only the person who asked can use this answer's buttons.";

/** "More passages" past the last passage that answers. */
export const NO_MORE_PASSAGES = "There are no more passages that answer this.";

/** "Not right?" recorded. */
export const FEEDBACK_THANKS =
  "Thank you: whoever runs citebot will see your question and this answer, and can put it right.";

/** "Not right?" a second time on the same answer. */
export const FEEDBACK_ALREADY = "You said so already; whoever runs citebot has it.";

/** An answer command in a channel where the server's admins have not let the bot answer; `channels` rendered as mentions. */
export function answersElsewhere(channels: string[]): string {
  return `In this server I answer in ${channels.join(", ")}. Ask there, please.`;
}

/** `/corpus` from a member without the role a server's admins set for it; `role` rendered as a mention. */
export function corpusRoleNeeded(role: string): string {
  return `In this server, only members with the role ${role} (or Manage Server) can add or remove articles. Nothing was changed.`;
}

/** `/settings` outside a server that has citebot. */
export const SETTINGS_SERVER_ONLY =
  "Settings are per server: use `/settings` in a server that has added citebot. Nothing was changed.";

/** `/settings channels add` past the most channels a server may list. */
export function tooManyChannels(most: number): string {
  return `A server can let me answer in at most ${most} channels; remove one first. Nothing was changed.`;
}

/** What `/settings` shows, a line each; `role` and `channels` rendered as mentions by the caller. */
export function settingsLines(settings: {
  replies: "public" | "private";
  role: string | null;
  channels: string[];
}): string[] {
  return [
    settings.replies === "private"
      ? "**Answers**: private to the asker, unless they set `private:false`."
      : "**Answers**: public in the channel, unless the asker sets `private:true`.",
    settings.role
      ? `**Adding and removing articles**: members with the role ${settings.role}, and members with Manage Server.`
      : "**Adding and removing articles**: whoever Discord lets use `/corpus` (Manage Server unless changed under Server Settings > Integrations > citebot).",
    settings.channels.length > 0
      ? `**Where I answer**: ${settings.channels.join(", ")}; elsewhere I point there.`
      : "**Where I answer**: every channel.",
  ];
}

/** What `/settings` says over the settings: as they are, or as they are now after a change. */
export const SETTINGS_HEADING = {
  shown: "This server's settings",
  saved: "Saved. This server's settings now",
} as const;

/** `/help`: what citebot is, in a line. */
export const HELP_INTRO =
  "I answer questions about news articles with the articles' own words: each answer is a quote, with its paragraph and who the article says said it.";

/** `/help`: each command, what it does, and an example (Discord names the commands; these are its words). */
export const HELP_COMMANDS: ReadonlyArray<{ usage: string; what: string; example: string }> = [
  {
    usage: "/ask question:<text> [article:<id>] [private:<bool>]",
    what: "The passages that answer a question, each quoted with its paragraph and who says it.",
    example: "/ask question:What did Russia send to Libya?",
  },
  {
    usage: "/sources claim:<text> [article:<id>] [private:<bool>]",
    what: "Whether the article makes a claim, where, and whom it attributes it to.",
    example: "/sources claim:Russia has sent S-300 systems to Libya",
  },
  {
    usage: "/article [article:<id>]",
    what: "An article's headline, outlet, date and author, and who speaks in it.",
    example: "/article",
  },
  {
    usage: "Find sources (right-click a message, Apps)",
    what: "`/sources` on that message's text, shown to you only.",
    example: "Apps > Find sources on a message that makes a claim",
  },
  {
    usage: "/corpus add|remove|list",
    what: "For moderators: this server's own articles, added from a link or a .txt or .md file.",
    example: "/corpus add url:https://news.example/2025/03/04/ferry-suspended",
  },
  {
    usage: "/settings",
    what: "For admins: answers public or private by default, who may add articles, the channels I answer in.",
    example: "/settings replies visibility:private",
  },
  {
    usage: "/help",
    what: "This list, shown to you only.",
    example: "/help",
  },
];

/** `/help`: what the buttons under an answer do. */
export const HELP_BUTTONS =
  "Under an answer: **More passages** shows the next three, **Whole paragraph…** shows a quoted passage's paragraph in full, **Open the article** opens it, and **Not right?** tells whoever runs citebot that the answer is wrong.";

/** `citebot feedback` with nothing to list. */
export const NO_FEEDBACK = "No one has said an answer was not right yet.";

/**
 * The head of a "Not right?" record in `citebot feedback`: its number, when (UTC), where and who, and which
 * command. "#12 · 2026-03-04 10:00 UTC · server 200000000000000002 · ada (600000000000000006) · /ask"
 */
export function feedbackHeading(record: {
  id: number;
  at: string;
  server: string | null;
  user: { id: string; name: string };
  kind: QueryKind;
}): string {
  const when = `${record.at.slice(0, 10)} ${record.at.slice(11, 16)} UTC`;
  const where = record.server === null ? "a DM or a user's own install" : `server ${record.server}`;
  return `#${record.id} · ${when} · ${where} · ${record.user.name} (${record.user.id}) · /${record.kind}`;
}

/** The line before the reply a "Not right?" was said of, in `citebot feedback`. */
export const REPLY_SHOWN = "The reply shown:";
