#!/usr/bin/env node
import { statSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { answer as answerQuery, QueryError } from "../answer/answer.ts";
import type { Answer, AnswerOptions } from "../answer/types.ts";
import { attributeArticle } from "../attribution/extract.ts";
import {
  ConfigError,
  DEFAULT_CORPUS_DIR,
  DEFAULT_INDEX_CACHE_DIR,
  defaultLibraryDb,
  loadMaxFileBytes,
} from "../config.ts";
import { CorpusError } from "../corpus/errors.ts";
import type { Article } from "../corpus/types.ts";
import { Libraries } from "../library/libraries.ts";
import type { ArticleOrigin } from "../library/store.ts";
import { openCorpus } from "../open.ts";
import { answerJson, articleJson } from "../render/json.ts";
import { ANSI, PLAIN, printable, renderAnswer, renderArticle } from "../render/terminal.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { UNKNOWN_ARTICLE_ON } from "../wording/answers.ts";
import { CLI_EMPTY_LIBRARY, CLI_USAGE_ERROR, cliUsage } from "../wording/cli.ts";
import { fill } from "../wording/common.ts";
import { editCorpus } from "./edit.ts";
import { feedbackCommand } from "./feedback.ts";

/** Exit statuses: an answer (no match included), a corpus that cannot load, a command line that is wrong. */
const EXIT = { ok: 0, corpus: 1, usage: 2 } as const;

class UsageError extends Error {}

/** A message on standard error; it may hold a file name or text from an article, so made printable. */
function complain(message: string): void {
  process.stderr.write(`${printable(message)}\n`);
}

async function main(argv: string[]): Promise<number> {
  // As the bot does: `.env` fills in what the environment does not set (FETCH_ALLOW_PRIVATE for add, say).
  dotenv.config({ quiet: true });
  // A reader that stops early (`| head -1`) closes the pipe: what is left to print was not wanted.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(EXIT.ok);
  });
  if (argv[0] === "feedback") return feedbackCommand(argv.slice(1));
  let parsed: ReturnType<typeof parse>;
  let maxFileBytes: number;
  try {
    parsed = parse(argv);
    maxFileBytes = loadMaxFileBytes(process.env);
  } catch (error) {
    if (error instanceof ConfigError) complain(error.message);
    else complain(`citebot: ${(error as Error).message}\n\n${cliUsage(defaultsOf(process.env))}`);
    return EXIT.usage;
  }
  if (parsed.help) {
    process.stdout.write(`${cliUsage(defaultsOf(process.env))}\n`);
    return EXIT.ok;
  }
  if (parsed.command === "add" || parsed.command === "remove") {
    return editCorpus(parsed.command, parsed.text, parsed.corpus);
  }
  let index: CorpusIndex;
  try {
    const cache = parsed.noCache ? {} : { cacheDir: parsed.cache };
    index = await openCorpus(parsed.corpus, { ...cache, maxFileBytes, onWarning: complain });
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    complain(error.message);
    return EXIT.corpus;
  }
  try {
    if (parsed.command === "article") {
      if (parsed.server === undefined) printArticles(index, parsed.text, parsed.json, operatorOrigin);
      else await printServerArticles(index, parsed.corpus, parsed.server, parsed.text, parsed.json);
    } else {
      const kind = parsed.command;
      const { article } = parsed.options;
      if (article !== undefined && !index.articles.has(article))
        throw new UsageError(fill(UNKNOWN_ARTICLE_ON.cli, article));
      const print = (query: string) => {
        const answer: Answer = answerQuery(index, query, { ...parsed.options, kind });
        const style = process.stdout.isTTY ? ANSI : PLAIN;
        const searched = article === undefined ? index.articles.size : 1;
        process.stdout.write(`${parsed.json ? answerJson(answer) : renderAnswer(answer, searched, style)}\n`);
      };
      if (parsed.text !== undefined) print(parsed.text);
      else for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) print(line);
    }
  } catch (error) {
    if (!(error instanceof QueryError || error instanceof UsageError)) throw error;
    complain(`citebot: ${error.message}`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

/**
 * Where the CLI reads and keeps things unless told: the bot's `CORPUS_DIR` and `INDEX_CACHE_DIR` where set
 * (in the environment or `.env`), so that `citebot add` adds to the folder the bot answers from.
 */
function defaultsOf(env: NodeJS.ProcessEnv): { corpus: string; cache: string } {
  return {
    corpus: env.CORPUS_DIR?.trim() || DEFAULT_CORPUS_DIR,
    cache: env.INDEX_CACHE_DIR?.trim() || DEFAULT_INDEX_CACHE_DIR,
  };
}

function parse(argv: string[]) {
  const defaults = defaultsOf(process.env);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      corpus: { type: "string", default: defaults.corpus },
      limit: { type: "string" },
      article: { type: "string" },
      cache: { type: "string", default: defaults.cache },
      "no-cache": { type: "boolean", default: false },
      server: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) return { help: true } as const;
  if (
    command !== "ask" &&
    command !== "sources" &&
    command !== "article" &&
    command !== "add" &&
    command !== "remove"
  ) {
    throw new UsageError(command ? fill(CLI_USAGE_ERROR.unknownCommand, command) : CLI_USAGE_ERROR.noCommand);
  }
  const options: AnswerOptions = {};
  if (values.limit !== undefined) {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(fill(CLI_USAGE_ERROR.limit, values.limit));
    options.limit = limit;
  }
  if (values.article !== undefined) options.article = values.article;
  if (values.server !== undefined && command !== "article") throw new UsageError(CLI_USAGE_ERROR.serverWithArticle);
  const text = rest.length > 0 ? rest.join(" ") : undefined;
  return {
    help: false,
    command,
    text,
    json: values.json,
    corpus: values.corpus,
    cache: values.cache,
    noCache: values["no-cache"],
    server: values.server,
    options,
  } as const;
}

function printArticles(
  index: CorpusIndex,
  id: string | undefined,
  json: boolean,
  originOf: (article: Article) => ArticleOrigin | undefined,
): void {
  const chosen = id === undefined ? [...index.articles.values()] : [index.articles.get(id)];
  for (const article of chosen) {
    if (!article) throw new UsageError(fill(UNKNOWN_ARTICLE_ON.cli, id ?? ""));
    const origin = originOf(article.article);
    process.stdout.write(`${json ? articleJson(article, origin) : `${renderArticle(article, origin)}\n`}\n`);
  }
}

/** An article of the operator's corpus comes from its file, last changed when the file was. */
function operatorOrigin(article: Article): ArticleOrigin {
  const changedAt = statSync(article.file).mtime.toISOString();
  return { library: "operator", file: article.file, changedAt, url: article.url };
}

/** `article --server ID`: the server's own articles, from the store the bot keeps them in. */
async function printServerArticles(
  operator: CorpusIndex,
  corpusDir: string,
  server: string,
  id: string | undefined,
  json: boolean,
) {
  // Loaded here only: the database clients are no part of an answer's start.
  const { openStore } = await import("../library/open-store.ts");
  const store = await openStore({
    databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
    libraryDb: process.env.LIBRARY_DB?.trim() || defaultLibraryDb(corpusDir),
  });
  const libraries = new Libraries({
    store,
    operator: () => operator,
    attribute: attributeArticle,
    onWarning: complain,
  });
  try {
    const library = await libraries.library(server);
    // Said on standard error, so that what a script reads stays articles only: here, none.
    if (id === undefined && library.index.articles.size === 0) complain(fill(CLI_EMPTY_LIBRARY, server));
    printArticles(library.index, id, json, (article) => {
      const provenance = library.provenance.get(article.id);
      return provenance && { library: "server", server, ...provenance };
    });
  } finally {
    libraries.close();
    await store.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
