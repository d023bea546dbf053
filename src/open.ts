import { attributeArticle } from "./attribution/extract.ts";
import { parseCorpus } from "./corpus/load.ts";
import { type ReadOptions, readCorpus } from "./corpus/read.ts";
import { cachedIndex } from "./search/cache.ts";
import type { CorpusIndex } from "./search/corpus-index.ts";
import { buildCorpusIndex } from "./search/parallel-build.ts";

/** How to open a corpus. */
export interface OpenOptions extends ReadOptions {
  /**
   * A folder for the built index, reused while neither the corpus nor citebot's code changes: for a
   * large corpus, loading it is several times faster than building. It may not lie inside the corpus
   * folder. Default: none, build every time.
   */
  cacheDir?: string;
  /**
   * Whether an index built for want of a cached one is written to `cacheDir` before it is returned. A
   * write attributes every article first, as long again as the build for a large corpus: the bot, whose
   * live corpus writes the cache from its worker, passes false. Default: true.
   */
  writeCache?: boolean;
  /** Told of what costs time without stopping the corpus opening: a cache rebuilt or not writable. Default: nothing. */
  onWarning?: (message: string) => void;
}

/**
 * Loads a corpus folder and builds its index: the one way every entry point gets a corpus. Who says what
 * is worked out for an article when its attribution is first read, or comes with it from the cache.
 */
export async function openCorpus(dir: string, options: OpenOptions = {}): Promise<CorpusIndex> {
  const sources = readCorpus(dir, options);
  const { cacheDir, onWarning, writeCache = true } = options;
  const build = () => buildCorpusIndex(parseCorpus(sources), attributeArticle, { onWarning });
  return cacheDir === undefined
    ? build()
    : cachedIndex(sources, { dir, cacheDir, onWarning, write: writeCache }, build);
}
