import { AGENT_HEADS, CUE_WORDS, NAME_PREPOSITIONS } from "./lexicon.ts";
import {
  breaksAfter,
  commaAfter,
  isCapitalized,
  isDeterminer,
  isKnownWord,
  isNominal,
  isPronoun,
  type TaggedToken,
} from "./tokens.ts";

/** Tokens `[start, end)` of a sentence. */
export interface Span {
  start: number;
  end: number;
}

/** A subject with the apposition that describes it ("Ahmed al-Assadi", "a spokesman for the PMF"). */
export interface Subject {
  span: Span;
  apposition?: Span;
}

/** A clause's subject and the index after it, past any apposition or relative clause. */
export interface ClauseSubject extends Subject {
  end: number;
}

/** The words of a span as the sentence writes them, punctuation inside kept, outer brackets balanced. */
export function spanText(text: string, tokens: TaggedToken[], span: Span): string {
  const first = tokens[span.start];
  const last = tokens[span.end - 1];
  if (!first || !last) return "";
  let out = text.slice(first.start, last.end);
  // "Service (FSB)": a bracket opened inside the span is closed with it.
  if (/\([^)]*$/u.test(out) && last.post.startsWith(")")) out += ")";
  return out;
}

function isJoiner(tokens: TaggedToken[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (NAME_PREPOSITIONS.has(token.lower)) return true;
  // "sources close to the government": "close to" joins like a preposition.
  return token.lower === "to" && tokens[at - 1]?.lower === "close";
}

/** The start of a joiner run ending at `at` ("close to" is two words), or -1 where `at` is no joiner. */
function joinerStart(tokens: TaggedToken[], at: number): number {
  if (!isJoiner(tokens, at)) return -1;
  return tokens[at]?.lower === "to" ? at - 1 : at;
}

/** Whether "and" at `at` joins two noun phrases that each name someone ("the Committee and the FSB"). */
function joinsPhrases(tokens: TaggedToken[], at: number, first: TaggedToken | undefined): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (!before || !after || breaksAfter(before) || tokens[at]?.lower !== "and" || !nominalAt(tokens, at - 1))
    return false;
  // "sources in the ministry and sources close to the government": the same head word starts both.
  return isDeterminer(after) || after.lower === first?.lower || (nominalAt(tokens, at + 1) && isCapitalized(after));
}

/**
 * The noun phrase that ends right before `end` ("a high-ranking British official" in "..., a high-ranking
 * British official fears"): nominal words back to punctuation or a word that cannot be in a name, crossing
 * "of"/"in"/"close to" between nouns ("sources in the British government"). A lone pronoun is a phrase.
 */
export function phraseBefore(tokens: TaggedToken[], end: number, floor = 0): Span | null {
  const last = tokens[end - 1];
  if (!last || end - 1 < floor) return null;
  if (isPronoun(last)) return { start: end - 1, end };
  let start = end;
  let k = end - 1;
  while (k >= floor) {
    const token = tokens[k] as TaggedToken;
    if (breaksAfter(token) && k < end - 1) break;
    // "Media reports say": a plural right before the verb is its subject whatever its tag.
    const plural = k === end - 1 && /[^s]s$/u.test(token.lower) && !breaksAfter(token);
    if (nominalAt(tokens, k) || plural) {
      start = k;
      k--;
      // A determiner opens its phrase: only a joiner can carry the name further left.
      if (!isDeterminer(token)) continue;
    } else if (start === end) {
      break;
    }
    const joiner = tokens[k];
    const from = joinerStart(tokens, k);
    const before = tokens[from - 1];
    if (joiner && before && !breaksAfter(joiner) && !breaksAfter(before) && nominalAt(tokens, from - 1)) {
      k = from - 1;
    } else if (joiner && !breaksAfter(joiner) && joinsPhrases(tokens, k, tokens[start])) {
      k--;
    } else {
      break;
    }
  }
  // "Her boyfriend told investigators": a possessive pronoun opens the phrase as a determiner would.
  const owner = tokens[start - 1];
  if (start < end && start > floor && owner && OWNERS.test(owner.lower) && !breaksAfter(owner)) start--;
  return start < end ? { start, end } : null;
}

/** Possessive pronouns, which open a noun phrase. */
const OWNERS = /^(his|her|its|their|our|my|your)$/u;

/**
 * Whether the word at `k` is nominal here. compromise tags some nouns by their commoner use as verbs;
 * the neighbours decide: after a determiner or number ("two engineers") or opening a phrase before a noun
 * ("state media", "police spokesman", "engineer Ruth Amsel") such a word is a noun.
 */
function nominalAt(tokens: TaggedToken[], k: number): boolean {
  const token = tokens[k] as TaggedToken;
  if (isNominal(token, k) || (AGENT_HEADS.has(token.lower) && !CUE_WORDS.has(token.lower))) return true;
  if (!token.tags.has("Verb") || token.tags.has("Auxiliary") || token.tags.has("Copula")) return false;
  const before = tokens[k - 1];
  // "to see Trump admit": after an infinitive's "to" such a word is the verb it reads as; not after the
  // preposition of "according to state figures".
  const infinitive =
    before?.lower === "to" && !/^(according|close|due|next|prior|thanks)$/u.test(tokens[k - 2]?.lower ?? "");
  if (infinitive && before && !breaksAfter(before)) return false;
  const after = tokens[k + 1];
  const joined = (t: TaggedToken | undefined) => !!t && !breaksAfter(t);
  if (joined(before) && before && (isDeterminer(before) || before.tags.has("Value") || before.tags.has("Adjective"))) {
    return /s$/u.test(token.lower) || !!after;
  }
  if (CUE_WORDS.has(token.lower) || !joined(token) || !after || !isNominal(after, k + 1) || isDeterminer(after))
    return false;
  return !joined(before) || !before || !isNominal(before, k - 1);
}

