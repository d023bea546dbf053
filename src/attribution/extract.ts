import { articleFault } from "../corpus/errors.ts";
import type { Article, Paragraph, Sentence } from "../corpus/types.ts";
import { claimSpan } from "./claims.ts";
import { findCues } from "./cues.ts";
import { hedgeWords, hedgingCues } from "./hedges.ts";
import { nameParts, People, type Person } from "./people.ts";
import { clauseStart, spanText } from "./phrases.ts";
import { isQuoted, type Quotation, quotations } from "./quotes.ts";
import { type Discourse, type Mention, type PersonName, personNames, resolve } from "./resolve.ts";
import { isPronoun, mayHaveCue, type TaggedToken, tagWords } from "./tokens.ts";
import type { ArticleAttribution, Attribution, Claim } from "./types.ts";

/** An attribution with where its cue stands in the paragraph, for quotations to find their speaker. */
interface Placed {
  attribution: Attribution;
  cueOffset: number;
  /** Hedging reporting words ("claims"), which go with the attribution wherever it is carried. */
  cueHedges: string[];
}

/** A pronoun that may need an earlier sentence's person names. */
const PERSONAL = /\b(?:he|she|his|her|him)\b/iu;

/**
 * Who says what in an article: one list of attributions per sentence of every paragraph, empty where the
 * sentence is in the article's own voice. Pronouns and descriptions ("he", "The sources", "the agency")
 * resolve to sources named earlier, and the sentences of a quotation carry the attribution of its cue.
 */
export function attributeArticle(article: Article): ArticleAttribution {
  const text = article.paragraphs.map((paragraph) => paragraph.text).join("\n\n");
  const context: Discourse = { mentions: [], people: new People(text), paragraph: 0, sentence: 0 };
  const persons = new Map<string, Person>();
  let before: Before | undefined;
  const attribution = article.paragraphs.map((paragraph, p) => {
    try {
      const quotes = quotations(paragraph.text);
      context.paragraph = p;
      const read = paragraph.sentences.map((sentence, s) => {
        const next = paragraph.sentences[s + 1] ?? article.paragraphs[p + 1]?.sentences[0];
        context.sentence++;
        return attributeSentence(sentence, quotes, context, persons, !!next && PERSONAL.test(next.text));
      });
      const placed = read.map((x) => x.placed);
      carryQuotations(
        paragraph,
        quotes,
        placed,
        before,
        read.map((x) => x.voices),
      );
      const last = paragraph.sentences.at(-1);
      const open = (quotes.at(-1)?.close ?? 0) >= paragraph.text.length;
      if (last) before = { sentence: last, placed: placed.at(-1) ?? [], open };
      return placed.map((list) => list.map((x) => x.attribution));
    } catch (error) {
      throw articleFault(article.file, error, paragraph.line);
    }
  });
  return fullestNames(attribution, persons);
}

/**
 * Names every person source by the fullest name the article gives them, wherever in the article that is:
 * "Mr Obama" and "President Obama" are "President Barack Obama", one source. `persons` maps each name a
 * source was given to the person it names.
 */
function fullestNames(attribution: ArticleAttribution, persons: Map<string, Person>): ArticleAttribution {
  for (const a of attribution.flat(2)) {
    const person = persons.get(a.source);
    if (!person || person.name === a.source) continue;
    a.surface ??= a.source;
    a.source = person.name;
  }
  return attribution;
}

/** A sentence read: its own attributions, and whom the quotation it lies in attributes words to. */
interface Read {
  placed: Placed[];
  /**
   * The named subjects of reporting cues inside quotation marks ("[Bruck] said" in a quoted report): whom
   * the quotation's speaker relies on, where the sentence takes its speaker from its quotation.
   */
  voices: string[];
}

