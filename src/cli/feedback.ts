import { parseArgs } from "node:util";
import { defaultLibraryDb } from "../config.ts";
import type { Feedback } from "../library/feedback.ts";
import { printable } from "../render/terminal.ts";
import { QUERY_LABEL } from "../wording/answers.ts";
import { feedbackHeading, NO_FEEDBACK, REPLY_SHOWN } from "../wording/cli.ts";

/** Records listed unless `--limit` says otherwise: a screenful or two, the newest. */
export const DEFAULT_FEEDBACK_LIMIT = 20;

/** What `citebot feedback` takes, and what each option means (the usage text shows it). */
export const FEEDBACK_USAGE = `usage: npm run cli -- feedback [--server ID] [--limit N] [--json] [--corpus DIR]

What users said was not right ("Not right?" under an answer in Discord), newest first: the question or
claim, the reply they saw, who, in which server and when. Read from the servers' store the bot uses
(LIBRARY_DB, beside the corpus folder by default, or DATABASE_URL).

options:
  --server ID        one Discord server's records only
  --limit N          at most N records (default: ${DEFAULT_FEEDBACK_LIMIT})
  --json             one JSON object per record, on one line
  --corpus DIR       the corpus folder the default store is named after (default: corpus)`;

/**
 * `citebot feedback`: the "Not right?" records, newest first, as text or JSON lines. Returns the exit status:
 * 0 listed (none included), 1 the store cannot be opened, 2 a usage error. Every text from Discord is made
 * printable (no control characters or terminal escapes reach the screen).
 */
export async function feedbackCommand(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv);
  } catch (error) {
    process.stderr.write(`citebot: ${(error as Error).message}\n\n${FEEDBACK_USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${FEEDBACK_USAGE}\n`);
    return 0;
  }
  // Loaded here only: the database clients are no part of an answer's start.
  const { openStore } = await import("../library/open-store.ts");
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore({
      databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
      libraryDb: process.env.LIBRARY_DB?.trim() || defaultLibraryDb(options.corpus),
    });
  } catch (error) {
    process.stderr.write(`${printable((error as Error).message)}\n`);
    return 1;
  }
  try {
    const records = await store.feedback({ server: options.server, limit: options.limit });
    if (options.json) for (const record of records) process.stdout.write(`${JSON.stringify(record)}\n`);
    else process.stdout.write(records.length === 0 ? `${NO_FEEDBACK}\n` : records.map(feedbackText).join("\n"));
  } finally {
    await store.close();
  }
  return 0;
}

/** One record as text: its heading, the query, then the reply shown, indented. */
function feedbackText(record: Feedback): string {
  const reply = printable(record.reply)
    .split("\n")
    .map((line) => (line === "" ? "" : `    ${line}`))
    .join("\n");
  return `${printable(feedbackHeading(record))}\n  ${QUERY_LABEL[record.kind]}: ${printable(record.query)}\n  ${REPLY_SHOWN}\n${reply}\n`;
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      server: { type: "string" },
      limit: { type: "string" },
      json: { type: "boolean", default: false },
      corpus: { type: "string", default: "corpus" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (positionals.length > 0)
    throw new Error(`feedback takes no ${positionals.length === 1 ? "argument" : "arguments"} ("${positionals[0]}")`);
  const limit = values.limit === undefined ? DEFAULT_FEEDBACK_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`--limit must be a whole number from 1, not "${values.limit}"`);
  if (values.server !== undefined && !/^\d{17,20}$/u.test(values.server)) {
    throw new Error(`--server must be a Discord server id (17 to 20 digits), not "${values.server}"`);
  }
  return { ...values, limit };
}
