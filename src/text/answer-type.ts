import { perWord, type Token } from "./analyzer.ts";
import { namesSomeone } from "./names.ts";
import { lexiconTags } from "./word-tables.ts";

/**
 * The kind of answer a question asks for, where its wording says so: a number, a time, a name, or for
 * "Who is Dana Whitfield?" who that is (`identity`): the passage that describes her, which names no one new.
 */
export type AnswerType = "number" | "time" | "name" | "identity";

const WANTS: Array<[AnswerType, RegExp]> = [
  // "who", a form of "be" and capitalized words alone: "Who is Dana Whitfield?", "Who was Montoya-Lewis?".
  // Not case-insensitive, which would take any word for a capitalized one.
  ["identity", /^\W*[Ww]ho\s+(?:is|was|are|were)(?:\s+\p{Lu}[\p{L}\p{M}'’.\-‐‑]*)+\s*\?*\s*$/u],
  [
    "number",
    /\bhow\s+(?:many|much|old|long|far|large|big|tall|high|often)\b|\bwhat\s+(?:percentage|proportion|share|number|amount)\b/iu,
  ],
  ["time", /^\W*when\b|\b(?:what|which)\s+(?:year|date|day|month|century|decade|time)\b/iu],
  ["name", /^\W*who(?:m|se)?\b/iu],
];

/** Lexicon tags of words that state a quantity ("three", "million") or a time ("January", "Monday", "yesterday", "week"). */
const HOLDS = {
  number: new Set(["Cardinal", "Multiple", "TextValue", "Fraction"]),
  time: new Set(["Month", "WeekDay", "Date", "Holiday", "Duration"]),
};

/**
 * A "when" clause that sets a condition before the question proper ("When three forces act on a point particle,
 * what happens?"): the question is what follows its comma.
 */
const CONDITION = /^\W*when\b[^,?]*,(?=[^?]*\b(?:what|which|who|whom|whose|how|where|why)\b)/iu;

/** What a question wants ("How many died?" a number, "When did it fall?" a time), or undefined. */
export function wantedType(question: string): AnswerType | undefined {
  const asked = question.replace(CONDITION, "");
  return WANTS.find(([, pattern]) => pattern.test(asked))?.[0];
}

/**
 * Month names, from the platform's own English calendar data rather than a list: compromise's lexicon
 * leaves "March" and "May" untagged, since as words they are mostly a verb and a modal. Made on first
 * use: loading the calendar data takes longer than the rest of answering from a cached index.
 */
let months: string[] | undefined;

function isMonth(word: string): boolean {
  return monthIndex(word) >= 0;
}

/** A lower-case month name's place in the year, 0 for January; -1 for any other word. */
export function monthIndex(word: string): number {
  months ??= Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" })
      .format(new Date(Date.UTC(2000, month, 1)))
      .toLowerCase(),
  );
  return months.indexOf(word);
}

/** A sentence's flags: which kinds of answer it can give without knowing the question. */
export const STATES: Record<Exclude<AnswerType, "name" | "identity">, number> = { number: 1, time: 2 };

/**
 * The flag of a sentence that gives a reason or a purpose (`REASON_CUES`, "so that"): what "Why ...?" asks. Not a
 * kind a question needs (a reason is said in too many ways: "The U.S. is burning less coal"), only one ranking
 * prefers (`rankSettings`).
 */
export const REASON_STATE = 4;

/** Words that give a reason: "because", "since", "due to", "thanks to", "as a result", "the reason", "caused". */
const REASON_CUES = new Set([
  "because",
  "due",
  "thanks",
  "result",
  "reason",
  "reasons",
  "since",
  "cause",
  "caused",
  "causing",
]);

/** Whether a question asks why. */
export function asksReason(question: string): boolean {
  return /^\W*why\b/iu.test(question.replace(CONDITION, ""));
}

/**
 * The flags of a sentence's tokens: a number (digits or a number word), a time (a year, a date word such as a
 * month, or a number before "a.m." or "p.m."), a reason (`REASON_STATE`). Other digits are no time: "33 counts" does not say when, and a
 * lede that held them came before the paragraph that gives the date ("on the evening of June 17, 2015").
 */
export function statesOf(tokens: Token[]): number {
  let flags = 0;
  tokens.forEach((token, i) => {
    flags |= wordStates(token.surface);
    const word = token.surface.toLowerCase();
    if (REASON_CUES.has(word) || (word === "so" && tokens[i + 1]?.surface.toLowerCase() === "that"))
      flags |= REASON_STATE;
    if (/^\p{N}/u.test(token.surface) && beforeClock(tokens, i + 1)) flags |= STATES.time;
  });
  return flags;
}

/** A year as written alone or as its decade ("1066", "2015", "1990s"). */
const YEAR = /^(?:1\d{3}|20\d{2})(?:'?s)?$/u;

/**
 * Whether the tokens from `at` say the number before them is a time of day: "3 a.m." (read as "a" and "m"),
 * "4:00 P.M." ("4:00" is two numbers, "00" the second), "3pm", "10 o'clock".
 */
function beforeClock(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.surface ?? "";
  if (/^(?:[ap]\.?m\.?|o'clock)$/iu.test(next)) return true;
  return /^[ap]$/iu.test(next) && /^m$/iu.test(tokens[at + 1]?.surface ?? "");
}

const wordStates = perWord((surface) => {
  if (/\p{N}/u.test(surface))
    return surface.split(/[-‐‑]/u).some((part) => YEAR.test(part)) ? STATES.number | STATES.time : STATES.number;
  // Capitalized, since "march" and "may" are mostly not months.
  let flags = /^\p{Lu}/u.test(surface) && isMonth(surface.toLowerCase()) ? STATES.time : 0;
  for (const part of surface.toLowerCase().split(/[-‐‑]/u)) {
    for (const tag of lexiconTags(part)) {
      if (HOLDS.number.has(tag)) flags |= STATES.number;
      if (HOLDS.time.has(tag)) flags |= STATES.time;
    }
  }
  return flags;
});

/** Whether the tokens of `text` hold a name that the question itself does not hold (`asked`, its terms). */
function holdsNewName(text: string, tokens: readonly Token[], asked: ReadonlySet<string>): boolean {
  return tokens.some((token) => namesSomeone(text, token) && !token.terms.some((term) => asked.has(term)));
}

/**
 * Whether `text` (its `tokens`) holds what a question asking who wants: a name the question does not
 * hold (`asked`, its terms), or, for "Who is Dana Whitfield?" (`identity`), words that describe a name
 * it asks about: set off after it ("Dana Whitfield, the county's transport director"; "Montoya-Lewis,
 * 51,"; "Levy, who leads"), said of it ("Di Li is the chief scientist"), or a role written before it
 * ("transport director Dana Whitfield").
 */
export function holdsWho(
  wanted: "name" | "identity",
  text: string,
  tokens: readonly Token[],
  asked: ReadonlySet<string>,
): boolean {
  return holdsNewName(text, tokens, asked) || (wanted === "identity" && describesAsked(text, tokens, asked));
}

/** Verbs that say what someone is: "Di Li is the chief scientist", "she became mayor". */
const COPULAS = new Set(["is", "was", "are", "were", "becomes", "became", "remains", "remained", "serves", "served"]);

function describesAsked(text: string, tokens: readonly Token[], asked: ReadonlySet<string>): boolean {
  // The question holds only the name, so any word of it is the name, even where a sentence begins.
  const isAsked = (token: Token | undefined) => token?.terms.some((term) => asked.has(term)) === true;
  const between = (a: Token, b: Token) => text.slice(a.end, b.start);
  for (let first = 0; first < tokens.length; first += 1) {
    const start = tokens[first];
    if (!start || !isAsked(start)) continue;
    // The whole name: "Dana Whitfield" is described after "Whitfield", and its role stands before "Dana".
    let last = first;
    while (isAsked(tokens[last + 1]) && between(tokens[last] as Token, tokens[last + 1] as Token).trim() === "")
      last += 1;
    const end = tokens[last] as Token;
    const next = tokens[last + 1];
    const before = tokens[first - 1];
    if (next && /^\s*,\s*$/u.test(between(end, next)) && !/^\p{Lu}/u.test(next.surface)) return true;
    if (next && between(end, next).trim() === "" && COPULAS.has(next.surface.toLowerCase())) return true;
    if (before && between(before, start).trim() === "" && lexiconTags(before.surface.toLowerCase()).includes("Actor")) {
      return true;
    }
    first = last;
  }
  return false;
}