function attributeSentence(
  sentence: Sentence,
  quotes: Quotation[],
  context: Discourse,
  persons: Map<string, Person>,
  personAhead: boolean,
): Read {
  const { mentions } = context;
  const p = context.paragraph;
  const cued = mayHaveCue(sentence.text);
  if (!cued && !personAhead) return { placed: [], voices: [] };
  const { text } = sentence;
  const tokens = tagWords(text);
  const quoted = (i: number) => isQuoted(quotes, sentence.start + (tokens[i]?.start ?? 0));
  const cues = cued ? findCues(text, tokens, quoted) : [];
  // Names inside a source's own phrase are that source, mentioned when it is.
  const inSubject = (at: number) => cues.some(({ subject: { span } }) => at >= span.start && at < span.end);
  const known = (words: TaggedToken[]) => {
    const parts = nameParts(words);
    return !!parts && parts.given.length === 0 && !!context.people.find(parts);
  };
  const names = personNames(text, tokens, quoted, known).filter((name) => !inSubject(name.at));
  const starts = cues.map((cue) => Math.min(cue.at, cue.subject.span.start));
  const local = quotes
    .map((q) => ({ open: q.open - sentence.start, close: q.close - sentence.start }))
    .filter((q) => q.close > 0 && q.open < text.length);
  const placed: Placed[] = [];
  cues.forEach((cue, j) => {
    mentionNames(names, cue.subject.span.start, tokens, context);
    const resolved = resolve(text, tokens, cue.subject.span, context);
    if (!resolved) return;
    if (resolved.person) persons.set(resolved.source, resolved.person);
    const citing = unique([...resolved.citing, ...cue.citing.map((span) => spanText(text, tokens, span))]);
    const cueToken = tokens[cue.at] as TaggedToken;
    const cueHedges = hedgingCues([cueToken.lower, ...cue.nested]);
    const hedges = unique([...hedgeWords(scope(text, tokens, starts, starts[j] ?? 0)), ...cueHedges]);
    const attribution: Attribution = { source: resolved.source, citing, cue: cue.cue, hedges };
    if (resolved.surface && resolved.surface !== resolved.source) attribution.surface = resolved.surface;
    attribution.claim = claimSpan(text, tokens, cue, cues, local);
    const mention: Omit<Mention, "sentence"> = {
      name: resolved.source,
      citing,
      kind: resolved.kind,
      paragraph: p,
      speaks: true,
      salient: true,
    };
    if (cue.subject.apposition) mention.description = spanText(text, tokens, cue.subject.apposition);
    mentions.push(withPerson(mention, resolved, context.sentence));
    placed.push({ attribution, cueOffset: sentence.start + cueToken.start, cueHedges });
  });
  mentionNames(names, Number.POSITIVE_INFINITY, tokens, context);
  const voices = cues.length === 0 && cued ? voicesIn(text, tokens, quoted, context) : [];
  return { placed: mergeSameSource(foldNested(placed, sentence)), voices };
}

/** The named sources of the reporting cues inside a sentence's quotation marks, as the article knows them. */
function voicesIn(text: string, tokens: TaggedToken[], quoted: (i: number) => boolean, context: Discourse): string[] {
  const inside = findCues(text, tokens, () => false).filter((cue) => quoted(cue.at));
  const named = inside.filter((cue) => !isPronoun(tokens[cue.subject.span.start] as TaggedToken));
  return unique(named.map((cue) => resolve(text, tokens, cue.subject.span, context)?.source ?? ""));
}

/**
 * "Avalos believed he would be beaten up, not shot, Cocis said": a report inside the words another source
 * is credited with is that source's to tell. Its speaker becomes whom that source relies on rather than a
 * source of the article. A claim that is the whole sentence (where the extractor could not tell) holds none.
 */
function foldNested(placed: Placed[], sentence: Sentence): Placed[] {
  const at = (x: Placed) => x.cueOffset - sentence.start;
  const within = (x: Placed, claim: Claim | undefined) => !!claim && claim[0] <= at(x) && at(x) < claim[1];
  const part = (claim: Claim | undefined) => !!claim && (claim[0] > 0 || claim[1] < sentence.text.length);
  return placed.filter((inner) => {
    const outer = placed.find(
      (o) =>
        o.attribution.source !== inner.attribution.source &&
        part(o.attribution.claim) &&
        within(inner, o.attribution.claim) &&
        !within(o, inner.attribution.claim),
    );
    if (!outer) return true;
    const relied = [inner.attribution.source, ...inner.attribution.citing];
    outer.attribution.citing = unique([...outer.attribution.citing, ...relied]);
    return false;
  });
}

function withPerson(
  mention: Omit<Mention, "sentence">,
  found: { person?: Person; gender?: Mention["gender"] },
  sentence: number,
): Mention {
  const m: Mention = { ...mention, sentence };
  if (found.person) m.person = found.person;
  else if (found.gender) m.gender = found.gender;
  return m;
}

/**
 * Adds the names standing before token `before` to the mentions, and the people they name to the
 * article's: "he" may point back to them, not forward, and a later surname finds them.
 */
function mentionNames(names: PersonName[], before: number, tokens: TaggedToken[], context: Discourse): void {
  while ((names[0]?.at ?? Number.POSITIVE_INFINITY) < before) {
    const { name, at, end } = names.shift() as PersonName;
    const person = context.people.add(name, tokens.slice(at, end));
    const mention = {
      name: person?.name ?? name,
      citing: [],
      kind: "person" as const,
      paragraph: context.paragraph,
      speaks: false,
      salient: at === clauseStart(tokens, tokens.length),
    };
    context.mentions.push(withPerson(mention, { ...(person && { person }) }, context.sentence));
  }
}

