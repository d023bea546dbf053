import { userInfo } from "node:os";
import { createInterface } from "node:readline";
import { Refusal } from "../add/refusal.ts";
import { attributeArticle } from "../attribution/extract.ts";
import type { Config } from "../config.ts";
import { LibraryEditor } from "../library/editor.ts";
import { Libraries } from "../library/libraries.ts";
import { openStore } from "../library/open-store.ts";
import { Shelf } from "../library/shelf.ts";
import type { LibraryStore, Provenance } from "../library/store.ts";
import { printable } from "../render/terminal.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { PRIVATE_NOTE, UNKNOWN_ARTICLE_ON } from "../wording/answers.ts";
import { fill } from "../wording/common.ts";
import { CONSOLE_FAILED, CONSOLE_HELP, consoleGreeting } from "../wording/console.ts";
import { CORPUS_ONE_SOURCE, CORPUS_READ_ONLY } from "../wording/corpus.ts";
import type { CommandContext, Reply } from "./command.ts";
import { type ConsoleCommand, type Parsed, parseLine } from "./console-line.ts";
import { corpusNotice, editReply, listReply, refusalReply } from "./render/corpus.ts";
import { noticeMessage } from "./render/payload.ts";
import { type Bold, plainMessage } from "./render/plain.ts";
import { answerReply, articleReply, QUERY_OPTION } from "./reply.ts";

/**
 * The library the console's `/corpus` edits: one of its own, kept with servers' libraries in their store,
 * as a server's would be. The console then shows what a moderator sees in a server, and never writes to
 * the operator's corpus folder (that is `citebot add`'s). No Discord server has this id: theirs are digits.
 */
export const CONSOLE_LIBRARY = "console";

/** Where the console reads and writes, and how it shows text. */
export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  bold: Bold;
  /** Whether to show a prompt: in a terminal. */
  prompt: boolean;
}

/** The console's user, as `/corpus list` and `citebot article --server console` name who added an article. */
function consoleUser(): Provenance["addedBy"] {
  let name = "console";
  try {
    name = userInfo().username || name;
  } catch {
    // A process without a user name (no entry in the password file) is the console still.
  }
  return { id: CONSOLE_LIBRARY, name };
}

/**
 * `npm start` without a token, in a terminal: the console over the operator's corpus (`operator`, the live
 * index) and the console's own library, in the store `config` names. A store that cannot be opened is
 * said once, and the console answers without `/corpus`.
 */
export async function runLocalConsole(
  config: Config,
  operator: () => CorpusIndex,
  warn: (message: string) => void,
  io: ConsoleIo,
): Promise<void> {
  let store: LibraryStore;
  try {
    store = await openStore(config);
  } catch (error) {
    warn((error as Error).message);
    await runConsole(() => ({ shelf: new Shelf(operator()) }), io);
    return;
  }
  const libraries = new Libraries({ store, operator, attribute: attributeArticle, onWarning: warn });
  // The console has no one else to keep answering meanwhile, so who-says-what is worked out in its thread.
  const read = { allowPrivate: config.fetchAllowPrivate, maxFileBytes: config.maxFileBytes };
  const corpus = new LibraryEditor(libraries, read, async (article) => attributeArticle(article));
  try {
    await runConsole(
      async () => ({ shelf: await libraries.shelf(CONSOLE_LIBRARY), server: CONSOLE_LIBRARY, corpus }),
      io,
      consoleUser(),
    );
  } finally {
    libraries.close();
    await store.close();
  }
}

/**
 * The local console: reads commands from `input`, writes each reply as the bot would post it. For
 * trying the bot before creating a Discord application; a failing command prints its error and the
 * console goes on. `contextFor` gives what each line reads (read again for each, so that an article the
 * console's `/corpus add` adds answers at the next line); `by` is who the console's edits are recorded as.
 */
export async function runConsole(
  contextFor: () => CommandContext | Promise<CommandContext>,
  io: ConsoleIo,
  by: Provenance["addedBy"] = consoleUser(),
): Promise<void> {
  const write = (text: string) => io.output.write(`${text}\n`);
  write(consoleGreeting((await contextFor()).shelf.articleCount));
  // Made after every wait before the loop: lines read before the loop asks for them would be lost.
  const lines = createInterface({ input: io.input, output: io.prompt ? io.output : undefined, terminal: io.prompt });
  lines.setPrompt("citebot> ");
  if (io.prompt) lines.prompt();
  for await (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "/quit" || trimmed === "/exit") break;
    if (trimmed === "/help") write(CONSOLE_HELP);
    else if (trimmed !== "") {
      const parsed = parseLine(trimmed);
      if ("error" in parsed) write(parsed.error);
      else {
        try {
          const reply = await consoleReply(await contextFor(), parsed, by);
          write(plainMessage(reply.payload, io.bold) + (reply.private ? `\n${PRIVATE_NOTE}` : ""));
        } catch (error) {
          // The one who typed it runs the bot: what went wrong is theirs to read, and the console goes on.
          write(fill(CONSOLE_FAILED, printable((error as Error).message)));
        }
      }
    }
    if (io.prompt) lines.prompt();
  }
  lines.close();
}

type Command = Extract<Parsed, { command: ConsoleCommand }>;

/** The reply a console line gets: the same as the bot's in Discord, in the console's words where they differ. */
function consoleReply(
  context: CommandContext,
  { command, options }: Command,
  by: Provenance["addedBy"],
): Reply | Promise<Reply> {
  if (command.startsWith("corpus")) return corpusReply(context, command, options, by);
  const { article } = options;
  // Discord offers an article's id as it is typed; here, /article lists them.
  if (article && !context.shelf.article(article)) {
    return { payload: noticeMessage(UNKNOWN_ARTICLE_ON.console, article), private: true, outcome: "refused" };
  }
  const isPrivate = options.private === "true";
  if (command === "article") return articleReply(context, article, isPrivate);
  const kind = command === "ask" ? "ask" : "sources";
  return answerReply(context, kind, options[QUERY_OPTION[kind]] ?? "", { article, private: isPrivate });
}

/** `/corpus` on the console's own library, as a server's moderator runs it: the same replies, refusals included. */
async function corpusReply(
  { corpus, server, shelf }: CommandContext,
  command: ConsoleCommand,
  options: Record<string, string>,
  by: Provenance["addedBy"],
): Promise<Reply> {
  if (!corpus || server === undefined) return corpusNotice(CORPUS_READ_ONLY, "read_only");
  try {
    if (command === "corpus list") return listReply(await corpus.list(server), shelf.operator.articles.size);
    if (command === "corpus remove") return editReply(await corpus.remove(server, options.article ?? ""));
    const { url, file } = options;
    if ((url === undefined) === (file === undefined)) return corpusNotice(CORPUS_ONE_SOURCE, "source");
    return editReply(await corpus.add(server, url !== undefined ? { url } : { path: file ?? "" }, by));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return refusalReply(error.shownOn("console"));
  }
}
