import { CUE_WORDS, SPEECH_LEMMAS } from "../attribution/lexicon.ts";
import { baseForms, isAdjectiveForm, isVerbForm } from "../lexicon/wordnet.ts";
import { foldWord, onlySpacesBetween, type Token } from "../text/analyzer.ts";
import { FINITE_TAGS, isAuxiliary, isCopula, VERB_FORM_TAGS } from "../text/grammar.ts";
import { looksLikeName } from "../text/names.ts";
import { isNegator } from "../text/negation.ts";
import { baseForm, lexiconTags } from "../text/word-tables.ts";

/**
 * Verbs that carry little meaning of their own before an object, which then says what happened: "had five
 * floors", "sent its condolences", "made a decision", "took part", "gave a speech", "held talks".
 */
const LIGHT_VERBS = new Set(["have", "make", "take", "give", "get", "do", "hold", "send", "put", "pay", "offer"]);

/** Whether a word is a form of a light verb ("offered", "gave", "had"): see `LIGHT_VERBS`. */
export function isLightVerb(word: string): boolean {
  return LIGHT_VERBS.has(lemmaOf(word.toLowerCase().replaceAll("’", "'")));
}

/** Reporting verbs that take an object rather than a clause: "accuses both sides", "asked Russia for weapons". */
const OBJECT_LEMMAS = new Set(["accuse", "ask", "describe", "deny", "call", "blame"]);

/** Tags a word only WordNet has as a verb may carry: a noun's, an adjective's ("defined"), a bare verb's. */
const WEAK_TAGS = new Set(["Plural", "Singular", "Adjective", "Infinitive"]);

/** Words that open a relative clause. */
const RELATIVES = new Set(["who", "whom", "whose", "which", "that"]);

/** Tags of words that do not end a subject. */
const NOT_NOUN_TAGS = new Set([
  "Determiner",
  "Possessive",
  "Preposition",
  "Conjunction",
  "Value",
  "TextValue",
  "Cardinal",
  "Ordinal",
  "Adverb",
  "Adjective",
  "Comparative",
  "Superlative",
  "QuestionWord",
]);

/** Words that end a clause's predicate phrase: prepositions, conjunctions and relative words. */
const PHRASE_ENDS = new Set(["Preposition", "Conjunction", "QuestionWord", "Determiner"]);

/** Words a complement passes over: numbers, determiners, pronouns, adverbs ("is really embroidery"). */
const SKIPPED_TAGS = new Set([
  "Value",
  "TextValue",
  "Cardinal",
  "Multiple",
  "Determiner",
  "Possessive",
  "Pronoun",
  "Adverb",
]);

/** Tags of words that go on to a noun: "the fastest sorting algorithm". */
const MODIFIER_TAGS = /Adjective|Superlative|Comparative|Ordinal|Gerund/u;

/** Prepositions that head a complement, which compromise's lexicon tags otherwise ("against" as an adjective). */
const PREPOSITIONS = new Set([
  "against",
  "among",
  "amid",
  "amongst",
  "despite",
  "toward",
  "towards",
  "without",
  "within",
]);

/** At most this many words of a complement ("the fastest sorting algorithm") make the predicate. */
const COMPLEMENT_WORDS = 3;

/** What a claim says happened and of whom, as `readClaim` finds it. */
export interface ClaimClause {
  /** The words that carry what happened (see `readClaim`); empty where no verb is found. */
  predicate: Token[];
  /** The words of the clause before its verb: whom the claim is about ("Roger II" in "Roger II founded ..."). */
  subject: Token[];
  /** Whether the verb is a passive ("was commissioned"): its subject is then not who did it. */
  passive: boolean;
  /** Whether the predicate is the verb itself, not the complement of "be" or a light verb's object. */
  verbal: boolean;
  /**
   * The light verb whose object is the predicate ("sent" in "sent its condolences"): it says little of its own,
   * so an article that says the same with another ("extends its condolences") still states the claim.
   */
  light?: Token;
  /**
   * Who the claim says said it, where its verb reports speech: the subject of "says" in "Doherty says he is
   * backing Paul", of "warned" in "Cummings warned of a return to ...", of "called" in "Addiego called the
   * government corrupt". Absent for any other verb.
   */
  speaker?: Token[];
  /**
   * The verb of the purpose the claim gives what happened (`purposeOf`): "fire" in "wants the names so it can
   * fire the workers". Absent where it gives none.
   */
  purpose?: Token;
  /**
   * The words of the cause the claim gives what happened in a phrase (`causeOf`): "government shutdown" in "laid
   * off workers because of the government shutdown". Absent where it gives none.
   */
  cause?: Token[];
  /**
   * Words that say where or when it happened ("at Clinton's thank-you party", "in Tehran") or describe the
   * subject ("who survived"), the predicate's own aside: they do not say what happened.
   */
  setting: Token[];
}

