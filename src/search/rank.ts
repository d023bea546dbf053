import { type CorpusIndex, type ParagraphRef, termWeight } from "./corpus-index.ts";
import { BM25, type ParagraphSearch } from "./paragraph-search.ts";

/** A query term as ranking takes it: how much more than its rarity it counts. */
export interface RankTerm {
  boost: number;
}

/** How ranking reads a query's evidence; the caller's values live with the other knobs (src/answer/tuning.ts). */
export interface RankSettings {
  /** Paragraphs returned at most. */
  limit: number;
  /** Paragraphs read sentence by sentence: the best this many by their paragraph score. */
  candidates: number;
  /** How much a paragraph's best sentence counts beside the paragraph as a whole. */
  sentenceWeight: number;
  /** What a query word in an article's headline adds to each of its paragraphs, times the word's rarity. */
  headlineWeight: number;
  /**
   * The kinds of answer the question asks for, as sentence flags (`STATES`: a number, a time), and how much more
   * a sentence that holds one counts toward its paragraph's best; none where the question asks for no such kind.
   */
  answer?: { states: number; weight: number };
}

/** A sentence of a ranked paragraph as ranking read it: its BM25 score, and how often it holds each query term. */
export interface SentenceMatch {
  score: number;
  /** By term id, for the query's terms the sentence holds only. */
  counts: ReadonlyMap<number, number>;
}

/**
 * A ranked paragraph: its id in `CorpusIndex.paragraphs`, its score, its best sentence's index, and every
 * sentence's evidence, so that whoever quotes it does not walk its terms again. The evidence's counts are
 * made when `sentences` is first read: ranking scores every sentence of `RankSettings.candidates` paragraphs,
 * and an answer quotes a few of them: a map of counts made for each sentence of all of them was half of what
 * ranking allocated.
 */
export interface Ranked {
  id: number;
  score: number;
  sentence: number;
  readonly sentences: SentenceMatch[];
}

/** A term's postings as ranking reads them: paragraphs (MiniSearch's short ids) and each one's BM25+ part. */
interface FlatPostings {
  docs: Int32Array;
  raw: Float64Array;
}

/**
 * What ranking keeps per index, reused from query to query (ranking is synchronous): per-paragraph sums,
 * and each term's postings flattened the first time a query uses it. A term's BM25+ part for a paragraph
 * changes only when the index does, so it is computed once instead of at every query; only the terms
 * queried are flattened, 12 bytes per posting. An update of the index (`updateIndex`) adds short ids or
 * takes documents out, and the state is started again.
 */
interface RankState {
  score: Float64Array;
  postings: Map<string, FlatPostings>;
  /** By term, the paragraphs of the articles whose headline holds it, each with the headline's part. */
  headlines: Map<string, FlatPostings | null>;
  /** By article, its paragraphs' short ids: made the first time a query's term is in a headline. */
  paragraphsOf?: Map<string, number[]>;
  /**
   * By short id, 1 + the paragraph's id (`CorpusIndex.paragraphs`), 0 until ranking first meets it: MiniSearch's
   * map of ids, read for every paragraph that might rank, was a fifth of ranking.
   */
  paragraphIds: Int32Array;
  /**
   * The short ids a query's terms meet, in order of first meeting: reused from query to query, where a new array
   * grown to the thousands of paragraphs a common term holds was a third of what answering allocated.
   */
  touched: Int32Array;
  /** Each of `touched`'s paragraphs' score, read off `score` as it is set back to 0: what `keepBest` reads. */
  values: Float64Array;
  /**
   * The best paragraphs so far by the paragraph score (their short ids), best first, as parallel buffers reused
   * from query to query: an array of objects kept with `splice` and `pop` reallocated its store at each of the
   * ~80 insertions of a query, a sixth of what answering allocated. Objects are made for the
   * `settings.candidates` kept only.
   */
  best: { docs: Int32Array; scores: Float64Array };
  /** MiniSearch's short id limit and document count when the state was made. */
  shortIdLimit: number;
  documentCount: number;
}

const states = new WeakMap<object, RankState>();

/** A term's flattened postings, with MiniSearch's calcBM25Score written the same way so that sums come out equal. */
function flatten(index: CorpusIndex, term: string): FlatPostings | null {
  const search = index.miniSearch;
  const frequencies = search.postings(term);
  if (!frequencies) return null;
  const idf = termWeight(index, term);
  const docs = new Int32Array(frequencies.size);
  const raw = new Float64Array(frequencies.size);
  let i = 0;
  for (const [doc, tf] of frequencies) {
    const norm = 1 - BM25.b + (BM25.b * search.length(doc)) / search.averageLength;
    docs[i] = doc;
    raw[i] = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm));
    i += 1;
  }
  return { docs, raw };
}

