import { PassThrough } from "node:stream";
import { loadConfig } from "../../src/config.ts";
import { type ConsoleIo, runLocalConsole } from "../../src/discord/console.ts";
import type { CorpusIndex } from "../../src/search/corpus-index.ts";

/**
 * What a console session writes when `lines` are typed into it and then the input ends (Ctrl-D): `run`
 * starts the console on the given streams, with no prompt, bold shown as `<…>`.
 */
export async function consoleText(run: (io: ConsoleIo) => Promise<void>, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk) => {
    text += chunk;
  });
  const done = run({ input, output, bold: (s) => `<${s}>`, prompt: false });
  input.end(`${lines.join("\n")}\n`);
  await done;
  return text;
}

/**
 * {@link consoleText} of `npm start`'s console without a token, on the operator's corpus `index` (read from
 * `corpusDir`), its own library in the SQLite file `libraryDb`, allowed to fetch from this machine, where the
 * tests' news pages are; with what it warned of.
 */
export async function localConsoleText(
  corpusDir: string,
  libraryDb: string,
  index: CorpusIndex,
  lines: string[],
): Promise<{ text: string; warnings: string[] }> {
  const config = loadConfig({ CORPUS_DIR: corpusDir, LIBRARY_DB: libraryDb, FETCH_ALLOW_PRIVATE: "true" });
  const warnings: string[] = [];
  const text = await consoleText(
    (io) =>
      runLocalConsole(
        config,
        () => index,
        (w) => warnings.push(w),
        io,
      ),
    lines,
  );
  return { text, warnings };
}