/**
 * Reads a claim's clause. Its predicate is the main verb ("Russia **opposes** Haftar"), past the auxiliaries,
 * modals and negators before it ("has never **been**", "can **solve**"), a reporting verb's clause read
 * instead of the verb ("Bloomberg says Moscow has been **backing** Haftar"); the object of a light verb ("had
 * five **floors**"); and for "be" with no verb after it, its complement ("is the **fastest sorting
 * algorithm**", "is **against**"). A passage that holds none of them in any form does not state the claim,
 * whatever else it shares with it. A claim written as a noun phrase has none: then nothing is required.
 *
 * Read without a tagger: compromise's lexicon tags, and for a word it does not know as a verb ("founded",
 * "backs"), WordNet's verb forms right after the subject's last word.
 */
export function readClaim(text: string, tokens: readonly Token[]): ClaimClause {
  const clause = clauseFrom(text, tokens, 0, 0);
  const purpose = clause.predicate.length > 0 ? purposeOf(text, tokens) : undefined;
  const cause = clause.predicate.length > 0 ? causeOf(text, tokens) : [];
  return { ...clause, ...(purpose && { purpose }), ...(cause.length > 0 && { cause }) };
}

/**
 * The words of a claim's subject up to its head: those before an "of" that follows a noun of it, which opens a
 * phrase saying whose or of what the head is ("the identities | of the three minibus victims"), else all of
 * them ("Ivan's parents"). The head, their last word, is whom the claim is about. Other prepositions are left
 * in: "one person on the plane" is about the plane's people, which a passage tells without "person".
 */
export function subjectToHead(text: string, tokens: readonly Token[], subject: readonly Token[]): Token[] {
  const [first] = subject;
  if (!first) return [];
  const from = tokens.indexOf(first);
  const last = subject.at(-1);
  for (let i = from + 1; i < tokens.length && tokens[i - 1] !== last; i += 1) {
    const before = tokens[i - 1];
    const token = tokens[i];
    // Only in the subject's first phrase: "if it devolves into a defense of ..." is a clause, not its head.
    if (!before || !token || opensClause(before)) break;
    if (lower(token) !== "of" || !endsNoun(text, before)) continue;
    const head = subject.filter((t) => t.start < token.start);
    if (head.length > 0) return head;
  }
  return [...subject];
}

/** Whether a word is an ordinal ("first", "third"). */
function isOrdinal(token: Token | undefined): boolean {
  return token !== undefined && lexiconTags(lower(token)).includes("Ordinal");
}

/** Whether a word is a verb or a conjunction: a subject's phrase does not run past it. */
function opensClause(token: Token): boolean {
  return lexiconTags(lower(token)).some((tag) => VERB_FORM_TAGS.has(tag) || tag === "Conjunction");
}

/**
 * The words of the object of a claim's verb: the phrase right after it, names included, up to a preposition, a
 * conjunction, a relative word or another verb ("the Turing Award" in "won the Turing Award for their 1965
 * paper", "GRU troops" in "is sending GRU troops to train ..."). Empty where the predicate is no verb or takes
 * no object ("went to Moscow").
 */
export function objectOf(tokens: readonly Token[], clause: ClaimClause): Token[] {
  const [verb] = clause.predicate;
  if (!clause.verbal || clause.passive || !verb) return [];
  const words: Token[] = [];
  for (const token of tokens.slice(tokens.indexOf(verb) + 1)) {
    const word = lower(token);
    const tags = lexiconTags(word);
    // "leaves them exposed": a pronoun is the object, and what follows says what becomes of it.
    if (tags.includes("Pronoun") && !tags.includes("Possessive")) return [];
    if (PREPOSITIONS.has(word) || RELATIVES.has(word) || isNegator(token.surface)) break;
    // A tensed verb opens another clause; a bare form may be a noun of the phrase ("Award", "hacking").
    if (tags.some((tag) => (PHRASE_ENDS.has(tag) && tag !== "Determiner") || TENSES.has(tag))) break;
    if (token.terms.length > 0) words.push(token);
  }
  return words;
}

