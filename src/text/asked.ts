import { type Token, tokenize } from "./analyzer.ts";
import { holdsWho, wantedType } from "./answer-type.ts";
import { isAuxiliary, isCopula, isPlace, PLACE_PREPOSITIONS, VERB_FORM_TAGS } from "./grammar.ts";
import { isProperName, looksLikeName, namesSomeone, TIME_NAME_TAGS } from "./names.ts";
import { figuresIn } from "./numbers.ts";
import { lexiconTags } from "./word-tables.ts";

/** The kind of answer a question asks for, as a verdict reads it: ranking's kinds and a place for "where". */
export type Asked = "number" | "time" | "name" | "identity" | "place";

const WHERE =
  /^\W*where\b|\b(?:what|which|in\s+which)\s+(?:country|city|town|village|place|region|province|state|island|continent)\b/iu;

/**
 * The names a quote writes that the question does not, each as the `[first, last]` indices of its tokens: runs of
 * names (words written as names, side by side) none of whose words the question holds. "Saudi Arabia" is not new
 * to a question about "Saudi Aramco": a word of the run is the question's, so the run may be the same name, or
 * one beside it.
 */
function newNames(quote: string, tokens: readonly Token[], terms: ReadonlySet<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  const close = (end: number) => {
    const run = tokens.slice(start, end + 1);
    if (start >= 0 && !run.some((token) => token.terms.some((term) => terms.has(term)))) runs.push([start, end]);
  };
  tokens.forEach((token, i) => {
    const last = tokens[i - 1];
    if (!namesSomeone(quote, token)) {
      close(i - 1);
      start = -1;
    } else if (start < 0 || !last || !/^\s+$/u.test(quote.slice(last.end, token.start))) {
      close(i - 1);
      start = i;
    }
  });
  close(tokens.length - 1);
  return runs;
}

/** Whether a quote names someone or something the question does not (`newNames`). */
function holdsNewName(quote: string, tokens: readonly Token[], terms: ReadonlySet<string>): boolean {
  return newNames(quote, tokens, terms).length > 0;
}

/**
 * Whether a word names a person by a role ("captain", "boyfriend", "director"): where a question asks whose
 * name the role is, a quote answers only by giving a name that role.
 */
export function isRole(token: Token): boolean {
  return lexiconTags(token.surface.toLowerCase()).includes("Actor");
}

/**
 * How many words at most stand between a role and the name given it: "the captain of the plane, Iriyanto",
 * "Bowman was the director", "Ali Shariati, ideologue of the Iranian Revolution".
 */
const ROLE_REACH = 5;

/** Verbs that give a name: "a form of be", "named", "called". */
const NAMING = new Set(["named", "called", "identified"]);

/**
 * Whether a quote gives a new name (`newNames`) the role asked about (`role`, its terms), by standing near it
 * with no verb between but one that names ("Captain Iriyanto", "her boyfriend, Juan Lopez", "Bowman was the
 * director"). A name elsewhere in the sentence is someone else's ("Defense attorney Nic Cocis said Avalos did
 * not seek to have her boyfriend killed"; "The boyfriend waited outside in the Jeep").
 */
export function givesNameInRole(
  quote: string,
  tokens: readonly Token[],
  terms: ReadonlySet<string>,
  role: ReadonlySet<string>,
): boolean {
  // The role or its office: "under the leadership of Hassan al-Turabi".
  const ofRole = (term: string) => role.has(term) || (term.endsWith("ship") && role.has(term.slice(0, -4)));
  const roles = tokens.flatMap((token, i) => (token.terms.some(ofRole) ? [i] : []));
  const says = (token: Token) => {
    const tags = lexiconTags(token.surface.toLowerCase());
    return (
      tags.some((tag) => VERB_FORM_TAGS.has(tag)) &&
      !tags.includes("Copula") &&
      !NAMING.has(token.surface.toLowerCase())
    );
  };
  const near = (from: number, to: number) => to - from - 1 <= ROLE_REACH && !tokens.slice(from + 1, to).some(says);
  // The role written as a title is part of the name: "Captain Iriyanto".
  const others = new Set([...terms].filter((term) => !role.has(term)));
  return newNames(quote, tokens, others).some(([first, last]) =>
    roles.some((at) => (at >= first && at <= last) || (at < first ? near(at, first) : near(last, at))),
  );
}