/**
 * The best `settings.limit` paragraphs among those matching any of `terms` and in scope, best first. A
 * paragraph's score is its BM25+ score, as `miniSearch.search` with OR and `boostTerm` gives it, plus
 * the part of its article's headline (`headlinePostings`, times `settings.headlineWeight`), plus its
 * best sentence's BM25 score (`sentenceScores`) times `settings.sentenceWeight`: a question is answered
 * by a sentence, and a paragraph whose words are spread over unrelated sentences answers less than its
 * sum suggests. Only the best `settings.candidates` paragraphs by the paragraph score are read sentence
 * by sentence, and every paragraph that holds one of `phrases` (what the question quotes, as terms) word
 * for word.
 */
export function rankParagraphs(
  index: CorpusIndex,
  terms: Map<string, RankTerm>,
  settings: RankSettings,
  inScope: (id: number) => boolean,
  phrases: ReadonlyArray<readonly string[]> = [],
): Ranked[] {
  const search = index.miniSearch;
  let state = states.get(search);
  if (!state || state.shortIdLimit !== search.shortIdLimit || state.documentCount !== search.documentCount) {
    const { shortIdLimit, documentCount } = search;
    state = {
      score: new Float64Array(shortIdLimit),
      postings: new Map(),
      headlines: new Map(),
      paragraphIds: new Int32Array(shortIdLimit),
      touched: new Int32Array(shortIdLimit),
      values: new Float64Array(shortIdLimit),
      best: { docs: new Int32Array(0), scores: new Float64Array(0) },
      shortIdLimit,
      documentCount,
    };
    states.set(search, state);
  }
  const { score } = state;
  let touched = state.touched;
  let met = 0;
  for (const [term, { boost }] of terms) {
    let flat: FlatPostings | undefined = state.postings.get(term);
    if (flat === undefined) {
      // Only the index's own terms are kept, so words users make up cannot grow this map.
      const made = flatten(index, term);
      if (!made) continue;
      flat = made;
      state.postings.set(term, flat);
    }
    add(flat, boost);
  }
  // The headline is the context of every paragraph of its article: its words count for each, less than
  // the paragraph's own (`settings.headlineWeight`), and a paragraph that lacks them is read all the same.
  for (const [term, { boost }] of terms) {
    let flat = state.headlines.get(term);
    if (flat === undefined) {
      flat = headlinePostings(index, state, term);
      state.headlines.set(term, flat);
    }
    if (flat) add(flat, boost * settings.headlineWeight);
  }
  state.touched = touched;
  function add({ docs, raw }: FlatPostings, boost: number): void {
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] ?? 0;
      // Every part is positive (BM25+'s d), so a zero score is a paragraph not met yet.
      if (score[doc] === 0) {
        // A part of 0 (a boost of 0) leaves a paragraph to be met again: room is made rather than assumed.
        if (met === touched.length) touched = grown(touched);
        touched[met++] = doc;
      }
      score[doc] = (score[doc] ?? 0) + boost * (raw[i] ?? 0);
    }
  }
  const sequences = phrases.map((phrase) => phrase.map((term) => index.terms.get(term) ?? -1));
  const quotingDocs = quotingParagraphs(index, state, phrases, sequences);
  // A paragraph that holds what the question quotes is read sentence by sentence however it scores.
  const quoting: Array<{ id: number; score: number }> = [];
  if (state.values.length < met) state.values = new Float64Array(touched.length);
  const { values } = state;
  for (let t = 0; t < met; t += 1) {
    const doc = touched[t] ?? 0;
    // Not multiplied by the number of terms matched, as MiniSearch does: with sentence evidence added,
    // that bonus favoured long paragraphs that mention everything once over the one that answers.
    values[t] = score[doc] ?? 0;
    score[doc] = 0;
    if (quotingDocs.size > 0 && quotingDocs.has(doc)) {
      const id = paragraphOf(search, state, doc);
      if (inScope(id)) quoting.push({ id, score: values[t] ?? 0 });
    }
  }
  // Almost every paragraph is in scope (all of them, unless the query is limited to an article or paragraphs
  // were taken out), and testing each that would be kept, ~80 a query, was a third of ranking: the best are
  // kept untested, and only where one of them is out of scope are they chosen again, testing each.
  const limit = settings.candidates;
  let kept = keepBest(state, met, quotingDocs, limit);
  const { docs, scores } = state.best;
  for (let k = 0; k < kept; k += 1) {
    if (!inScope(paragraphOf(search, state, docs[k] ?? 0))) {
      kept = keepBest(state, met, quotingDocs, limit, (doc) => inScope(paragraphOf(search, state, doc)));
      break;
    }
  }
  const candidates: Array<{ id: number; score: number }> = [];
  for (let k = 0; k < kept; k += 1)
    candidates.push({ id: paragraphOf(search, state, docs[k] ?? 0), score: scores[k] ?? 0 });
  candidates.push(...quoting);
  const weights = queryWeights(index, terms);
  const weightOf = byTermId(weights);
  const ranked = candidates.map(({ id, score }): Ranked => {
    const paragraph = index.paragraphs[id];
    if (!paragraph) return { id, score, sentence: 0, sentences: [] };
    const scored = sentenceScores(index, paragraph, weightOf, sequences);
    let best = 0;
    for (let s = 1; s < scored.length; s += 1) if ((scored[s] ?? 0) > (scored[best] ?? 0)) best = s;
    const top = settings.answer
      ? answerWeighed(scored, paragraph.sentenceStates, settings.answer)
      : (scored[best] ?? 0);
    return new RankedParagraph(id, score + settings.sentenceWeight * top, best, paragraph, scored, weights);
  });
  for (const id of weights.keys()) weightOf[id] = -1;
  return ranked.sort((a, b) => b.score - a.score).slice(0, settings.limit);
}