/** Conjunctions that join a clause saying why or when: "fled **because** the army shelled the town". */
const JOINING = new Set(["because", "after", "before", "since", "when", "while", "until", "although", "though"]);

/**
 * The conjunction that joins a second clause to a claim's own, saying why or when it happened ("... **because**
 * the army shelled the town", "... **after** officials said three people died"): one of `JOINING`, past the
 * claim's first word, with a verb of its own after it. Undefined where the claim joins none; a phrase ("after the
 * storm") has no verb and is where or when it happened (`ClaimClause.setting`). A quote that states the first
 * clause does not state the second, nor that one is why or when the other happened.
 */
export function joiningWord(text: string, tokens: readonly Token[], clause: ClaimClause): Token | undefined {
  const [verb] = clause.predicate;
  const from = verb ? tokens.indexOf(verb) : 0;
  for (const [i, token] of tokens.entries()) {
    if (i <= from || !JOINING.has(lower(token))) continue;
    const joined = clauseFrom(text, tokens, i, 1);
    if (joined.predicate.length > 0) return token;
  }
  return undefined;
}

/** Pronouns that open the clause of a purpose after "so": "so it can fire", "so they could leave". */
const PURPOSE_SUBJECTS = new Set(["it", "they", "he", "she", "we", "i", "you", "that"]);

/**
 * The verb of the purpose a claim gives: after "so" and a pronoun or "that" ("so it can fire the workers",
 * "so that they could leave"), or after "in order to" or "so as to". An article that tells what someone did
 * need not tell why: the purpose is a claim of its own.
 */
function purposeOf(text: string, tokens: readonly Token[]): Token | undefined {
  for (const [i, token] of tokens.entries()) {
    const word = lower(token);
    const next = tokens[i + 1] && lower(tokens[i + 1] as Token);
    if (i > 0 && word === "so" && next !== undefined && PURPOSE_SUBJECTS.has(next)) {
      const clause = clauseFrom(text, tokens, next === "that" ? i + 1 : i, 1);
      if (clause.verbal) return clause.predicate[0];
    }
    const to = tokens[i + 2];
    if ((word === "in" && next === "order") || (word === "so" && next === "as")) {
      const verb = to && lower(to) === "to" ? tokens[i + 3] : undefined;
      if (verb && verb.terms.length > 0 && isVerbForm(foldWord(lower(verb)))) return verb;
    }
  }
  return undefined;
}

/** Words that open a phrase giving a cause: "because of", "due to", "owing to", "thanks to". */
const CAUSES: ReadonlyMap<string, string> = new Map([
  ["because", "of"],
  ["due", "to"],
  ["owing", "to"],
  ["thanks", "to"],
]);

/**
 * The words of the phrase that gives a cause ("because of **the government shutdown**", "due to **heavy rain**"),
 * up to a comma or the claim's end, determiners left out. A passage that tells what happened need not tell why:
 * the cause is a claim of its own.
 */
function causeOf(text: string, tokens: readonly Token[]): Token[] {
  for (const [i, token] of tokens.entries()) {
    const after = tokens[i + 1];
    if (i === 0 || !after || CAUSES.get(lower(token)) !== lower(after)) continue;
    const words: Token[] = [];
    let last = after;
    for (const word of tokens.slice(i + 2)) {
      if (!onlySpacesBetween(text, last, word)) break;
      if (word.terms.length > 0 && !lexiconTags(lower(word)).includes("Determiner")) words.push(word);
      last = word;
    }
    return words;
  }
  return [];
}

const NO_CLAUSE: ClaimClause = { predicate: [], subject: [], passive: false, verbal: false, setting: [] };

/** Prepositions that open a phrase of place or time: "at the party", "in Tehran", "during the war". */
const PLACE_TIME = new Set([
  "at",
  "in",
  "on",
  "during",
  "near",
  "inside",
  "outside",
  "after",
  "before",
  "since",
  "until",
  "throughout",
  "within",
  "across",
  "around",
]);