/** Words after an ordinal that make it a time: "the 11th century". */
const PERIODS = new Set(["century", "centuries", "millennium"]);

/** Whether a word (or a part of one joined by hyphens) is an ordinal: "sixteenth", "18th". */
function isOrdinal(part: string): boolean {
  return /^\d{1,2}(?:st|nd|rd|th)$/u.test(part) || lexiconTags(part).includes("Ordinal");
}

/**
 * Whether a token ranks a century by an ordinal written as a word or with its suffix, before the period's word
 * or joined to it: "the sixteenth century", "the mid-18th century", "early-19th-century".
 */
function isRankedPeriod(token: Token, next: Token | undefined): boolean {
  const parts = [...token.surface.toLowerCase().split(/[-‐‑]/u), next?.surface.toLowerCase() ?? ""];
  return parts.some((part, k) => k < parts.length - 1 && isOrdinal(part) && PERIODS.has(parts[k + 1] ?? ""));
}

/**
 * Whether the token at `i` says when in a way figures do not: a decade ("the 1060s": digits and a glued "s"),
 * a century ("the 11th century", "the sixteenth century"), or a year before a name or a stop ("in 1965 Edmonds
 * defined", "in 1066.").
 */
function isPeriod(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (token && isRankedPeriod(token, next)) return true;
  if (!token || !/^\d{2,4}$/u.test(token.surface)) return false;
  const glued = next !== undefined && next.start === token.end;
  if (glued && next.surface === "s") return true;
  if (glued && /^(?:st|nd|rd|th)$/u.test(next.surface)) return PERIODS.has(tokens[i + 2]?.surface.toLowerCase() ?? "");
  const year = Number(token.surface);
  if (token.surface.length !== 4 || year < 1000 || year > 2100) return false;
  return next === undefined || /^\p{Lu}/u.test(next.surface) || /^\s*[.,;:)]/u.test(text.slice(token.end, next.start));
}

