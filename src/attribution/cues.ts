import {
  BE_FORMS,
  CUE_WORDS,
  type CueWord,
  FRAMED_LEMMAS,
  RAISING_LEMMAS,
  SPEECH_LEMMAS,
  VENUE_NOUNS,
  VERB_PREFIX,
} from "./lexicon.ts";
import {
  clauseStart,
  clauseSubject,
  phraseAfter,
  phraseBefore,
  type Span,
  type Subject,
  splitConjoined,
} from "./phrases.ts";
import { canSpeak, conjoined, finiteSubject, gerundSubject, isAgent, namedApposition } from "./subjects.ts";
import { breaksAfter, isCapitalized, isDeterminer, isPronoun, type TaggedToken } from "./tokens.ts";

/** A reporting cue found in one sentence, with the phrases it links, as token spans of that sentence. */
export interface Cue {
  subject: Subject;
  citing: Span[];
  /** The reporting words as written; discontinuous ones joined with " ... " ("In a statement ... blamed"). */
  cue: string;
  /** TaggedToken index of the reporting word, and where what it reports starts. */
  at: number;
  complement: number;
  /** Reporting verbs nested in the complement ("claimed" in "reported its source claimed"). */
  nested: string[];
  /** Whether the cue reports words whoever its subject is ("said", "according to"), not only a speaker's. */
  speech: boolean;
}

/** Phrasal uses of "call" that report nothing ("called for talks", "called off"). */
const CALL_PARTICLES = /^(for|on|off|up|out|back|in|upon)$/u;

/** Words that cannot be the object of "told" ahead of the reported clause. */
const CLAUSE_OPENERS = /^(that|how|why|what|whether|if)$/u;

/**
 * Every reporting cue of a tagged sentence outside quotation marks (`quoted` says which tokens are
 * inside), each with its subject as written: a pronoun or description here is resolved later.
 */
export function findCues(text: string, tokens: TaggedToken[], quoted: (index: number) => boolean): Cue[] {
  const cues: Cue[] = [];
  const citings: Array<{ at: number; spans: Span[] }> = [];
  const venue = venueCue(text, tokens);
  if (venue) cues.push(venue);
  // A subject never reaches back past the previous reporting word ("claims FSB sources have ascribed").
  let floor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as TaggedToken;
    // Inside a sentence a capitalized form is a name ("the United States"), not a verb.
    if (quoted(i) || i === venue?.at || (i > 0 && isCapitalized(token))) continue;
    if (token.lower === "according" && tokens[i + 1]?.lower === "to") {
      const source = phraseAfter(tokens, i + 2);
      const words = text.slice(token.start, (tokens[i + 1] as TaggedToken).end);
      if (source) cues.push({ ...cue(source, words, i, i + 2, true), subject: namedApposition(tokens, source) });
      continue;
    }
    if (token.lower === "put" && tokens[i + 1]?.lower === "it") {
      // "..., as the minister put it": a report of wording, though "put" alone reports nothing.
      const source = phraseBefore(tokens, i, floor);
      if (source && tokens[source.start - 1]?.lower === "as") cues.push(cue(source, "put it", i, i + 2, true));
      continue;
    }
    const word = CUE_WORDS.get(token.lower);
    if (!word || isNounUse(tokens, i)) continue;
    const object = word.lemma === "cite" || word.lemma === "quote" ? phraseAfter(tokens, i + 1) : null;
    if (word.lemma === "cite" && word.form === "gerund") {
      if (object) citings.push({ at: i, spans: splitConjoined(tokens, object) });
      continue;
    }
    const found = reportingCue(tokens, i, word, cues, floor);
    floor = i + 1;
    if (!found) continue;
    // "It cited the Air Force as stating": the object of "cite" is whom the subject relies on.
    if (object) found.citing.push(...splitConjoined(tokens, object));
    cues.push(found);
  }
  for (const citing of citings) attachCiting(tokens, cues, citing.at, citing.spans);
  return nest(tokens, cues)
    .filter((found) => (found.speech || isAgent(tokens, found.subject)) && canSpeak(tokens, found.subject.span))
    .flatMap((found) => conjoined(tokens, found).map((span) => ({ ...found, subject: { ...found.subject, span } })));
}

function cue(span: Span, words: string, at: number, complement: number, speech: boolean): Cue {
  return { subject: { span }, citing: [], cue: words, at, complement, nested: [], speech };
}

/**
 * "In a statement released after the attack, the Department of Defense justified ...": the fronted venue
 * makes the main clause's verb a report, whatever the verb.
 */
