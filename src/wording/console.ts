/**
 * What the local console alone says (`npm start` without a token): its greeting, help and line errors.
 */
import { count } from "./common.ts";

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
