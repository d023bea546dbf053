import { isLink } from "../add/local-file.ts";
import { fill } from "../wording/common.ts";
import { CONSOLE_LINE_ERROR, CONSOLE_NEEDS } from "../wording/console.ts";
import { QUERY_OPTION } from "./reply.ts";

/** The console's commands: Discord's, `/corpus`'s subcommands each apart. */
export type ConsoleCommand = "ask" | "sources" | "article" | "corpus add" | "corpus remove" | "corpus list";

/**
 * Each console command's options, as in Discord. Plain text after the command fills the first; for
 * `/corpus add`, a link fills `url` and anything else `file` (a path on this machine, where Discord attaches).
 */
const OPTIONS: Record<ConsoleCommand, readonly string[]> = {
  ask: [QUERY_OPTION.ask, "article", "private"],
  sources: [QUERY_OPTION.sources, "article", "private"],
  article: ["article", "private"],
  "corpus add": ["url", "file"],
  "corpus remove": ["article"],
  "corpus list": [],
};

/** A console line read as a command and its options, or what is wrong with it. */
export type Parsed = { command: ConsoleCommand; options: Record<string, string> } | { error: string };

/**
 * Reads `/ask some question article:x private:true` the way Discord's command box fills options, and a
 * line that is not a command (no leading `/`) as a question for `/ask`, whole.
 */
export function parseLine(line: string): Parsed {
  const trimmed = line.trim();
  if (!trimmed.startsWith("/")) return { command: "ask", options: { [QUERY_OPTION.ask]: trimmed } };
  const [, name = "", after = ""] = /^\/(\w*)([\s\S]*)$/u.exec(trimmed) ?? [];
  if (name === "corpus") {
    const [, sub = "", rest = ""] = /^\s*(\w*)([\s\S]*)$/u.exec(after) ?? [];
    const command = `corpus ${sub}`;
    return isCommand(command) ? withOptions(command, rest) : { error: CONSOLE_LINE_ERROR.corpusNeeds };
  }
  if (isCommand(name)) return withOptions(name, after);
  return { error: fill(CONSOLE_LINE_ERROR.unknownCommand, trimmed.split(/\s/u)[0] ?? "") };
}

function isCommand(name: string): name is ConsoleCommand {
  return Object.hasOwn(OPTIONS, name);
}

/** The options of `command` read from what follows it on the line, checked as Discord would check them. */
function withOptions(command: ConsoleCommand, rest: string): Parsed {
  const names = OPTIONS[command];
  const marks = names.length === 0 ? [] : [...rest.matchAll(new RegExp(`(?:^|\\s)(${names.join("|")}):`, "gu"))];
  const options: Record<string, string> = {};
  const head = rest.slice(0, marks[0]?.index ?? rest.length).trim();
  if (head !== "") {
    const first = command === "corpus add" ? (isLink(head) ? "url" : "file") : names[0];
    if (first === undefined) return { error: fill(CONSOLE_LINE_ERROR.nothingAfter, `/${command}`) };
    options[first] = head;
  }
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    options[mark[1] as string] = rest.slice(start, end).trim();
  });
  if (Object.hasOwn(CONSOLE_NEEDS, command)) {
    const required = names[0] as string;
    if (!options[required]) return { error: CONSOLE_NEEDS[command as keyof typeof CONSOLE_NEEDS] };
  }
  if (options.private !== undefined && !["true", "false"].includes(options.private)) {
    return { error: CONSOLE_LINE_ERROR.privateValue };
  }
  return { command, options };
}