/** What follows an hour's digits in a time of day: minutes ("4:00"), "a.m.", "pm", "o'clock", a time zone ("0100 UTC"). */
const CLOCK = /^(?::[0-5]\d(?!\d)|\s?[ap]\.?\s?m\b\.?|\s+o['’]clock\b|\s+(?:UTC|GMT)\b)/iu;

/** Whether the token at `i` is the hour of a time of day ("at 4:00 A.M.", "9 p.m.", "0100 UTC"): figures read it as a count. */
function isClockTime(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && /^\d{1,4}$/u.test(token.surface) && CLOCK.test(text.slice(token.end));
}

/**
 * Whether a question asks for a time of day ("What time did the drones hit?", "At what hour ..."), not a
 * period ("What time period ...", "what time of year").
 */
export function asksTimeOfDay(question: string): boolean {
  return /\b(?:what|which)\s+(?:time|hour)\b(?!\s+(?:period|periods|frame|span|scale|zone|of\s+(?:the\s+)?year|in\s+history))/iu.test(
    question,
  );
}

/**
 * Whether a "where" question asks where something comes from ("Where does the word Norman come from?", "Where
 * does Hamas originate?"): a people, a language or a source answers it as a place does.
 */
export function asksOrigin(question: string): boolean {
  return /^\W*where\b.*\b(?:come|comes|came|originated?|originates|derived?|derives)\b(?:\s+from)?\W*$/iu.test(
    question,
  );
}

/** Words before what something comes from: "comes from the French", "derived from Latin". */
const SOURCE_CUES = new Set(["from"]);

/**
 * Whether a text says where something comes from: one of the two words after "from" ("the", "Old") is a
 * capitalized word the question does not hold, a people's or a language's name among them ("comes from the
 * French words", "borrowed from Old Low Franconian"); a place after "from" is one too.
 */
export function givesOrigin(tokens: readonly Token[], terms: ReadonlySet<string>): boolean {
  return tokens.some(
    (token, i) =>
      SOURCE_CUES.has(token.surface.toLowerCase()) &&
      tokens
        .slice(i + 1, i + 3)
        .some(
          (next) =>
            /^\p{Lu}/u.test(next.surface) && next.terms.length > 0 && !next.terms.some((term) => terms.has(term)),
        ),
  );
}

/** Lexicon tags of names that say when, not where: "in January", "on Christmas". */
const NOT_PLACE_TAGS = new Set([...TIME_NAME_TAGS, "Duration"]);

/**
 * Whether the token at `i` names a place by the preposition before it: a word of a run of names right after a
 * place preposition, possessives and "the" included ("in Perris", "at Manhattan's Plaza Hotel", "at the White
 * House"), never a name of time ("in January"). The lexicon knows too few places to ask it, and a name written
 * as a possessive for none.
 */
function placeAfterPreposition(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const word = (at: number) => tokens[at]?.surface.toLowerCase() ?? "";
  if (token === undefined || !looksLikeName(text, token)) return false;
  if (lexiconTags(word(i)).some((tag) => NOT_PLACE_TAGS.has(tag))) return false;
  let start = i;
  while (start > 0 && looksLikeName(text, tokens[start - 1] as Token)) start -= 1;
  if (word(start - 1) === "the") start -= 1;
  // "in the area of Miller Drive", "along a stretch of Bruckner Boulevard": the name of a place a noun of place
  // takes ("of", after a determiner and the noun), where a place preposition or "along" puts that noun.
  if (word(start - 1) === "of" && DETERMINERS.has(word(start - 3))) start -= 3;
  return PLACE_PREPOSITIONS.has(word(start - 1)) || word(start - 1) === "along";
}

/** Words that open the noun phrase of a place said without a name: "at the hospital", "in her car". */
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"]);
/** Nouns after "in the" that say when, not where: "in the evening", "in the meantime". */
const WHEN_NOUNS = new Set(
  `morning afternoon evening night past future meantime end beginning middle course aftermath wake process
  days weeks months years`.split(/\s+/u),
);

/**
 * Whether a text says where the question's event took place by the preposition right after its verb (`isVerb`)
 * and a noun phrase a determiner opens: "was arrested at the hospital", "was found in a field"; a place that is
 * no name, which `placeAfterPreposition` does not take. "died in the evening" says when.
 */
export function givesPlaceAfter(tokens: readonly Token[], isVerb: (token: Token) => boolean): boolean {
  const word = (at: number) => tokens[at]?.surface.toLowerCase() ?? "";
  return tokens.some((token, i) => {
    if (!isVerb(token) || !PLACE_PREPOSITIONS.has(word(i + 1)) || !DETERMINERS.has(word(i + 2))) return false;
    const noun = tokens[i + 3];
    return (
      noun !== undefined &&
      !/\p{N}/u.test(noun.surface) &&
      !WHEN_NOUNS.has(word(i + 3)) &&
      !lexiconTags(word(i + 3)).some((tag) => NOT_PLACE_TAGS.has(tag))
    );
  });
}

/** What sets off a clause or an aside in a sentence: its date is of the clause's own verb. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/u;

/**
 * Whether a text gives a time that no other verb claims, for a question whose verb it does not state: some clause
 * (up to a comma, a colon, a dash or a bracket) gives a time (`givesAsked`) and holds no verb but a form of "be"
 * or an auxiliary. "Trump Entertainment Resorts Inc. ... filed for bankruptcy protection in September" dates the
 * filing, not an opening; "John Gallagher (1919–1980)" dates him, whatever the sentence goes on to say.
 */
export function givesTimeUnclaimed(text: string, tokens: readonly Token[], terms: ReadonlySet<string>): boolean {
  const clauses: Token[][] = [[]];
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    if (before && CLAUSE_BREAK.test(text.slice(before.end, token.start))) clauses.push([]);
    clauses.at(-1)?.push(token);
  });
  const otherVerb = (token: Token) => {
    const word = token.surface.toLowerCase();
    if (isAuxiliary(word) || isCopula(word)) return false;
    return lexiconTags(word).some((tag) => VERB_FORM_TAGS.has(tag));
  };
  return clauses.some((clause) => {
    const first = clause[0];
    const last = clause.at(-1);
    if (!first || !last || clause.some(otherVerb)) return false;
    const part = text.slice(first.start, last.end);
    const offset = first.start;
    const own = clause.map((token) => ({ ...token, start: token.start - offset, end: token.end - offset }));
    return givesAsked("time", part, own, terms);
  });
}

/** Words that name an hour of the day without digits. */
const HOURS = new Set(["noon", "midday", "midnight"]);

/**
 * Whether a text gives a time of day: a clock time ("at 4:00 A.M.", "0100 UTC") or an hour's name ("noon");
 * a day ("yesterday", "on Monday") or a year does not say what time.
 */
