import { loadCorpus } from "./corpus/load.ts";
import type { Article } from "./corpus/types.ts";
import { buildIndex, type CorpusIndex } from "./search/corpus-index.ts";

/** Until who-says-what lands, every sentence is in the article's own voice. */
const ownVoice = (article: Article) => article.paragraphs.map((p) => p.sentences.map(() => []));

/** Loads a corpus folder and builds its index: the one way every entry point gets a corpus. */
export function openCorpus(dir: string): CorpusIndex {
  return buildIndex(loadCorpus(dir), ownVoice);
}
