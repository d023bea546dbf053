/**
 * Who a reporting cue's subject is: the phrase before the verb or after it ('"...," said the minister'),
 * through an apposition ("its president, Richard Fisher"), a relative pronoun ("a ruling that said") or a
 * verb it goes on from ("continued to describe"); and whether that subject can be a source at all.
 */

import type { Cue } from "./cues.ts";
import {
  AGENT_HEADS,
  type CueWord,
  INVERTING_LEMMAS,
  NAME_PARTICLES,
  NEGATIVE_SUBJECTS,
  OUTLET_MARKERS,
  SUBORDINATORS,
  VERB_PREFIX,
} from "./lexicon.ts";
import { clauseSubject, phraseAfter, phraseBefore, type Span, type Subject, splitConjoined } from "./phrases.ts";
import {
  breaksAfter,
  commaAfter,
  isAbbreviation,
  isCapitalized,
  isDeterminer,
  isKnownWord,
  isPronoun,
  type TaggedToken,
} from "./tokens.ts";

/** Verbs a report can go on from with "to": "went on to suggest", "continued to describe". */
const ASPECT_VERBS =
  /^(?:continue[sd]?|continuing|went|goes|go|going|began|begins?|beginning|start(?:s|ed|ing)?|proceed(?:s|ed|ing)?)$/u;

/**
 * The sources of a subject joined by "and": each whose head word can speak ("the Committee and the FSB"), or
 * only the one nearest the verb where none can ("... in front of her mother’s house and the person replied").
 */
export function conjoined(tokens: TaggedToken[], found: Cue): Span[] {
  const parts = splitConjoined(tokens, found.subject.span);
  if (parts.length < 2) return parts;
  const speaking = parts.filter((span) => isAgent(tokens, { span: { start: span.end - 1, end: span.end } }));
  return speaking.length > 0 ? speaking : parts.slice(-1);
}

/**
 * The subject of an -ing report: its own where a subordinator leads in ("with local media reporting"),
 * else the one of the clause it hangs on ("..., saying", "posted a message blaming Iran").
 */
export function gerundSubject(tokens: TaggedToken[], i: number, earlier: Cue[], floor: number): Subject | null {
  const before = tokens[i - 1];
  // "his penchant for tweeting about companies": after such a preposition the -ing form is a noun.
  if (before && /^(for|of|about)$/u.test(before.lower)) return null;
  if (before && !breaksAfter(before)) {
    const own = phraseBefore(tokens, i, floor);
    if (own && SUBORDINATORS.has(tokens[own.start - 1]?.lower ?? "")) return { span: own };
  }
  const last = earlier.at(-1);
  if (last) return last.subject;
  return clauseSubject(tokens, i);
}

/** The subject of a finite report: before it, after it when inverted ("said the minister"), or the clause's. */
export function finiteSubject(
  tokens: TaggedToken[],
  i: number,
  word: CueWord,
  earlier: Cue[],
  floor: number,
): Subject | null {
  // "He went on to suggest", "The central bank continued to describe": the subject of the verb it goes on
  // from; not "declined to say", "plans to announce", which report nothing yet.
  if (tokens[i - 1]?.lower === "to") {
    const k = tokens[i - 2]?.lower === "on" ? i - 3 : i - 2;
    return ASPECT_VERBS.test(tokens[k]?.lower ?? "") ? finiteSubject(tokens, k, word, earlier, floor) : null;
  }
  let p = i - 1;
  const prefix = (t: TaggedToken) => VERB_PREFIX.has(t.lower) || (t.tags.has("Adverb") && !t.tags.has("Noun"));
  while (p >= 0 && prefix(tokens[p] as TaggedToken) && !breaksAfter(tokens[p] as TaggedToken)) p--;
  const before = tokens[p];
  if (!before) return inverted(tokens, i, word);
  if (/^(and|but|or)$/u.test(before.lower)) {
    // "did not mention ..., but said": the verb shares the subject of the clause before.
    return earlier.at(-1)?.subject ?? clauseSubject(tokens, p);
  }
  if (breaksAfter(before)) {
    const after = inverted(tokens, i, word);
    if (after || !commaAfter(before)) return after;
    const subject = clauseSubject(tokens, p + 1);
    return subject && subject.end === p + 1 ? subject : null;
  }
  if (before.lower === "who" && tokens[p - 1] && commaAfter(tokens[p - 1] as TaggedToken)) {
    const antecedent = phraseBefore(tokens, p, floor);
    return antecedent ? { span: antecedent } : null;
  }
  // "a ruling that said it had engaged in price-fixing": a relative pronoun right before the verb stands
  // for the noun phrase before it, one that can speak: not "computational tasks that admit an algorithm".
  if (/^(that|which|who)$/u.test(before.lower) && tokens[p - 1] && !breaksAfter(tokens[p - 1] as TaggedToken)) {
    const antecedent = phraseBefore(tokens, p, floor);
    return antecedent && isAgent(tokens, { span: antecedent }) ? { span: antecedent } : null;
  }
  if (before.tags.has("Verb") && !before.tags.has("Noun") && !isCapitalized(before)) return null;
  const span = phraseBefore(tokens, p + 1, floor);
  return span ? describedName(tokens, span) : null;
}

