import { mergeAttributions } from "../attribution/sources.ts";
import { type CorpusIndex, type IndexedArticle, termWeight } from "../search/corpus-index.ts";
import { type RankTerm, rankParagraphs } from "../search/rank.ts";
import { tokenize } from "../text/analyzer.ts";
import { type QueryWord, queryWords } from "../text/query.ts";
import { bridgeMissing } from "./bridge.ts";
import { selectQuote } from "./quote.ts";
import { DEFAULT_LIMIT, MIN_COVERAGE, NAME_BOOST } from "./tuning.ts";
import type { Answer, AnswerOptions, Passage } from "./types.ts";

/** A question or claim that cannot be searched as asked, such as an unknown article id. */
export class QueryError extends Error {
  override name = "QueryError";
}

/** The passages that answer a question, best first, or `no_match` where the corpus does not answer it. */
export function ask(index: CorpusIndex, question: string, options: AnswerOptions = {}): Answer {
  return answer(index, question, options);
}

/** The passages that make a claim, best first, with who the article attributes each to. */
export function sources(index: CorpusIndex, claim: string, options: AnswerOptions = {}): Answer {
  return answer(index, claim, options);
}

/** A query word as answering weighs it: its rarity, times `NAME_BOOST` for a name. */
interface Weighed {
  word: QueryWord;
  weight: number;
  /** Whether the corpus (or the chosen article) uses any of its terms. */
  known: boolean;
}

function answer(index: CorpusIndex, query: string, options: AnswerOptions): Answer {
  const scope = scopeOf(index, options.article);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const known = (term: string) => (scope ? scope.vocabulary.has(term) : index.terms.has(term));
  const words: Weighed[] = queryWords(query).map((word) => ({
    word,
    weight: Math.max(...word.terms.map((term) => termWeight(index, term))) * (word.name ? NAME_BOOST : 1),
    known: word.terms.some(known),
  }));
  const bridges = bridgeMissing(
    index,
    words.filter((w) => !w.known).map((w) => w.word),
    known,
  );
  const focus = words;
  const unmatchedIn = (bridged: Set<QueryWord>) =>
    unique(focus.filter((w) => !w.known && !bridged.has(w.word)).map((w) => w.word.surface.replace(/['’]s?$/u, "")));
  const noMatch = (bridged = new Set<QueryWord>()): Answer => ({
    query,
    status: "no_match",
    unmatched: unmatchedIn(bridged),
    results: [],
  });
  if (focus.length === 0) return noMatch();
  if (focus.some((w) => w.word.name && !w.known && !bridges.get(w.word)?.some((b) => b.credit === 1))) {
    return noMatch();
  }

  const rankTerms = new Map<string, RankTerm>();
  for (const { word, known: used } of focus) {
    if (used) for (const term of word.terms) rankTerms.set(term, { boost: word.name ? NAME_BOOST : 1 });
    for (const bridge of bridges.get(word) ?? []) {
      for (const term of bridge.terms) if (!rankTerms.has(term)) rankTerms.set(term, { boost: bridge.credit });
    }
  }
  const inScope = (id: number) => {
    const ref = index.paragraphs[id];
    return ref !== undefined && (!scope || ref.articleId === scope.article.id) && index.articles.has(ref.articleId);
  };
  const total = focus.reduce((sum, w) => sum + w.weight, 0);
  const results: Passage[] = [];
  let firstBridged = new Set<QueryWord>();
  for (const hit of rankParagraphs(index, rankTerms, limit, inScope)) {
    const ref = index.paragraphs[hit.id];
    const article = ref && index.articles.get(ref.articleId);
    if (!ref || !article) continue;
    const held = new Set(ref.terms);
    const has = (term: string) => held.has(index.terms.get(term) ?? -1);
    let covered = 0;
    const bridged = new Set<QueryWord>();
    for (const w of focus) {
      if (w.word.terms.some(has)) covered += w.weight;
      else {
        const credit = Math.max(
          0,
          ...(bridges.get(w.word) ?? []).filter((b) => b.terms.every(has)).map((b) => b.credit),
        );
        if (credit > 0) bridged.add(w.word);
        covered += credit * w.weight;
      }
    }
    if (covered < MIN_COVERAGE * total) continue;
    if (results.length === 0) firstBridged = bridged;
    results.push(
      passage(article, ref.index, hit.sentence, hit.score, (term) => {
        const boost = rankTerms.get(term)?.boost;
        return boost === undefined ? 0 : boost * termWeight(index, term);
      }),
    );
  }
  return results.length > 0 ? { query, status: "ok", unmatched: unmatchedIn(firstBridged), results } : noMatch();
}

function unique(surfaces: string[]): string[] {
  const seen = new Map<string, string>();
  for (const surface of surfaces) if (!seen.has(surface.toLowerCase())) seen.set(surface.toLowerCase(), surface);
  return [...seen.values()];
}

function scopeOf(index: CorpusIndex, articleId: string | undefined): IndexedArticle | undefined {
  if (articleId === undefined) return undefined;
  const article = index.articles.get(articleId);
  if (!article) throw new QueryError(`no article "${articleId}" in the corpus`);
  return article;
}

function passage(
  indexed: IndexedArticle,
  paragraphIndex: number,
  best: number,
  score: number,
  weightOf: (term: string) => number,
): Passage {
  const paragraph = indexed.article.paragraphs[paragraphIndex];
  if (!paragraph) throw new Error(`citebot: paragraph ${paragraphIndex} missing from ${indexed.article.id}`);
  const tokens = tokenize(paragraph.text);
  const span = selectQuote(paragraph, tokens, weightOf, best);
  const highlights = tokens
    .filter((token) => token.start >= span.start && token.end <= span.end && token.terms.some((t) => weightOf(t) > 0))
    .map((token): [number, number] => [token.start - span.start, token.end - span.start]);
  const sentences = indexed.attribution[paragraphIndex]?.slice(span.first, span.last + 1) ?? [];
  return {
    articleId: indexed.article.id,
    title: indexed.article.title,
    paragraph: paragraph.number,
    quote: paragraph.text.slice(span.start, span.end),
    text: paragraph.text,
    score: Math.round(score * 1000) / 1000,
    highlights,
    attribution: mergeAttributions(sentences),
  };
}