/**
 * Keeps in `state.best` the best `limit` of the paragraphs a query met (`state.touched`, their scores in
 * `state.values`), best first, leaving out those that hold a quoted phrase (`quoting`, read however they score)
 * and those `inScope` refuses; returns how many it kept. Ties keep the order of first match, as MiniSearch's
 * stable sort does, so that the best of those in scope are the same whether the others are tested or never kept.
 */
function keepBest(
  state: RankState,
  met: number,
  quoting: ReadonlySet<number>,
  limit: number,
  inScope?: (doc: number) => boolean,
): number {
  if (state.best.docs.length < limit) state.best = { docs: new Int32Array(limit), scores: new Float64Array(limit) };
  const { touched, values } = state;
  const { docs, scores } = state.best;
  let kept = 0;
  for (let t = 0; t < met; t += 1) {
    const doc = touched[t] ?? 0;
    const value = values[t] ?? 0;
    if (quoting.size > 0 && quoting.has(doc)) continue;
    let at = kept;
    while (at > 0 && (scores[at - 1] ?? 0) < value) at -= 1;
    if (at >= limit || (inScope && !inScope(doc))) continue;
    // The last one kept falls off when the buffers are full.
    const end = Math.min(kept, limit - 1);
    docs.copyWithin(at + 1, at, end);
    scores.copyWithin(at + 1, at, end);
    docs[at] = doc;
    scores[at] = value;
    kept = Math.min(kept + 1, limit);
  }
  return kept;
}

/** A paragraph as ranking returns it, its sentences' counts made when first read (`Ranked`). */
class RankedParagraph implements Ranked {
  readonly id: number;
  readonly score: number;
  readonly sentence: number;
  readonly #paragraph: ParagraphRef;
  readonly #scores: readonly number[];
  /** The query's weights by term id: which terms are counted. */
  readonly #weights: ReadonlyMap<number, number>;
  #sentences: SentenceMatch[] | undefined;

  constructor(
    id: number,
    score: number,
    sentence: number,
    paragraph: ParagraphRef,
    scores: readonly number[],
    weights: ReadonlyMap<number, number>,
  ) {
    this.id = id;
    this.score = score;
    this.sentence = sentence;
    this.#paragraph = paragraph;
    this.#scores = scores;
    this.#weights = weights;
  }

  get sentences(): SentenceMatch[] {
    this.#sentences ??= sentenceCounts(this.#paragraph, this.#weights).map((counts, s) => ({
      score: this.#scores[s] ?? 0,
      counts,
    }));
    return this.#sentences;
  }
}

/** `buffer` copied into one twice as long. */
function grown(buffer: Int32Array): Int32Array {
  const larger = new Int32Array(Math.max(1, 2 * buffer.length));
  larger.set(buffer);
  return larger;
}

