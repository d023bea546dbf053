import type { ApplicationCommandOptionChoiceData } from "discord.js";
import type { Shelf } from "../library/shelf.ts";
import type { CorpusIndex, IndexedArticle } from "../search/corpus-index.ts";
import { type Suggestion, suggestArticles, suggestClaims, suggestQuestions } from "../search/suggest.ts";
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from "./limits.ts";
import { safePrefix, truncate } from "./render/truncate.ts";

type Choice = ApplicationCommandOptionChoiceData<string>;

/**
 * Suggestions fitted to Discord's autocomplete: at most 25, each value once, names within 100
 * characters; a value over 100 is cut at a word where `cut` (a claim's sentence, which its beginning
 * still finds) and left out otherwise (a question cannot be shortened for the user).
 */
function choices(suggestions: Suggestion[], cut: boolean): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const { label, value: whole } of suggestions) {
    const value = cut ? cutAtWord(whole, CHOICE_VALUE_MAX) : whole;
    const name = truncate(label.trim(), CHOICE_NAME_MAX);
    if (name === "" || value === "" || value.length > CHOICE_VALUE_MAX || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === AUTOCOMPLETE_CHOICES_MAX) break;
  }
  return out;
}

/** `text` within `max` code units, cut at the last space when it must be cut. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = safePrefix(text, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}

/** Articles for an `article` option, shown as "title · id" with the title shortened to fit. */
export function articleChoices(articles: Iterable<IndexedArticle>, typed: string): Choice[] {
  const labelled = suggestArticles(articles, typed).map(({ label, value }) => {
    const room = CHOICE_NAME_MAX - value.length - 3;
    return { label: room > 10 ? `${truncate(label, room)} · ${value}` : value, value };
  });
  return choices(labelled, false);
}

/** Choices for `/ask`'s question: what was typed, then its last word completed. */
export function questionChoices(shelf: Shelf, typed: string, articleId?: string | null): Choice[] {
  if (typed.trimStart().length > CHOICE_VALUE_MAX) return [];
  return choices(
    fromEach(shelf, articleId, (index) => suggestQuestions(index, typed, articleId)),
    false,
  );
}

/** Choices for `/sources`'s claim: the article's sentences that share most with what was typed. */
export function claimChoices(shelf: Shelf, typed: string, articleId?: string | null): Choice[] {
  return choices(
    fromEach(shelf, articleId, (index) => suggestClaims(index, typed, articleId)),
    true,
  );
}

/**
 * Suggestions from each library read (only the one holding `articleId`, where given), taken in turn one
 * from each, so that a large library's cannot crowd out a small one's.
 */
function fromEach(
  shelf: Shelf,
  articleId: string | null | undefined,
  suggest: (index: CorpusIndex) => Suggestion[],
): Suggestion[] {
  const holder = articleId ? shelf.holder(articleId) : undefined;
  const lists = (holder ? [holder] : shelf.indexes).map(suggest);
  const taken: Suggestion[] = [];
  for (let i = 0; lists.some((list) => i < list.length); i += 1) {
    for (const list of lists) {
      const suggestion = list[i];
      if (suggestion) taken.push(suggestion);
    }
  }
  return taken;
}