/** Tags of a verb with its tense: a bare one ("party") may be a noun. */
const TENSES = new Set(["PastTense", "PresentTense"]);

/**
 * The words of the phrases of place or time after the verb at `verb`, each from its preposition to the next
 * preposition, conjunction, relative word or tensed verb: "at Clinton's thank-you party". "to terrorism" in
 * "put the blast down to terrorism" is none: it says what was done; nor is a phrase that holds the
 * predicate, which then says what is told ("on board the missing plane" in "162 people were on board ...").
 */
function settingAfter(tokens: readonly Token[], verb: number, predicate: readonly Token[]): Token[] {
  const phrases: Token[][] = [];
  let open: Token[] | undefined;
  for (const token of tokens.slice(verb + 1)) {
    const word = lower(token);
    const tags = lexiconTags(word);
    // A verb ends it too: "near Perris" in "the man who was shot near Perris survived".
    const ends =
      PREPOSITIONS.has(word) ||
      RELATIVES.has(word) ||
      tags.some((tag) => (PHRASE_ENDS.has(tag) && tag !== "Determiner") || TENSES.has(tag));
    if (PLACE_TIME.has(word)) {
      open = [];
      phrases.push(open);
    } else if (ends) open = undefined;
    open?.push(token);
  }
  return phrases.filter((phrase) => !phrase.some((t) => predicate.includes(t))).flat();
}

/**
 * The words before a clause's verb split into its subject and the relative clause that describes it, which is
 * not part of it: "the flight engineer" and "who survived".
 */
function subjectOf(words: readonly Token[]): [Token[], Token[]] {
  const found = words.findIndex((t, k) => k > 0 && RELATIVES.has(lower(t)));
  const relative = found > 0 ? found : words.length;
  return [words.slice(0, relative).filter((t) => t.terms.length > 0), words.slice(relative)];
}

function clauseFrom(text: string, tokens: readonly Token[], from: number, depth: number): ClaimClause {
  const at = mainVerb(text, tokens, from);
  if (at === undefined) return NO_CLAUSE;
  const [first, verb] = at;
  const token = tokens[verb];
  if (!token) return NO_CLAUSE;
  const word = lower(token);
  const [subject, described] = subjectOf(tokens.slice(from === 0 ? 0 : from + 1, first));
  const passive = verb > first && tokens.slice(first, verb).some((t) => isCopula(lower(t)));
  const speaker = depth === 0 && !passive && speaks(word) ? { speaker: subject } : {};
  const reported = depth === 0 ? reportedClause(text, tokens, verb) : undefined;
  if (reported) return { ...reported, ...speaker };
  const clause = (predicate: Token[], verbal = false) => ({
    predicate,
    subject,
    passive,
    verbal,
    setting: [...described, ...settingAfter(tokens, verb, predicate)],
    ...speaker,
  });
  if (verb === first && isCopula(word)) return clause(complement(text, tokens, verb + 1));
  if (LIGHT_VERBS.has(lemmaOf(word))) {
    const object = complement(text, tokens, verb + 1).filter((t) => !looksLikeName(text, t));
    if (object.length > 0) return { ...clause(object.slice(-1)), light: token };
  }
  return clause(token.terms.length > 0 ? [token] : [], true);
}

/**
 * The first verb after a subject, from `from`: the index of its first word (an auxiliary, or the verb) and of
 * the verb itself, which is the last auxiliary where no verb follows ("is the fastest ..."). Undefined where
 * the words hold none. A word the lexicon tags as a verb, or an auxiliary, comes before one only WordNet
 * has as a verb form ("Haftar backs", "Roger II founded", "Libyans live"), which is taken only after a noun
 * and where no tagged verb follows: "oil companies have signed" is not "companies".
 */