/** The paragraph id of a short id, as `search.paragraphOf` gives it, remembered in `state.paragraphIds`. */
function paragraphOf(search: ParagraphSearch, state: RankState, doc: number): number {
  let id = state.paragraphIds[doc] ?? 0;
  if (id === 0) {
    id = search.paragraphOf(doc) + 1;
    state.paragraphIds[doc] = id;
  }
  return id - 1;
}

/**
 * The paragraphs of the articles whose headline holds `term`, each with the term's rarity (the caller
 * weighs it as a headline's part of a score). Null where no headline holds it. Only the index's own terms
 * get here (a headline's terms are the index's), so that words users make up cannot grow the state.
 */
function headlinePostings(index: CorpusIndex, state: RankState, term: string): FlatPostings | null {
  const id = index.terms.get(term);
  if (id === undefined || (index.headlineFrequency[id] ?? 0) === 0) return null;
  state.paragraphsOf ??= paragraphsByArticle(index);
  const docs: number[] = [];
  for (const [articleId, { headline }] of index.articles) {
    if (headline.includes(id)) docs.push(...(state.paragraphsOf.get(articleId) ?? []));
  }
  const part = termWeight(index, term);
  return { docs: Int32Array.from(docs), raw: new Float64Array(docs.length).fill(part) };
}

/** Each article's paragraphs by MiniSearch's short id. */
function paragraphsByArticle(index: CorpusIndex): Map<string, number[]> {
  const byArticle = new Map<string, number[]>();
  index.paragraphs.forEach((ref, id) => {
    const shortId = index.miniSearch.shortIdOf(id);
    if (ref.articleId === "" || shortId === undefined) return;
    const list = byArticle.get(ref.articleId) ?? [];
    list.push(shortId);
    byArticle.set(ref.articleId, list);
  });
  return byArticle;
}

/**
 * Query weights by term id in an array, -1 for a term not queried: every term of every sentence read is looked
 * up, and a map's look-ups were most of reading them. One array serves every index (ranking is synchronous),
 * grown to the largest id queried; the caller sets the query's entries back to -1 when done.
 */
let weightById = new Float64Array(0);

function byTermId(weights: ReadonlyMap<number, number>): Float64Array {
  let size = weightById.length;
  for (const id of weights.keys()) size = Math.max(size, id + 1);
  if (size > weightById.length) {
    const grown = new Float64Array(Math.max(size, 2 * weightById.length)).fill(-1);
    grown.set(weightById);
    weightById = grown;
  }
  for (const [id, weight] of weights) weightById[id] = weight;
  return weightById;
}

/** Each query term's weight by term id: its boost times its inverse document frequency. */
export function queryWeights(index: CorpusIndex, terms: Map<string, RankTerm>): Map<number, number> {
  const weights = new Map<number, number>();
  for (const [term, { boost }] of terms) {
    const id = index.terms.get(term);
    if (id !== undefined) weights.set(id, (weights.get(id) ?? 0) + boost * termWeight(index, term));
  }
  return weights;
}

/**
 * The counts of a sentence that holds none of the query's terms, shared: many sentences of the paragraphs read
 * hold none, and a map made for each was a twentieth of what answering allocated.
 */
const NO_COUNTS: ReadonlyMap<number, number> = new Map();

/**
 * By term id, how often the sentence being scored holds each query term (0 for the rest), and the ids it holds
 * in order of first meeting (`heldIds`, as many as `weightById` holds), so that sums add in the order a map of
 * counts would give; reused from sentence to sentence (ranking is synchronous) and set back to 0 after each.
 */
let frequencyById = new Int32Array(0);
let heldIds = new Int32Array(0);

/**
 * Each sentence's BM25 score for the query, from the paragraph's stored terms, with the weight of each of
 * `phrases` (term id sequences: what the question quotes) counted again where the sentence holds it word
 * for word. Length normalises only down: a sentence is not more relevant for being short.
 */
