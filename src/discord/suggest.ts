import type { ApplicationCommandOptionChoiceData } from "discord.js";
import type { Query } from "minisearch";
import type { Paragraph } from "../corpus/types.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { termWeight } from "../search/corpus-index.ts";
import { fold, type Token, tokenize } from "../text/analyzer.ts";
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from "./limits.ts";
import { safePrefix, truncate } from "./truncate.ts";

type Choice = ApplicationCommandOptionChoiceData<string>;

/**
 * Paragraphs searched per keystroke. Autocomplete works from the index's search, never from a scan of
 * the corpus, so that it answers in milliseconds on tens of thousands of paragraphs; only these few
 * paragraphs are tokenized again.
 */
const PARAGRAPHS_SEARCHED = 25;

/** The shortest word being typed that is matched by its beginning rather than as a whole word. */
const PREFIX_MIN = 3;

/**
 * How much of a long paste a claim is matched on: its last 500 characters, where the user is typing.
 * All 6,000 would take ten times as long (0.4 s on 25,782 paragraphs) for choices that cannot hold it.
 */
const TYPED_MAX = 500;

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

/** The best paragraphs for what is being typed, the last word matched as a prefix, as the core searches. */
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

/** A choice whose value is `value` as is, or nothing when `value` cannot be one (empty, or over 100). */
function choice(name: string, value: string): Choice | undefined {
  const shown = truncate(name.trim(), CHOICE_NAME_MAX);
  if (shown === "" || value === "" || value.length > CHOICE_VALUE_MAX) return undefined;
  return { name: shown, value };
}

/** At most 25 choices, each value once. */
function unique(choices: Array<Choice | undefined>): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const c of choices) {
    if (!c || seen.has(c.value)) continue;
    seen.add(c.value);
    out.push(c);
    if (out.length === AUTOCOMPLETE_CHOICES_MAX) break;
  }
  return out;
}

/** Articles whose id or title contains what was typed; those that start with it first. */
export function articleChoices(index: CorpusIndex, typed: string): Choice[] {
  const needle = fold(typed.trim());
  const ranked = [...index.articles.values()]
    .map(({ article }) => ({
      article,
      at: Math.min(rank(fold(article.id), needle), rank(fold(article.title), needle)),
    }))
    .filter(({ at }) => at < Number.POSITIVE_INFINITY)
    .sort((a, b) => a.at - b.at || a.article.id.localeCompare(b.article.id));
  return unique(
    ranked.map(({ article }) => {
      const room = CHOICE_NAME_MAX - article.id.length - 3;
      return choice(room > 10 ? `${truncate(article.title, room)} · ${article.id}` : article.id, article.id);
    }),
  );
}

function rank(haystack: string, needle: string): number {
  if (needle === "") return 1;
  const at = haystack.indexOf(needle);
  return at < 0 ? Number.POSITIVE_INFINITY : at === 0 ? 0 : 1;
}

/**
 * For `question`: what was typed, then the same with its last word completed from the words of the
 * passages it finds, commonest first, so that a user sees which words the article uses before asking.
 */
export function questionChoices(index: CorpusIndex, typed: string, articleId?: string | null): Choice[] {
  const text = typed.trimStart();
  if (text.trim() === "" || text.length > CHOICE_VALUE_MAX) return [];
  const current = typing(text);
  const completions: Array<Choice | undefined> = [];
  if (current.partial) {
    const { partial } = current;
    const prefix = fold(partial.surface);
    const counts = new Map<string, number>();
    for (const paragraph of searchParagraphs(index, current, articleId)) {
      for (const token of tokenize(paragraph.text)) {
        const folded = fold(token.surface);
        if (folded.length > prefix.length && folded.startsWith(prefix))
          counts.set(folded, (counts.get(folded) ?? 0) + 1);
      }
    }
    const head = text.slice(0, partial.start);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [word] of ranked) {
      // The user's spelling of what they typed, the corpus's (folded) for the rest of the word.
      const completed = `${head}${partial.surface}${word.slice(prefix.length)}`;
      completions.push(choice(completed, completed));
    }
  }
  return unique([choice(text, text), ...completions]);
}

/**
 * For `claim`: sentences of the article (or of the corpus) that share the most telling words with what
 * was typed, the word being typed matched by its beginning; with nothing typed, the article's opening
 * sentences. A sentence longer than a choice may hold is cut at a word, which still finds it.
 */
export function claimChoices(index: CorpusIndex, typed: string, articleId?: string | null): Choice[] {
  const current = typing(typed.length > TYPED_MAX ? typed.slice(-TYPED_MAX) : typed);
  if (current.done.length === 0 && !current.partial) return openingChoices(index, articleId);
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
  scored.sort((a, b) => b.score - a.score);
  return unique(scored.map(({ text }) => choice(text, cutAtWord(text, CHOICE_VALUE_MAX))));
}

/** The first sentences of the chosen article, or of the first article. */
function openingChoices(index: CorpusIndex, articleId?: string | null): Choice[] {
  const indexed = articleId ? index.articles.get(articleId) : index.articles.values().next().value;
  const sentences = (indexed?.article.paragraphs ?? []).flatMap((p) => p.sentences.map((s) => s.text.trim()));
  return unique(sentences.slice(0, AUTOCOMPLETE_CHOICES_MAX * 2).map((s) => choice(s, cutAtWord(s, CHOICE_VALUE_MAX))));
}

/** `text` within `max` code units, cut at the last space when it must be cut. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = safePrefix(text, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}