export function givesTimeOfDay(text: string, tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => HOURS.has(token.surface.toLowerCase()) || isClockTime(text, tokens, i));
}

/** Whether a question asks an age ("How old was Roof when he attacked the church?"). */
export function asksAge(question: string): boolean {
  return /\bhow\s+old\b/iu.test(question);
}

/**
 * How a text states an age: "21-year-old", "seven months old", "aged 65", "at the age of 21", "Roof, 21,", "who
 * was 21 at the time".
 */
const AGE =
  /[\p{L}\d]+[-‐‑\s](?:years?|months?|weeks?)[-‐‑\s]old\b|\bage(?:d|\s+of)?\s+\d{1,3}\b|\p{Lu}[\p{L}'’-]*,\s+\d{1,3},|\b(?:was|is|were|are)\s+\d{1,3}\s+(?:at|when)\b/gu;

/**
 * Whether a sentence states the age of the one the question names (`names`, its names' terms): a number is
 * most often a count or a date, which "how old" does not ask. The sentence must name them, and an age written
 * before a name is that name's ("17-year-old Trayvon Martin" in a sentence about Roof is another's).
 */
export function givesAge(text: string, tokens: readonly Token[], names: ReadonlySet<string>): boolean {
  const named = (token: Token | undefined) => token?.terms.some((term) => names.has(term)) === true;
  if (!tokens.some(named)) return false;
  for (const match of text.matchAll(AGE)) {
    const next = tokens.find((token) => token.start >= match.index + match[0].length);
    const beforeName = next !== undefined && /^\s+$/u.test(text.slice(match.index + match[0].length, next.start));
    if (!beforeName || !looksLikeName(text, next) || named(next)) return true;
  }
  return false;
}

/** Whether a question asks how long: a span of time or a length ("How long did the jury deliberate?", "How long is the Rhine?"). */
export function asksSpan(question: string): boolean {
  return /\bhow\s+long\b/iu.test(question);
}

/** The terms of the words that measure a span of time or a length, as a figure's `unit` is written. */
const SPAN_UNITS = new Set(
  tokenize(
    `second minute hour day week fortnight month year decade century millennium millimetre centimetre metre
    meter kilometre kilometer km mile foot feet inch yard`,
  ).flatMap((token) => token.terms),
);

/** Words before a date that make it an end of a span: "since 2001", "until 1796", "from 1870 to 1939". */
const SPAN_CUES = new Set(["since", "until", "till", "from", "between"]);

/**
 * Whether a text gives how long something lasts or measures: a figure of time or length ("for 45 minutes",
 * "a two-hour interview", "1,233 km"), or a date that ends a span ("in operation from 1870 to 1939", "since
 * 2001", "(1754–1763)"). A count ("33 counts", "one general") or a date alone ("in September") does not say how
 * long.
 */
export function givesSpan(text: string, tokens: readonly Token[]): boolean {
  const figures = figuresIn(text, tokens);
  return figures.some((figure, i) => {
    if (figure.kind !== "date") return figure.unit !== undefined && SPAN_UNITS.has(figure.unit);
    const before = tokens.filter((token) => token.end <= figure.start).at(-1);
    if (before && SPAN_CUES.has(before.surface.toLowerCase())) return true;
    const next = figures[i + 1];
    return next?.kind === "date" && /^\s*[-‐‑–—]\s*$/u.test(text.slice(figure.end, next.start));
  });
}

/**
 * Whether a figure's token says a value the question does not: by its digits where it has any, since "60%" is
 * also the term "percent", which a question asking "what percentage" holds; by its words otherwise ("three").
 */
function isNewFigure(token: Token, terms: ReadonlySet<string>): boolean {
  const digits = token.terms.filter((term) => /\p{N}/u.test(term));
  return !(digits.length > 0 ? digits : token.terms).some((term) => terms.has(term));
}

/**
 * What a question asks for ("How many died?": a number; "Where was he killed?": a place), or undefined where
 * its wording does not say: ranking's kinds (`wantedType`), and a place.
 */
export function askedFor(question: string): Asked | undefined {
  const where = WHERE.test(question) ? "place" : undefined;
  const measure = asksMeasure(question) ? "number" : undefined;
  return wantedType(question) ?? where ?? measure ?? (NAME_OF.test(question) ? nameOf(question) : undefined);
}

/** "What does HAMR stand for?", "What is GDP short for?". */
const EXPANSION = /\b(?:stand|stands|stood)\s+for\b|\bshort\s+for\b/iu;

/** Whether a question asks what initials stand for: the words they are the initials of answer it. */
export function asksExpansion(question: string): boolean {
  return EXPANSION.test(question);
}

/** Nouns of a measure, which a figure gives: "the unemployment rate", "Warsaw's population". */
const MEASURE =
  /^\W*what(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,3}?(?:rate|population|price|cost|percentage|proportion|share)\b/iu;

/**
 * Whether a question asks a measure by its noun ("What is the unemployment rate in New Mexico?", "What was
 * Warsaw's population in 1901?"): a figure answers it, and only a figure of that measure.
 */
export function asksMeasure(question: string): boolean {
  return MEASURE.test(question);
}

/** "What is the name of ...", "What was the full name of ...". */
const NAME_OF = /^\W*what(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:\w+\s+)?names?\s+of\b/iu;

/**
 * A name, where the question asks the name of someone by their role ("What is the name of Avalos's boyfriend?"):
 * a person's name is written as one. The name of a policy or a period is often not ("Reserved matters").
 */
function nameOf(question: string): Asked | undefined {
  const after = question.slice(question.search(/\bnames?\s+of\b/iu));
  return tokenize(after).some(isRole) ? "name" : undefined;
}

/**
 * Whether a quote gives what was asked, in words the question itself does not hold (`terms`, its terms),
 * more strictly than ranking's sentence flags (which take any digit for a number and a time): a number that
 * is not a date; a date, a day, a time of day ("4:00 A.M.") or a word of time ("yesterday"); a name, or for "Who is X?" words that
 * describe X; a place by name, or by the preposition before it (`placeAfterPreposition`). `counts` says whether a number counts what was asked,
 * by the term of the word it counts (undefined where none says) and the words after it: "ten-storey" does not
 * count people.
 */
export function givesAsked(
  asked: Asked,
  quote: string,
  tokens: readonly Token[],
  terms: ReadonlySet<string>,
  counts: (unit: string | undefined, after: readonly Token[]) => boolean = () => true,
): boolean {
  const isNew = (token: Token) => !token.terms.some((term) => terms.has(term));
  switch (asked) {
    case "number":
      return figuresIn(quote, tokens).some(
        (figure) =>
          figure.kind !== "date" &&
          counts(figure.unit, tokens.filter((token) => token.start >= figure.end).slice(0, 3)) &&
          tokens.some((token) => token.start >= figure.start && token.end <= figure.end && isNewFigure(token, terms)),
      );
    case "time":
      return (
        figuresIn(quote, tokens).some((figure) => figure.kind === "date") ||
        tokens.some(
          (token, i) =>
            isNew(token) &&
            (lexiconTags(token.surface.toLowerCase()).some((tag) => TIME_NAME_TAGS.has(tag)) ||
              isPeriod(quote, tokens, i) ||
              isClockTime(quote, tokens, i)),
        )
      );
    case "name":
      return holdsNewName(quote, tokens, terms);
    case "identity":
      return holdsWho(asked, quote, [...tokens], new Set(terms));
    case "place":
      return tokens.some(
        (token, i) =>
          isNew(token) && ((isProperName(token) && isPlace(token.surface)) || placeAfterPreposition(quote, tokens, i)),
      );
  }
}

/**
 * Words that put what a sentence says ahead of when it is said: a modal of the future ("will", "would" in
 * reported speech), a plan or a schedule ("expected", "scheduled", "due"), a time still to come ("next",
 * "tomorrow").
 */
const FUTURE = new Set([
  "will",
  "would",
  "shall",
  "ll",
  "going",
  "expected",
  "expects",
  "scheduled",
  "planned",
  "plans",
  "due",
  "next",
  "upcoming",
  "later",
  "tomorrow",
  "soon",
]);

/**
 * Whether a sentence speaks of what is still to come: a question in the future ("When will the ferry sail?")
 * is not answered by what a sentence in the past tense dates ("was suspended on Tuesday").
 */
export function speaksOfFuture(tokens: readonly Token[]): boolean {
  return tokens.some((token) => FUTURE.has(token.surface.toLowerCase()));
}
