import type { IndexSnapshot } from "../search/snapshot.ts";

/** What the build worker is asked to build. */
export interface BuildRequest {
  dir: string;
  cacheDir?: string;
}

/** What it sends back: the built index as plain data, or why the corpus would not load. */
export type BuildResult = { ok: true; snapshot: IndexSnapshot } | { ok: false; error: string };
