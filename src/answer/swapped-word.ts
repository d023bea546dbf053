import { baseForms, isAdjectiveForm } from "../lexicon/wordnet.ts";
import { foldWord, perWord, type Token, termsOf, tokenize } from "../text/analyzer.ts";
import { oneEditApart } from "../text/edits.ts";
import { isCopula } from "../text/grammar.ts";
import { initialOf, SKIPPED } from "../text/initialisms.ts";
import { isProperName, looksLikeName } from "../text/names.ts";
import { DENIAL_REACH, isNegator, isPrefixNegated, NEGATING_PREFIX, unprefixed } from "../text/negation.ts";
import { frameOf, isNoun, type QuestionFrame } from "../text/question-frame.ts";
import { baseForm, lexiconTags } from "../text/word-tables.ts";
import { relatedTerms } from "./bridge.ts";
import { antonymsOf, opposes } from "./contrast.ts";
import { type FoundWord, spellingsOf } from "./question-reading.ts";

/** What kind of word a modifier is, for telling that another word of its kind stands in its place. */
type ModifierKind = "name" | "ordinal" | "number" | "adjective";

/** A question's modifier beside the word it modifies: "open" before "ballot", "States" after "United". */
interface Slot<W> {
  word: W;
  kind: ModifierKind;
  /** The terms the neighbour may be found as. */
  neighbour: ReadonlySet<string>;
  /** Where the modifier stands from its neighbour: -1 before it, 1 after it. */
  side: -1 | 1;
  /** The initials of the name the modifier ends, where it ends one of two words or more ("eu" for "European Union"). */
  initials: string | undefined;
  /**
   * Whether the modifier stands before a noun it names a kind of ("Prussia's capital", "the German Ghetto"), not
   * before the question's verb ("When did Edward return?"), nor after a name's first word.
   */
  head: boolean;
  /**
   * The preposition between the neighbour and a name after it ("in" of "born in Wola"), where the slot is the
   * name's place after the two: "born in Warsaw" puts another name there.
   */
  via?: string;
}

/**
 * A question's modifier that the passage lacks, where the quote writes another of its kind beside the same
 * word: "the Second Minister" against "the First Minister", "the United States Parliament" against "the United
 * Kingdom Parliament", "three months" against "one month", "the smallest party" against "the largest party".
 * SQuAD 2.0's writers made questions the passage leaves open by such swaps. A name, an ordinal or a number
 * beside the same word is another thing; an adjective counts only where it is the question's opposite, since
 * paraphrase changes adjectives ("the observable effect" for "its most familiar effect") and WordNet does not
 * relate most such pairs.
 */
export class SwappedWord<W extends FoundWord> {
  readonly #slots: Slot<W>[];
  /** The question's terms and their bridges: a word among them is not another. */
  readonly #terms: ReadonlySet<string>;
  /**
   * The question's words that are no name, that it does not deny itself and that are no verb with a converse
   * (`CONVERSES`) unless the question names its doer before it, for `opposedIn`.
   */
  readonly #opposable: readonly W[];
  /** The question's words as written, folded: a stop word among them is not another's opposite. */
  readonly #written: ReadonlySet<string>;
  /**
   * Those of them that are verbs with a converse ("gave" in "The SNP gave how many seats to Labour?"), each with the
   * terms of its doer ("SNP").
   */
  readonly #converses: ReadonlyMap<W, readonly string[]>;

