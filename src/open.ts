import { attributeArticle } from "./attribution/extract.ts";
import { loadCorpus } from "./corpus/load.ts";
import { cachedIndex } from "./search/cache.ts";
import { buildIndex, type CorpusIndex } from "./search/corpus-index.ts";

/** How to open a corpus. */
export interface OpenOptions {
  /**
   * A folder for the built index, reused while neither the corpus nor citebot's code changes: for a
   * large corpus, loading it is several times faster than building. Default: none, build every time.
   */
  cacheDir?: string;
}

/** Loads a corpus folder and builds its index, who-says-what included: the one way every entry point gets a corpus. */
export function openCorpus(dir: string, options: OpenOptions = {}): CorpusIndex {
  const build = () => buildIndex(loadCorpus(dir), attributeArticle);
  return options.cacheDir === undefined ? build() : cachedIndex(dir, options.cacheDir, build);
}