function mainVerb(
  text: string,
  tokens: readonly Token[],
  from: number,
  relative = false,
): [number, number] | undefined {
  let weak: number | undefined;
  let weakFirst: number | undefined;
  for (let i = from + 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    // An ordinal between the subject and its verb says when, as an adverb: "the US first sanctioned Soleimani".
    const adverb = i > from + 1 && isOrdinal(tokens[i - 1]);
    const before = tokens[adverb ? i - 2 : i - 1];
    if (!token || !before) break;
    const word = lower(token);
    if (weak === undefined && opensRelative(text, tokens, i)) return pastRelative(text, tokens, i);
    if (isAuxiliary(word)) return chain(tokens, i);
    // A relative word is the subject of the verb right after it: "who survived".
    const subjectBefore = (relative && i === from + 1) || endsNoun(text, before);
    if (looksLikeName(text, token) || !subjectBefore) continue;
    // "a cargo plane, reported by local press as ..., crashed": a participle with its doer describes the subject.
    if (tokens[i + 1]?.surface.toLowerCase() === "by") continue;
    const tags = lexiconTags(word);
    const irregular = baseForm(word) !== word && isVerbForm(baseForm(word));
    // A bare verb after a singular noun is the head of a compound ("the flight engineer"), unless the subject
    // joins two ("the boy and his mother live").
    const compound = tags.every((tag) => tag === "Infinitive") && singularNoun(text, before, tokens.slice(from, i));
    if (irregular || (!compound && tags.some((tag) => FINITE_TAGS.has(tag)))) return [adverb ? i - 1 : i, i];
    if (weak === undefined && tags.every((tag) => WEAK_TAGS.has(tag)) && isVerbForm(foldWord(word))) {
      const plain = !/(?:s|ed)$/u.test(word);
      // A bare verb follows only a plural ("Libyans live"); a singular noun before it is a compound.
      if (!plain || lexiconTags(lower(before)).includes("Plural")) weak = i;
      if (weak === i && adverb) weakFirst = i - 1;
    }
  }
  return weak === undefined ? undefined : [weakFirst ?? weak, weak];
}

/**
 * Whether the word at `at` opens a relative clause that describes the noun before it: "who", "which" after
 * a noun ("the man who was shot"), and "that" only as the subject of a verb right after it ("the company
 * that makes drones"), not as a determiner ("a meeting that day") nor after a verb ("say that Avalos had").
 */
function opensRelative(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  if (!token || !before || !RELATIVES.has(lower(token)) || !endsNoun(text, before)) return false;
  if (lexiconTags(lower(before)).some((tag) => VERB_FORM_TAGS.has(tag))) return false;
  if (lower(token) !== "that") return true;
  const next = tokens[at + 1];
  const word = next && lower(next);
  return word !== undefined && (isAuxiliary(word) || lexiconTags(word).some((tag) => FINITE_TAGS.has(tag)));
}

/**
 * The verb of a clause whose subject a relative clause at `relative` describes: the first verb after the
 * relative clause's own ("survived" in "the man who was shot near Perris survived"), or the relative clause's
 * where none follows ("the man who was shot").
 */
function pastRelative(text: string, tokens: readonly Token[], relative: number): [number, number] | undefined {
  const own = mainVerb(text, tokens, relative, true);
  return (own && mainVerb(text, tokens, own[1])) ?? own;
}

/** An auxiliary at `at` and what follows it: the verb after it, or the last auxiliary where none follows. */
function chain(tokens: readonly Token[], at: number): [number, number] {
  let last = at;
  for (let j = at + 1; j < tokens.length; j += 1) {
    const next = tokens[j];
    if (!next) break;
    const word = lower(next);
    // A word between two auxiliaries modifies the chain ("will likely be fired"), whatever its tags.
    const after = tokens[j + 1];
    const between = after !== undefined && isAuxiliary(lower(after));
    if (isAuxiliary(word) || isNegator(next.surface) || isAdverb(word) || between) {
      if (isAuxiliary(word)) last = j;
      continue;
    }
    const tags = lexiconTags(word);
    if (tags.some((tag) => VERB_FORM_TAGS.has(tag)) || (!tags.includes("Determiner") && isVerbForm(foldWord(word))))
      return [at, j];
    break;
  }
  return [at, last];
}

/** Whether `token` is a singular common noun ending a subject that joins no other: "flight" in "the flight engineer". */
function singularNoun(text: string, token: Token, subject: readonly Token[]): boolean {
  if (looksLikeName(text, token) || subject.some((t) => lower(t) === "and")) return false;
  return !lexiconTags(lower(token)).includes("Plural") && !/s$/u.test(lower(token));
}

