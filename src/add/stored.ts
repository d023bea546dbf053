import { loadMaxFileBytes } from "../config.ts";
import { CorpusError } from "../corpus/errors.ts";
import { parseMarkdown } from "../corpus/parse.ts";
import { articleText } from "../corpus/read.ts";
import type { Article } from "../corpus/types.ts";
import { CORPUS_REFUSAL, storedTooLargeOn } from "../wording/corpus.ts";
import { Refusal } from "./refusal.ts";

/**
 * The corpus file limit an add stores under: the one given, else `CORPUS_MAX_FILE_MB` as the CLI and the
 * bot read it to load the library, so that an add never stores a file the next load refuses.
 */
export function storeLimit(maxFileBytes: number | undefined): number {
  return maxFileBytes ?? loadMaxFileBytes(process.env);
}

/**
 * The `.md` file an add is about to write, read back by the loader's own reading (size limit, UTF-8,
 * control characters) and parsing, before it is written. A page whose article would make a file over the
 * limit (a 1.8 MB windows-1252 page can decode to 5.3 MB) is refused, where writing it would leave a
 * library that no longer loads. Throws a {@link Refusal}.
 */
export function checkedMarkdown(name: string, id: string, markdown: string, maxFileBytes: number): Article {
  const bytes = Buffer.from(markdown, "utf8");
  if (bytes.length > maxFileBytes) {
    const megabytes = Number((maxFileBytes / 1_000_000).toPrecision(3));
    throw new Refusal("too_large", storedTooLargeOn(megabytes), {
      bytes: bytes.length,
      limit: maxFileBytes,
    });
  }
  try {
    return parseMarkdown(name, id, articleText(name, bytes, maxFileBytes));
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    throw new Refusal("malformed", CORPUS_REFUSAL.malformed, { reason: error.reason }, error.located);
  }
}
