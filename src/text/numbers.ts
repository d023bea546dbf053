import { onlySpacesBetween, perWord, type Token, termsOf } from "./analyzer.ts";
import { monthIndex } from "./answer-type.ts";
import { isNegativePronoun } from "./negation.ts";
import { phraseAt, shareAt, startsPhrase, startsShare, type VaguePhrase } from "./shares.ts";
import { lexiconTags } from "./word-tables.ts";

/** What a figure states: a count, a date (a year, a month, a weekday), or an amount of something measured. */
export type FigureKind = "number" | "date" | "quantity";

/** How a text bounds a figure: "more than two" is at least 2, "about 300" is near 300. */
export type Bound = "exact" | "atLeast" | "atMost" | "about";

/** A number or date a text states, as a value, so that a claim's figure can be held against an article's. */
export interface Figure {
  kind: FigureKind;
  value: number;
  /**
   * What it counts or measures: the term of the word after it ("year" in "ten years"), "percent", a currency
   * sign, or for a date "year", "month" or "weekday"; undefined where no word follows that says.
   */
  unit: string | undefined;
  bound: Bound;
  /** For a vague share ("most", "a handful"), the percentages it leaves open; its `value` is their middle. */
  range?: readonly [number, number];
  /** Whether the range is a word's, not the text's figures ("most", "thousands of"; not "36 to 40"). */
  vague?: true;
  /** `[start, end)` in the text: the figure's own words ("4.5 million", "twenty-five"), not its bound or unit. */
  start: number;
  end: number;
}

/**
 * English number words and their values. Written out rather than taken from a package: compromise parses
 * numbers but is not loaded while answering (its load is longer than an answer's start), and the grammar
 * of English number words is this closed list.
 */
const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const HYPHEN = /[-‐‑]/u;

/** How many times, in one word: "visited Moscow twice". */
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** Scales written against a number's digits: "$4bn", "10m", "5k". */
const SCALE_SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };

/** Words before a figure that bound it, by the word they follow ("more than", "at least") or alone ("over"). */
const BOUND_WORDS: Record<string, Bound> = {
  over: "atLeast",
  above: "atLeast",
  exceeding: "atLeast",
  under: "atMost",
  below: "atMost",
  about: "about",
  around: "about",
  nearly: "about",
  almost: "about",
  approximately: "about",
  roughly: "about",
  some: "about",
  estimated: "about",
};
const BOUND_PAIRS: Record<string, Bound> = {
  "more than": "atLeast",
  "at least": "atLeast",
  "less than": "atMost",
  "fewer than": "atMost",
  "at most": "atMost",
  "up to": "atMost",
};

const CURRENCY = /[$£€¥]\s*$/u;

/** Currencies named in words, by the sign an amount in digits is written with: "a million dollar prize" is "$1,000,000". */
const CURRENCY_SIGNS: Record<string, string> = {
  dollar: "$",
  dollars: "$",
  pound: "£",
  pounds: "£",
  euro: "€",
  euros: "€",
  yen: "¥",
};

/**
 * Counts English gives by their scale alone, as the values they leave open: "hundreds of" is at least a hundred
 * and under a thousand, "tens of thousands" at least ten thousand and under a hundred thousand. Read as ranges,
 * as vague shares are (`shares.ts`), so that "thousands of people" fits "2,500 people" and clashes with "40".
 */
const VAGUE_COUNTS: readonly VaguePhrase[] = [
  { words: ["tens", "of", "thousands"], range: [1e4, 1e5 - 1] },
  { words: ["hundreds", "of", "thousands"], range: [1e5, 1e6 - 1] },
  { words: ["tens", "of", "millions"], range: [1e7, 1e8 - 1] },
  { words: ["hundreds", "of", "millions"], range: [1e8, 1e9 - 1] },
  // "a few" is a small count, under ten: "only a few economists" clashes with "all 120 economists"; "several"
  // is more than two and as few, "a couple" two or three.
  { words: ["a", "few"], range: [2, 9] },
  { words: ["several"], range: [3, 9] },
  { words: ["a", "couple", "of"], range: [2, 3] },
  { words: ["dozens"], range: [12, 199] },
  // A score is twenty: "scores of" is at least two of them and fewer than hundreds.
  { words: ["scores", "of"], range: [40, 199] },
  { words: ["hundreds"], range: [100, 999] },
  { words: ["thousands"], range: [1e3, 1e6 - 1] },
  { words: ["millions"], range: [1e6, 1e9 - 1] },
  { words: ["billions"], range: [1e9, 1e12 - 1] },
];

