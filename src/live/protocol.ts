import type { IndexSnapshot } from "../search/snapshot.ts";

/** What the build worker is asked to build. */
export interface BuildRequest {
  dir: string;
  cacheDir?: string;
  maxFileBytes?: number;
}

/**
 * What it sends back: the built index as plain data with what it warned of on the way (a cache
 * rebuilt or not writable) and the articles it had to attribute anew, or why the corpus would not load.
 */
export type BuildResult =
  | { ok: true; snapshot: IndexSnapshot; warnings: string[]; attributed: readonly string[] }
  | { ok: false; error: string };
