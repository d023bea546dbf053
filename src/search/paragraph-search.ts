import MiniSearch, { type AsPlainObject, type SearchOptions } from "minisearch";
import { termsOf, words } from "../text/analyzer.ts";
import { keysNear } from "./fuzzy.ts";

/** A paragraph as MiniSearch indexes it. */
export interface IndexedDocument {
  /** The paragraph's id in `CorpusIndex.paragraphs`. */
  id: number;
  /** The paragraph's analyzed terms, joined by spaces: the text is analyzed once, by citebot, not again by MiniSearch. */
  terms: string;
}

/**
 * BM25+'s parameters: MiniSearch's defaults (term saturation k, length normalisation b, and d, the
 * floor that keeps a match in a long paragraph above none), set here once for `search` and ranking alike.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Query-side options: the same analyzer as the index, through `words` and `termsOf`. Terms combine with
 * OR so that a question's every word counts without all being required.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  tokenize: words,
  processTerm: (term) => termsOf(term),
  combineWith: "OR",
  bm25: BM25,
};

/** MiniSearch's options for the index: documents arrive as analyzed terms. */
const INDEX_OPTIONS = {
  fields: ["terms"],
  tokenize: (text: string) => text.split(" "),
  processTerm: (term: string) => term || null,
  searchOptions: SEARCH_OPTIONS,
};

/** `termsNear`'s answers by index, with the state of the index they were found in. */
const nearTerms = new WeakMap<ParagraphSearch, { state: string; found: Map<string, ReadonlyMap<string, number>> }>();

/** How many of `termsNear`'s answers an index keeps at most: a bot's questions would otherwise grow it for good. */
const MAX_REMEMBERED_SEARCHES = 10_000;

/**
 * MiniSearch over paragraphs, with what ranking reads of its index: a term's postings and a
 * paragraph's length. MiniSearch keeps them in protected fields; reading them here, through a subclass
 * that sees their types, keeps ranking on MiniSearch's own index (so that `search`, fuzzy and prefix
 * matching and ranking never disagree) without scoring and sorting every match as `search` does.
 * The fields are typed in minisearch's own declarations, so a release that changes them fails the type
 * check instead of ranking wrongly; tests/rank.test.ts checks ranking against `search` besides. That is
 * why package.json takes minisearch at ^7.2.0 rather than pinning one release.
 */
export class ParagraphSearch extends MiniSearch<IndexedDocument> {
  constructor() {
    super(INDEX_OPTIONS);
  }

  /**
   * The index `toJSON` wrote, loaded. MiniSearch's `loadJS` always constructs a plain MiniSearch, so the
   * loaded instance is given this class's prototype: the subclass adds methods only, no state, and
   * loading stays as fast as MiniSearch's own (1.1-1.4 s for 25,782 paragraphs, against 3.0-3.3 s to
   * rebuild it from the paragraphs' terms).
   */
  static fromJS(js: AsPlainObject): ParagraphSearch {
    return Object.setPrototypeOf(MiniSearch.loadJS(js, INDEX_OPTIONS), ParagraphSearch.prototype);
  }

  /** How often `term` occurs in each paragraph that holds it, by MiniSearch's short id; undefined when none does. */
  postings(term: string): ReadonlyMap<number, number> | undefined {
    return this._index.get(term)?.get(0);
  }

  /**
   * The index's terms within `distance` edits of `term` (MiniSearch's own fuzzy look-up, without scoring
   * every paragraph that holds one as `search` does), each with how many paragraphs hold it; with
   * `keepFirstLetter`, beyond one edit only terms with the term's first letter (`keysNear`).
   */
  termsNear(term: string, distance: number, { keepFirstLetter = false } = {}): ReadonlyMap<string, number> {
    // Remembered for the index as it stands: a question's misspelt or unknown word is asked again and again, and
    // the search took a tenth of answering the answer bench's real questions. The index's terms change only as
    // paragraphs are added (the next short id moves), discarded (fewer documents, more dirt) or vacuumed out
    // (less dirt); nothing is kept while a vacuum runs.
    if (this.isVacuuming) return this.termsNearNow(term, distance, keepFirstLetter);
    const state = `${this.shortIdLimit} ${this.documentCount} ${this.dirtCount}`;
    let remembered = nearTerms.get(this);
    if (remembered?.state !== state) {
      remembered = { state, found: new Map() };
      nearTerms.set(this, remembered);
    }
    const key = `${distance}${keepFirstLetter ? "f" : ""} ${term}`;
    let near = remembered.found.get(key);
    if (near === undefined) {
      if (remembered.found.size >= MAX_REMEMBERED_SEARCHES) remembered.found.clear();
      near = this.termsNearNow(term, distance, keepFirstLetter);
      remembered.found.set(key, near);
    }
    return near;
  }

  /** `termsNear` searched afresh. A method, not a private one: an index `fromJS` loaded has no private members. */
  protected termsNearNow(term: string, distance: number, keepFirstLetter: boolean): ReadonlyMap<string, number> {
    const near = new Map<string, number>();
    for (const [other, data] of keysNear(this._index, term, distance, { keepFirstLetter })) {
      near.set(other, data.get(0)?.size ?? 0);
    }
    return near;
  }

  /** The number of terms of a paragraph, by MiniSearch's short id. */
  length(shortId: number): number {
    return this._fieldLength.get(shortId)?.[0] ?? 0;
  }

  /** The mean number of terms in a paragraph. */
  get averageLength(): number {
    return this._avgFieldLength[0] ?? 1;
  }

  /** The short id of a paragraph id (`IndexedDocument.id`); undefined for a paragraph taken out. */
  shortIdOf(id: number): number | undefined {
    return this._idToShortId.get(id);
  }

  /** The paragraph id (`IndexedDocument.id`) of a short id. */
  paragraphOf(shortId: number): number {
    return this._documentIds.get(shortId) ?? -1;
  }

  /** One more than the largest short id: the size of an array indexed by short id. */
  get shortIdLimit(): number {
    return this._nextId;
  }
}