  /**
   * `tokens` are the question's, `frame` its frame and `terms` its words' (`spellingsOf`), where the caller has read
   * them already.
   */
  constructor(
    question: string,
    focus: readonly W[],
    tokens: readonly Token[] = tokenize(question),
    frame: QuestionFrame = frameOf(question, tokens),
    terms: ReadonlySet<string> = spellingsOf(focus),
  ) {
    // The first of the focus words at each start, as `find` would give it.
    const byStart = new Map<number, W>();
    for (const w of focus) if (!byStart.has(w.word.start)) byStart.set(w.word.start, w);
    const at = (token: Token | undefined) => (token === undefined ? undefined : byStart.get(token.start));
    const spellings = (w: W) => new Set([...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]);
    this.#terms = terms;
    this.#opposable = focus.filter((w) => {
      const at = tokens.findIndex((token) => token.start === w.word.start);
      return !w.word.name && !deniedAt(tokens, at) && (!converse(w.word.surface) || namesDoer(tokens, at));
    });
    const before = (w: W) => tokens[tokens.findIndex((token) => token.start === w.word.start) - 1]?.terms ?? [];
    this.#converses = new Map(this.#opposable.filter((w) => converse(w.word.surface)).map((w) => [w, before(w)]));
    this.#written = new Set(tokens.map((token) => foldWord(token.surface)));
    const { predicate } = frame;
    this.#slots = tokens.flatMap((token, i) => {
      const word = at(token);
      // A word's kind is read only where a focus word stands beside it: reading every focus word's was most of
      // making a question's `SwappedWord`.
      if (word === undefined || !besideFocus(question, tokens, i, at)) return [];
      const kind = kindOf(question, tokens, i);
      if (kind === undefined) return [];
      const neighbours = neighboursOf(question, tokens, i, kind, predicate, at);
      const initials = initialsEnding(question, tokens, i);
      return neighbours.map(({ neighbour, ...place }) => ({
        word,
        kind,
        neighbour: spellings(neighbour),
        initials,
        ...place,
      }));
    });
  }

  /**
   * Whether the quote writes another modifier of a slot's kind beside its neighbour, where `held` says the
   * passage lacks the question's own; where the passage holds it elsewhere, whether the quote writes beside the
   * neighbour only others (`#swapped`). Or whether it reverses the question's order in time (`#reversed`).
   */
  in(quote: string, tokens: readonly Token[], held: (word: W) => boolean): boolean {
    return this.#reversed(tokens) || this.#slots.some((slot) => this.#swapped(slot, quote, tokens, held(slot.word)));
  }

  /**
   * Whether the question writes one of a pair of words of order in time and the quote only the other: "After the
   * bill has been passed, ..." for "Before the bill has been passed, ...?". Both are stop words, which neither the
   * slots nor WordNet's links reach.
   */
  #reversed(tokens: readonly Token[]): boolean {
    const asked = ORDER.find(([word, other]) => this.#written.has(word) && !this.#written.has(other));
    if (asked === undefined) return false;
    const written = new Set(tokens.map((token) => foldWord(token.surface)));
    return written.has(asked[1]) && !written.has(asked[0]);
  }

  /**
   * The question's word whose opposite the quote writes, anywhere, where the passage lacks the word (`held` says
   * which it holds): "open to the public" for "What meetings are closed to the public?", "their victory" for
   * "Who congratulated the SNP on their loss?", "unable to legislate" for "Who is able to legislate?". SQuAD 2.0's
   * writers made questions the passage leaves open by such swaps, not always beside the same word as `in` needs.
   * A negated opposite agrees ("not equal" for "unequal"); so does one the question writes itself ("western
   * countries, and which eastern county?"), and a verb's converse ("sold the rights" says who bought them), unless
   * the question names the doer and the quote's converse is that doer's, active: "The SNP took 16 seats from Labour"
   * does not say how many the SNP gave to Labour, where "Labour gave seats to the SNP" would.
   */
  opposedIn(tokens: readonly Token[], held: (word: W) => boolean): W | undefined {
    // The quote's words are read only for a word the passage lacks, each word's opposites made once, and whether a
    // word before one denies it only where it is an opposite: reading every word of every quote, and making a
    // word's opposites again for each, was a sixth of answering.
    const lacking = this.#opposable.filter((w) => !held(w));
    if (lacking.length === 0) return undefined;
    // A stop word of large degree ("more", "most") has no terms, but is the opposite of the question's "less".
    const others = tokens.filter((token) =>
      token.terms.length > 0
        ? !token.terms.some((t) => this.#terms.has(t))
        : LARGE_DEGREE.has(foldWord(token.surface)) && !this.#written.has(foldWord(token.surface)),
    );
    return lacking.find((w) => {
      const small = SMALL_DEGREE.has(foldWord(w.word.surface));
      return others.some((token) => {
        if (token.terms.length > 0 ? !oppositeOf(w.word.surface, token.surface) : !small) return false;
        const at = tokens.indexOf(token);
        const doer = this.#converses.get(w);
        return !deniedAt(tokens, at) && (doer === undefined || doneBy(tokens, at, doer));
      });
    });
  }

  /**
   * Whether the words the quote writes in the slot, beside each of its neighbour's, include another of the
   * modifier's kind and none that says it in other words ("worldwide empire" and "colonial empire" for "global
   * empire"). Where the passage holds the question's modifier elsewhere (`held`: a paragraph that speaks of the
   * strong force and the weak), the quote must write none of the question's words in the slot, and only an
   * opposite says otherwise there ("The weak force is due to ..." for "The strong force is due to what?", "a
   * non-zero velocity" for "a zero velocity"), or, before a noun, a name, ordinal or number of a quote that does
   * not write the question's at all ("the Polish capital" for "Prussia's capital"): SQuAD 2.0's writers took
   * names for their swaps from the passage's own paragraph.
   */
  #swapped(slot: Slot<W>, quote: string, tokens: readonly Token[], held: boolean): boolean {
    const ownKind = () => !held || (slot.head && !tokens.some((token) => holds(token, slot.word)));
    let swapped = false;
    // The slot's place from its neighbour: beside it, or past the preposition.
    const step = slot.via === undefined ? slot.side : 2;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      const other = tokens[i + step];
      if (!other || !token.terms.some((t) => slot.neighbour.has(t)) || !inPlace(quote, tokens, i, slot)) continue;
      const read = this.#inSlot(slot, quote, tokens, i + step, held);
      if (read === "says") return false;
      swapped ||= read === "opposite" || (read === "kind" && ownKind());
    }
    return swapped;
  }

  /**
   * What the quote's word at `at`, in the slot, is to the question's modifier: its opposite, another of its kind,
   * the same thing (`says`: itself, a word WordNet relates to it, its initials), or none of these.
   */
  #inSlot(
    slot: Slot<W>,
    quote: string,
    tokens: readonly Token[],
    at: number,
    held: boolean,
  ): "opposite" | "kind" | "says" | undefined {
    const other = tokens[at] as Token;
    const word = slot.word.word.surface;
    // Read only where it counts: WordNet's opposites are the dearest of these readings.
    const opposite = () => foldWord(other.surface) !== foldWord(word) && opposed(word, other.surface);
    // A negating prefix writes the opposite with the question's own word ("non-zero"): read first where it counts alone.
    if (held && opposite()) return "opposite";
    // Another of the question's words beside it ("the Ethiopian Empire" for "the French Empire or the Ethiopian
    // Empire") is not in the slot's place; where the passage holds the modifier, it may be the one asked.
    if (other.terms.some((t) => this.#terms.has(t))) return held ? "says" : undefined;
    if (!another(word, other.surface) || spelledOut(slot, quote, tokens, at)) return "says";
    const kind = kindOf(quote, tokens, at);
    if (kind !== slot.kind) return undefined;
    // An adjective is paraphrased more often than swapped: only its opposite counts ("closed" for "open").
    if (kind !== "adjective") return "kind";
    return opposite() ? "opposite" : undefined;
  }
}

/**
 * Whether `other` says something else than `word`: not a word WordNet relates to it either way, nor the same
 * word misspelt ("Hamaz" for "Hamza").
 */
function another(word: string, other: string): boolean {
  if (termsOf(other).some((t) => relatedTerms(word).has(t)) || termsOf(word).some((t) => relatedTerms(other).has(t)))
    return false;
  return !oneEditApart(foldWord(word), foldWord(other));
}

/**
 * Whether the quote's word in the slot (at `at`) is the question's name written the other way: "European
 * Union law" for "EU law", or "EU law" for "European Union law".
 */
function spelledOut<W extends FoundWord>(slot: Slot<W>, quote: string, tokens: readonly Token[], at: number): boolean {
  if (slot.kind !== "name" || slot.side !== -1) return false;
  const word = foldWord(slot.word.word.surface);
  const other = foldWord(tokens[at]?.surface ?? "");
  return initialsEnding(quote, tokens, at) === word || slot.initials === other;
}

/**
 * The initials of the run of capitalized words ending at `at` ("European Union" gives "eu"), small words inside
 * it skipped ("Bank of England"); undefined where it is one word, whose initial says nothing.
 */
function initialsEnding(text: string, tokens: readonly Token[], at: number): string | undefined {
  let initials = "";
  let words = 0;
  for (let i = at; i >= 0; i -= 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (i < at && next && !adjacent(text, token, next)) break;
    if (SKIPPED.has(token.surface.toLowerCase())) continue;
    // Capitals rather than `looksLikeName`, which takes a name's first word at a sentence's start for a common one.
    if (!/^\p{Lu}/u.test(token.surface)) break;
    initials = initialOf(token.surface) + initials;
    words += 1;
  }
  return words > 1 ? initials : undefined;
}

/**
 * Whether WordNet opposes two adjectives, or the opposite of one is related to the other ("weak" against
 * "powerful", as "strong"), or one is the other with a negating prefix (`oppositeOf`). Remembered by pair: a
 * question's modifier meets the same words quote after quote.
 */
const opposed = byPair((word: string, other: string): boolean => {
  if (oppositeOf(word, other)) return true;
  const related = relatedTerms(other);
  return antonymsOf(word).some((antonym) => termsOf(antonym).some((t) => related.has(t)));
});

/**
 * A test of whether WordNet opposes a word to `word` ("closed" and "open", "gave" and "took"), or one is the other
 * with a negating prefix ("unimportant", "abnormal") or "-less" ("frictionless"), or `word` is a word with a negating prefix and the other a
 * word of its bare word's family ("unfocused" against "to focus", "unsettled" against "settlers"): a question's
 * writer denies a passage's word by its prefix. Made once by word: `opposedIn` asks it of a question's word for
 * every quote the question reads.
 */
const oppositeTest = perWord((word: string): ((other: string) => boolean) => {
  const opposedTo = opposes(word);
  const a = foldWord(word);
  const prefixed = NEGATING_PREFIX.test(a);
  const bare = a.replace(NEGATING_PREFIX, "");
  const family = isPrefixNegated(word) ? relatedTerms(bare) : undefined;
  return (other) => {
    if (opposedTo(other)) return true;
    const b = foldWord(other);
    if (prefixed ? bare === b : unprefixed(other) === a) return true;
    // "-less" says "without" as a prefix says "not": "frictionless" against "friction", "massless" against "mass".
    if (b === `${a}less` || a === `${b}less`) return true;
    return family !== undefined && termsOf(other).some((t) => family.has(t)) && !isPrefixNegated(other);
  };
});

/** `oppositeTest`, remembered by pair: reading the other word's family anew for each quote was most of `opposedIn`. */
const oppositeOf = byPair((word: string, other: string): boolean => oppositeTest(word)(other));

/**
 * How many pairs of words a test made by `byPair` remembers before it starts afresh: one bound for all the pairs,
 * since users can type any words, and a bound per word would let many words' answers pile up.
 */
const REMEMBERED_PAIRS = 65_536;

/**
 * A test of a pair of words, its answers remembered by the pair as written, up to `REMEMBERED_PAIRS` of them in
 * all. Kept word by word: a key made of the two words was a new string to hash at every look-up, 12% of a real
 * question's answer at p50.
 */
function byPair(test: (word: string, other: string) => boolean): (word: string, other: string) => boolean {
  let seen = new Map<string, Map<string, boolean>>();
  let pairs = 0;
  return (word, other) => {
    let answers = seen.get(word);
    let found = answers?.get(other);
    if (found !== undefined) return found;
    if (pairs >= REMEMBERED_PAIRS) {
      seen = new Map();
      pairs = 0;
      answers = undefined;
    }
    if (answers === undefined) {
      answers = new Map();
      seen.set(word, answers);
    }
    found = test(word, other);
    answers.set(other, found);
    pairs += 1;
    return found;
  };
}

/** Whether a token is the question's word, or a spelling of it the corpus was bridged to. */
function holds(token: Token, w: FoundWord): boolean {
  return token.terms.some((t) => w.word.terms.includes(t) || w.bridges.some((b) => b.terms.includes(t)));
}

/**
 * Whether the quote's words from its neighbour at `at` to the slot's place stand as the question's do: side by
 * side, or with the slot's preposition between them ("born in Warsaw" for "born in Wola").
 */
function inPlace<W extends FoundWord>(quote: string, tokens: readonly Token[], at: number, slot: Slot<W>): boolean {
  if (slot.via === undefined) return besideOf(quote, tokens, at, slot.side) !== undefined;
  const via = besideOf(quote, tokens, at, 1);
  return via?.surface.toLowerCase() === slot.via && besideOf(quote, tokens, at + 1, 1) !== undefined;
}

/**
 * The question's words a modifier at `i` stands beside, each with where it stands (`Slot`): the noun after it; for a
 * name, the word before it as well ("United States"), and the word before a preposition before it ("born in Wola",
 * "the work of Galileo").
 */
function neighboursOf<W>(
  question: string,
  tokens: readonly Token[],
  i: number,
  kind: ModifierKind,
  predicate: Token | undefined,
  at: (token: Token | undefined) => W | undefined,
): Array<{ neighbour: W } & Pick<Slot<W>, "side" | "head" | "via">> {
  const found: Array<{ neighbour: W } & Pick<Slot<W>, "side" | "head" | "via">> = [];
  const after = besideOf(question, tokens, i, 1);
  const noun = at(after);
  if (noun)
    found.push({ neighbour: noun, side: -1, head: after !== predicate && isNoun(after?.surface.toLowerCase() ?? "") });
  if (kind !== "name") return found;
  const before = at(besideOf(question, tokens, i, -1));
  if (before) found.push({ neighbour: before, side: 1, head: false });
  const via = besideOf(question, tokens, i, -1)?.surface.toLowerCase() ?? "";
  const governing = PREPOSITIONS.has(via) ? at(besideOf(question, tokens, i - 1, -1)) : undefined;
  if (governing) found.push({ neighbour: governing, side: 1, head: true, via });
  return found;
}

/**
 * Whether a focus word stands where `neighboursOf` looks for one, of any kind of modifier: after the word at `i`,
 * before it, or before a preposition before it.
 */
function besideFocus<W>(
  question: string,
  tokens: readonly Token[],
  i: number,
  at: (token: Token | undefined) => W | undefined,
): boolean {
  if (at(besideOf(question, tokens, i, 1)) || at(besideOf(question, tokens, i, -1))) return true;
  const via = besideOf(question, tokens, i, -1)?.surface.toLowerCase() ?? "";
  return PREPOSITIONS.has(via) && at(besideOf(question, tokens, i - 1, -1)) !== undefined;
}

/** The token next to the one at `at`, on `side` (-1 before it, 1 after it), where only spaces part them. */
function besideOf(text: string, tokens: readonly Token[], at: number, side: number): Token | undefined {
  const token = tokens[at];
  const next = tokens[at + side];
  return token && next && adjacent(text, token, next) ? next : undefined;
}

/** Whether two tokens stand side by side, only spaces between them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^\s+$/u.test(text.slice(first.end, second.start));
}

/**
 * A word's kind as a modifier (the text's word at `at`): an ordinal ("second", "II"), a number ("three"), a name
 * (one that no lexicon knows included, at a sentence's start too: "Polonia's home venue"), an adjective; undefined
 * for other words. A people's adjective is a name wherever it stands ("French architect ..." as "the French
 * architect"), and so is a capitalized title right before a name ("Minister Robert Dinwiddie", "President Wilson"):
 * at a sentence's start they are read as common words, though the same words inside one are names.
 */
function kindOf(text: string, tokens: readonly Token[], at: number): ModifierKind | undefined {
  const token = tokens[at] as Token;
  if (token.terms.length === 0) return undefined;
  const folded = foldWord(token.surface);
  const tags = lexiconTags(folded);
  if (tags.includes("Ordinal") || /^[IVX]+$/u.test(token.surface)) return "ordinal";
  if (tags.includes("Cardinal")) return "number";
  if (looksLikeName(text, token) || isProperName(token)) return "name";
  if (/^\p{Lu}/u.test(token.surface) && (tags.includes("Demonym") || titlesName(text, tokens, at))) return "name";
  return adjectiveForm(folded) ? "adjective" : undefined;
}

/** Whether the text's word at `at` is a noun right before a name that does not start a sentence: a title ("Governor Robert"). */
function titlesName(text: string, tokens: readonly Token[], at: number): boolean {
  const next = besideOf(text, tokens, at, 1);
  // A noun: not "When" in "When Iqbal promoted ...".
  return next !== undefined && isNoun(foldWord(tokens[at]?.surface ?? "")) && looksLikeName(text, next);
}

/**
 * `isAdjectiveForm`, remembered by word: WordNet's suffix rules for every focus word of every question, and for
 * every quote word in a slot, were most of `kindOf`.
 */
const adjectiveForm = perWord(isAdjectiveForm);

/** Whether a negator stands up to `DENIAL_REACH` words before the token at `at`: "not equal" agrees with "unequal". */
function deniedAt(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - DENIAL_REACH), at).some((token) => isNegator(token.surface));
}

