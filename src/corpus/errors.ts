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
}
