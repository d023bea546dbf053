import { lexiconTags } from "../text/word-tables.ts";
import { BODY_HEADS, OUTLET_HEADS, OUTLET_MARKERS, PERSON_HEADS } from "./lexicon.ts";
import { type Gender, genderOf, nameParts, type People, type Person } from "./people.ts";
import { type Span, spanText } from "./phrases.ts";
import { breaksAfter, isAbbreviation, isCapitalized, isPronoun, type TaggedToken } from "./tokens.ts";

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
  /** Whether they speak or are the subject of their clause: whom a later "he" most likely means. */
  salient: boolean;
  /** The sentence, counted over the whole article: a pronoun looks first at persons named earlier in its own. */
  sentence: number;
  /** The person a person mention names, whose sex a pronoun may have told. */
  person?: Person;
  /** What the mention's own words say of its sex, where it names nobody the article knows by name. */
  gender?: Gender;
  /** The apposition that described them ("a spokesman for the PMF"), for "the spokesman" to find them. */
  description?: string;
}

/** What the article has named up to the sentence being read. */
export interface Discourse {
  mentions: Mention[];
  people: People;
  paragraph: number;
  sentence: number;
}

/** A subject made into a source: the name it stands for, what that source cites, and the form at the cue. */
export interface Resolved {
  source: string;
  citing: string[];
  kind: Kind;
  surface?: string;
  /** The person the source is, where it names one: the article's fullest name for them may come later. */
  person?: Person;
  gender?: Gender;
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
  const actor = (w: TaggedToken | undefined) =>
    !!w && w.tags.has("Actor") && !w.tags.has("Plural") && !BODY_HEADS.has(w.lower);
  // "Defense attorney Nic Cocis": a role right before a name is that person's.
  const titled = words.some((w, k) => k < words.length - 1 && actor(w) && isCapitalized(words[k + 1] as TaggedToken));
  if (
    actor(last) ||
    titled ||
    words.some((w) => w.tags.has("Person") || PERSON_HEADS.has(w.lower)) ||
    /^(he|she|him|her)$/u.test(head)
  ) {
    return "person";
  }
  const outlet = words.some((w) => OUTLET_MARKERS.has(w.lower) || /\.(com|org|net|ru|co\.uk)$/u.test(w.lower));
  return outlet || OUTLET_HEADS.has(head) ? "outlet" : "group";
}

/** A person's name in a sentence, and the tokens `[at, end)` it spans. */
export interface PersonName {
  name: string;
  at: number;
  end: number;
}

/**
 * Person names of a tagged sentence (runs of capitalized words holding a word compromise tags as a
 * person, opened by a title, or that `known` says name someone the article knows), for a later "he" to
 * find even where the person made no claim. Quoted words are the speaker's and left out (`quoted` says
 * which); a possessive ends a name ("Gov. Chris Christie’s State of the State speech").
 */
