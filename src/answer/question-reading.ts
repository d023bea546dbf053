import type { Attribution } from "../attribution/types.ts";
import { baseVerbTerms, type Token, tokenize } from "../text/analyzer.ts";
import {
  type Asked,
  asksAge,
  asksMeasure,
  asksOrigin,
  asksSpan,
  asksTimeOfDay,
  givesAge,
  givesAsked,
  givesNameInRole,
  givesOrigin,
  givesPlaceAfter,
  givesSpan,
  givesTimeOfDay,
  givesTimeUnclaimed,
  isRole,
  speaksOfFuture,
} from "../text/asked.ts";
import { LEXICON_NAME_TAGS, looksLikeName } from "../text/names.ts";
import { deniesAny, isNegator, isNonWord } from "../text/negation.ts";
import type { QueryWord } from "../text/query.ts";
import { frameOf, type QuestionFrame } from "../text/question-frame.ts";
import { lexiconTags } from "../text/word-tables.ts";
import type { Bridge } from "./bridge.ts";
import { ownedByOther, possessiveOf } from "./possessive.ts";
import { countsAsked, PredicateTest } from "./predicate.ts";
import { askedSpeaker, saidBy } from "./speaker.ts";

/** A question's word as answering found it: the word, and what else the corpus may write it as. */
export interface FoundWord {
  word: QueryWord;
  /** Whether the corpus (or the chosen article) uses the word. */
  known: boolean;
  bridges: readonly Bridge[];
}

/**
 * The terms a question's words may be found as: their own and their bridges'. The Judge makes it once per query and
 * hands it to its readings of the question (`QuestionReading`, `SwappedWord`), which each made it again.
 */
export function spellingsOf(focus: readonly FoundWord[]): ReadonlySet<string> {
  return new Set(focus.flatMap((w) => [...w.word.terms, ...w.bridges.flatMap((b) => b.terms)]));
}

/** A text read for a question: what it says and its tokens. */
export interface ReadSentence {
  text: string;
  tokens: readonly Token[];
}

/** What a quote does for a question's structure, beside the share of its words it holds. */
export interface FrameReading {
  /** Whether the quote gives the kind of answer asked for, in a sentence that states the predicate where one does. */
  gives: boolean;
  /** Whether the quote states the question's predicate, or the question has none (asked only where it decides). */
  statesPredicate: () => boolean;
  /** Whether the quote is what the speaker the question asks about says, or it asks about none. */
  saidBySpeaker: boolean;
  /**
   * Whether the question asks for a narrower kind than ranking's flags read (`QuestionReading.narrow`), so that a
   * quote found to lack it surely does.
   */
  narrow: boolean;
  /** The question's denying word, as written, where the quote denies none of its words (`QuestionReading.read`). */
  unmetDenial: string | undefined;
}

/**
 * What a question asks of a passage beyond its words (`frameOf`): its predicate stated ("arrested" in "How
 * many people were arrested?", in other words too) with an object the corpus has a word for, the kind of answer
 * asked for given in the sentence that holds the predicate, a number that counts what is asked ("how many
 * people"), a date or figure of what is still to come for "When will ...?", and what a speaker asked about says
 * ("What did the UN say?").
 */