function venueCue(text: string, tokens: TaggedToken[]): Cue | null {
  if (tokens[0]?.lower !== "in") return null;
  const start = clauseStart(tokens, tokens.length);
  const noun = tokens.slice(1, Math.min(start, 4)).findIndex((token) => VENUE_NOUNS.has(token.lower));
  if (start === 0 || noun < 0) return null;
  const subject = clauseSubject(tokens, tokens.length);
  if (!subject) return null;
  const verb = skipPrefix(tokens, subject.end);
  const verbToken = tokens[verb];
  if (!verbToken?.tags.has("Verb")) return null;
  const venue = text.slice((tokens[0] as TaggedToken).start, (tokens[noun + 1] as TaggedToken).end);
  const word = CUE_WORDS.get(verbToken.lower);
  const speech = !!word && speaks(verbToken, word);
  return { ...cue(subject.span, `${venue} ... ${verbToken.text}`, verb, verb + 1, speech), subject };
}

/** The first index from `at` that is not an auxiliary or adverb standing before a verb. */
function skipPrefix(tokens: TaggedToken[], at: number): number {
  let k = at;
  while (
    tokens[k] &&
    (VERB_PREFIX.has((tokens[k] as TaggedToken).lower) || (tokens[k] as TaggedToken).tags.has("Adverb"))
  )
    k++;
  return k;
}

