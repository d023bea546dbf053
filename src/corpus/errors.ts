import { CORPUS_FAULT } from "../wording/faults.ts";

/**
 * A corpus file that cannot be loaded. The message names the file and, where there is one, the line,
 * so that the person who wrote the file can find the fault.
 */
export class CorpusError extends Error {
  override name = "CorpusError";

  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`citebot: corpus file ${file}${line === undefined ? "" : `, line ${line}`}: ${reason}`);
  }

  /** The file, the line where there is one, and the reason, without the program's name: `ferry.md, line 2: …`. */
  get located(): string {
    return `${this.file}${this.line === undefined ? "" : `, line ${this.line}`}: ${this.reason}`;
  }
}

/**
 * A fault met while reading an article, as that article's error: a {@link CorpusError} passes through,
 * anything else (a fault of citebot's own, met on this text) names the file and the paragraph's line,
 * so that one article never brings down the load with a bare stack trace.
 */
export function articleFault(file: string, error: unknown, line?: number): CorpusError {
  if (error instanceof CorpusError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CorpusError(file, CORPUS_FAULT.citebotFailed(message), line);
}
