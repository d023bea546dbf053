import { creditedFor, mergeAttributions } from "../attribution/sources.ts";
import type { Attribution } from "../attribution/types.ts";
import { type CorpusIndex, type IndexedArticle, termWeight } from "../search/corpus-index.ts";
import { type RankTerm, rankParagraphs } from "../search/rank.ts";
import { fold, type Token, tokenize } from "../text/analyzer.ts";
import { holdsType, wantedType } from "../text/answer-type.ts";
import { type QueryWord, queryWords, withoutNoise } from "../text/query.ts";
import { type Bridge, bridgeMissing, isFiller, nearInMeaning } from "./bridge.ts";
import { type QuoteSpan, selectQuote } from "./quote.ts";
import { CANDIDATES, DEFAULT_LIMIT, NAME_BOOST, REFUSAL, type Refusal } from "./tuning.ts";
import type { Answer, AnswerOptions, Passage, QuotedSentence } from "./types.ts";

/** A question or claim that cannot be searched as asked, such as an unknown article id. */
export class QueryError extends Error {
  override name = "QueryError";
}

/** A query word as answering weighs it: its rarity, times `NAME_BOOST` for a name. */
interface Weighed {
  word: QueryWord;
  weight: number;
  /** Whether the corpus (or the chosen article) uses any of its terms. */
  known: boolean;
  bridges: Bridge[];
}

/**
 * The passages that answer a question (`ask`) or make a claim (`sources`), best first, each with who the
 * article attributes it to; or `no_match` where the corpus does not say it. `tuning` is for
 * `npm run sweep`, which tries other refusal knobs; every other caller takes the defaults.
 */
export function answer(
  index: CorpusIndex,
  query: string,
  options: AnswerOptions = {},
  tuning: Refusal = REFUSAL,
): Answer {
  const kind = options.kind ?? "ask";
  const scope = scopeOf(index, options.article);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const known = (term: string) => (scope ? scope.vocabulary.has(term) : index.terms.has(term));
  const words = queryWords(query).map((word) => ({
    word,
    weight: Math.max(...word.terms.map((term) => termWeight(index, term))) * (word.name ? NAME_BOOST : 1),
    known: word.terms.some(known),
  }));
  const bridges = bridgeMissing(
    index,
    words.filter((w) => !w.known).map((w) => w.word),
    known,
    tuning,
  );
  const focus: Weighed[] = words.map((w) => ({ ...w, bridges: bridges.get(w.word) ?? [] }));
  const noMatch = (): Answer => ({
    query,
    kind,
    status: "no_match",
    unmatched: unmatched(focus, new Map()),
    results: [],
  });
  if (focus.length === 0) return noMatch();
  // A name the corpus lacks is about someone or somewhere else, unless it is written otherwise there
  // (initials, spelling, WordNet's "UK" for "Britain"); the embeddings' neighbours are other names.
  if (focus.some((w) => w.word.name && !w.known && w.bridges.length === 0)) return noMatch();

  const rankTerms = new Map<string, RankTerm>();
  for (const w of focus) {
    if (w.known) for (const term of w.word.terms) rankTerms.set(term, { boost: w.word.name ? NAME_BOOST : 1 });
    for (const bridge of w.bridges) {
      for (const term of bridge.terms) if (!rankTerms.has(term)) rankTerms.set(term, { boost: bridge.credit });
    }
  }
  const inScope = (id: number) => {
    const ref = index.paragraphs[id];
    return ref !== undefined && (!scope || ref.articleId === scope.article.id) && index.articles.has(ref.articleId);
  };
  const weightOf = (term: string) => {
    const boost = rankTerms.get(term)?.boost;
    return boost === undefined ? 0 : boost * termWeight(index, term);
  };
  const wanted = tuning.answerType && kind === "ask" ? wantedType(withoutNoise(query)) : undefined;
  const asked = new Set(focus.flatMap((w) => w.word.terms));

  const total = focus.reduce((sum, w) => sum + w.weight, 0);
  const results: Passage[] = [];
  let shown = new Map<Weighed, number>();
  for (const hit of rankParagraphs(index, rankTerms, CANDIDATES, inScope)) {
    const ref = index.paragraphs[hit.id];
    const indexed = ref && index.articles.get(ref.articleId);
    const paragraph = ref && indexed?.article.paragraphs[ref.index];
    if (!ref || !indexed || !paragraph) continue;
    const tokens = tokenize(paragraph.text);
    const span = selectQuote(paragraph, tokens, weightOf, hit.sentence);
    const quoted = tokens.filter((token) => token.start >= span.start && token.end <= span.end);
    const inParagraph = coverage(focus, tokens, tuning);
    if (inParagraph.weight < tuning.minCoverage * total) continue;
    // "How many died?" is not answered by a passage that holds no number.
    if (wanted && !holdsType(wanted, paragraph.text, quoted, asked)) continue;
    if (results.length === 0) shown = inParagraph.found;
    results.push(passage(indexed, ref.index, span, quoted, hit.score, inParagraph.found));
    if (results.length >= limit) break;
  }
  return results.length > 0 ? { query, kind, status: "ok", unmatched: unmatched(focus, shown), results } : noMatch();
}