/** Whether a reporting form is used as a noun or adjective here: "Some reports suggest", "a reported death". */
function isNounUse(tokens: TaggedToken[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const token = tokens[i] as TaggedToken;
  if (before && !breaksAfter(before) && !VERB_PREFIX.has(before.lower)) {
    const t = before.tags;
    // "a reported death"; not "United said", whose capital makes it a name.
    const adjective = t.has("Adjective") && !t.has("Noun") && !isCapitalized(before);
    if (isDeterminer(before) || t.has("Possessive") || t.has("Value") || adjective) return true;
  }
  // "Media reports say": a plural form right before another verb is its subject.
  return /s$/u.test(token.lower) && !!after && !breaksAfter(token) && after.tags.has("Verb") && !after.tags.has("Noun");
}

/**
 * Whether "call" reports a judgement ("called the crisis the worst", "called it “an aggression”"), not a
 * phone call ("called the police"), a demand ("called for talks") or a name ("a man called Peter was ...").
 */
function callsJudgement(tokens: TaggedToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || CALL_PARTICLES.test(next.lower)) return false;
  // "called that a “very modest adjustment”": a demonstrative object, then the judgement.
  const judged = tokens[i + 2];
  if (/^(that|this)$/u.test(next.lower) && judged && (isDeterminer(judged) || /["“]/u.test(judged.pre))) return true;
  const object = phraseAfter(tokens, i + 1);
  if (!object) return false;
  // An adjective after the object's noun is the judgement ("called its actions defensive in nature").
  const adjective = (t: TaggedToken | undefined) => !!t && t.tags.has("Adjective") && !t.tags.has("Noun");
  for (let k = object.start + 1; k < object.end; k++) {
    if (adjective(tokens[k]) && tokens[k - 1]?.tags.has("Noun")) return true;
  }
  const last = tokens[object.end - 1] as TaggedToken;
  const after = tokens[object.end];
  if (!after || /[.!?;]/u.test(last.post)) return false;
  if (/["“]/u.test(after.pre + last.post)) return true;
  return (
    !after.tags.has("Preposition") &&
    !after.tags.has("Conjunction") &&
    !(after.tags.has("Verb") && !after.tags.has("Noun"))
  );
}

/**
 * How a framed reporting verb reports words here, if it does: what it reports follows it ("noted that",
 * "added: “...”", "asked simply, “...”"), or it follows a quotation ('"...," added a Florida Democrat'), or
 * it closes the clause it reports ('"...," he added', "..., data show."). Not "added 200 jobs", "asked her
 * to leave".
 */
function frameOf(tokens: TaggedToken[], i: number): "before" | "after" | "closing" | null {
  let k = i;
  // "asked simply, “Who cares?”": adverbs may stand between the verb and what it reports.
  while (tokens[k + 1]?.tags.has("Adverb") && !breaksAfter(tokens[k] as TaggedToken)) k++;
  const token = tokens[k] as TaggedToken;
  const next = tokens[k + 1];
  const previous = tokens[i - 1];
  if (next && (/[:"“]/u.test(token.post) || /["“]/u.test(next.pre) || (next.lower === "that" && k === i)))
    return "after";
  if (previous && /["”]/u.test(previous.post)) return "before";
  // 'Asked a Pennsylvania Republican: “...”': the verb opens the sentence, its subject and a colon follow.
  const subject = !previous || breaksAfter(previous) ? phraseAfter(tokens, i + 1) : null;
  if (subject && /:/u.test((tokens[subject.end - 1] as TaggedToken).post)) return "after";
  return !next || /[,;.!?]/u.test(token.post) ? "closing" : null;
}

/** Whether a participle is passive ("was reported", "were on Wednesday reported"). */
function isPassive(tokens: TaggedToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const token = tokens[k] as TaggedToken;
    if (BE_FORMS.has(token.lower)) return true;
    const skippable =
      token.tags.has("Adverb") ||
      token.tags.has("Negative") ||
      token.tags.has("Date") ||
      /^(on|not|also)$/u.test(token.lower);
    if (!skippable || breaksAfter(token)) return false;
  }
  return false;
}

/**
 * Whether a reporting word reports words whoever says them: a verb of speech that compromise reads as a
 * verb here, not the noun of "his campaign promise".
 */
function speaks(token: TaggedToken, word: CueWord): boolean {
  return SPEECH_LEMMAS.has(word.lemma) && token.tags.has("Verb");
}

/** A reporting verb at `i` with its subject, or null where it reports nothing here. */
function reportingCue(tokens: TaggedToken[], i: number, word: CueWord, earlier: Cue[], floor: number): Cue | null {
  const token = tokens[i] as TaggedToken;
  const next = tokens[i + 1];
  if (word.lemma === "call" && !callsJudgement(tokens, i)) return null;
  const frame = FRAMED_LEMMAS.has(word.lemma) ? frameOf(tokens, i) : "after";
  if (!frame) return null;
  // "a man believed to have accompanied him", "is said to be": a raised passive reports nobody's words
  // (not "the officers claimed to be seeking", whose subject claims).
  const raised = RAISING_LEMMAS.has(word.lemma) && next?.lower === "to" && tokens[i + 2]?.tags.has("Verb");
  if (word.form === "participle" && raised) return null;
  // "The study found that ...": finding reports only with a clause after it, not "found the body".
  if (word.lemma === "find" && next?.lower !== "that") return null;
  let words = token.text;
  if (word.lemma === "refer") {
    const as = tokens.slice(i + 2, i + 9).findIndex((t) => t.lower === "as");
    if (next?.lower !== "to" || as < 0) return null;
    words = as === 0 ? `${token.text} to as` : `${token.text} to ... as`;
  }
  if (word.form === "participle" && next?.lower === "by") {
    // "told by the minister", "reported by local press as": the agent is the source.
    const agent = phraseAfter(tokens, i + 2);
    if (!agent) return null;
    const subject = namedApposition(tokens, agent);
    return { ...cue(subject.span, `${token.text} by`, i, agent.end, speaks(token, word)), subject };
  }
  if (word.form === "participle" && isPassive(tokens, i)) return null;
  const complement = complementStart(tokens, i, word);
  const subject =
    word.form === "gerund" ? gerundSubject(tokens, i, earlier, floor) : finiteSubject(tokens, i, word, earlier, floor);
  if (!subject) return null;
  // "..., the associate noted, ...": a verb closing what it reports has a subject that opens a clause after
  // the words reported, not the noun before it ("bids for new construction projects, Yearout said").
  // Nor one that opens the sentence: "Over 1,000 rescuers responded." closes no words.
  const opener = tokens[subject.span.start - 1];
  if (frame === "closing" && subject.span.start < i && !(opener && breaksAfter(opener))) return null;
  return { subject, citing: [], cue: words, at: i, complement, nested: [], speech: speaks(token, word) };
}

/** Where what a verb reports starts: past "that", and past the hearer of "told the press". */
function complementStart(tokens: TaggedToken[], i: number, word: CueWord): number {
  let k = i + 1;
  if (word.lemma === "tell" || word.lemma === "quote" || word.lemma === "cite") {
    const hearer = tokens[k] && !CLAUSE_OPENERS.test((tokens[k] as TaggedToken).lower) ? phraseAfter(tokens, k) : null;
    if (hearer && !breaksAfter(tokens[hearer.end - 1] as TaggedToken)) k = hearer.end;
  }
  while (tokens[k] && /^(that|as)$/u.test((tokens[k] as TaggedToken).lower)) k++;
  return k;
}

/** "X, citing Y, reported" and "X reports, citing Y": Y goes to the nearest report. */
function attachCiting(tokens: TaggedToken[], cues: Cue[], at: number, spans: Span[]): void {
  let nearest: Cue | undefined;
  for (const found of cues) if (!nearest || Math.abs(found.at - at) < Math.abs(nearest.at - at)) nearest = found;
  if (nearest) {
    nearest.citing.push(...spans);
    return;
  }
  const subject = clauseSubject(tokens, at);
  if (subject)
    cues.push({
      subject,
      citing: spans,
      cue: (tokens[at] as TaggedToken).text,
      at,
      complement: at + 1,
      nested: [],
      speech: false,
    });
}

/**
 * A report inside another's complement ("Znak.com reported its source said ...") is what the outer
 * source relies on: its subject joins the outer citing, unless it is a pronoun ("they believe").
 */
function nest(tokens: TaggedToken[], cues: Cue[]): Cue[] {
  const kept: Cue[] = [];
  for (const inner of cues) {
    const outer = cues.find((c) => c !== inner && c.complement === inner.subject.span.start && c.at < inner.at);
    if (!outer) {
      kept.push(inner);
      continue;
    }
    if (!isPronoun(tokens[inner.subject.span.start] as TaggedToken)) outer.citing.push(inner.subject.span);
    outer.citing.push(...inner.citing);
    outer.nested.push((tokens[inner.at] as TaggedToken).lower);
  }
  return kept;
}