/**
 * A vague count at `at` ("thousands of"): its range and the index of its last word; undefined where none stands
 * there. `joined`: whether the word before it is written next to it, with nothing but a space between.
 */
function vagueCountAt(
  lower: readonly string[],
  at: number,
  joined: boolean,
): { range: readonly [number, number]; last: number } | undefined {
  // "two thousands" or "the 1990s" are not vague: a number before it gives its figure; not one a comma ends
  // ("in 2015, thousands of states").
  const before = joined ? (lower[at - 1] ?? "") : "";
  if (/^\p{N}/u.test(before) || wordValue(before) !== undefined) return undefined;
  // "quite a few" is many, and "a few hundred" or "several thousand" gives its scale.
  return phraseAt(
    VAGUE_COUNTS,
    lower,
    at,
    ({ words, last }) =>
      (words[1] !== "few" || lower[at - 1] !== "quite") && !Object.hasOwn(SCALES, lower[last + 1] ?? ""),
  );
}

/**
 * Spans of time in days, so that "a week" and "three days" are held against each other as values: the closed
 * list of English's calendar units (a month and a year at their mean lengths).
 */
const DAYS: Record<string, number> = {
  hour: 1 / 24,
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30.44,
  year: 365.25,
  decade: 3652.5,
  century: 36525,
};

/** `DAYS` by the analyzer's term of each unit ("centuri"), made on first use. */
let daysByTerm: Map<string, number> | undefined;

/** How many days a unit of time (a figure's `unit`, a term) spans; undefined for any other unit. */
export function daysIn(unit: string | undefined): number | undefined {
  daysByTerm ??= new Map(Object.entries(DAYS).flatMap(([word, days]) => termsOf(word).map((t) => [t, days])));
  return unit === undefined ? undefined : daysByTerm.get(unit);
}

/** Words that make "a day" a rate, not a span: "twice a day", "three times a week". */
const RATE_WORDS = new Set(["once", "twice", "thrice", "times", "per"]);

/** Weekdays by their lexicon tag, numbered for comparison. */
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** The value of a number word or a hyphenated one ("twenty-five"), or undefined. */
function wordValue(word: string): number | undefined {
  return numberWordValue(word) ?? undefined;
}

/** `wordValue`, remembered by word (null for none, which `perWord` keeps as it does not keep undefined). */
const numberWordValue = perWord((word: string): number | null => {
  const parts = word.toLowerCase().split(/[-‐‑]/u);
  let sum = 0;
  for (const part of parts) {
    const value = SMALL[part];
    if (value === undefined || !Object.hasOwn(SMALL, part)) return null;
    sum += value;
  }
  return sum;
});

/** A number in words joined to what it counts: "five-year" (5, `year`), "twenty-five-day". */
function countedCompound(word: string): { value: number; unit: string } | undefined {
  if (!HYPHEN.test(word)) return undefined;
  const parts = word.split(HYPHEN);
  const last = parts.pop();
  if (parts.length === 0 || last === undefined || wordValue(last) !== undefined) return undefined;
  const value = wordValue(parts.join("-"));
  const unit = termsOf(last)[0];
  return value === undefined || unit === undefined ? undefined : { value, unit };
}

/**
 * Whether a figure may start at a word, as written: a month or weekday, "once", the first word of a vague share
 * or count, "a", a compound, a number in digits or words. Each of `figuresIn`'s readings starts only at such a
 * word, and most words of a text are none: they are passed over, remembered by word, without the readings'
 * look-ups (a tenth of answering a question that asks when or how many).
 */
