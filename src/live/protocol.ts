import type { ArticleAttribution } from "../attribution/types.ts";
import type { Article } from "../corpus/types.ts";
import type { SnapshotParts } from "../search/snapshot.ts";

/**
 * Articles of the index already serving, with who says what in them, sent to a new worker a few at a
 * time, so that it attributes none of them again.
 */
export interface WorkerSeed {
  seed: Array<{ article: Article; attribution: ArticleAttribution }>;
}

/** What the build worker is asked to build. */
export interface BuildRequest {
  dir: string;
  cacheDir?: string;
  maxFileBytes?: number;
}

/**
 * What it sends back: the built index as plain data with what it warned of on the way (a cache
 * rebuilt or not writable) and the articles it had to parse and attribute anew, or why the corpus would not load.
 */
export type BuildResult =
  | {
      ok: true;
      snapshot: SnapshotParts;
      warnings: string[];
      /** The ids of the articles whose file was parsed anew, and of those attributed anew. */
      parsed: readonly string[];
      attributed: readonly string[];
    }
  | { ok: false; error: string };