/**
 * "Erik van Sebille, a physical oceanographer at the University of New South Wales told Reuters": a
 * description right before the verb, after a comma that follows the clause's subject, describes that
 * subject; the article left out the comma that would close it.
 */
function describedName(tokens: TaggedToken[], span: Span): Subject {
  const first = tokens[span.start] as TaggedToken;
  const comma = tokens[span.start - 1];
  if (!/^(a|an|the)$/u.test(first.lower) || !comma || !commaAfter(comma)) return { span };
  const name = phraseBefore(tokens, span.start);
  const opener = name && tokens[name.start - 1];
  const opens = !!name && (!opener || breaksAfter(opener));
  const named =
    !!name &&
    tokens
      .slice(name.start, name.end)
      .every((t) => isCapitalized(t) || isAbbreviation(t) || NAME_PARTICLES.has(t.lower));
  return name && opens && named ? { span: name, apposition: span } : { span };
}

/** '"...," said the minister.': the subject follows a saying verb that opens its clause. */
function inverted(tokens: TaggedToken[], i: number, word: CueWord): Subject | null {
  if (!INVERTING_LEMMAS.has(word.lemma) || word.form === "gerund") return null;
  const span = phraseAfter(tokens, i + 1);
  const last = span && tokens[span.end - 1];
  if (!span || !last || !(span.end === tokens.length || breaksAfter(last))) return null;
  if (isPronoun(tokens[span.start] as TaggedToken) && span.end !== tokens.length) return null;
  return namedApposition(tokens, span);
}

/**
 * A description followed by the name it describes ("its president, Richard Fisher", "said the company's
 * founder, Ana Ruiz."): the name, with the description as its apposition. Any other phrase as it is.
 */
export function namedApposition(tokens: TaggedToken[], span: Span): Subject {
  const last = tokens[span.end - 1];
  const described = tokens
    .slice(span.start, span.end)
    .every((t, k) => !isCapitalized(t) || (k === 0 && isDeterminer(t)));
  if (!last || !commaAfter(last) || !described || /["“”]/u.test(last.post)) return { span };
  const name = phraseAfter(tokens, span.end);
  const end = name && tokens[name.end - 1];
  const named = name && tokens.slice(name.start, name.end).every((t) => isCapitalized(t) || isAbbreviation(t));
  if (!name || !end || !named || !(name.end === tokens.length || breaksAfter(end))) return { span };
  return { span: name, apposition: span };
}

/**
 * Whether a subject can be a source at all: not one the sentence denies ("No group claimed ...",
 * "Neither side said"), not one asked about ("Asked if he believed ..."), and a noun phrase, not a word
 * that only describes ("fine").
 */
export function canSpeak(tokens: TaggedToken[], span: Span): boolean {
  const first = tokens[span.start] as TaggedToken;
  const before = tokens[span.start - 1];
  const joined = !!before && !breaksAfter(before);
  if (NEGATIVE_SUBJECTS.has(first.lower) || (joined && NEGATIVE_SUBJECTS.has(before.lower))) return false;
  if (joined && /^(if|whether)$/u.test(before.lower)) return false;
  const head = tokens[span.end - 1] as TaggedToken;
  const describes = head.tags.has("Adjective") && !head.tags.has("Noun") && !isCapitalized(head);
  return !describes;
}

/**
 * Whether a subject can name someone who speaks: a name (one with an apposition is one), a pronoun, or
 * a noun such as "officials". "The fire claimed the lives of ..." has no such subject.
 */
export function isAgent(tokens: TaggedToken[], subject: Subject): boolean {
  if (subject.apposition) return true;
  for (let k = subject.span.start; k < subject.span.end; k++) {
    const token = tokens[k] as TaggedToken;
    const t = token.tags;
    if (["ProperNoun", "Acronym", "Url", "Person", "Organization", "Actor"].some((tag) => t.has(tag))) return true;
    // "his campaign": a possessive pronoun only says whose.
    if ((k > 0 && isCapitalized(token)) || (isPronoun(token) && !token.tags.has("Possessive"))) return true;
    if (k === 0 && isCapitalized(token) && !isKnownWord(token.lower)) return true;
    if (AGENT_HEADS.has(token.lower) || OUTLET_MARKERS.has(token.lower)) return true;
  }
  return false;
}