const mayStartFigure = perWord((surface: string): boolean => {
  const word = surface.toLowerCase();
  return (
    dateOf(surface, word) !== undefined ||
    // A month as news style shortens it ("Jan."), whose full stop `dateOf` reads after the word.
    Object.hasOwn(MONTH_ABBREVIATIONS, word) ||
    Object.hasOwn(TIMES, word) ||
    startsShare(word) ||
    startsPhrase(VAGUE_COUNTS, word) ||
    /^an?$/u.test(word) ||
    HYPHEN.test(word) ||
    /^\p{N}/u.test(word) ||
    wordValue(word) !== undefined
  );
});

/**
 * The figures `tokens` (the analyzer's tokens of `text`) state, in order: numbers in digits or words with
 * their scale ("4.5 million", "two hundred"), percentages and amounts of money, years, months and weekdays,
 * each with its value, what it counts, and the words bounding it ("more than").
 */
export function figuresIn(text: string, tokens: readonly Token[]): Figure[] {
  const figures: Figure[] = [];
  const lower = tokens.map((token) => token.surface.toLowerCase());
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const word = lower[i] ?? "";
    if (!token || !mayStartFigure(token.surface)) continue;
    const date = dateOf(token.surface, word, text.slice(token.end));
    if (date) {
      figures.push({ kind: "date", ...date, bound: "exact", start: token.start, end: token.end });
      continue;
    }
    if (Object.hasOwn(TIMES, word)) {
      figures.push({
        kind: "number",
        value: TIMES[word] ?? 0,
        unit: "time",
        bound: boundBefore(lower, i),
        start: token.start,
        end: token.end,
      });
      continue;
    }
    // "most Libyans", "a handful of": a share without a figure.
    const share = shareAt(tokens, lower, i);
    if (share) {
      const [low, high] = share.range;
      const end = tokens[share.last]?.end ?? token.end;
      figures.push({
        kind: "quantity",
        value: (low + high) / 2,
        unit: "percent",
        bound: "exact",
        range: share.range,
        vague: true,
        start: token.start,
        end,
      });
      i = share.last;
      continue;
    }
    // "a week of mourning": one span of time, where it is not a rate ("twice a week").
    const span = /^an?$/u.test(word) && !RATE_WORDS.has(lower[i - 1] ?? "") ? spanAfter(tokens, lower, i) : undefined;
    if (span) {
      figures.push({
        kind: "number",
        value: 1,
        unit: span.unit,
        bound: boundBefore(lower, i),
        start: token.start,
        end: span.end,
      });
      i += 1;
      continue;
    }
    // "thousands of people", "hundreds of thousands": a count given by its scale alone.
    const vague = vagueFigure(text, tokens, lower, i);
    if (vague) {
      figures.push(vague.figure);
      i = vague.last;
      continue;
    }
    const counted = countedCompound(word);
    if (counted) {
      figures.push({ kind: "number", ...counted, bound: boundBefore(lower, i), start: token.start, end: token.end });
      continue;
    }
    // "a thousand", "a hundred": the article stands for one of the scale after it.
    const article = /^an?$/u.test(word) && Object.hasOwn(SCALES, lower[i + 1] ?? "");
    let value = article
      ? 1
      : /^\p{N}/u.test(word)
        ? Number(word.replace(/,/gu, "").replace(/%$/u, ""))
        : wordValue(word);
    // The "one" of "no one" is the doer denied, no count.
    if (value === undefined || Number.isNaN(value) || isNegativePronoun(lower[i - 1] ?? "", word)) continue;
    const first = i;
    let unit: string | undefined = word.endsWith("%") ? "percent" : undefined;
    // A number in words goes on while its words do ("two hundred thousand"); any number takes its scale.
    let current = value;
    let total = 0;
    while (i + 1 < tokens.length) {
      const next = lower[i + 1] ?? "";
      const glued = tokens[i + 1]?.start === tokens[i]?.end && Object.hasOwn(SCALE_SUFFIXES, next);
      const scale = glued ? SCALE_SUFFIXES[next] : Object.hasOwn(SCALES, next) ? SCALES[next] : undefined;
      const small = /^\p{N}/u.test(word) ? undefined : wordValue(next);
      if (scale !== undefined) {
        current *= scale;
        if (scale >= 1e3) {
          total += current;
          current = 0;
        }
      } else if (small !== undefined && current % 10 === 0 && current !== 0 && small < 100) {
        current += small;
      } else break;
      i += 1;
    }
    value = total + current;
    const end = tokens[i]?.end ?? token.end;
    const currency = CURRENCY.exec(text.slice(Math.max(0, token.start - 2), token.start))?.[0]?.trim();
    const after = unit || currency ? undefined : unitAfter(text, tokens, lower, i);
    unit ??= currency ?? currencySign(after?.word) ?? after?.term;
    // A year stands alone: "2,000 troops" has its comma, and "1500 troops" counts them.
    const isYear =
      /^\d{4}$/u.test(word) && first === i && value >= 1000 && value <= 2100 && !currency && !after?.word.endsWith("s");
    // "3 March", "March 3": the day of a date.
    const isDay =
      /^\d{1,2}$/u.test(word) &&
      [first - 1, i + 1].some(
        (j) => dateOf(tokens[j]?.surface ?? "", lower[j] ?? "", text.slice(tokens[j]?.end ?? 0))?.unit === "month",
      );
    const measured = unit === "percent" || currency !== undefined || isMeasure(after?.word);
    figures.push({
      kind: isYear || isDay ? "date" : measured ? "quantity" : "number",
      value,
      unit: isYear ? "year" : isDay ? "day" : unit,
      bound: boundBefore(lower, first),
      start: token.start,
      end,
    });
  }
  return joinRanges(text, figures);
}

