import type { CorpusIndex } from "../search/corpus-index.ts";
import { fold } from "../text/analyzer.ts";
import type { QueryWord } from "../text/query.ts";
import { MIN_FUZZY_LENGTH } from "./tuning.ts";

/** Corpus terms that stand for a query word the corpus lacks, and how much finding them counts. */
export interface Bridge {
  /** All of them must be found: the terms of "United Arab Emirates" for "UAE". */
  terms: string[];
  /** 1 for the same word written otherwise (initials, a misspelling); less for a related word. */
  credit: number;
}

/**
 * For each query word that the corpus (or the chosen article) never uses, what else it could be
 * written as there. Only missing words are bridged: expanding words the article has costs ranking.
 */
export function bridgeMissing(
  index: CorpusIndex,
  missing: QueryWord[],
  known: (term: string) => boolean,
): Map<QueryWord, Bridge[]> {
  const bridges = new Map<QueryWord, Bridge[]>();
  for (const word of missing) {
    const found = [...initials(index, word), ...spellings(index, word)].filter((bridge) => bridge.terms.every(known));
    if (found.length > 0) bridges.set(word, found);
  }
  return bridges;
}

/** "UAE" -> "United Arab Emirates", where the corpus writes a name out whose initials those are. */
function initials(index: CorpusIndex, word: QueryWord): Bridge[] {
  if (!/^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u.test(word.surface)) return [];
  const names = index.initialisms.get(fold(word.surface).replaceAll(".", "")) ?? [];
  return names.map((terms) => ({ terms, credit: 1 }));
}

/**
 * The corpus's words one or two edits away ("suporting" -> "supporting"), through MiniSearch's fuzzy
 * search on the analysed term; the nearest by edits, then the commonest, wins.
 */
function spellings(index: CorpusIndex, word: QueryWord): Bridge[] {
  if (word.surface.length < MIN_FUZZY_LENGTH) return [];
  const found = new Map<string, number>();
  for (const term of word.terms) {
    const results = index.miniSearch.search(term, {
      fuzzy: term.length >= 2 * MIN_FUZZY_LENGTH ? 2 : 1,
      prefix: false,
      tokenize: (text) => [text],
      processTerm: (text) => text,
    });
    for (const result of results) {
      for (const match of result.terms) if (match !== term) found.set(match, (found.get(match) ?? 0) + 1);
    }
  }
  const best = [...found].sort((a, b) => b[1] - a[1])[0];
  return best ? [{ terms: [best[0]], credit: 1 }] : [];
}
