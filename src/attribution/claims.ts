import type { Cue } from "./cues.ts";
import { SUBORDINATORS, VERB_PREFIX } from "./lexicon.ts";
import { clauseStart } from "./phrases.ts";
import type { Quotation } from "./quotes.ts";
import { breaksAfter, type TaggedToken } from "./tokens.ts";
import type { Claim } from "./types.ts";

/** Words that open a relative clause whose verb is the cue ("which Putin referred to as", "that officials said"). */
const RELATIVES = /^(which|that|who|whom)$/u;

/** Words that join a new clause to the one before; a claim cut before another source ends without them. */
const JOINERS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  ...["and", "but", "or", "as", "whereas", "although", "though", "because", "when", "yet", "while"],
]);

/** An opening quotation mark, as `pre` carries it. */
const OPENS = /["“«]/u;

/**
 * What a reporting cue credits its source with: `[start, end)` character offsets in the sentence `text`.
 * `cues` are all the sentence's cues (a later one may start another source's clause) and `quotes` its
 * quotations in sentence offsets (one opened in an earlier sentence starts below 0).
 *
 * - "X said (that) CLAUSE": the complement, to the sentence's end, to the end of a quotation it opens, or
 *   to where another source's clause starts.
 * - "CLAUSE, X said" and "CLAUSE, said X": the clause before; a quotation alone before ('"...," he said')
 *   gives its words.
 * - "According to X, CLAUSE" / "CLAUSE, according to X": the other side.
 * - "..., which X referred to as a 'crusade'" (which, that, who): that relative clause only; "..., as X put
 *   it": the quotation before it, else the clause before.
 * - "reported by X as CLAUSE", "told by X that CLAUSE": what follows the agent.
 *
 * Anything else is the whole sentence: crediting a source with too much is better than losing it.
 */
export function claimSpan(text: string, tokens: TaggedToken[], cue: Cue, cues: Cue[], quotes: Quotation[]): Claim {
  const whole: Claim = [0, text.length];
  const found = rawClaim(text, tokens, cue, cues, quotes);
  return (found && tidy(text, found)) ?? whole;
}

function rawClaim(text: string, tokens: TaggedToken[], cue: Cue, cues: Cue[], quotes: Quotation[]): Claim | null {
  const cueToken = tokens[cue.at];
  if (!cueToken) return null;
  const subject = cue.subject.span;
  const first = Math.min(subject.start, cue.subject.apposition?.start ?? subject.start);
  if (/^according\b/iu.test(cue.cue)) return accordingClaim(text, tokens, cue);
  if (/ by$/u.test(cue.cue)) return agentClaim(text, tokens, cue, cues, quotes);
  if (first > cue.at) return cue.at > 0 ? before(text, tokens, cueToken.start, quotes) : null;
  // The rules for a subject's own clause hold only where the subject stands right before its verb.
  const adjacent = tokens
    .slice(subject.end, cue.at)
    .every((t) => VERB_PREFIX.has(t.lower) || (t.tags.has("Adverb") && !breaksAfter(t)));
  const lead = tokens[first - 1];
  if (adjacent && lead && RELATIVES.test(lead.lower)) {
    return [lead.start, clauseEnd(text, tokens, cue.at, quotes)];
  }
  if (adjacent && lead?.lower === "as" && first - 1 > 0) {
    const quoted = quotes.filter((q) => q.close <= lead.start && q.close > 0).at(-1);
    return quoted ? [quoted.open + 1, quoted.close] : [0, lead.start];
  }
  if (adjacent && lead && /,|["”»]\s*$/u.test(lead.post) && !/[;:—–]/u.test(lead.post)) {
    const subjectStart = (tokens[first] as TaggedToken).start;
    // "In a statement, the union condemned the closure": a fronted phrase is no clause of its own.
    if (first === clauseStart(tokens, first)) {
      if (cue.complement >= tokens.length) return before(text, tokens, subjectStart, quotes);
    } else if (!tailHasVerb(tokens, cue)) {
      return before(text, tokens, subjectStart, quotes);
    } else if (tokens[cue.complement - 1]?.lower !== "that") {
      // "..., officials said, after talks failed": the source's clause runs both sides of it.
      return null;
    }
  }
  return complementClaim(text, tokens, cue, cues, quotes);
}

/** "X said (that) CLAUSE": from the complement on. */
function complementClaim(
  text: string,
  tokens: TaggedToken[],
  cue: Cue,
  cues: Cue[],
  quotes: Quotation[],
): Claim | null {
  let from = cue.complement;
  // "said on Monday: “...”": what is said starts after the colon, where only an adverbial stands before it
  // (not "praised his life: “...”", whose object is said too).
  let k = from;
  while (tokens[k] && !breaksAfter(tokens[k] as TaggedToken)) k++;
  const lead = tokens[from]?.tags;
  const adverbial = !!lead && (lead.has("Preposition") || lead.has("Date") || lead.has("Adverb"));
  if (adverbial && tokens[k + 1] && /:/u.test((tokens[k] as TaggedToken).post)) from = k + 1;
  const start = tokens[from];
  if (!start) return null;
  // 'X said: "..."': a quotation opening the complement is what is said.
  if (OPENS.test(start.pre)) {
    const opened = quotes.find((q) => q.open < start.start && q.open >= start.start - start.pre.length);
    if (opened) return [start.start, Math.min(opened.close, boundary(tokens, cue, cues, from, text))];
  }
  return [start.start, boundary(tokens, cue, cues, from, text)];
}

/**
 * Where another source's clause starts after this cue's complement (its subject, or its cue where the
 * subject is shared: "..., saying"), as a character offset; the sentence's end if none does. Only a
 * cue opening a clause of its own (after punctuation or a joining word) ends a claim.
 */
function boundary(tokens: TaggedToken[], cue: Cue, cues: Cue[], from: number, text: string): number {
  let end = tokens.length;
  for (const other of cues) {
    if (other.at <= cue.at) continue;
    const subject = Math.min(other.subject.span.start, other.subject.apposition?.start ?? other.subject.span.start);
    let b = subject > cue.at ? Math.min(subject, other.at) : other.at;
    const previous = tokens[b - 1];
    if (b <= from || !previous || !(breaksAfter(previous) || JOINERS.has(previous.lower))) continue;
    while (b - 1 > from && JOINERS.has((tokens[b - 1] as TaggedToken).lower)) b--;
    end = Math.min(end, b);
  }
  return end >= tokens.length ? text.length : endOf(tokens[end - 1] as TaggedToken);
}

/** A token's end with the closing quotation marks right after it. */
function endOf(token: TaggedToken): number {
  return token.end + (/^["”»]*/u.exec(token.post)?.[0].length ?? 0);
}

/**
 * Where a relative clause ends: at the first clause break from token `from` on that is not inside a
 * quotation ("bold, decisive"), its closing quotation mark kept.
 */
function clauseEnd(text: string, tokens: TaggedToken[], from: number, quotes: Quotation[]): number {
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as TaggedToken;
    if (!breaksAfter(token)) continue;
    const after = token.end + token.post.trimEnd().length;
    if (quotes.some((q) => q.open < after && after <= q.close)) continue;
    return endOf(token);
  }
  return text.length;
}

/** "CLAUSE, X said": the words before offset `end`, or the quotation's own words where that is all there is. */
function before(text: string, tokens: TaggedToken[], end: number, quotes: Quotation[]): Claim | null {
  const head = text.slice(0, end).replace(/[\s,;:—–-]+$/u, "");
  const start = tokens[0]?.start ?? 0;
  if (head === "") return null;
  const alone = quotes.find((q) => q.open < start && q.close > start);
  if (alone && alone.close < end && /^[\s,;:—–-]*$/u.test(text.slice(alone.close + 1, end))) {
    return [alone.open + 1, alone.close];
  }
  return [0, head.length];
}

/** Whether the words after a trailing cue make a clause of their own, not "citing Y" or "told TASS on Monday". */
function tailHasVerb(tokens: TaggedToken[], cue: Cue): boolean {
  let citing = false;
  for (let k = cue.at + 1; k < tokens.length; k++) {
    const token = tokens[k] as TaggedToken;
    if (token.lower === "citing") citing = true;
    else if (!citing && token.tags.has("Verb") && !token.tags.has("Noun")) return true;
    if (breaksAfter(token)) citing = false;
  }
  return false;
}

/** "According to X, CLAUSE" and "CLAUSE, according to X"; in the middle of a clause, the whole sentence. */
function accordingClaim(text: string, tokens: TaggedToken[], cue: Cue): Claim | null {
  const cueToken = tokens[cue.at] as TaggedToken;
  const last = cue.subject.span.end;
  const front = cue.at === 0 || cue.at === clauseStart(tokens, cue.at + 1);
  if (front && last < tokens.length && breaksAfter(tokens[last - 1] as TaggedToken)) {
    return [(tokens[last] as TaggedToken).start, text.length];
  }
  if (last >= tokens.length && cue.at > 0) return [0, cueToken.start];
  return null;
}

/** "reported by X as CLAUSE", "told by X that CLAUSE": what follows the agent, to the clause's end. */
function agentClaim(text: string, tokens: TaggedToken[], cue: Cue, cues: Cue[], quotes: Quotation[]): Claim | null {
  let k = cue.subject.span.end;
  const next = tokens[k];
  if (!next) return null;
  if (next.lower === "as") {
    const start = tokens[k + 1];
    return start ? [start.start, clauseEnd(text, tokens, k + 1, quotes)] : null;
  }
  if (next.lower === "that") k++;
  const start = tokens[k];
  return start ? [start.start, boundary(tokens, cue, cues, k, text)] : null;
}

/** A claim without the space and joining punctuation at its edges; null where no word is left. */
function tidy(text: string, [start, end]: Claim): Claim | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (e > s && /[\s,;:—–-]/u.test(text.charAt(e - 1))) e--;
  while (s < e && /[\s,;:—–-]/u.test(text.charAt(s))) s++;
  return /[\p{L}\p{N}]/u.test(text.slice(s, e)) ? [s, e] : null;
}