/** The vague count at `at` ("thousands of people") as a figure of what follows "of", and the index of its last word. */
function vagueFigure(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[],
  at: number,
): { figure: Figure; last: number } | undefined {
  const token = tokens[at];
  const previous = tokens[at - 1];
  const vague = vagueCountAt(
    lower,
    at,
    previous !== undefined && token !== undefined && onlySpacesBetween(text, previous, token),
  );
  if (!vague || !token) return undefined;
  const [low, high] = vague.range;
  const after = unitAfter(text, tokens, lower, lower[vague.last + 1] === "of" ? vague.last + 1 : vague.last);
  const figure: Figure = {
    kind: isMeasure(after?.word) ? "quantity" : "number",
    value: (low + high) / 2,
    unit: currencySign(after?.word) ?? after?.term,
    bound: boundBefore(lower, at),
    range: vague.range,
    vague: true,
    start: token.start,
    end: tokens[vague.last]?.end ?? token.end,
  };
  return { figure, last: vague.last };
}

/** What joins the two ends of a range: "36 to 40", "20-30", "20–30"; "and" only after "between". */
const RANGE_JOINS = /^\s*(?:to|[-‐‑–—])\s*$/u;

/**
 * Figures read as one range where the text gives two ends of it ("between 36 and 40 people", "20-30
 * people", "36 to 40"): its `range`, its middle as its value, what the second end counts. "from 10 to 20" is a
 * change, not a range, and is left as two figures, as are dates ("1990 to 1995").
 */
function joinRanges(text: string, figures: Figure[]): Figure[] {
  const joined: Figure[] = [];
  for (const figure of figures) {
    const last = joined.at(-1);
    if (last && isRange(text, last, figure)) {
      const [low, high] = [Math.min(last.value, figure.value), Math.max(last.value, figure.value)];
      joined[joined.length - 1] = { ...figure, value: (low + high) / 2, range: [low, high], start: last.start };
      continue;
    }
    joined.push(figure);
  }
  return joined;
}

function isRange(text: string, first: Figure, second: Figure): boolean {
  if (
    first.kind === "date" ||
    second.kind === "date" ||
    first.range ||
    (first.bound !== "exact" && first.bound !== "about")
  )
    return false;
  const between = unitRepeated(text.slice(first.end, second.start), first, second);
  const before = text.slice(Math.max(0, first.start - 9), first.start).toLowerCase();
  if (/^\s*and\s*$/u.test(between)) return /\bbetween\s+$/u.test(before);
  return RANGE_JOINS.test(between) && !/\bfrom\s+$/u.test(before);
}

