/**
 * What the command-line tool alone says: its usage, its command-line errors, the feedback list.
 */
import type { QueryKind } from "../answer/types.ts";
import { QUERY_SUMMARY } from "./answers.ts";

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