export function personNames(
  text: string,
  tokens: TaggedToken[],
  quoted: (index: number) => boolean,
  known: (words: TaggedToken[]) => boolean,
): PersonName[] {
  const names: PersonName[] = [];
  let run: number[] = [];
  const flush = () => {
    const [first, last] = [tokens[run[0] ?? -1], tokens[run.at(-1) ?? -1]];
    const words = run.map((k) => tokens[k] as TaggedToken);
    const titled = run.length > 1 && !!first && PERSON_HEADS.has(first.lower);
    if (first && last && (titled || words.some((w) => w.tags.has("Person")) || known(words))) {
      names.push({ name: text.slice(first.start, last.end), at: run[0] as number, end: (run.at(-1) as number) + 1 });
    }
    run = [];
  };
  tokens.forEach((token, k) => {
    const last = tokens[run.at(-1) ?? -1];
    if (last && (breaksAfter(last) || last.tags.has("Possessive"))) flush();
    // A surname the article knows stays one where the tagger reads it otherwise ("Yellen" as an adjective).
    const nameWord = token.tags.has("Noun") || (run.length === 0 && known([token]));
    if (isCapitalized(token) && nameWord && !isPronoun(token) && !quoted(k)) run.push(k);
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
  const resolved: Resolved = { source: m.name, citing, kind: m.kind, surface };
  if (m.person) resolved.person = m.person;
  const gender = genderOfMention(m);
  if (gender) resolved.gender = gender;
  return resolved;
}

/** A mention's sex as far as the article has told it. */
export function genderOfMention(m: Mention): Gender | undefined {
  return m.person?.gender ?? m.gender;
}

/**
 * The person "he" or "she" stands for: one named earlier in the same sentence ("When investigators
 * questioned Avalos, she said"), else the latest person who spoke or was the subject of a clause, else
 * the latest person named, within reach, whose sex does not differ. The pronoun tells the sex of a person
 * whose words did not.
 */
function personFor(pronoun: string, context: Discourse): Mention | undefined {
  const gender: Gender = /^(he|him|his)$/u.test(pronoun) ? "male" : "female";
  const fits = (m: Mention) => m.kind === "person" && (genderOfMention(m) ?? gender) === gender;
  const { mentions, paragraph, sentence } = context;
  const m =
    recent(mentions, paragraph, (x) => x.sentence === sentence && fits(x)) ??
    recent(mentions, paragraph, (x) => x.salient && fits(x)) ??
    recent(mentions, paragraph, fits);
  if (m && !genderOfMention(m)) {
    if (m.person) m.person.gender = gender;
    else m.gender = gender;
  }
  return m;
}

/**
 * A person phrase's source: the person the article knows by that name, under the fullest name it used so
 * far ("Doherty" and "Gov. Christie" stand for whom the article named in full), or a person it names for
 * the first time. A phrase whose words end in no person's name (descriptions, bodies) gets none.
 */
function personOf(words: TaggedToken[], surface: string, kind: Kind, people: People): Person | undefined {
  const parts = nameParts(words);
  if (!parts) return undefined;
  // Only a name that ends the phrase in its own words: not "a spokeswoman for the Service Employees ...".
  const run = words.slice(Math.max(0, parts.start));
  const before = words[parts.start - 1];
  if (before && (before.tags.has("Preposition") || before.tags.has("Determiner"))) return undefined;
  if (parts.given.length === 0) return words.every(isNameWord) ? people.find(parts) : undefined;
  const tagged = (names: RegExp) => run.some((w) => [...w.tags].some((tag) => names.test(tag)));
  // Words the lexicon does not know at all ("Kisha Renner") name a person more often than anything else.
  const unknown = run.every((w) => isTitleWord(w) || lexiconTags(w.lower).length === 0);
  const personal = kind === "person" || ((tagged(PERSON_TAGS) || unknown) && !tagged(PLACE_TAGS));
  return personal ? people.add(surface, words) : undefined;
}

/** A word that can stand in a short form of a name: capitalized ("Doherty", "Gov."), or an initial. */
function isNameWord(word: TaggedToken): boolean {
  return isCapitalized(word) || isAbbreviation(word);
}

/** A title before a name, whatever the lexicon says of the word: "Sen.", "Mr". */
function isTitleWord(word: TaggedToken): boolean {
  return word.tags.has("Honorific") || isAbbreviation(word);
}

/** compromise's tags for a word of a person's name, and for one of a place's or a body's. */
const PERSON_TAGS = /^(Person|FirstName|MaleName|FemaleName|LastName|Honorific)$/u;
const PLACE_TAGS = /^(Organization|Place|Country|City|Region)$/u;

/**
 * Resolves a subject against what the article named before it: "he" to the person named just before or
 * who last spoke, "it" to the latest body that spoke, "The sources" to the sources last cited (with whoever
 * cited them), "the agency" to the latest source with that word or, for outlet words, the latest outlet,
 * and a surname or title with it to the full name. A pronoun with nothing to stand for gives null; any
 * other phrase stands for itself.
 */
export function resolve(text: string, tokens: TaggedToken[], span: Span, context: Discourse): Resolved | null {
  const { mentions, paragraph, people } = context;
  const words = tokens.slice(span.start, span.end);
  const surface = spanText(text, tokens, span);
  const first = words[0] as TaggedToken;
  const head = (words.at(-1) as TaggedToken).lower;
  if (words.length === 1 && isPronoun(first)) {
    const m = /^(he|she|him|her)$/u.test(head)
      ? personFor(head, context)
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
    // person word only bare, and to a person it describes ("the spokesman" for "X, a spokesman for the
    // PMF"; "the mayor" is not whoever was named last). Other bodies only by their own word: "the ministry"
    // is not whatever body spoke last.
    const described = (m: Mention) => hasWord(m.name, head) || hasWord(m.description ?? "", head);
    const byKind = OUTLET_HEADS.has(head)
      ? recent(mentions, paragraph, (m) => m.speaks && m.kind === "outlet")
      : PERSON_HEADS.has(head) && words.length === 2
        ? recent(mentions, paragraph, (m) => m.kind === "person" && described(m))
        : undefined;
    const m = named ?? byKind;
    if (m) return from(m, surface);
  }
  const kind = kindOf(tokens, span);
  const person = kind === "outlet" ? undefined : personOf(words, surface, kind, people);
  if (person) {
    const resolved: Resolved = { source: person.name, citing: [], kind: "person", surface, person };
    if (person.gender) resolved.gender = person.gender;
    return resolved;
  }
  const resolved: Resolved = { source: surface, citing: [], kind };
  const gender = kind === "person" ? genderOf(words) : undefined;
  if (gender) resolved.gender = gender;
  return resolved;
}
