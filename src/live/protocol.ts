import type { ArticleAttribution } from "../attribution/types.ts";
import type { Article } from "../corpus/types.ts";
import type { IndexChange } from "../search/corpus-index.ts";

/**
 * Articles of the index already serving, with who says what in them where the index has worked it out,
 * sent to a new worker a few at a time, so that it knows what the index holds and attributes none of
 * them again.
 */
export interface WorkerSeed {
  seed: Array<{ article: Article; attribution?: ArticleAttribution }>;
}

/** What the build worker is asked to work out: what changed in the folder since the last request. */
export interface BuildRequest {
  dir: string;
  cacheDir?: string;
  maxFileBytes?: number;
  /** How long the folder must stay unchanged before the index cache is written. */
  cacheQuietMs: number;
}

/**
 * Asks a new worker to parse the folder ahead of the first change, so that the change alone is new work,
 * and to write the index cache when it has none, as after a change.
 */
export interface WarmRequest {
  warm: BuildRequest;
}

/**
 * What it sends back: the change to take into the serving index and the articles it had to parse and
 * attribute anew, or why the corpus would not load.
 */
export type BuildResult =
  | ({
      ok: true;
      /** The ids of the articles whose file was parsed anew, and of those attributed anew. */
      parsed: readonly string[];
      attributed: readonly string[];
    } & IndexChange)
  | { ok: false; error: string };

/** What the worker warned of while it wrote the index cache, after its result. */
export interface WorkerWarning {
  warning: string;
}