/**
 * How much of the query's weight a run of tokens holds, and which query words it holds at what credit: a word counts
 * in full when its terms or a same-word bridge are there, at `relatedCredit` when a related word is.
 */
function coverage(focus: Weighed[], tokens: Token[], tuning: Refusal): { weight: number; found: Map<Weighed, number> } {
  const held = new Set(tokens.flatMap((token) => token.terms));
  const has = (term: string) => held.has(term);
  let weight = 0;
  const found = new Map<Weighed, number>();
  for (const w of focus) {
    const credit = w.word.terms.some(has)
      ? 1
      : Math.max(
          0,
          ...w.bridges.filter((bridge) => bridge.terms.every(has)).map((bridge) => bridge.credit),
          !w.known && nearInMeaning(w.word, wordsOf(tokens), tuning) ? tuning.relatedCredit : 0,
        );
    if (credit > 0) found.set(w, credit);
    weight += credit * w.weight;
  }
  return { weight, found };
}

function wordsOf(tokens: Token[]): Set<string> {
  return new Set(tokens.map((token) => fold(token.surface).replace(/'s?$/u, "")));
}

/**
 * The query words that the corpus never uses, as the user wrote them, unless the answer found them
 * written otherwise (initials, spelling): a related word ("payout" for "compensation") may answer, but
 * the article still never mentions the word. Common words ("why", "else", "happen") are left out: they
 * say how a question is put, and "It never mentions why" tells a reader nothing.
 */
function unmatched(focus: Weighed[], found: Map<Weighed, number>): string[] {
  const seen = new Map<string, string>();
  for (const w of focus) {
    if (w.known || found.get(w) === 1 || (!w.word.name && isFiller(w.word))) continue;
    const surface = w.word.surface.replace(/['’]s?$/u, "");
    if (!seen.has(surface.toLowerCase())) seen.set(surface.toLowerCase(), surface);
  }
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
  span: QuoteSpan,
  quoted: Token[],
  score: number,
  found: Map<Weighed, number>,
): Passage {
  const paragraph = indexed.article.paragraphs[paragraphIndex];
  if (!paragraph) throw new Error(`citebot: paragraph ${paragraphIndex} missing from ${indexed.article.id}`);
  const matched = new Set([...found.keys()].flatMap((w) => [...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]));
  const highlights = quoted
    .filter((token) => token.terms.some((term) => matched.has(term)))
    .map((token): [number, number] => [token.start - span.start, token.end - span.start]);
  // Each quoted sentence keeps its own sources; the quote as a whole is credited only to the sources
  // whose claim holds the words that matched ("which Putin referred to as a 'crusade'" is not the rest).
  const credited: Attribution[][] = [];
  const sentences: QuotedSentence[] = [];
  for (let s = span.first; s <= span.last; s += 1) {
    const sentence = paragraph.sentences[s];
    const own = indexed.attribution[paragraphIndex]?.[s] ?? [];
    if (!sentence) continue;
    const marks = highlights
      .map(([start, end]) => [start + span.start - sentence.start, end + span.start - sentence.start])
      .filter(([start = 0, end = 0]) => start >= 0 && end <= sentence.end - sentence.start);
    if (marks.length > 0) {
      credited.push(
        creditedFor(own, Math.min(...marks.map(([start = 0]) => start)), Math.max(...marks.map(([, end = 0]) => end))),
      );
    } else if (s === span.best) credited.push(own);
    sentences.push({
      start: sentence.start - span.start,
      end: sentence.end - span.start,
      attribution: mergeAttributions([own]),
    });
  }
  return {
    articleId: indexed.article.id,
    title: indexed.article.title,
    paragraph: paragraph.number,
    quote: paragraph.text.slice(span.start, span.end),
    text: paragraph.text,
    score: Math.round(score * 1000) / 1000,
    highlights,
    attribution: mergeAttributions(credited),
    sentences,
  };
}