export class QuestionReading {
  /** The question's predicate, where it is one of the words weighed. */
  readonly predicate: QueryWord | undefined;
  /** The question's frame (`frameOf`), read once for the Judge's other readings of the question too. */
  readonly frame: QuestionFrame;
  /**
   * Whether the question asks for a time of day, where something comes from or someone's age: kinds said in few
   * ways (a clock time; a name after "from"; "21-year-old", "aged 21"), which ranking's flags take for any date or name, so a quote that lacks one
   * lacks what is asked. The other kinds are said in too many ways ("the Ottoman Empire" for "which country")
   * for their lack to be sure: on SQuAD 2.0's tuning articles, putting their answering passages first
   * (`answerAfter`) lost more right first passages than it won.
   */
  readonly narrow: boolean;
  readonly #asked: Asked | undefined;
  /** The question's terms and their bridges: a quote's word among them gives nothing new. */
  readonly #terms: ReadonlySet<string>;
  readonly #test: PredicateTest | undefined;
  readonly #counts: ReturnType<typeof countsAsked>;
  /** The speaker's words, each as the terms it may be found as. */
  readonly #speaker: Array<Set<string>> | undefined;
  /** The head of the predicate's object, where the corpus has no word for it: nothing can say it. */
  readonly #unsaid: boolean;
  /** Whether the question asks for a time of day ("What time did the drones hit?"), which a day does not give. */
  readonly #clock: boolean;
  /** Whether the question asks where something comes from ("Where does the word Norman come from?"): a people or a language answers it. */
  readonly #origin: boolean;
  /**
   * The terms of the one whose age the question asks ("How old was Roof ...?"), which a count, a year or another's
   * age does not give; undefined where it asks none, or names no one.
   */
  readonly #agedOne: ReadonlySet<string> | undefined;
  /** Whether the question asks how long ("How long did the jury deliberate?"), which a count or a date alone does not give. */
  readonly #span: boolean;
  /**
   * The terms of the role whose holder's name the question asks, where it asks only that ("Who was the captain of
   * AirAsia flight QZ8501?", "What is the name of Avalos's boyfriend?"): a name answers only as that role's.
   */
  readonly #role: ReadonlySet<string> | undefined;
  /**
   * The measure a question asks by its noun ("rate" in "What is the unemployment rate in New Mexico?"), which a
   * figure answers only beside that noun or a word WordNet relates to it: "about 80 jobs" is no rate.
   */
  readonly #measured: PredicateTest | undefined;
  /** Whether the question asks about what is still to come ("When will the ferry sail again?"). */
  readonly #future: boolean;
  /**
   * Each two names the question writes side by side, as the terms each may be found as: read when first asked for
   * (`unwrittenNames`), which only a passage that holds enough of the question is.
   */
  #namePairs: ReadonlyArray<{ written: string; terms: readonly [readonly string[], readonly string[]] }> | undefined;
  /** The question and how its words' spellings are read, for `#namePairs`. */
  readonly #question: ReadSentence;
  readonly #spellings: (token: Token) => string[];
  /** A possessive the question asks through ("Rollo's wife"): owner and owned, each as the terms it may be found as. */
  readonly #possessive: readonly [ReadonlySet<string>, ReadonlySet<string>] | undefined;
  /** Per article, the names it does not write as the question does, or null (`unwrittenNames`): read once a question asks. */
  readonly #articleWrites = new Map<string, string | null>();
  /** The question's first denying word ("not", "never", "non-Islamic"), where it has one. */
  readonly #denial: Token | undefined;