/**
 * The noun phrase that starts at `start` ("the emergencies ministry" in "according to the emergencies
 * ministry recovered ..."): it ends at punctuation or at the first word that cannot be in a name.
 */
export function phraseAfter(tokens: TaggedToken[], start: number): Span | null {
  const first = tokens[start];
  if (!first) return null;
  if (isPronoun(first)) return { start, end: start + 1 };
  let k = start;
  while (k < tokens.length) {
    const token = tokens[k] as TaggedToken;
    // A determiner inside opens the next phrase ("told the press the officers claimed").
    const opensAnother = k > start && isDeterminer(token) && !isJoiner(tokens, k - 1) && tokens[k - 1]?.lower !== "and";
    if (opensAnother) break;
    // "sources in the ministry and sources close to ...": a repeated head is a noun whatever its tag.
    if (nominalAt(tokens, k) || (k > start && token.lower === first.lower)) {
      k++;
    } else if (k > start && (isJoiner(tokens, k) || token.lower === "close") && isPhraseStart(tokens, k)) {
      k++;
      continue;
    } else if (k > start && joinsPhrases(tokens, k, first)) {
      k++;
      continue;
    } else {
      break;
    }
    if (breaksAfter(token)) break;
  }
  // A phrase never ends on the word that was to join it to more ("sources in the ministry and").
  while (k > start && (isJoiner(tokens, k - 1) || /^(and|close)$/u.test((tokens[k - 1] as TaggedToken).lower))) k--;
  return k > start ? { start, end: k } : null;
}

/** Whether a joiner at `at` leads on to more of the name rather than to an adverbial. */
function isPhraseStart(tokens: TaggedToken[], at: number): boolean {
  let next = at + 1;
  if (tokens[at]?.lower === "close" && tokens[next]?.lower === "to") next++;
  const previous = tokens[next - 1];
  const token = tokens[next];
  return !!previous && !breaksAfter(previous) && !!token && isNominal(token, next) && !token.tags.has("Date");
}

/**
 * Splits a phrase at "and" between two phrases that each stand alone ("sources in the ministry and
 * sources close to the government"), not inside one name ("the UN, US and EU").
 */
export function splitConjoined(tokens: TaggedToken[], span: Span): Span[] {
  const parts: Span[] = [];
  let from = span.start;
  for (let k = span.start + 1; k < span.end - 1; k++) {
    const next = tokens[k + 1] as TaggedToken;
    const sameHead = next.lower === tokens[from]?.lower;
    if (tokens[k]?.lower === "and" && (isDeterminer(next) || sameHead)) {
      parts.push({ start: from, end: k });
      from = k + 1;
    }
  }
  parts.push({ start: from, end: span.end });
  return parts;
}

/** Where the main clause starts: after a fronted phrase and its comma ("In 2016, ", "Speaking on TV, "). */
export function clauseStart(tokens: TaggedToken[], limit: number): number {
  const first = tokens[0];
  if (!first) return 0;
  const t = first.tags;
  const fronted =
    t.has("Preposition") ||
    t.has("Adverb") ||
    t.has("Gerund") ||
    t.has("Date") ||
    t.has("Value") ||
    (t.has("Verb") && (t.has("PastTense") || t.has("Participle")) && !t.has("Noun")) ||
    /^(yesterday|today|tonight|last|earlier|later|meanwhile|however|thursday|monday|tuesday|wednesday|friday|saturday|sunday)$/u.test(
      first.lower,
    );
  if (!fronted) return 0;
  for (let k = 0; k < limit; k++) if (commaAfter(tokens[k] as TaggedToken)) return k + 1;
  return 0;
}

/**
 * The subject of the sentence's main clause with its apposition: "Airfleets, a database ..., states"
 * gives "Airfleets"; "One news site, Znak.com, claims" gives the name "Znak.com", described as the site.
 */
export function clauseSubject(tokens: TaggedToken[], limit: number): ClauseSubject | null {
  const start = clauseStart(tokens, limit);
  const first = tokens[start];
  if (!first || /["“]/u.test(first.pre)) return null;
  const main = phraseAfter(tokens, start);
  if (!main || main.end > limit) return null;
  const last = tokens[main.end - 1] as TaggedToken;
  if (!commaAfter(last)) return { span: main, end: main.end };
  // An apposition or relative clause runs to the next comma before the verb, or over several commas where
  // the last stands right before it ("Eddie Foreman, 40, of Opelika, Alabama, who ..., said").
  let close = main.end;
  while (close < limit && !commaAfter(tokens[close] as TaggedToken)) close++;
  const beforeLimit = tokens[limit - 1];
  if (limit > main.end && beforeLimit && commaAfter(beforeLimit)) close = limit - 1;
  if (close >= limit) return { span: main, end: main.end };
  const inner = { start: main.end, end: close + 1 };
  if (/^(which|who|whose|where|when)$/u.test((tokens[inner.start] as TaggedToken).lower))
    return { span: main, end: inner.end };
  // A name has a capital letter ("Znak.com", not "54"), past a sentence's first word unless that is unknown.
  const named = (span: Span) =>
    tokens
      .slice(span.start, span.end)
      .some((token, i) => /^\p{Lu}/u.test(token.text) && (i + span.start > 0 || !isKnownWord(token.lower)));
  if (!named(main) && named(inner) && phraseAfter(tokens, inner.start)?.end === inner.end) {
    return { span: inner, apposition: main, end: inner.end };
  }
  return { span: main, apposition: inner, end: inner.end };
}