/**
 * Whether the question names the doer of its verb at `at` right before it ("The SNP gave", "did the British
 * government take"): not a question word ("Who bought the rights?", which "sold the rights to Guzmán" answers), nor
 * "be" ("Who was given land?"), nor a participle after its noun ("the term given to the algorithm").
 */
function namesDoer(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.surface.toLowerCase();
  const verb = tokens[at]?.surface.toLowerCase() ?? "";
  return (
    before !== undefined &&
    !QUESTION_WORDS.has(before) &&
    !isCopula(before) &&
    !lexiconTags(verb).includes("Participle")
  );
}

/**
 * Whether the verb at `at` is done by the doer whose terms are `doer`: a word before it holds them, and it is no
 * passive's ("was given command", "has been sold": a form of "be" or "get" up to two words before it).
 */
function doneBy(tokens: readonly Token[], at: number, doer: readonly string[]): boolean {
  const passive = tokens.slice(Math.max(0, at - 2), at).some((token) => {
    const word = token.surface.toLowerCase();
    return isCopula(word) || GET.has(word);
  });
  return !passive && tokens.slice(0, at).some((token) => token.terms.some((t) => doer.includes(t)));
}

/** Prepositions before a name that say its role: where ("born in Wola"), whose ("the work of Galileo"), by whom. */
const PREPOSITIONS = new Set(["in", "at", "of", "from", "to", "for", "on", "by", "near", "into"]);

