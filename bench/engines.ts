import MiniSearch, { type Options } from "minisearch";
import { stemmer } from "stemmer";
import { eng } from "stopword";
import { answer } from "../src/answer/answer.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { type Attributor, buildIndex } from "../src/search/corpus-index.ts";
import { SEARCH_OPTIONS } from "../src/search/paragraph-search.ts";
import { type BenchParagraph, type Engine, paragraphsOf, type Search } from "./measure.ts";
import { peers } from "./peers.ts";

/** Every sentence in the article's own voice: attribution at no cost, to tell what attribution costs. */
export const ownVoice: Attributor = (article) =>
  article.paragraphs.map((paragraph) => paragraph.sentences.map(() => []));

/**
 * citebot's own index (`buildIndex`: its analyzer, stop words, Porter stemmer, compounds, demonyms, and
 * attribution at build time), queried three ways: the raw MiniSearch search under `ask`, the same with
 * fuzzy matching, and `ask`, the whole answer (relevance floor, quote selection, highlights, attribution).
 */
export function citebotEngine(name: string, attribute: Attributor, attributor: string): Engine {
  return {
    name,
    setup: `buildIndex with ${attributor}; search = miniSearch.search(q, SEARCH_OPTIONS); ask = answer(index, q)`,
    async build(articles) {
      const index = buildIndex(articles, attribute);
      return {
        search: (query) => index.miniSearch.search(query, SEARCH_OPTIONS),
        "search, fuzzy 0.2": (query) => index.miniSearch.search(query, { ...SEARCH_OPTIONS, fuzzy: 0.2 }),
        ask: (query) => answer(index, query),
      };
    },
  };
}

/** MiniSearch as it comes: one `text` field, its own tokenizer and lower-casing, no stop words, no stemming. */
export const PLAIN_MINISEARCH: Options<BenchParagraph> = { fields: ["text"] };

const STOP_WORDS = new Set(eng);

/**
 * MiniSearch with the first step anyone takes beyond the defaults: English stop words (`stopword`'s list)
 * dropped and the rest Porter-stemmed (`stemmer`), on indexing and on search alike.
 */
export const STEMMED_MINISEARCH: Options<BenchParagraph> = {
  fields: ["text"],
  processTerm: (term) => {
    const lower = term.toLowerCase();
    return STOP_WORDS.has(lower) ? null : stemmer(lower);
  },
};

/** MiniSearch over the paragraphs with `options`, timed as an engine of the table, with fuzzy search as well if asked. */
function miniSearchEngine(name: string, setup: string, options: Options<BenchParagraph>, fuzzy: boolean): Engine {
  return {
    name,
    setup,
    async build(articles) {
      const index = new MiniSearch<BenchParagraph>(options);
      index.addAll(paragraphsOf(articles));
      const ways: Record<string, Search> = { search: (query) => index.search(query) };
      if (fuzzy) ways["search, fuzzy 0.2"] = (query) => index.search(query, { fuzzy: 0.2 });
      return ways;
    },
  };
}

/** The plain MiniSearch configuration. */
export const miniSearchDefault = miniSearchEngine(
  "MiniSearch default",
  "new MiniSearch({ fields: ['text'] }); search(q) and search(q, { fuzzy: 0.2 })",
  PLAIN_MINISEARCH,
  true,
);

/** The strong baseline (`STEMMED_MINISEARCH`). */
export const miniSearchStemmed = miniSearchEngine(
  "MiniSearch stop words + Porter",
  "new MiniSearch({ fields: ['text'], processTerm: stopword's eng dropped, the rest stemmer(term) }); search(q)",
  STEMMED_MINISEARCH,
  false,
);

/** Every engine of the table, in its order: citebot (with and without attribution), MiniSearch, the peers. */
export const engines: Engine[] = [
  citebotEngine("citebot", attributeArticle, "attributeArticle"),
  citebotEngine("citebot, no attribution", ownVoice, "no attribution"),
  miniSearchDefault,
  miniSearchStemmed,
  ...peers,
];
