import { BODY_HEADS, OUTLET_HEADS, OUTLET_MARKERS, PERSON_HEADS } from "./lexicon.ts";
import { type Span, spanText } from "./phrases.ts";
import { breaksAfter, isCapitalized, isPronoun, type TaggedToken } from "./tokens.ts";

/** What a mention can be referred back to as: "he", "the website", "it". */
export type Kind = "person" | "outlet" | "group";

/** Someone the article has named so far, most recent last. */
export interface Mention {
  name: string;
  citing: string[];
  kind: Kind;
  /** Paragraph index, to keep references from reaching too far back. */
  paragraph: number;
  /** Whether the article reported a claim of theirs, not only named them. */
  speaks: boolean;
}

/** A subject made into a source: the name it stands for, what that source cites, and the form at the cue. */
export interface Resolved {
  source: string;
  citing: string[];
  kind: Kind;
  surface?: string;
}

/**
 * Whether `name` holds `word` (lower-case) as a whole word, ignoring case. Plain string search, not a
 * pattern built from the article's words: their text may hold brackets or dots ("site[1]", "Znak.com").
 */
function hasWord(name: string, word: string): boolean {
  if (word === "") return false;
  const lower = name.toLowerCase();
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (isEdge(lower, at) && isEdge(lower, end)) return true;
  }
  return false;
}

/** A word boundary as `\b` reads one: a word character on one side of `at` and not on the other. */
function isEdge(text: string, at: number): boolean {
  return isWordChar(text[at - 1]) !== isWordChar(text[at]);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /\w/u.test(char);
}

/** How many paragraphs back a pronoun or description may reach. */
const REACH = 2;

/**
 * Classifies a phrase by its words: a person ("a high-ranking British official", a tagged name), a news
 * outlet ("Fars News", "Znak.com", "state media"), or any other group or body.
 */
function kindOf(tokens: TaggedToken[], span: Span): Kind {
  const words = tokens.slice(span.start, span.end);
  const head = words.at(-1)?.lower ?? "";
  const last = words.at(-1);
  const actor = !!last && last.tags.has("Actor") && !last.tags.has("Plural") && !BODY_HEADS.has(head);
  if (
    actor ||
    words.some((w) => w.tags.has("Person") || PERSON_HEADS.has(w.lower)) ||
    /^(he|she|him|her)$/u.test(head)
  ) {
    return "person";
  }
  const outlet = words.some((w) => OUTLET_MARKERS.has(w.lower) || /\.(com|org|net|ru|co\.uk)$/u.test(w.lower));
  return outlet || OUTLET_HEADS.has(head) ? "outlet" : "group";
}

/** A person's name in a sentence, and the token it starts at. */
export interface PersonName {
  name: string;
  at: number;
}

/**
 * Person names of a tagged sentence (runs of capitalized words holding a word compromise tags as a
 * person), for a later "he" to find even where the person made no claim. Quoted words are the speaker's
 * and left out (`quoted` says which).
 */
export function personNames(text: string, tokens: TaggedToken[], quoted: (index: number) => boolean): PersonName[] {
  const names: PersonName[] = [];
  let run: number[] = [];
  const flush = () => {
    const [first, last] = [tokens[run[0] ?? -1], tokens[run.at(-1) ?? -1]];
    // A run is a person's name where compromise tags a word of it so, or where a title opens it.
    if (
      first &&
      last &&
      ((run.length > 1 && PERSON_HEADS.has(first.lower)) || run.some((k) => tokens[k]?.tags.has("Person")))
    ) {
      names.push({ name: text.slice(first.start, last.end), at: run[0] as number });
    }
    run = [];
  };
  tokens.forEach((token, k) => {
    const last = tokens[run.at(-1) ?? -1];
    if (last && breaksAfter(last)) flush();
    if (isCapitalized(token) && token.tags.has("Noun") && !isPronoun(token) && !quoted(k)) run.push(k);
    else flush();
  });
  flush();
  return names;
}

function recent(mentions: Mention[], paragraph: number, test: (m: Mention) => boolean): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.paragraph < paragraph - REACH) return undefined;
    if (test(m)) return m;
  }
  return undefined;
}

function from(m: Mention, surface: string, citing: string[] = []): Resolved {
  return { source: m.name, citing, kind: m.kind, surface };
}

/** Whether two spellings of a surname are the same name ("Sarea" and "Saree"): one letter apart at most. */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff <= 1;
}

/**
 * Resolves a subject against what the article named before it: "he" to the latest person, "it" to the
 * latest body that spoke, "The sources" to the sources last cited (with whoever cited them), "the agency"
 * to the latest source with that word or, for outlet words, the latest outlet, and a bare surname to the
 * full name. A pronoun with nothing to stand for gives null; any other phrase stands for itself.
 */
export function resolve(
  text: string,
  tokens: TaggedToken[],
  span: Span,
  mentions: Mention[],
  paragraph: number,
): Resolved | null {
  const words = tokens.slice(span.start, span.end);
  const surface = spanText(text, tokens, span);
  const first = words[0] as TaggedToken;
  const head = (words.at(-1) as TaggedToken).lower;
  if (words.length === 1 && isPronoun(first)) {
    const m = /^(he|she|him|her)$/u.test(head)
      ? recent(mentions, paragraph, (x) => x.kind === "person")
      : /^(it)$/u.test(head)
        ? recent(mentions, paragraph, (x) => x.speaks && x.kind !== "person")
        : /^(they|them)$/u.test(head)
          ? recent(mentions, paragraph, (x) => x.speaks)
          : undefined;
    return m ? from(m, surface) : null;
  }
  const definite = /^(the|this|these|those|such)$/u.test(first.lower) && !words.slice(1).some(isCapitalized);
  if (definite && /^sources?$/u.test(head)) {
    const citer = recent(mentions, paragraph, (m) => m.citing.some((c) => /\bsources?\b/iu.test(c)));
    if (citer)
      return from(
        citer,
        surface,
        citer.citing.filter((c) => /\bsources?\b/iu.test(c)),
      );
  }
  if (definite) {
    const named = recent(
      mentions,
      paragraph,
      (m) => m.speaks && hasWord(m.name, head) && m.name.toLowerCase() !== surface.toLowerCase(),
    );
    // An outlet word refers back to the last outlet even with a modifier ("the industry publication"); a
    // person word only bare ("the official"). Other bodies only by their own word: "the ministry" is not
    // whatever body spoke last.
    const byKind = OUTLET_HEADS.has(head)
      ? recent(mentions, paragraph, (m) => m.speaks && m.kind === "outlet")
      : PERSON_HEADS.has(head) && words.length === 2
        ? recent(mentions, paragraph, (m) => m.kind === "person")
        : undefined;
    const m = named ?? byKind;
    if (m) return from(m, surface);
  }
  if (words.length === 1 && isCapitalized(first)) {
    const m = recent(
      mentions,
      paragraph,
      (x) => x.kind === "person" && x.name !== surface && sameSurname(x.name.split(/\s+/u).at(-1) ?? "", surface),
    );
    if (m) return from(m, surface);
  }
  return { source: surface, citing: [], kind: kindOf(tokens, span) };
}
