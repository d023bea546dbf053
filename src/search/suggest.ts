import type { Query } from "minisearch";
import type { Paragraph } from "../corpus/types.ts";
import { fold, type Token, tokenize } from "../text/analyzer.ts";
import { type CorpusIndex, type IndexedArticle, termWeight } from "./corpus-index.ts";

/** One suggestion for what is being typed: what to show, and what choosing it fills in. */
export interface Suggestion {
  label: string;
  value: string;
}

/**
 * Paragraphs searched per keystroke. Suggestions come from the index's search, never from a scan of the
 * corpus, so that they come in milliseconds on tens of thousands of paragraphs; only these few
 * paragraphs are tokenized again.
 */
const PARAGRAPHS_SEARCHED = 25;

/** The shortest word being typed that is matched by its beginning rather than as a whole word. */
const PREFIX_MIN = 3;

/**
 * How much of a long paste a claim is matched on: its last 500 characters, where the user is typing.
 * All 6,000 would take ten times as long (0.4 s on 25,782 paragraphs) for suggestions that cannot hold it.
 */
const TYPED_MAX = 500;

/** Opening sentences offered for a claim when nothing is typed yet. */
const OPENING_SENTENCES = 50;

/** What is being typed: the words finished, and the word still being typed (matched by its beginning). */
interface Typing {
  done: Token[];
  partial: Token | undefined;
}

function typing(text: string): Typing {
  const tokens = tokenize(text);
  const partial = /[\p{L}\p{N}]$/u.test(text) ? tokens.at(-1) : undefined;
  return { done: partial ? tokens.slice(0, -1) : tokens, partial };
}

/** The best paragraphs for what is being typed, the last word matched as a prefix. */
function searchParagraphs(index: CorpusIndex, { done, partial }: Typing, articleId?: string | null): Paragraph[] {
  const queries: Query[] = [];
  const whole = [...new Set(done.flatMap((token) => token.terms))];
  if (whole.length > 0) queries.push({ queries: whole, combineWith: "OR" });
  if (partial && partial.terms.length > 0) {
    // A word's first letter or two would expand to thousands of terms (slow, and says nothing yet).
    const prefix = partial.surface.length >= PREFIX_MIN;
    queries.push({ queries: [...partial.terms], combineWith: "OR", prefix });
  }
  if (queries.length === 0) return [];
  const hits = index.miniSearch.search(
    { queries, combineWith: "OR" },
    {
      tokenize: (term) => [term],
      processTerm: (term) => term,
      filter: articleId ? (hit) => index.paragraphs[hit.id]?.articleId === articleId : undefined,
    },
  );
  const found: Paragraph[] = [];
  for (const hit of hits.slice(0, PARAGRAPHS_SEARCHED)) {
    const ref = index.paragraphs[hit.id];
    const paragraph = ref && index.articles.get(ref.articleId)?.article.paragraphs[ref.index];
    if (paragraph) found.push(paragraph);
  }
  return found;
}

/** Articles whose id or title contains what was typed, those that start with it first: the title shown, the id filled in. */
export function suggestArticles(articles: Iterable<IndexedArticle>, typed: string): Suggestion[] {
  const needle = fold(typed.trim());
  return [...articles]
    .map(({ article }) => ({
      article,
      at: Math.min(rank(fold(article.id), needle), rank(fold(article.title), needle)),
    }))
    .filter(({ at }) => at < Number.POSITIVE_INFINITY)
    .sort((a, b) => a.at - b.at || a.article.id.localeCompare(b.article.id))
    .map(({ article }) => ({ label: article.title, value: article.id }));
}

function rank(haystack: string, needle: string): number {
  if (needle === "") return 1;
  const at = haystack.indexOf(needle);
  return at < 0 ? Number.POSITIVE_INFINITY : at === 0 ? 0 : 1;
}

/**
 * For a question: what was typed, then the same with its last word completed from the words of the
 * passages it finds, commonest first, so that a user sees which words the article uses before asking.
 */
export function suggestQuestions(index: CorpusIndex, typed: string, articleId?: string | null): Suggestion[] {
  const text = typed.trimStart();
  if (text.trim() === "") return [];
  const current = typing(text);
  const suggestions: Suggestion[] = [{ label: text, value: text }];
  const { partial } = current;
  if (!partial) return suggestions;
  const prefix = fold(partial.surface);
  const counts = new Map<string, number>();
  for (const paragraph of searchParagraphs(index, current, articleId)) {
    for (const token of tokenize(paragraph.text)) {
      const folded = fold(token.surface);
      if (folded.length > prefix.length && folded.startsWith(prefix)) counts.set(folded, (counts.get(folded) ?? 0) + 1);
    }
  }
  const head = text.slice(0, partial.start);
  for (const [word] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    // The user's spelling of what they typed, the corpus's (folded) for the rest of the word.
    const completed = `${head}${partial.surface}${word.slice(prefix.length)}`;
    suggestions.push({ label: completed, value: completed });
  }
  return suggestions;
}

/**
 * For a claim: sentences of the article (or of the corpus) that share the most telling words with what
 * was typed, the word being typed matched by its beginning; with nothing typed, the article's opening
 * sentences.
 */
export function suggestClaims(index: CorpusIndex, typed: string, articleId?: string | null): Suggestion[] {
  const current = typing(typed.length > TYPED_MAX ? typed.slice(-TYPED_MAX) : typed);
  if (current.done.length === 0 && !current.partial) return openingSentences(index, articleId);
  const weights = new Map(current.done.flatMap((t) => t.terms).map((term) => [term, termWeight(index, term)]));
  const prefix = current.partial ? fold(current.partial.surface) : undefined;
  const scored: Array<{ text: string; score: number }> = [];
  for (const paragraph of searchParagraphs(index, current, articleId)) {
    for (const sentence of paragraph.sentences) {
      const tokens = tokenize(sentence.text);
      const terms = new Set(tokens.flatMap((t) => t.terms));
      let score = 0;
      for (const [term, weight] of weights) if (terms.has(term)) score += weight;
      if (prefix && tokens.some((t) => fold(t.surface).startsWith(prefix))) score += 1;
      if (score > 0) scored.push({ text: sentence.text.trim(), score });
    }
  }
  return scored.sort((a, b) => b.score - a.score).map(({ text }) => ({ label: text, value: text }));
}

/** The first sentences of the chosen article, or of the first article. */
function openingSentences(index: CorpusIndex, articleId?: string | null): Suggestion[] {
  const indexed = articleId ? index.articles.get(articleId) : index.articles.values().next().value;
  return (indexed?.article.paragraphs ?? [])
    .flatMap((p) => p.sentences.map((s) => s.text.trim()))
    .slice(0, OPENING_SENTENCES)
    .map((text) => ({ label: text, value: text }));
}
