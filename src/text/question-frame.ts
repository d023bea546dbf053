import { type Token, tokenize } from "./analyzer.ts";
import { isAuxiliary } from "./grammar.ts";
import { LEXICON_NAME_TAGS } from "./names.ts";
import { baseForm, lexiconTags } from "./word-tables.ts";

/**
 * What a question's word order says about it, read without a tagger: the word that carries what is asked
 * (its predicate: "arrested" in "How many people were arrested after the explosion?") and who it asks about
 * (the subject of that verb: "the UN" in "What did the UN say about the deployment?").
 */
export interface QuestionFrame {
  /**
   * The main verb, where it says something of its own: not a form of "be", "have" or "do", nor a verb that
   * only says that something took place ("happen", "take place"); there, the event it is about ("funeral" in
   * "When will the funeral take place?"). Undefined where the question has none, or is not worded as a
   * question this reading knows.
   */
  predicate?: Token;
  /** The words of the main verb's subject, where the question names one ("the Russian foreign minister"). */
  subject: Token[];
  /** The head noun of the main verb's object, where it has one: "engine" in "Who inspected the ferry's engine?". */
  object?: Token;
  /** What a "how many" question counts: "people" in "How many people were hurt?". */
  counted: Token[];
  /**
   * The auxiliary before the subject, lower-case, where the subject is the main verb's doer ("did" in "What did
   * the UN say?", "has" in "What has Russia sent?"); undefined for a passive, a form of "be", or no subject.
   */
  auxiliary?: string;
}

/** A set of the words of a list written one after another. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

const WH = new Set(["who", "whom", "whose", "what", "which", "when", "where", "why", "how"]);
/** Auxiliaries after which the subject comes, then the main verb in its base form: "did Russia send". */
const DO_MODAL = words(`do does did will would can could should shall may might must`);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const HAVE = new Set(["has", "have", "had"]);
/** Words before a noun that end no subject: "did the ...", "was his ...". */
const DETERMINERS =
  words(`the a an this that these those his her its their our my your some any each every no both all another
  other such`);
const NEGATORS = new Set(["not", "never", "n't"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "you", "i", "him", "them", "us", "me", "there"]);
/**
 * Words that end a verb's phrase or a noun phrase: what comes after them is its object or an adjunct, a clause
 * that says when or why among them ("How old was Roof when he attacked the church?": the subject is "Roof").
 */
const PREPOSITIONS =
  words(`about above across after against along among around as at before behind below between by during for
  from in into near of off on onto out over since through to toward towards under until up upon with
  within without down away back that if whether than when while because although though unless`);
/**
 * Verbs that say nothing of their own in a question: "What is ...", "What injuries did the baby have?"; verbs
 * that only say where something is ("Where is Normandy located?") or what it is called ("What was the base
 * called?"), which a passage says with "is", "in" or a name alone.
 */
const EMPTY = new Set(["be", "have", "do", "locate", "situate", "call", "name", "know", "term", "dub"]);
/**
 * Verbs that say only that something took place: the question's predicate is then the event they are about
 * ("When will the funeral take place?"). "take" is one only before "place".
 */
const EVENT = new Set(["happen", "occur"]);
const TAKE = new Set(["take"]);
/** Verbs before "to" whose own sense is the next verb's: "trying to land", "going to leave". */
const CATENATIVE = words(`try going go attempt able about begin start continue plan want`);

/** Verbs whose object is asked to do the verb after "to": "expect the economy to grow", "want Trump to pick him". */
const EXPECTING = words(`expect want ask allow need urge force tell`);

/** Words that make a participle after them an adjective: "the best known algorithm", "the most used". */
const MODIFIER_ADVERBS = words(`best most least better less more well widely commonly often`);

const VERB_TAGS = new Set(["Infinitive", "PresentTense", "PastTense", "Participle", "Gerund", "Verb", "PhrasalVerb"]);
const BASE_TAGS = new Set(["Infinitive", "PhrasalVerb"]);
const PARTICIPLE_TAGS = new Set(["PastTense", "Participle", "Verb"]);
const NOUN_TAGS = new Set(["Singular", "Plural", "Actor", "Noun", "Uncountable"]);

/**
 * The frame of a question: where it starts with a question word ("who", "what", "how many", possibly after
 * a preposition: "In which year ...") or an auxiliary ("Did Russia send ...?"), its main verb and subject
 * read from English's question word orders; an empty frame otherwise. `tokens` are the question's, where the
 * caller has read them already (answering reads a question once for every step).
 */
