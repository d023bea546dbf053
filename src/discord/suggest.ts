import type { ApplicationCommandOptionChoiceData } from "discord.js";
import { termWeight } from "../answer/weights.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import { fold, termsOf, tokenize } from "../text/analyzer.ts";
import { fit, safePrefix } from "./fit.ts";
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from "./limits.ts";

type Choice = ApplicationCommandOptionChoiceData<string>;

/** A sentence of the corpus, ready to be matched against what a user is typing. */
interface SentenceEntry {
  articleId: string;
  text: string;
  terms: Set<string>;
  /** The sentence's words folded, for matching the word being typed by its beginning. */
  words: string[];
}

/** What autocomplete needs of an index, worked out on first use and kept as long as the index lives. */
interface Suggestions {
  sentences: SentenceEntry[];
  /** The corpus's words, folded, most frequent first, each with its commonest spelling. */
  words: Array<{ folded: string; surface: string }>;
}

const prepared = new WeakMap<CorpusIndex, Suggestions>();

function prepare(index: CorpusIndex): Suggestions {
  const known = prepared.get(index);
  if (known) return known;
  const sentences: SentenceEntry[] = [];
  const counts = new Map<string, { count: number; surfaces: Map<string, number> }>();
  for (const { article, tokens } of index.articles.values()) {
    article.paragraphs.forEach((paragraph, i) => {
      const paragraphTokens = tokens[i] ?? [];
      for (const sentence of paragraph.sentences) {
        const inside = paragraphTokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
        sentences.push({
          articleId: article.id,
          text: sentence.text.trim(),
          terms: new Set(inside.flatMap((t) => t.terms)),
          words: inside.map((t) => fold(t.surface)),
        });
      }
      for (const token of paragraphTokens) {
        const folded = fold(token.surface);
        const entry = counts.get(folded) ?? { count: 0, surfaces: new Map() };
        entry.count += 1;
        entry.surfaces.set(token.surface, (entry.surfaces.get(token.surface) ?? 0) + 1);
        counts.set(folded, entry);
      }
    });
  }
  const words = [...counts]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([folded, { surfaces }]) => ({
      folded,
      surface: [...surfaces].sort((a, b) => b[1] - a[1])[0]?.[0] ?? folded,
    }));
  const result = { sentences, words };
  prepared.set(index, result);
  return result;
}

/** A choice whose value is `value` as typed, or nothing when `value` cannot be a choice (empty, or over 100). */
function choice(name: string, value: string): Choice | undefined {
  const shown = fit(name.trim(), CHOICE_NAME_MAX);
  if (shown === "" || value === "" || value.length > CHOICE_VALUE_MAX) return undefined;
  return { name: shown, value };
}

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
      at: Math.min(...[fold(article.id), fold(article.title)].map((s) => rank(s, needle))),
    }))
    .filter(({ at }) => at < Number.POSITIVE_INFINITY)
    .sort((a, b) => a.at - b.at || a.article.id.localeCompare(b.article.id));
  return unique(
    ranked.map(({ article }) => {
      const room = CHOICE_NAME_MAX - article.id.length - 3;
      return choice(room > 10 ? `${fit(article.title, room)} · ${article.id}` : article.id, article.id);
    }),
  );
}

function rank(haystack: string, needle: string): number {
  if (needle === "") return 1;
  const at = haystack.indexOf(needle);
  return at < 0 ? Number.POSITIVE_INFINITY : at === 0 ? 0 : 1;
}

/**
 * For `question`: what was typed, then the same with its last word completed from the article's own
 * words, commonest first, so that a user sees which words the article uses before asking.
 */
export function questionChoices(index: CorpusIndex, typed: string): Choice[] {
  const text = typed.trimStart();
  if (text.trim() === "") return [];
  const partial = /[\p{L}\p{N}'’-]+$/u.exec(text);
  const completions: Array<Choice | undefined> = [];
  if (partial) {
    const head = text.slice(0, partial.index);
    const prefix = fold(partial[0]);
    for (const word of prepare(index).words) {
      if (word.folded.length > prefix.length && word.folded.startsWith(prefix)) {
        const completed = `${head}${matchCase(partial[0], word.surface)}`;
        completions.push(choice(completed, completed));
      }
      if (completions.length >= AUTOCOMPLETE_CHOICES_MAX) break;
    }
  }
  return unique([choice(text, text), ...completions]);
}

/** Keeps the user's capitalisation for what they typed, the corpus's for the rest of the word. */
function matchCase(typed: string, surface: string): string {
  return typed + surface.slice(typed.length);
}

/**
 * For `claim`: sentences of the article (or of the corpus) that share the most telling words with what
 * was typed, the word being typed matched by its beginning; with nothing typed, the article's opening
 * sentences. A sentence longer than a choice may hold is cut at a word, which still finds it.
 */
export function claimChoices(index: CorpusIndex, typed: string, articleId?: string | null): Choice[] {
  const { sentences } = prepare(index);
  const scope = sentences.filter((s) => !articleId || s.articleId === articleId);
  const tokens = tokenize(typed);
  const typing = /[\p{L}\p{N}]$/u.test(typed) ? tokens.at(-1) : undefined;
  const done = new Set(tokens.filter((t) => t !== typing).flatMap((t) => t.terms));
  const prefix = typing ? fold(typing.surface) : "";
  let ranked = scope;
  if (done.size > 0 || prefix !== "") {
    const weight = new Map([...done].map((term) => [term, termWeight(index, term)]));
    ranked = scope
      .map((sentence) => {
        let score = 0;
        for (const [term, w] of weight) if (sentence.terms.has(term)) score += w;
        if (prefix && sentence.words.some((word) => word.startsWith(prefix))) score += 1;
        if (typing && termsOf(typing.surface).some((term) => sentence.terms.has(term))) score += 0.5;
        return { sentence, score };
      })
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score)
      .map(({ sentence }) => sentence);
  }
  return unique(ranked.map((sentence) => choice(sentence.text, cutAtWord(sentence.text, CHOICE_VALUE_MAX))));
}

/** `text` within `max` code units, cut at the last space when it must be cut. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = safePrefix(text, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}
