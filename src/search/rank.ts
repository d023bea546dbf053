import type { CorpusIndex } from "./corpus-index.ts";

/** A query term as ranking takes it: its boost in the score, and its weight toward the relevance floor. */
export interface RankTerm {
  boost: number;
  weight: number;
}

/** A ranked paragraph: its id in `CorpusIndex.paragraphs` and its score, as `miniSearch.search` gives them. */
export interface Ranked {
  id: number;
  score: number;
}

/**
 * The parts of MiniSearch's index that `rankParagraphs` reads: not its public API, so minisearch is
 * kept at 7.x, and tests/rank.test.ts checks the ranking against `search` to catch any change.
 */
interface Postings {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, number>;
  _nextId: number;
}

/** MiniSearch's BM25+ defaults (k, b, d), which the index uses. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** A term's postings as ranking reads them: paragraphs (MiniSearch's short ids) and each one's BM25+ part. */
interface FlatPostings {
  docs: Int32Array;
  raw: Float64Array;
}

/**
 * What ranking keeps per index, reused from query to query (ranking is synchronous): per-paragraph sums,
 * and each term's postings flattened the first time a query uses it. A term's BM25+ part for a paragraph
 * never changes in a built index, so it is computed once instead of at every query; only the terms
 * queried are flattened, 12 bytes per posting.
 */
interface RankState {
  score: Float64Array;
  covered: Float64Array;
  matched: Uint16Array;
  postings: Map<string, FlatPostings>;
}

const states = new WeakMap<object, RankState>();

/** A term's flattened postings, with MiniSearch's calcBM25Score written the same way so that sums come out equal. */
function flatten(index: Postings, term: string): FlatPostings | null {
  const field = 0; // The one field, `terms`.
  const frequencies = index._index.get(term)?.get(field);
  if (!frequencies) return null;
  const average = index._avgFieldLength[field] ?? 1;
  const matching = frequencies.size;
  const idf = Math.log(1 + (index._documentCount - matching + 0.5) / (matching + 0.5));
  const docs = new Int32Array(matching);
  const raw = new Float64Array(matching);
  let i = 0;
  for (const [doc, tf] of frequencies) {
    const length = index._fieldLength.get(doc)?.[field] ?? 0;
    docs[i] = doc;
    raw[i] = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
    i += 1;
  }
  return { docs, raw };
}

/**
 * The best `limit` paragraphs among those matching any of `terms` that `accept` takes (given the
 * paragraph id and the weight of the terms it matches), best first: the same paragraphs, scores and
 * order as `miniSearch.search` with OR and `boostTerm`, without building, scoring into objects and
 * sorting every match (about 1,300 per query on a 25,782-paragraph corpus) when an answer needs 3.
 */
export function rankParagraphs(
  index: CorpusIndex,
  terms: Map<string, RankTerm>,
  limit: number,
  accept: (id: number, covered: number) => boolean,
): Ranked[] {
  const postings = index.miniSearch as unknown as Postings;
  let state = states.get(postings);
  if (!state) {
    const size = postings._nextId;
    state = {
      score: new Float64Array(size),
      covered: new Float64Array(size),
      matched: new Uint16Array(size),
      postings: new Map(),
    };
    states.set(postings, state);
  }
  const { score, covered, matched } = state;
  const touched: number[] = [];
  for (const [term, { boost, weight }] of terms) {
    let flat: FlatPostings | undefined = state.postings.get(term);
    if (flat === undefined) {
      // Only the index's own terms are kept, so words users make up cannot grow this map.
      const made = flatten(postings, term);
      if (!made) continue;
      flat = made;
      state.postings.set(term, flat);
    }
    const { docs, raw }: FlatPostings = flat;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] ?? 0;
      if (matched[doc] === 0) touched.push(doc);
      score[doc] = (score[doc] ?? 0) + boost * (raw[i] ?? 0);
      covered[doc] = (covered[doc] ?? 0) + weight;
      matched[doc] = (matched[doc] ?? 0) + 1;
    }
  }
  const best: Ranked[] = [];
  for (const doc of touched) {
    // MiniSearch multiplies a match's score by how many query terms it matches.
    const value = (score[doc] ?? 0) * (matched[doc] ?? 0);
    const weight = covered[doc] ?? 0;
    score[doc] = 0;
    covered[doc] = 0;
    matched[doc] = 0;
    // Ties keep the order of first match, as MiniSearch's stable sort does.
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < value) at -= 1;
    if (at >= limit) continue;
    const id = postings._documentIds.get(doc) ?? -1;
    if (!accept(id, weight)) continue;
    best.splice(at, 0, { id, score: value });
    if (best.length > limit) best.pop();
  }
  return best;
}