export function frameOf(question: string, tokens: readonly Token[] = tokenize(question)): QuestionFrame {
  const lower = tokens.map((token) => token.surface.toLowerCase());
  const start = questionWordEnd(lower);
  if (start === undefined) return { subject: [], counted: [] };
  const counted = lower[start.noun - 1] === "many" ? tokens.slice(start.noun, start.end) : [];
  return { ...clauseFrame(tokens, lower, start.end), counted: counted.filter((token) => token.terms.length > 0) };
}

/** The frame of the clause after the question word and its noun phrase, which start at `at`. */
function clauseFrame(tokens: readonly Token[], lower: readonly string[], from: number): Omit<QuestionFrame, "counted"> {
  const none = { subject: [] };
  let at = from;
  const aux = lower[at];
  if (aux === undefined) return none;
  // "Who commissioned the tapestry?": the question word is the subject, the next word its verb.
  if (!DO_MODAL.has(aux) && !BE.has(aux) && !HAVE.has(aux)) return verbFrame(tokens, lower, at, []);
  at += 1;
  // "Who did not assert ...?": the question word is the subject, and "not" stands between "did" and the verb.
  while (NEGATORS.has(lower[at] ?? "")) at += 1;
  if (at > from + 1) return at < tokens.length ? verbFrame(tokens, lower, at, []) : none;
  if (DO_MODAL.has(aux)) {
    const verb = baseVerbAfterSubject(tokens, lower, at);
    return verb === undefined ? none : { ...verbFrame(tokens, lower, verb, tokens.slice(at, verb)), auxiliary: aux };
  }
  // "How many people were arrested?": the question word is the subject of a passive.
  if (isParticiple(lower[at], tokens[at - 1]) || isVerbForm(lower[at] ?? "")) return verbFrame(tokens, lower, at, []);
  // "Where was Soleimani killed?", "How many systems has Russia sent?", "Who is Haftar opposed by?".
  const end = subjectEnd(tokens, lower, at);
  const subject = tokens.slice(at, end);
  if (end < tokens.length && (isParticiple(lower[end], tokens[end - 1]) || isGerund(lower, end, tokens[end - 1]))) {
    const frame = verbFrame(tokens, lower, end, subject);
    return HAVE.has(aux) ? { ...frame, auxiliary: aux } : frame;
  }
  // "Who is the chief executive of Saudi Aramco?": a form of "be" and a noun phrase; "be" says nothing.
  return { subject };
}

/**
 * Where the noun phrase the question word heads starts ("How many people", "Which TV channel") and where it
 * ends; both the index of the auxiliary for a question that starts with one ("Did Russia send ...?").
 */
function questionWordEnd(lower: readonly string[]): { noun: number; end: number } | undefined {
  let at = 0;
  // "In which year ...", "According to whom ...": prepositions before the question word.
  while (at < 3 && PREPOSITIONS.has(lower[at] ?? "") && !WH.has(lower[at] ?? "")) at += 1;
  const first = lower[at];
  if (first === undefined) return undefined;
  if (!WH.has(first)) return isAuxiliary(first) ? { noun: at, end: at } : undefined;
  at += 1;
  // "how many", "how long", "how much": the adjective belongs to the question word.
  if (first === "how" && !isAuxiliary(lower[at])) at += 1;
  const noun = at;
  // "Which TV channel did ...", "How many people were ...": the noun phrase asked about, up to the auxiliary
  // or the verb.
  if (first === "which" || first === "what" || first === "whose" || first === "how") {
    // After "which", "whose" and "how many", a noun comes first whatever the lexicon says ("boats" is a verb
    // to it); "what" may be the subject itself ("What caused the collision?").
    if (first !== "what" && first !== "how" && !isAuxiliary(lower[at])) at += 1;
    if (first === "how" && noun > 1 && /^(?:many|much)$/u.test(lower[noun - 1] ?? "") && !isAuxiliary(lower[at]))
      at += 1;
    while (at < lower.length && !isAuxiliary(lower[at]) && !isVerbForm(lower[at] ?? "")) at += 1;
  }
  return { noun, end: at };
}

/**
 * After "did", "will", "can": the subject, then the main verb in its base form. The verb is the first word
 * after the subject's first that the lexicon knows as a base form ("promise", "speak"), or else the last
 * word before the verb's object or adjunct starts ("did the drones hit the facilities": "hit"; "does Saudi
 * Arabia export a day": "export").
 */