/**
 * The part of a sentence a cue speaks for, so that a hedge in one source's claim does not weaken another's:
 * from where its subject or cue starts (the sentence's start for the first) to where the next one starts.
 */
function scope(text: string, tokens: TaggedToken[], starts: number[], start: number): string {
  const later = starts.filter((s) => s > start);
  const from = starts.some((s) => s < start) ? (tokens[start]?.start ?? 0) : 0;
  const to = later.length > 0 ? (tokens[Math.min(...later)]?.start ?? text.length) : text.length;
  return text.slice(from, to);
}

/** One entry per source and sentence: "blaming Iran ..., saying ..." is one claim-maker, not two. */
function mergeSameSource(placed: Placed[]): Placed[] {
  const kept: Placed[] = [];
  for (const x of placed) {
    const same = kept.find((k) => k.attribution.source === x.attribution.source);
    if (!same) {
      kept.push(x);
      continue;
    }
    same.attribution.citing = unique([...same.attribution.citing, ...x.attribution.citing]);
    same.attribution.hedges = unique([...same.attribution.hedges, ...x.attribution.hedges]);
    same.cueHedges = unique([...same.cueHedges, ...x.cueHedges]);
    same.attribution.claim = hull(same.attribution.claim, x.attribution.claim);
  }
  return kept;
}

/** The last sentence of the paragraph before, and whether that paragraph ended inside a quotation. */
interface Before {
  sentence: Sentence;
  placed: Placed[];
  open: boolean;
}

/**
 * Gives the sentences of a quotation their speaker: a quotation over several sentences takes the cue after
 * it ('..., he said.') or else the one before it ('X said: "...'); a sentence that opens with a quotation
 * and has no cue of its own continues the quotation of the sentence before, if that one was attributed,
 * across a paragraph break too (news style leaves a quotation running on to the next paragraph open).
 */
function carryQuotations(
  paragraph: Paragraph,
  quotes: Quotation[],
  placed: Placed[][],
  before: Before | undefined,
  voices: string[][],
): void {
  const { sentences } = paragraph;
  const carry = (s: number, speaker: Placed[]) => carried(sentences[s], speaker, voices[s] ?? []);
  const continues = (s: number) => {
    const sentence = sentences[s] as Sentence;
    if ((placed[s]?.length ?? 0) > 0 || !/^["“«]/u.test(sentence.text)) return;
    const previous =
      s > 0 ? { sentence: sentences[s - 1] as Sentence, placed: placed[s - 1] ?? [], open: false } : before;
    // A quotation goes on from one (left open at the end of the paragraph before, or closed in the sentence
    // before), or is announced by a report ending in a colon ("X reported on it:").
    const leads = !!previous && (previous.open || /["“”«»]|:$/u.test(previous.sentence.text));
    if (previous && leads) placed[s] = carry(s, previous.placed);
  };
  // Sentences opening with a quotation first, so that the rest of a quotation one opens finds its speaker.
  for (let s = 0; s < sentences.length; s++) continues(s);
  const sentenceAt = (offset: number) => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  for (const q of quotes) {
    const a = sentenceAt(q.open);
    const b = sentenceAt(Math.max(q.open, q.close - 1));
    if (a < 0 || b <= a) continue;
    const closing = (placed[b] ?? []).filter((x) => x.cueOffset > q.close);
    const opening = (placed[a] ?? []).filter((x) => x.cueOffset < q.open);
    const [from, to, speaker] = closing.length > 0 ? [a, b, closing] : [a + 1, b + 1, opening];
    for (let s = from; s < to; s++) if (placed[s]?.length === 0) placed[s] = carry(s, speaker);
  }
  for (let s = 1; s < sentences.length; s++) continues(s);
}

/**
 * A speaker's attribution for another sentence of its quotation, with that sentence's hedges and whom the
 * quotation itself names as saying its words (`voices`). Its cue now stands before the paragraph, so a
 * quotation opening here carries it on as the cue's own would.
 */
function carried(sentence: Sentence | undefined, speaker: Placed[], voices: string[]): Placed[] {
  return speaker.map((x) => ({
    ...x,
    cueOffset: -1,
    attribution: {
      ...x.attribution,
      citing: unique([...x.attribution.citing, ...voices.filter((v) => v !== x.attribution.source)]),
      hedges: unique([...hedgeWords(sentence?.text ?? ""), ...x.cueHedges]),
      // The cue is in another sentence: all of this one is the quotation's.
      claim: [0, sentence?.text.length ?? 0],
    },
  }));
}

/** The smallest span holding both claims: one source's two reports in a sentence credit it with both. */
function hull(a: Claim | undefined, b: Claim | undefined): Claim | undefined {
  return a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : undefined;
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter((item) => item !== ""))];
}
