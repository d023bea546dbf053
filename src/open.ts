import { attributeArticle } from "./attribution/extract.ts";
import { loadCorpus } from "./corpus/load.ts";
import { buildIndex, type CorpusIndex } from "./search/corpus-index.ts";

/** Loads a corpus folder and builds its index, who-says-what included: the one way every entry point gets a corpus. */
export function openCorpus(dir: string): CorpusIndex {
  return buildIndex(loadCorpus(dir), attributeArticle);
}
