import { CORPUS_FAULT, METADATA_FAULT } from "../wording/faults.ts";
import { CorpusError } from "./errors.ts";
import { type ArticleMeta, describeIssues, parseMarkdown, parseTxt, sidecarSchema } from "./parse.ts";
import { type ReadOptions, readCorpus, type SourceFile } from "./read.ts";
import type { Article } from "./types.ts";

/**
 * Reads every article of a corpus folder: each `.txt` (with its optional `NAME.meta.json`) and each `.md`
 * file. All or nothing: the first fault throws a {@link CorpusError} naming the file, and no article is
 * returned, so a half-loaded corpus never answers questions.
 */
export function loadCorpus(dir: string, options: ReadOptions = {}): Article[] {
  return parseCorpus(readCorpus(dir, options));
}

/** The articles of files already read ({@link readCorpus}), all or nothing as {@link loadCorpus}. */
export function parseCorpus(sources: SourceFile[], parse: (source: SourceFile) => Article = parseSource): Article[] {
  return sources.map(parse);
}

/** One file (and its sidecar) as an article, or a `CorpusError` with its file and line. */
export function parseSource({ file, id, format, text, sidecar }: SourceFile): Article {
  return format === "md"
    ? parseMarkdown(file, id, text)
    : parseTxt(file, id, text, sidecar ? parseSidecar(sidecar.file, sidecar.text) : undefined);
}

function parseSidecar(file: string, text: string): ArticleMeta {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(file, CORPUS_FAULT.notJson((error as Error).message));
  }
  const parsed = sidecarSchema.safeParse(data, { error: () => METADATA_FAULT.other });
  if (!parsed.success) throw new CorpusError(file, CORPUS_FAULT.badMetadata(describeIssues(parsed.error)));
  return parsed.data;
}
