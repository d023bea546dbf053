import MiniSearch, { type Options } from "minisearch";
import { stemmer } from "stemmer";
import { eng } from "stopword";
import { answer } from "../src/answer/answer.ts";
import { rankSettings } from "../src/answer/tuning.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import type { CorpusIndex } from "../src/search/corpus-index.ts";
import { SEARCH_OPTIONS } from "../src/search/paragraph-search.ts";
import { buildCorpusIndex } from "../src/search/parallel-build.ts";
import { type RankTerm, rankParagraphs } from "../src/search/rank.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { ANSWER_SIZE, TOP_WAY } from "./answer-path.ts";
import { type BenchParagraph, type Engine, paragraphsOf, type Search } from "./measure.ts";
import { peers } from "./peers.ts";

/**
 * citebot's own index (`buildCorpusIndex`, as a corpus is opened: its analyzer, stop words, word terms, compounds, demonyms; each
 * article attributed when first quoted, which `deferred` does for all of them before the queries), queried
 * four ways: the raw MiniSearch search, the same with fuzzy matching, `ask`, the whole answer (relevance
 * floor, quote selection, highlights, attribution), and `TOP_WAY`, the ranking `ask` calls instead of
 * MiniSearch's search, on the query's terms alone (each at boost 1: no name boost, no bridging of words
 * the corpus lacks, no relevance floor), its first 3 paragraphs' ids.
 */
export function citebotEngine(): Engine {
  let index: CorpusIndex | undefined;
  return {
    name: "citebot",
    setup:
      "buildCorpusIndex with attributeArticle (terms worked out in a worker thread from 6,000 paragraphs), every article then attributed; search = miniSearch.search(q, SEARCH_OPTIONS); ask = answer(index, q); top 3 = rankParagraphs(index, q's terms at boost 1, 3)",
    deferred: {
      what: "attributing every article",
      run() {
        for (const indexed of index?.articles.values() ?? []) void indexed.attribution;
      },
    },
    async build(articles) {
      const built = await buildCorpusIndex(articles, attributeArticle);
      index = built;
      return {
        search: (query) => built.miniSearch.search(query, SEARCH_OPTIONS),
        "search, fuzzy 0.2": (query) => built.miniSearch.search(query, { ...SEARCH_OPTIONS, fuzzy: 0.2 }),
        ask: (query) => answer(built, query),
        [TOP_WAY]: (query) => {
          const terms = new Map<string, RankTerm>();
          for (const token of tokenize(query)) for (const term of token.terms) terms.set(term, { boost: 1 });
          return rankParagraphs(built, terms, rankSettings(ANSWER_SIZE), () => true).map((hit) => hit.id);
        },
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

const citebot = citebotEngine();

/** Every engine of the table, in its order: citebot, MiniSearch, the peers. */
export const engines: Engine[] = [citebot, miniSearchDefault, miniSearchStemmed, ...peers];

/** The engines whose answers are timed (answers.ts): citebot first, then the peers. */
export const answerEngines: Engine[] = [citebot, ...peers];