function baseVerbAfterSubject(tokens: readonly Token[], lower: readonly string[], from: number): number | undefined {
  let last: number | undefined;
  for (let i = from + 1; i < tokens.length; i += 1) {
    const word = lower[i] ?? "";
    const previous = lower[i - 1] ?? "";
    if (DETERMINERS.has(previous) || PREPOSITIONS.has(previous)) {
      if (i - 1 > from) break;
      continue;
    }
    if (PREPOSITIONS.has(word) || DETERMINERS.has(word) || PRONOUNS.has(word)) break;
    // A name after a word that could be the verb is its object: "did the minister promise Haftar".
    if (isName(tokens, i) && last !== undefined && !isName(tokens, i - 1)) break;
    if (isName(tokens, i)) continue;
    if (lexiconTags(word).some((tag) => BASE_TAGS.has(tag))) return i;
    if (!/ed$|ing$/u.test(word)) last = i;
  }
  return last;
}

/** The index after a noun phrase that starts at `from`: its determiner, modifiers, names, possessives and nouns. */
function subjectEnd(tokens: readonly Token[], lower: readonly string[], from: number): number {
  let i = from;
  while (i < tokens.length) {
    const word = lower[i] ?? "";
    if (PREPOSITIONS.has(word) || isAuxiliary(word)) break;
    // A word the lexicon knows as a verb form, past a noun: where the verb starts.
    if (i > from && !isName(tokens, i) && (isParticiple(word, tokens[i - 1]) || isGerund(lower, i, tokens[i - 1])))
      break;
    i += 1;
  }
  return i;
}

/**
 * The frame with the verb at `at`: the verb itself, or the verb after it where it only leads to one ("was
 * trying to land"), or for a verb that only says something took place, the event ("the funeral" of "When
 * will the funeral take place?").
 */
function verbFrame(
  tokens: readonly Token[],
  lower: readonly string[],
  at: number,
  subject: Token[],
): Omit<QuestionFrame, "counted"> {
  const verb = lower[at] ?? "";
  const next = lower[at + 1];
  if (isVerbOf(CATENATIVE, verb) && next === "to" && at + 2 < tokens.length)
    return verbFrame(tokens, lower, at + 2, subject);
  // "How much does the Fed expect the economy to grow?": what the object is expected to do is what is asked, and
  // the object is its subject.
  const to = isVerbOf(EXPECTING, verb) ? objectBeforeTo(lower, at) : undefined;
  if (to !== undefined) return verbFrame(tokens, lower, to + 1, tokens.slice(at + 1, to));
  if (isVerbOf(EMPTY, verb)) return { subject };
  if (!isVerbOf(EVENT, verb) && !(isVerbOf(TAKE, verb) && next === "place")) {
    const object = objectHead(tokens, lower, at + 1);
    return { predicate: tokens[at] as Token, subject, ...(object && { object }) };
  }
  // The event is the subject's head, its last word: a noun, or a verb's "-ing" form used as one ("the church
  // shooting"), never a name or a noun that only modifies it ("church").
  const head = subject.at(-1);
  const event =
    head && !isName(tokens, tokens.indexOf(head)) && /ing$/u.test(head.surface.toLowerCase())
      ? head
      : [...subject].reverse().find((token) => isNoun(token.surface.toLowerCase()));
  return event ? { predicate: event, subject } : { subject };
}

/**
 * Where "to" stands after a short object of the verb at `at` (up to `OBJECT_REACH` words, no preposition among
 * them), with a verb after it: "expect the economy to grow"; undefined otherwise.
 */
function objectBeforeTo(lower: readonly string[], at: number): number | undefined {
  const to = lower.indexOf("to", at + 2);
  if (to < 0 || to > at + 1 + OBJECT_REACH || !isVerbForm(lower[to + 1] ?? "")) return undefined;
  return lower.slice(at + 1, to).some((word) => PREPOSITIONS.has(word)) ? undefined : to;
}

/** Words an object between a verb of `EXPECTING` and its "to" may have: "the U.S. economy". */
const OBJECT_REACH = 3;

/**
 * The head of the noun phrase right after a verb (its object: "engine" in "Who inspected the ferry's engine?"):
 * its last word before a preposition, a question word or the end, where that is a common noun.
 */
