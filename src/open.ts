import { attributeArticle } from "./attribution/extract.ts";
import { parseCorpus } from "./corpus/load.ts";
import { type ReadOptions, readCorpus, type SourceFile } from "./corpus/read.ts";
import type { Article } from "./corpus/types.ts";
import { cachedIndex } from "./search/cache.ts";
import { type Attributor, buildIndex, type CorpusIndex } from "./search/corpus-index.ts";

/** How to open a corpus. */
export interface OpenOptions extends ReadOptions {
  /**
   * A folder for the built index, reused while neither the corpus nor citebot's code changes: for a
   * large corpus, loading it is several times faster than building. It may not lie inside the corpus
   * folder. Default: none, build every time.
   */
  cacheDir?: string;
  /** Told of what costs time without stopping the corpus opening: a cache rebuilt or not writable. Default: nothing. */
  onWarning?: (message: string) => void;
  /** Who says what in an article. Default: `attributeArticle`; the live corpus passes one that remembers. */
  attribute?: Attributor;
  /** A file as an article. Default: `parseSource`; the live corpus passes one that remembers. */
  parse?: (source: SourceFile) => Article;
}

/** Loads a corpus folder and builds its index, who-says-what included: the one way every entry point gets a corpus. */
export function openCorpus(dir: string, options: OpenOptions = {}): CorpusIndex {
  const sources = readCorpus(dir, options);
  const build = () => buildIndex(parseCorpus(sources, options.parse), options.attribute ?? attributeArticle);
  const { cacheDir, onWarning } = options;
  return cacheDir === undefined ? build() : cachedIndex(sources, { dir, cacheDir, onWarning }, build);
}