  /**
   * `tokens` are the question's and `terms` its words' (`spellingsOf`), where the caller has read them already (the
   * Judge reads a question once).
   */
  constructor(
    question: string,
    focus: readonly FoundWord[],
    asked: Asked | undefined,
    tokens: readonly Token[] = tokenize(question),
    terms: ReadonlySet<string> = spellingsOf(focus),
  ) {
    const frame = frameOf(question, tokens);
    this.frame = frame;
    const at = (token: Token | undefined) => focus.find((w) => w.word.start === token?.start);
    this.predicate = at(frame.predicate)?.word;
    this.#asked = asked;
    this.#terms = terms;
    const others = new Set(focus.filter((w) => w.word !== this.predicate).flatMap((w) => w.word.terms));
    this.#test = this.predicate && new PredicateTest(asVerb(this.predicate, frame.auxiliary), others);
    const counted = new Set(frame.counted.map((token) => token.start));
    this.#counts = countsAsked(focus.filter((w) => counted.has(w.word.start)).map((w) => w.word));
    const object = at(frame.object);
    this.#unsaid = object !== undefined && !object.known && object.bridges.length === 0;
    this.#clock = asked === "time" && asksTimeOfDay(question);
    this.#origin = asked === "place" && asksOrigin(question);
    const names = focus.filter((w) => w.word.name).flatMap((w) => w.word.terms);
    this.#agedOne = asked === "number" && asksAge(question) && names.length > 0 ? new Set(names) : undefined;
    this.#span = asked === "number" && asksSpan(question);
    this.narrow = this.#clock || this.#origin || this.#agedOne !== undefined || this.#span;
    this.#future = frame.auxiliary === "will" || frame.auxiliary === "shall";
    const spellings = (token: Token) => [...token.terms, ...(at(token)?.bridges.flatMap((b) => b.terms) ?? [])];
    const possessive = possessiveOf(question, tokens);
    this.#possessive = possessive && [
      new Set(possessive.owner.flatMap(spellings)),
      new Set(possessive.owned.flatMap(spellings)),
    ];
    const role = possessive?.owned.filter(isRole).flatMap(spellings) ?? [];
    this.#role = asked === "name" && frame.predicate === undefined && role.length > 0 ? new Set(role) : undefined;
    this.#measured =
      asked === "number" && asksMeasure(question) ? measureTest(at(frame.subject.at(-1)), focus) : undefined;
    this.#question = { text: question, tokens };
    this.#denial = denialOf(tokens);
    this.#spellings = spellings;
    this.#speaker = askedSpeaker(frame)?.map(
      (token) => new Set([...token.terms, ...(at(token)?.bridges.flatMap((b) => b.terms) ?? [])]),
    );
  }

  /**
   * Whether the question asks a narrow kind that a passage gives in few words of its own ("Roof, who was 21 at
   * the time,"): someone's age or a time of day, which an article most often gives once, in a paragraph ranked
   * below those that hold any number or date, so that the passages past those shown are read for it.
   */
  get readsOn(): boolean {
    return this.#clock || this.#agedOne !== undefined;
  }

  /**
   * The first two names the question writes side by side that the article never writes so, as the question
   * writes them: "Old France" is not the article's "New France", nor "Queen George's War" its "King George's
   * War", though each word is there. `holds` tells whether a paragraph (by its index) may hold any of some
   * terms: only those that may hold both names of a pair are read, where reading every paragraph of a long
   * article cost most of a verdict.
   */
  unwrittenNames(
    article: { id: string; paragraphs: ReadonlyArray<{ text: string }> },
    holds: (paragraph: number, terms: readonly string[]) => boolean = () => true,
  ): string | undefined {
    this.#namePairs ??= namePairs(this.#question.text, this.#question.tokens).map(([a, b]) => ({
      written: this.#question.text.slice(a.start, b.end),
      terms: [this.#spellings(a), this.#spellings(b)] as const,
    }));
    const pairs = this.#namePairs;
    if (pairs.length === 0) return undefined;
    let unwritten = this.#articleWrites.get(article.id);
    if (unwritten === undefined) {
      const both = (i: number) => pairs.some(({ terms: [a, b] }) => holds(i, a) && holds(i, b));
      const texts = article.paragraphs.filter((_, i) => both(i));
      const at = unwrittenPair(
        texts,
        pairs.map((pair) => pair.terms),
      );
      unwritten = at === undefined ? null : (pairs[at]?.written ?? null);
      this.#articleWrites.set(article.id, unwritten);
    }
    return unwritten ?? undefined;
  }

  /**
   * Reads a quote (`quote`, and its `sentences` with who the article says says each) for the question. `held`
   * is ranking's looser test of the kind of answer asked for, which the stricter one here needs; `holdsPredicate`
   * whether the quote holds the predicate as the corpus writes it (a spelling bridged included).
   */
  read(
    quote: ReadSentence,
    sentences: () => ReadonlyArray<ReadSentence & { attribution: readonly Attribution[] }>,
    held: boolean,
    holdsPredicate: boolean,
  ): FrameReading {
    const test = this.#test;
    const speaker = this.#speaker;
    const saidBySpeaker =
      speaker === undefined ||
      saidBy(
        speaker,
        sentences().map((sentence) => sentence.attribution),
        sentences().map((sentence) => sentence.tokens),
        (token) => test?.states(token) === true,
      );
    let stated: boolean | undefined;
    // A verb of speech is stated by the speaker's words themselves ("What did the UN say?" and "The UN
    // accuses ..."); an object the corpus has no word for cannot be said, whatever the verb.
    const statesPredicate = () =>
      (stated ??=
        test === undefined ||
        (speaker !== undefined && saidBySpeaker) ||
        (!this.#unsaid && (holdsPredicate || quote.tokens.some((token) => test.states(token)))));
    // "Who was Rollo's wife?" asks for a wife of Rollo: not one the quote gives as another's (`ownedByOther`).
    const owns = this.#possessive === undefined || !ownedByOther(quote.tokens, ...this.#possessive);
    // How long is how long the predicate's event lasts, so the quote must name that event itself: "a two-hour
    // interview" does not say how long a jury deliberated, nor "for nearly an hour, sat ... at a Bible study"
    // (a word WordNet relates to "deliberate"), however much else of the question the quote holds.
    const namesEvent = test === undefined || quote.tokens.some((token) => test.literal(token));
    // SQuAD 2.0's writers made a question the passage leaves open by denying what it states ("What was not
    // considered an important element ...?" of "... remained an important element"): a quote that denies none of
    // its words (`deniesAny`) does not answer a question that denies, however much else of it it holds.
    const denial = this.#denial;
    const unmetDenial = denial && !deniesAny(quote.tokens, this.#terms) ? denial.surface : undefined;
    return {
      gives: owns && this.#gives(quote, sentences, held) && (!this.#span || namesEvent),
      statesPredicate,
      saidBySpeaker,
      narrow: this.narrow,
      unmetDenial,
    };
  }

  /**
   * The kind of answer asked for, in the quote; where a sentence of the quote holds the predicate, in a sentence
   * that does: "How much oil does Saudi Arabia export?" is not answered by a figure of production beside a
   * sentence about exports. For a question about what is still to come, in a sentence that speaks of it.
   */
  #gives(quote: ReadSentence, sentences: () => readonly ReadSentence[], held: boolean): boolean {
    const asked = this.#asked;
    if (asked === undefined) return true;
    const test = this.#test;
    const gives = (text: ReadSentence) =>
      (this.#span
        ? givesSpan(text.text, text.tokens)
        : givesAsked(asked, text.text, text.tokens, this.#terms, this.#counts) ||
          (this.#origin && givesOrigin(text.tokens, this.#terms)) ||
          (asked === "place" && test !== undefined && givesPlaceAfter(text.tokens, (token) => test.literal(token)))) &&
      (!this.#future || speaksOfFuture(text.tokens)) &&
      (this.#measured === undefined || text.tokens.some((token) => this.#measured?.states(token))) &&
      (!this.#clock || givesTimeOfDay(text.text, text.tokens)) &&
      (this.#role === undefined || givesNameInRole(text.text, text.tokens, this.#terms, this.#role)) &&
      (this.#agedOne === undefined || givesAge(text.text, text.tokens, this.#agedOne));
    if (!held || !gives(quote)) return false;
    // A quote that does not state the event asked about may date another: "filed for bankruptcy in September"
    // does not say when casinos opened.
    const unstated = test !== undefined && !quote.tokens.some((token) => test.states(token));
    if (asked === "time" && unstated && !givesTimeUnclaimed(quote.text, quote.tokens, this.#terms)) return false;
    if (test === undefined || !quote.tokens.some((token) => test.literal(token))) return true;
    return sentences()
      .filter((sentence) => sentence.tokens.some((token) => test.literal(token)))
      .some(gives);
  }
}

/**
 * A question's first denying word ("not", "never", "non-Islamic"); not one of an alternative ("may or may not
 * be", "whether or not"), which denies nothing.
 */
function denialOf(tokens: readonly Token[]): Token | undefined {
  return tokens.find(
    (token, i) =>
      (isNegator(token.surface) || isNonWord(token.surface)) &&
      !tokens.slice(Math.max(0, i - 2), i).some((before) => before.surface.toLowerCase() === "or"),
  );
}

/** Auxiliaries after which the main verb is a participle, not a base form: "has founded". */
const PERFECT = new Set(["has", "have", "had"]);

/**
 * The predicate with the terms of the verb it is: after "did", "will" or "can" a base form ("When did Maududi
 * found the party?": "found", which the index reads as the past of "find").
 */
function asVerb(predicate: QueryWord, auxiliary: string | undefined): QueryWord {
  if (auxiliary === undefined || PERFECT.has(auxiliary)) return predicate;
  return { ...predicate, terms: baseVerbTerms(predicate.surface) };
}

/** A test of the measure a question asks by its noun (`head`, its subject's last word), where that is no name. */
function measureTest(head: FoundWord | undefined, focus: readonly FoundWord[]): PredicateTest | undefined {
  if (head === undefined || head.word.name) return undefined;
  return new PredicateTest(head.word, new Set(focus.filter((w) => w !== head).flatMap((w) => w.word.terms)));
}

/**
 * The names a question writes side by side, two by two ("Old France", "Queen George"): words that look like
 * names (`looksLikeName`) and that the lexicon knows for names or not at all, since a question's writer
 * capitalizes words that are not ("Who did Emma Marry?", "Guy's Rival"). A possessive ends a name: "Iqbal's
 * Allahabad address" names two.
 */
function namePairs(question: string, tokens: readonly Token[]): Array<[Token, Token]> {
  const isName = (token: Token) => {
    if (token.terms.length === 0 || !looksLikeName(question, token)) return false;
    const tags = lexiconTags(token.surface.toLowerCase());
    return tags.length === 0 || tags.some((tag) => LEXICON_NAME_TAGS.has(tag));
  };
  const pairs: Array<[Token, Token]> = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const a = tokens[i - 1] as Token;
    const b = tokens[i] as Token;
    if (/^\s+$/u.test(question.slice(a.end, b.start)) && !/['’]s$/u.test(a.surface) && isName(a) && isName(b))
      pairs.push([a, b]);
  }
  return pairs;
}

/**
 * The index of the first of `pairs` that does not stand side by side in the texts (a word with one of the pair's
 * first terms right before a word with one of its second's), or undefined where all do. Read until all are found;
 * every pair of words the texts hold, made into a set, was most of a long article's verdict.
 */
function unwrittenPair(
  texts: ReadonlyArray<{ text: string }>,
  pairs: ReadonlyArray<readonly [readonly string[], readonly string[]]>,
): number | undefined {
  const found = pairs.map(() => false);
  let left = pairs.length;
  for (const { text } of texts) {
    const tokens = tokenize(text);
    for (let i = 1; i < tokens.length && left > 0; i += 1) {
      const before = tokens[i - 1]?.terms ?? [];
      const after = tokens[i]?.terms ?? [];
      pairs.forEach(([a, b], p) => {
        if (found[p] || !a.some((x) => before.includes(x)) || !b.some((y) => after.includes(y))) return;
        found[p] = true;
        left -= 1;
      });
    }
    if (left === 0) return undefined;
  }
  const at = found.indexOf(false);
  return at < 0 ? undefined : at;
}
