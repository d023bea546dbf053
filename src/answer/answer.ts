import { mergeAttributions } from "../attribution/sources.ts";
import type { CorpusIndex, IndexedArticle } from "../search/corpus-index.ts";
import { type RankTerm, rankParagraphs } from "../search/rank.ts";
import { fold, type Token, tokenize } from "../text/analyzer.ts";
import { keyWords, looksLikeName } from "../text/names.ts";
import { selectQuote } from "./quote.ts";
import { DEFAULT_LIMIT, MAX_MISSING_SHARE, MAX_TAGGED_LENGTH, MIN_COVERAGE, NAME_BOOST } from "./tuning.ts";
import type { Answer, AnswerOptions, Passage } from "./types.ts";
import { termWeight } from "./weights.ts";

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

interface QueryTerm {
  weight: number;
  name: boolean;
}

function answer(index: CorpusIndex, query: string, options: AnswerOptions): Answer {
  const scope = scopeOf(index, options.article);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const words = tokenize(query).filter((token) => token.terms.length > 0);
  const known = (term: string) => (scope ? scope.vocabulary.has(term) : index.documentFrequency.has(term));
  const missing = words.filter((token) => !token.terms.some(known));
  const unmatched = [...new Set(missing.map((token) => fold(token.surface).replace(/'s?$/u, "")))];
  const noMatch: Answer = { query, status: "no_match", unmatched, results: [] };
  if (words.length === 0) return noMatch;

  const terms = new Map<string, QueryTerm>();
  for (const token of words) {
    const name = looksLikeName(query, token);
    for (const term of token.terms) {
      terms.set(term, { weight: termWeight(index, term), name: name || (terms.get(term)?.name ?? false) });
    }
  }
  const weightOf = (tokens: Token[]) =>
    [...new Set(tokens.flatMap((token) => token.terms))].reduce((sum, term) => sum + (terms.get(term)?.weight ?? 0), 0);
  const total = weightOf(words);
  if (missing.length > 0 && aboutSomethingElse(query, words, missing, weightOf)) return noMatch;

  // The query is analyzed once, above; ranking takes its terms as they are, and only the best `limit`.
  const rankTerms = new Map<string, RankTerm>();
  for (const [term, { weight, name }] of terms) rankTerms.set(term, { weight, boost: name ? NAME_BOOST : 1 });
  const accept = (id: number, covered: number) => {
    if (covered < MIN_COVERAGE * total) return false;
    const ref = index.paragraphs[id];
    return ref !== undefined && (!scope || ref.articleId === scope.article.id) && index.articles.has(ref.articleId);
  };
  const results: Passage[] = [];
  for (const hit of rankParagraphs(index, rankTerms, limit, accept)) {
    const ref = index.paragraphs[hit.id];
    const article = ref && index.articles.get(ref.articleId);
    if (ref && article) results.push(passage(article, ref.index, hit.score, terms));
  }
  return results.length > 0 ? { query, status: "ok", unmatched, results } : noMatch;
}

/**
 * Whether the words the corpus never uses are what the query is about: one of its names, or nouns
 * carrying half its nouns' weight. Tagging is the costly step, so it runs only when words are missing.
 */
function aboutSomethingElse(
  query: string,
  words: Token[],
  missing: Token[],
  weightOf: (tokens: Token[]) => number,
): boolean {
  const key = keyWords(query.slice(0, MAX_TAGGED_LENGTH));
  const within = (spans: Array<[number, number]>) => (token: Token) =>
    spans.some(([start, end]) => token.start < end && start < token.end);
  const isNoun = within(key.nouns);
  const nouns = words.filter(isNoun);
  return (
    missing.some(within(key.names)) ||
    (nouns.length > 0 && weightOf(missing.filter(isNoun)) >= MAX_MISSING_SHARE * weightOf(nouns))
  );
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
  score: number,
  terms: Map<string, QueryTerm>,
): Passage {
  const paragraph = indexed.article.paragraphs[paragraphIndex];
  if (!paragraph) throw new Error(`citebot: paragraph ${paragraphIndex} missing from ${indexed.article.id}`);
  const tokens = tokenize(paragraph.text);
  const span = selectQuote(paragraph, tokens, (term) => terms.get(term)?.weight ?? 0);
  const highlights = tokens
    .filter((token) => token.start >= span.start && token.end <= span.end && token.terms.some((t) => terms.has(t)))
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
