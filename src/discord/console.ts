import { createInterface } from "node:readline";
import { PRIVATE_NOTE } from "../render/wording.ts";
import type { CommandContext, Reply } from "./command.ts";
import { type Bold, plainMessage } from "./render/plain.ts";
import { answerReply, articleReply, QUERY_OPTION } from "./reply.ts";

type Name = "ask" | "sources" | "article";

/** Each console command's options, as in Discord, the first being what plain text after the command fills. */
const OPTIONS: Record<Name, readonly [string, ...string[]]> = {
  ask: [QUERY_OPTION.ask, "article", "private"],
  sources: [QUERY_OPTION.sources, "article", "private"],
  article: ["article", "private"],
};

const CONSOLE_HELP = `Type a command as you would in Discord:
  /ask What did Russia send to Libya?
  /sources Russia has sent S-300 systems article:<id> private:true
  /article
Options are written name:value (question:, claim:, article:, private:). "Find sources" on a message
does what /sources does with the message's text. /help shows this, /quit (or Ctrl-D) leaves.`;

/** A console line read as a command and its options, or what is wrong with it. */
export type Parsed = { command: Name; options: Record<string, string> } | { error: string };

/** Reads `/ask some question article:x private:true` the way Discord's command box fills options. */
export function parseLine(line: string): Parsed {
  const match = /^\/(\w+)\s*([\s\S]*)$/u.exec(line.trim());
  const name = match?.[1];
  if (!match || !name || !Object.hasOwn(OPTIONS, name)) {
    return { error: `Unknown command "${line.trim().split(/\s/u)[0]}". Try /ask, /sources, /article or /help.` };
  }
  const command = name as Name;
  const names = OPTIONS[command];
  const pattern = new RegExp(`(?:^|\\s)(${names.join("|")}):`, "gu");
  const rest = match[2] ?? "";
  const marks = [...rest.matchAll(pattern)];
  const options: Record<string, string> = {};
  const head = rest.slice(0, marks[0]?.index ?? rest.length).trim();
  if (head !== "" && names[0] !== "article") options[names[0]] = head;
  else if (head !== "") options.article = head;
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    options[mark[1] as string] = rest.slice(start, end).trim();
  });
  const required = names[0] === "article" ? undefined : names[0];
  if (required && !options[required]) return { error: `/${command} needs a ${required}: /${command} <${required}>` };
  if (options.private !== undefined && !["true", "false"].includes(options.private)) {
    return { error: "private: takes true or false" };
  }
  return { command, options };
}

/** The reply a console line gets: the same as the bot's in Discord. */
function consoleReply(context: CommandContext, { command, options }: Extract<Parsed, { command: Name }>): Reply {
  const isPrivate = options.private === "true";
  if (command === "article") return articleReply(context, options.article, isPrivate);
  return answerReply(context, command, options[QUERY_OPTION[command]] ?? "", {
    article: options.article,
    private: isPrivate,
  });
}

/**
 * The local console: reads commands from `input`, writes each reply as the bot would post it. For
 * trying the bot before creating a Discord application; a failing command prints its error and the
 * console goes on.
 */
export async function runConsole(
  context: CommandContext,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; bold: Bold; prompt: boolean },
): Promise<void> {
  const lines = createInterface({ input: io.input, output: io.prompt ? io.output : undefined, terminal: io.prompt });
  const write = (text: string) => io.output.write(`${text}\n`);
  write(`citebot local console: ${context.shelf.articleCount} article(s). No Discord connection; type /help.`);
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
        const reply = consoleReply(context, parsed);
        write(plainMessage(reply.payload, io.bold) + (reply.private ? `\n${PRIVATE_NOTE}` : ""));
      }
    }
    if (io.prompt) lines.prompt();
  }
  lines.close();
}
