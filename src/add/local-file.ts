import { realpathSync } from "node:fs";
import { CorpusError } from "../corpus/errors.ts";
import { readRegularFile } from "../corpus/read.ts";
import { CORPUS_REFUSAL } from "../wording/corpus.ts";
import { CORPUS_FAULT } from "../wording/faults.ts";
import { Refusal } from "./refusal.ts";

/**
 * A local file's bytes, for `citebot add ./ferry.md` and the console's `/corpus add`, read as the corpus
 * loader reads its files: a regular file (symbolic links followed) of at most `limit` bytes. A missing file,
 * a folder, a FIFO or a device (`/dev/zero`) is a {@link Refusal}, given before a byte is read.
 */
export function readLocalFile(target: string, limit: number): Buffer {
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Refusal("no_file", CORPUS_REFUSAL.noFile, {}, target);
    }
    throw unreadable(new CorpusError(target, CORPUS_FAULT.unreadable((error as Error).message)));
  }
  try {
    return readRegularFile(target, real, limit);
  } catch (error) {
    if (error instanceof CorpusError) throw unreadable(error);
    throw error;
  }
}

/** Whether an add's target is a link rather than a file: it has a scheme (`https:`, and `file:` too, to be refused as such), which a Windows drive letter is not. */
export function isLink(target: string): boolean {
  return /^[a-z][a-z\d+.-]*:/iu.test(target) && !/^[a-z]:[\\/]/iu.test(target);
}

function unreadable(error: CorpusError): Refusal {
  return new Refusal("unreadable_file", CORPUS_REFUSAL.unreadableFile, { reason: error.reason }, error.located);
}
