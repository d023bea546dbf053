import { create, insertMultiple, search as oramaSearch } from "@orama/orama";
import { Charset, Encoder, Index } from "flexsearch";
import EnglishPreset from "flexsearch/lang/en";
import lunr from "lunr";
import { stemmer } from "stemmer";
import { eng } from "stopword";
import bm25 from "wink-bm25-text-search";
import { ANSWER_SIZE, TOP_WAY } from "./answer-path.ts";
import { type Engine, paragraphsOf } from "./measure.ts";

/**
 * The peers, each given English stemming and stop words where it offers them, OR semantics (a paragraph
 * matching any query word is a candidate, as in citebot) and its own default number of results. Each
 * is also timed on its first 3 results' ids (`TOP_WAY`), the search its answer starts from (answers.ts).
 */
export const peers: Engine[] = [
  {
    name: "lunr",
    setup:
      "default pipeline (trimmer, English stop words, Porter stemmer); query terms via lunr.tokenizer, all results; top 3: the first 3 of those",
    async build(articles) {
      const paragraphs = paragraphsOf(articles);
      const index = lunr(function () {
        this.ref("id");
        this.field("text");
        for (const paragraph of paragraphs) this.add(paragraph);
      });
      // `index.search` parses a query language ("+", "-", "~", ":"), which a question may trip on;
      // giving it the tokenized words keeps lunr's pipeline and OR semantics without the parser.
      const search = (query: string) => index.query((q) => q.term(lunr.tokenizer(query), {}));
      return {
        search,
        // lunr has no limit: it scores and sorts every match, and the answer takes the first three.
        [TOP_WAY]: (query) =>
          search(query)
            .slice(0, ANSWER_SIZE)
            .map((result) => Number(result.ref)),
      };
    },
  },
  {
    name: "FlexSearch",
    setup:
      "Index, tokenize 'strict', Encoder(Charset.Normalize + lang/en: stemmer, stop words); suggest: true, limit 100 (top 3: limit 3)",
    async build(articles) {
      const index = new Index({ tokenize: "strict", encoder: new Encoder(Charset.Normalize).assign(EnglishPreset) });
      for (const paragraph of paragraphsOf(articles)) index.add(paragraph.id, paragraph.text);
      // Without `suggest` FlexSearch returns only paragraphs holding every query word (AND).
      return {
        search: (query) => index.search(query, { limit: 100, suggest: true }),
        [TOP_WAY]: (query) => index.search(query, { limit: ANSWER_SIZE, suggest: true }) as number[],
      };
    },
  },
  {
    name: "Orama",
    setup:
      "string field, tokenizer { language: english, stemming: true, stopWords: stopword's eng }, limit 10 (top 3: limit 3)",
    async build(articles) {
      const db = create({
        schema: { text: "string" } as const,
        components: { tokenizer: { language: "english", stemming: true, stopWords: eng } },
      });
      await insertMultiple(
        db,
        paragraphsOf(articles).map((paragraph) => ({ id: String(paragraph.id), text: paragraph.text })),
      );
      return {
        search: (query) => oramaSearch(db, { term: query, properties: ["text"] }),
        [TOP_WAY]: async (query) => {
          const found = await oramaSearch(db, { term: query, properties: ["text"], limit: ANSWER_SIZE });
          return found.hits.map((hit) => Number(hit.id));
        },
      };
    },
  },
  {
    name: "wink-bm25",
    setup:
      "one field; prep: lower case, split on non-letters, stopword's eng, Porter stemmer (`stemmer`); limit 10 (top 3: limit 3)",
    async build(articles) {
      const engine = bm25();
      engine.defineConfig({ fldWeights: { text: 1 } });
      engine.definePrepTasks([englishTerms]);
      for (const paragraph of paragraphsOf(articles)) engine.addDoc({ text: paragraph.text }, paragraph.id);
      engine.consolidate();
      return {
        search: (query) => engine.search(query),
        [TOP_WAY]: (query) => engine.search(query, ANSWER_SIZE).map(([id]) => Number(id)),
      };
    },
  },
];

const STOP = new Set(eng);

/** wink-bm25 brings no analyzer: the common English one, from the packages citebot already depends on. */
function englishTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !STOP.has(word))
    .map((word) => stemmer(word));
}