/** Whether a word can end a subject: a noun or a name, not "the", "his", "to", a number or an adjective. */
function endsNoun(text: string, token: Token): boolean {
  if (looksLikeName(text, token)) return true;
  if (token.terms.length === 0 || /^\p{N}/u.test(token.surface)) return false;
  return !lexiconTags(lower(token)).some((tag) => NOT_NOUN_TAGS.has(tag));
}

/**
 * The content words of what follows "be" or a light verb, up to its head noun: "the fastest sorting
 * algorithm", "against", "five floors" (the number left out). A name ends it: "is worried Moscow will".
 */
function complement(text: string, tokens: readonly Token[], from: number): Token[] {
  const words: Token[] = [];
  for (let i = from; i < tokens.length && words.length < COMPLEMENT_WORDS; i += 1) {
    const token = tokens[i];
    if (!token) break;
    const word = lower(token);
    const tags = lexiconTags(word);
    if (looksLikeName(text, token)) break;
    if (
      token.terms.length === 0 ||
      /^\p{N}/u.test(word) ||
      isNegator(token.surface) ||
      tags.some((t) => SKIPPED_TAGS.has(t))
    ) {
      if (words.length > 0 && tags.some((tag) => PHRASE_ENDS.has(tag))) break;
      continue;
    }
    words.push(token);
    // A preposition ("against", "among") or a noun heads the phrase; adjectives go on to their noun, and so
    // does a noun before another ("a navy destroyer").
    if (PREPOSITIONS.has(word) || tags.includes("Preposition")) break;
    if (!tags.some((tag) => MODIFIER_TAGS.test(tag)) && !beforeNoun(text, tokens[i + 1])) break;
  }
  return words;
}

/**
 * Whether a word is a common noun that a noun before it modifies: one that WordNet has as a noun alone
 * ("destroyer"), or that the lexicon tags only as one, and no name.
 */
function beforeNoun(text: string, next: Token | undefined): boolean {
  if (!next || next.terms.length === 0 || looksLikeName(text, next)) return false;
  const word = lower(next);
  const tags = lexiconTags(word);
  if (tags.length > 0) return tags.every((tag) => tag === "Singular" || tag === "Plural");
  const folded = foldWord(word);
  return !isVerbForm(folded) && !isAdjectiveForm(folded) && baseForms(folded).length > 0;
}

/** Whether a verb reports what someone says: a speech verb, or one that takes an object ("called it corrupt"). */
function speaks(word: string): boolean {
  const cue = CUE_WORDS.get(word);
  return cue !== undefined && (SPEECH_LEMMAS.has(cue.lemma) || OBJECT_LEMMAS.has(cue.lemma));
}

/**
 * The clause a speech verb at `verb` reports, which says what is claimed: "Bloomberg says Moscow has been
 * backing Haftar". None after a verb that takes an object, or where a preposition follows it ("warned of a
 * return"; "said on Monday that" reports one).
 */
function reportedClause(text: string, tokens: readonly Token[], verb: number): ClaimClause | undefined {
  const token = tokens[verb];
  const cue = token && CUE_WORDS.get(lower(token));
  if (!cue || !SPEECH_LEMMAS.has(cue.lemma) || OBJECT_LEMMAS.has(cue.lemma) || prepositional(tokens, verb + 1))
    return undefined;
  const clause = clauseFrom(text, tokens, verb + 1, 1);
  return clause.predicate.length > 0 ? clause : undefined;
}

/** Whether the words from `at` open a prepositional phrase that no "that" clause follows: "of a return to ...". */
function prepositional(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (!next) return false;
  const word = lower(next);
  const opens = PREPOSITIONS.has(word) || lexiconTags(word).includes("Preposition");
  return opens && !tokens.slice(at).some((token) => lower(token) === "that");
}

/** A verb's lemma where the tables know it ("had" -> have, "sent" -> send), else the word. */
function lemmaOf(word: string): string {
  const bare = word.replace(/n't$/u, "");
  if (bare === "has" || bare === "had" || bare === "having") return "have";
  if (bare === "does" || bare === "did") return "do";
  return baseForm(bare);
}

function isAdverb(word: string): boolean {
  return lexiconTags(word).includes("Adverb") || word === "still";
}

function lower(token: Token): string {
  return token.surface.toLowerCase().replaceAll("’", "'");
}
