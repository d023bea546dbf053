import type { CorpusIndex } from "../search/corpus-index.ts";
import { ParagraphSearch } from "../search/paragraph-search.ts";

/**
 * One library's index as ranking reads it when several libraries answer together (the operator's and a
 * server's): its own paragraphs and postings, with the statistics of all of them pooled, as if they were
 * one library. A term's rarity counts every library's paragraphs, the length norms every library's
 * lengths, and a word another library uses is a word the corpus knows. So each library's passages score
 * as they would in one index of all their articles, and their scores can be compared; and since the
 * pooled statistics are those of this request's libraries only, one server's articles never move
 * another server's answers. A view is made per answer: it keeps nothing between requests.
 */
export function pooledIndex(index: CorpusIndex, libraries: readonly CorpusIndex[]): CorpusIndex {
  const others = libraries.filter((other) => other !== index);
  let documents = 0;
  let length = 0;
  let sentences = 0;
  let sentenceTerms = 0;
  for (const library of libraries) {
    const totals = totalsOf(library);
    documents += library.miniSearch.documentCount;
    length += library.miniSearch.averageLength * library.miniSearch.documentCount;
    sentences += totals.sentences;
    sentenceTerms += totals.terms;
  }
  const terms = new PooledTerms(index.terms, others);
  const frequency = (term: string) => {
    let sum = 0;
    for (const library of libraries) {
      const id = library.terms.get(term);
      if (id !== undefined) sum += library.documentFrequency[id] ?? 0;
    }
    return sum;
  };
  const termOf = (id: number) => (id < index.terms.size ? termsById(index)[id] : terms.extra(id));
  const documentFrequency = new Proxy(index.documentFrequency, {
    get(target, key, receiver) {
      if (typeof key !== "string" || !/^\d+$/u.test(key)) return Reflect.get(target, key, receiver);
      const term = termOf(Number(key));
      return term === undefined ? undefined : frequency(term);
    },
  });
  return {
    ...index,
    miniSearch: new PooledSearch(index.miniSearch, documents, documents > 0 ? length / documents : 1),
    terms,
    documentFrequency,
    averageSentenceLength: sentences > 0 ? sentenceTerms / sentences : 1,
  };
}

/**
 * A library's MiniSearch as ranking reads it (`ParagraphSearch`'s readers), with the pooled document count
 * and mean length: the postings, lengths and ids are the library's own.
 */
class PooledSearch extends ParagraphSearch {
  readonly #source: ParagraphSearch;
  readonly #documents: number;
  readonly #averageLength: number;

  constructor(source: ParagraphSearch, documents: number, averageLength: number) {
    super();
    this.#source = source;
    this.#documents = documents;
    this.#averageLength = averageLength;
  }

  override get documentCount(): number {
    return this.#documents;
  }

  override get averageLength(): number {
    return this.#averageLength;
  }

  override postings(term: string): ReadonlyMap<number, number> | undefined {
    return this.#source.postings(term);
  }

  override termsNear(
    term: string,
    distance: number,
    options?: { keepFirstLetter?: boolean },
  ): ReadonlyMap<string, number> {
    return this.#source.termsNear(term, distance, options);
  }

  override length(shortId: number): number {
    return this.#source.length(shortId);
  }

  override shortIdOf(id: number): number | undefined {
    return this.#source.shortIdOf(id);
  }

  override paragraphOf(shortId: number): number {
    return this.#source.paragraphOf(shortId);
  }

  override get shortIdLimit(): number {
    return this.#source.shortIdLimit;
  }

  override search(...query: Parameters<ParagraphSearch["search"]>): ReturnType<ParagraphSearch["search"]> {
    return this.#source.search(...query);
  }
}

/**
 * A library's terms with the words of the other libraries added: a term of its own keeps its id (its
 * paragraphs hold ids), a term only others use gets the next free id when first asked for, so that its
 * pooled frequency can be read by id. Read-only: answering looks terms up, never lists them.
 */
class PooledTerms extends Map<string, number> {
  readonly #own: ReadonlyMap<string, number>;
  readonly #others: readonly CorpusIndex[];
  readonly #extra: string[] = [];

  constructor(own: ReadonlyMap<string, number>, others: readonly CorpusIndex[]) {
    super();
    this.#own = own;
    this.#others = others;
  }

  override get(term: string): number | undefined {
    const id = this.#own.get(term) ?? super.get(term);
    if (id !== undefined || !this.#others.some((other) => other.terms.has(term))) return id;
    const added = this.#own.size + this.#extra.length;
    this.#extra.push(term);
    super.set(term, added);
    return added;
  }

  override has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  override get size(): number {
    return this.#own.size + this.#extra.length;
  }

  /** The term of an id given past the library's own. */
  extra(id: number): string | undefined {
    return this.#extra[id - this.#own.size];
  }
}

/** What sentence-level length norms add up across libraries: sentences, and the terms in them. */
interface Totals {
  sentences: number;
  terms: number;
}

/** Per index, its totals and its terms by id, kept while the index holds as many paragraphs and terms. */
const totalsCache = new WeakMap<CorpusIndex, { paragraphs: number; documents: number; totals: Totals }>();
const termsCache = new WeakMap<Map<string, number>, string[]>();

function totalsOf(index: CorpusIndex): Totals {
  const cached = totalsCache.get(index);
  const documents = index.miniSearch.documentCount;
  if (cached && cached.paragraphs === index.paragraphs.length && cached.documents === documents) return cached.totals;
  const totals = { sentences: 0, terms: 0 };
  for (const ref of index.paragraphs) {
    totals.sentences += ref.sentenceEnds.length;
    totals.terms += ref.terms.length;
  }
  totalsCache.set(index, { paragraphs: index.paragraphs.length, documents, totals });
  return totals;
}

/** An index's terms by id: ids are given in order of first use, so the map's order is the ids'. */
function termsById(index: CorpusIndex): string[] {
  const cached = termsCache.get(index.terms);
  if (cached && cached.length === index.terms.size) return cached;
  const terms = [...index.terms.keys()];
  termsCache.set(index.terms, terms);
  return terms;
}