/**
 * Words of small degree and of large degree, each the opposite of any of the other: stop words that WordNet's links
 * do not reach as a quote's words ("more fundamental" for "What is considered less fundamental ...?", "Most
 * ministers" for "Very few ministers ...?").
 */
const SMALL_DEGREE: ReadonlySet<string> = new Set(["less", "fewer", "least", "fewest", "little", "few"]);
const LARGE_DEGREE: ReadonlySet<string> = new Set(["more", "most", "much", "many"]);

/** Words of order in time, each with its opposite (`#reversed`). */
const ORDER: ReadonlyArray<readonly [string, string]> = [
  ["before", "after"],
  ["after", "before"],
];

const QUESTION_WORDS = new Set(["who", "whom", "what", "which"]);
const GET = new Set(["get", "gets", "got", "gotten", "getting"]);

/**
 * Verbs whose opposite tells the same event from the other side: "sold the rights to Guzmán" says who bought
 * them, "was given command" who took it.
 */
const CONVERSES = new Set(["buy", "sell", "give", "take", "lend", "borrow", "teach", "learn"]);

/**
 * Whether a word is a form of one of `CONVERSES`. Remembered by word: every question's words are asked, and
 * WordNet's suffix rules were most of making a question's `SwappedWord`.
 */
const converse = perWord((word: string): boolean => {
  const base = baseForm(foldWord(word));
  return CONVERSES.has(base) || baseForms(base).some((form) => CONVERSES.has(form));
});