/**
 * What stands between two ends of a range, less the first end's unit where both ends count the same thing and
 * the text writes it after each ("between 0.50 percent and 0.75 percent", "10 miles to 20 miles").
 */
function unitRepeated(between: string, first: Figure, second: Figure): string {
  if (first.unit === undefined || first.unit !== second.unit) return between;
  const word = /^\s*(per\s+cent|[\p{L}]+)(?=\s)/iu.exec(between);
  if (!word?.[1]) return between;
  const written = word[1].toLowerCase().replace(/\s+/gu, " ");
  const term = written === "per cent" || written === "percent" ? "percent" : termsOf(written)[0];
  return term === first.unit ? between.slice(word[0].length) : between;
}

/** The unit of time a singular word after `at` names ("week" in "a week"), and where it ends; else undefined. */
function spanAfter(
  tokens: readonly Token[],
  lower: readonly string[],
  at: number,
): { unit: string; end: number } | undefined {
  const next = tokens[at + 1];
  const word = lower[at + 1] ?? "";
  return next && Object.hasOwn(DAYS, word) ? { unit: termsOf(word)[0] ?? word, end: next.end } : undefined;
}

/** Months as news style shortens them ("Jan. 3", "Sept. 11"), by the shortened word; May, June and July are not. */
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/**
 * A month or weekday as a date figure's value and unit; undefined for any other word. `next` is what follows the
 * word in the text: a shortened month is one only with its full stop ("Jan."), since "Jan" alone may be a name.
 */
function dateOf(surface: string, word: string, next = ""): { value: number; unit: string } | undefined {
  // Capitalized, since "march" and "may" are mostly not months.
  const capital = /^\p{Lu}/u.test(surface);
  const month = capital ? monthIndex(word) : -1;
  if (month >= 0) return { value: month, unit: "month" };
  if (capital && next.startsWith(".") && Object.hasOwn(MONTH_ABBREVIATIONS, word))
    return { value: MONTH_ABBREVIATIONS[word] ?? 0, unit: "month" };
  const day = WEEKDAYS.indexOf(word);
  return day >= 0 ? { value: day, unit: "weekday" } : undefined;
}

/**
 * The word a figure counts, as written (lower case) and as its term: the next word, or the one after an
 * adjective ("two long years"). "percent" for "per cent".
 */
function unitAfter(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[],
  at: number,
): { word: string; term: string } | undefined {
  for (let j = at + 1; j <= at + 2 && j < tokens.length; j += 1) {
    // A figure counts nothing across a comma or a full stop: "In 2016, Haftar met".
    if (/[,.;:!?()]/u.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0))) return undefined;
    const word = lower[j] ?? "";
    const term = tokens[j]?.terms[0];
    if (word === "per" || word === "percent") return { word: "percent", term: "percent" };
    if (term === undefined) return undefined;
    if (j === at + 2 || !lexiconTags(word).includes("Adjective")) return { word, term };
  }
  return undefined;
}

/** The sign of a currency named in words ("dollars" is "$"); undefined for any other word. */
function currencySign(word: string | undefined): string | undefined {
  return word !== undefined && Object.hasOwn(CURRENCY_SIGNS, word) ? CURRENCY_SIGNS[word] : undefined;
}

/** Whether a word measures rather than counts: "percent", "dollars", "tonnes", "metres". */
function isMeasure(word: string | undefined): boolean {
  return word !== undefined && lexiconTags(word).some((tag) => tag === "Unit" || tag === "Currency");
}

function boundBefore(lower: readonly string[], at: number): Bound {
  const one = lower[at - 1] ?? "";
  const pair = `${lower[at - 2] ?? ""} ${one}`;
  return BOUND_PAIRS[pair] ?? (Object.hasOwn(BOUND_WORDS, one) ? (BOUND_WORDS[one] ?? "exact") : "exact");
}