function objectHead(tokens: readonly Token[], lower: readonly string[], from: number): Token | undefined {
  let head: number | undefined;
  for (let i = from; i < tokens.length; i += 1) {
    const word = lower[i] ?? "";
    if (PREPOSITIONS.has(word) || isAuxiliary(word) || WH.has(word) || PRONOUNS.has(word)) break;
    if (!DETERMINERS.has(word)) head = i;
  }
  if (head === undefined || isName(tokens, head) || !isNoun(lower[head] ?? "")) return undefined;
  return tokens[head];
}

/**
 * The lemmas a verb form may have: an irregular form's ("sent" -> "send", "took" -> "take"), the forms of
 * "be", "have" and "do", and what English's regular endings leave ("located" -> "locate", "dubbed" -> "dub",
 * "happens" -> "happen"), lower-case. Enough to tell the few verbs the frame treats apart, which are all known.
 */
function lemmasOf(word: string): string[] {
  const base = baseForm(word);
  if (base !== word) return [base];
  if (BE.has(word)) return ["be"];
  if (HAVE.has(word) || word === "having") return ["have"];
  if (word === "does" || word === "did" || word === "done" || word === "doing") return ["do"];
  const lemmas = [word];
  for (const [ending, replacements] of ENDINGS) {
    if (!word.endsWith(ending) || word.length <= ending.length + 1) continue;
    const stem = word.slice(0, -ending.length);
    for (const replacement of replacements) lemmas.push(stem + replacement);
    // A doubled consonant: "dubbed" -> "dub", "planning" -> "plan".
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) lemmas.push(stem.slice(0, -1));
  }
  return lemmas;
}

/** Regular verb endings and what may stand in their place in the lemma. */
const ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["ed", ["", "e"]],
  ["ing", ["", "e"]],
  ["es", ["", "e"]],
  ["s", [""]],
];

/** Whether a verb form is a form of one of `lemmas`. */
function isVerbOf(lemmas: ReadonlySet<string>, word: string): boolean {
  return lemmasOf(word).some((lemma) => lemmas.has(lemma));
}

/** Whether the word is a past participle or past tense: the lexicon says so, its ending does, or it is irregular ("sent"). */
function isParticiple(word: string | undefined, previous: Token | undefined): boolean {
  if (word === undefined || isModifierPlace(previous)) return false;
  const tags = lexiconTags(word);
  if (tags.some((tag) => PARTICIPLE_TAGS.has(tag))) return true;
  if (baseForm(word) !== word && !tags.some((tag) => NOUN_TAGS.has(tag))) return true;
  return /[^e]ed$/u.test(word) && word.length > 4 && !tags.some((tag) => NOUN_TAGS.has(tag));
}

/** A verb's "-ing" form after its subject, leading to another verb: "was the 707 trying to land". */
function isGerund(lower: readonly string[], i: number, previous: Token | undefined): boolean {
  return /ing$/u.test(lower[i] ?? "") && lower[i + 1] === "to" && !isModifierPlace(previous);
}

/** Whether a word after `previous` modifies a noun rather than being a verb: "the rescued baby", "the best known". */
function isModifierPlace(previous: Token | undefined): boolean {
  const word = previous?.surface.toLowerCase() ?? "";
  return (
    DETERMINERS.has(word) ||
    MODIFIER_ADVERBS.has(word) ||
    lexiconTags(word).some((tag) => tag === "Superlative" || tag === "Adverb")
  );
}

/** A form the lexicon knows as a verb, or an "-ed" word: where a question word's noun phrase ends ("Which abbey developed"). */
function isVerbForm(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.some((tag) => NOUN_TAGS.has(tag))) return false;
  return (
    tags.some((tag) => VERB_TAGS.has(tag)) || baseForm(word) !== word || (/[^e]ed$/u.test(word) && word.length > 4)
  );
}

/** Whether a word (lower case) may be a noun: one the lexicon tags so, or does not know; no determiner, pronoun or preposition. */
export function isNoun(word: string): boolean {
  if (DETERMINERS.has(word) || PRONOUNS.has(word) || PREPOSITIONS.has(word)) return false;
  const tags = lexiconTags(word);
  return tags.length === 0 || tags.some((tag) => NOUN_TAGS.has(tag));
}

/** A name, or a figure that goes with one ("Malcolm III", "the 707"): a question's first word is never one. */
function isName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined || i === 0) return false;
  if (/^[\p{N}\p{Lu}]/u.test(token.surface)) return true;
  return lexiconTags(token.surface.toLowerCase()).some((tag) => LEXICON_NAME_TAGS.has(tag));
}