function sentenceScores(
  index: CorpusIndex,
  paragraph: ParagraphRef,
  weights: Float64Array,
  phrases: ReadonlyArray<readonly number[]>,
): number[] {
  if (frequencyById.length < weights.length) {
    frequencyById = new Int32Array(weights.length);
    heldIds = new Int32Array(weights.length);
  }
  const frequencies = frequencyById;
  // A plain array: a typed array's allocation was a third of this function's time.
  const scores: number[] = [];
  let start = 0;
  for (const end of paragraph.sentenceEnds) {
    let quoted = 0;
    for (const phrase of phrases) {
      if (holdsSequence(paragraph.terms, start, end, phrase))
        for (const id of phrase) quoted += Math.max(0, weights[id] ?? 0);
    }
    let held = 0;
    for (let i = start; i < end; i += 1) {
      const id = paragraph.terms[i] ?? -1;
      if ((weights[id] ?? -1) < 0) continue;
      if (frequencies[id] === 0) heldIds[held++] = id;
      frequencies[id] = (frequencies[id] ?? 0) + 1;
    }
    // A sentence shorter than the average is scored as if it had the average length: BM25 would count
    // its words up to twice as much as a long sentence's, and a short sentence that only echoes the
    // question ("Three cases were aged 65 years or over.") beat the longer one that answers it.
    const length = Math.max(end - start, index.averageSentenceLength);
    const norm = BM25.k * (1 - BM25.b + (BM25.b * length) / index.averageSentenceLength);
    let sum = quoted;
    for (let h = 0; h < held; h += 1) {
      const id = heldIds[h] ?? 0;
      const tf = frequencies[id] ?? 0;
      sum += ((weights[id] ?? 0) * tf * (BM25.k + 1)) / (tf + norm);
      frequencies[id] = 0;
    }
    scores.push(sum);
    start = end;
  }
  return scores;
}

/** The query terms (`weights`' ids) each sentence of the paragraph holds, with their counts. */
function sentenceCounts(paragraph: ParagraphRef, weights: ReadonlyMap<number, number>): ReadonlyMap<number, number>[] {
  const counts: ReadonlyMap<number, number>[] = [];
  let start = 0;
  for (const end of paragraph.sentenceEnds) {
    let frequencies: Map<number, number> | undefined;
    for (let i = start; i < end; i += 1) {
      const id = paragraph.terms[i] ?? -1;
      if (!weights.has(id)) continue;
      frequencies ??= new Map<number, number>();
      frequencies.set(id, (frequencies.get(id) ?? 0) + 1);
    }
    counts.push(frequencies ?? NO_COUNTS);
    start = end;
  }
  return counts;
}

/**
 * The paragraphs (by short id) that hold one of the quoted phrases word for word: only those holding the
 * phrase's rarest term are read, through that term's flattened postings (its terms are query terms, so
 * ranking has flattened them already).
 */
function quotingParagraphs(
  index: CorpusIndex,
  state: RankState,
  phrases: ReadonlyArray<readonly string[]>,
  sequences: ReadonlyArray<readonly number[]>,
): Set<number> {
  const docs = new Set<number>();
  phrases.forEach((phrase, p) => {
    const postings = phrase.map((term) => state.postings.get(term));
    if (postings.some((flat) => flat === undefined)) return;
    const rarest = postings.reduce((a, b) => ((b?.docs.length ?? 0) < (a?.docs.length ?? 0) ? b : a));
    for (const doc of rarest?.docs ?? []) {
      const held = index.paragraphs[paragraphOf(index.miniSearch, state, doc)]?.terms;
      if (held && holdsSequence(held, 0, held.length, sequences[p] ?? [])) docs.add(doc);
    }
  });
  return docs;
}

/**
 * The best sentence score of a paragraph with each sentence that holds the kind of answer asked (`answer.states`
 * among its `states`) counted `answer.weight` times: of two paragraphs whose sentences hold the question's words
 * alike, the one with a sentence that can answer it comes first ("in 1998" for "When ...?" over a sentence that
 * only tells of the event). The quote still starts from the sentence that holds the question best: started from
 * the one weighed up, a figure beside the question's words made an unanswerable question answered ("How much oil
 * does Saudi Arabia export a day?": open set unanswerable 27 -> 26 of 29).
 */
function answerWeighed(
  scores: readonly number[],
  states: Uint8Array,
  answer: { states: number; weight: number },
): number {
  let top = 0;
  scores.forEach((score, s) => {
    top = Math.max(top, ((states[s] ?? 0) & answer.states) !== 0 ? score * answer.weight : score);
  });
  return top;
}

/** Whether `terms[start, end)` holds `sequence` in a row. */
function holdsSequence(terms: Int32Array, start: number, end: number, sequence: readonly number[]): boolean {
  for (let at = start; at + sequence.length <= end; at += 1) {
    if (sequence.every((id, i) => terms[at + i] === id)) return true;
  }
  return false;
}
