import framingWords from "stopwords-en" with { type: "json" };
import { loadVectors } from "../lexicon/vectors.ts";
import { baseForms, consequences, phraseSynonyms, related, spelledOut } from "../lexicon/wordnet.ts";
import { type CorpusIndex, capitalizedNear } from "../search/corpus-index.ts";
import { fold, foldWord, perWord, type Token, termsOf, tokenize } from "../text/analyzer.ts";
import { LEXICON_NAME_TAGS } from "../text/names.ts";
import type { QueryWord } from "../text/query.ts";
import { baseForm, lexiconTags } from "../text/word-tables.ts";
import { isSpellingVariant } from "./spelling-variants.ts";
import { MIN_FUZZY_LENGTH, type Refusal } from "./tuning.ts";

/** Corpus terms that stand for a query word the corpus lacks, how much finding them counts, and how they were found. */
export interface Bridge {
  /** All of them must be found: the terms of "United Arab Emirates" for "UAE". */
  terms: string[];
  /** 1 for the same word written otherwise (initials, a misspelling); less for a related word. */
  credit: number;
}

/**
 * For each query word that the corpus (or the chosen article) never uses, what else it could be
 * written as there: its initials spelt out, a spelling one or two edits away, or a word WordNet relates
 * to it. Only missing words are bridged: expanding words the article has costs ranking.
 */
export function bridgeMissing(
  index: CorpusIndex,
  missing: QueryWord[],
  known: (term: string) => boolean,
  tuning: Refusal,
): Map<QueryWord, Bridge[]> {
  const bridges = new Map<QueryWord, Bridge[]>();
  for (const word of missing) {
    const found = [...initials(index, word), ...spellings(index, word), ...relatives(word, tuning)].filter((bridge) =>
      bridge.terms.every(known),
    );
    if (found.length > 0) bridges.set(word, found);
  }
  return bridges;
}

/**
 * "UAE" -> "United Arab Emirates", where the corpus writes out a name whose initials those are, or the
 * words it gives them for ("gross domestic product (GDP)"); and "GDP" -> "gross domestic product" where
 * WordNet lists the two as one, for a corpus that writes the words and never the initials.
 */
export function initials(index: CorpusIndex, word: QueryWord): Bridge[] {
  // A plural keeps its initials ("UAVs"), and so does a possessive ("the SP's standing orders").
  const surface = word.surface.replace(/['’]s$/u, "");
  if (!/^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})s?$/u.test(surface)) return [];
  // Only a lower-case "s" is a plural's: "US" is not the plural of "U".
  const key = fold(surface.replace(/(?<=\p{Lu}\.?)s$/u, "")).replaceAll(".", "");
  const names = index.initialisms.get(key) ?? [];
  const spelled = spelledOut(key).map((words) => tokenize(words).flatMap((token) => token.terms));
  const seen = new Set<string>();
  return [...names, ...spelled]
    .filter((terms) => terms.length > 0 && !seen.has(terms.join(" ")) && seen.add(terms.join(" ")))
    .map((terms) => ({ terms, credit: 1 }));
}

/**
 * The corpus's words one edit away, or two for a longer word ("suporting" -> "supporting", "Gadaffi"
 * -> "Gaddafi"), through MiniSearch's fuzzy look-up on the analysed term; the one found in most
 * paragraphs wins, the first in code-unit order among equals.
 */
function spellings(index: CorpusIndex, word: QueryWord): Bridge[] {
  // A word WordNet knows is spelt right: the corpus lacks that word, and putting one an edit or two away
  // in its place would answer another question ("publish" is not "polish"). Only such words are looked
  // up, which is also what keeps the costly search for distant spellings rare.
  const folded = foldWord(word.surface);
  if (baseForms(folded).length > 0) return [];
  // A word of the embeddings' vocabulary is a word of written English, mostly spelt right ("isomorphism"):
  // the common misspellings there ("occured", "goverment") are one edit from the word meant, and looking
  // two edits away for the rest would take a real word for another, and most of the time of the search.
  const twoEdits = !loadVectors()?.has(folded);
  const found = new Map<string, number>();
  // A name is misspelt for a name: looked for among the corpus's capitalized words alone.
  const near = (term: string, distance: number) =>
    [...(word.name ? capitalizedNear(index, term, distance) : index.miniSearch.termsNear(term, distance))].filter(
      ([match]) => match !== term,
    );
  // Edits are counted on the analysed term: "knocked" is "knock", and "block" is two edits from it. The
  // nearest spelling wins, and two edits are searched only where one finds nothing ("unkown" is "unknown").
  for (const term of word.terms.filter((t) => t.length >= MIN_FUZZY_LENGTH)) {
    let matches = near(term, 1);
    if (matches.length === 0 && twoEdits && term.length > MIN_FUZZY_LENGTH) matches = near(term, 2);
    for (const [match, paragraphs] of matches) found.set(match, (found.get(match) ?? 0) + paragraphs);
  }
  // Ties go to the first term in code-unit order: the order MiniSearch finds them in differs between an
  // index built and the same index loaded from the cache, and the answer must not.
  const best = [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
  return best ? [{ terms: [best[0]], credit: 1 }] : [];
}

/**
 * Words WordNet relates to the word ("migrant" -> "migration"), each a bridge of its own. A name takes a
 * second step, since its forms are spread over synonyms and pertainyms ("UK" -> "Britain" ->
 * "British"), but only to words that are names too: WordNet's senses of "Mars" include the verb "mar".
 */
function relatives(word: QueryWord, tuning: Refusal): Bridge[] {
  const folded = foldWord(word.surface);
  const words = new Set(word.name ? related(folded) : lemmasOf(folded).flatMap(relatedSpelt));
  if (word.name) for (const other of [...words]) for (const next of related(other)) words.add(next);
  const kept = word.name ? [...words].filter(isNameLike) : [...words];
  return kept.flatMap((other) => termsOf(other).map((term) => ({ terms: [term], credit: tuning.relatedCredit })));
}

/**
 * The terms of the words WordNet relates to a word that is not a name (its synonyms and word family:
 * "backing" -> support, back, endorse...), for telling that a passage says a query word in other words
 * though the corpus uses the word itself elsewhere (`relatedSpelt`). Remembered by word.
 */
export const relatedTerms = perWord((surface: string) => linkedTerms(surface, relatedSpelt));

/**
 * The terms of the verbs WordNet links to a word by cause or entailment, and of their word family ("killed"
 * -> die, death): words that speak of the same event, for telling that "no deaths" denies what "were killed"
 * claims. Not for support: "died" does not say who killed. Remembered by word.
 */
export const consequentTerms = perWord((surface: string) => linkedTerms(surface, consequences));

/** The terms of the words `link` gives for a word's WordNet lemmas. */
function linkedTerms(surface: string, link: (lemma: string) => readonly string[]): ReadonlySet<string> {
  return new Set(
    lemmasOf(baseForm(foldWord(surface)))
      .flatMap(link)
      .flatMap((other) => termsOf(other)),
  );
}

/**
 * For each word of `words` that ends, with the word before it in `text`, a two-word lemma of WordNet ("took
 * off": take_off), the terms of the lemma's single-word synonyms ("depart"): a passage that says in a word
 * what the query says in a phrase says that word. The word before may be one the analyzer drops ("took").
 * `tokens` are `text`'s, where the caller has read them already.
 */
export function phrasalTerms(
  text: string,
  words: readonly QueryWord[],
  tokens: readonly Token[] = tokenize(text),
): Map<QueryWord, ReadonlySet<string>> {
  const found = new Map<QueryWord, ReadonlySet<string>>();
  for (const word of words) {
    const before = tokens[tokens.findIndex((token) => token.start === word.start) - 1];
    if (before === undefined || word.name) continue;
    const synonyms = lemmasWithIrregular(before.surface).flatMap((first) =>
      lemmasWithIrregular(word.surface).flatMap((second) => phraseSynonyms(first, second)),
    );
    if (synonyms.length > 0) found.set(word, new Set(synonyms.flatMap((other) => termsOf(other))));
  }
  return found;
}

/** A word's WordNet lemmas, its irregular form's too ("took" → take), which WordNet's suffix rules miss. */
function lemmasWithIrregular(surface: string): string[] {
  const folded = foldWord(surface);
  return [...new Set([...lemmasOf(folded), ...lemmasOf(baseForm(folded))])];
}

/** Lexicon tags of a name, or of a people's adjective ("British"). */
const NAME_LIKE = new Set([...LEXICON_NAME_TAGS, "Demonym"]);

/** A word compromise knows only as a name, or not at all ("britain"): never a common word such as "violate". */
function isNameLike(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length === 0 || tags.some((tag) => NAME_LIKE.has(tag));
}

/**
 * The words WordNet relates to a lemma, and those it relates to the lemma's other spelling in its place
 * ("centre" -> center -> "central"): WordNet links only one spelling to the word's family.
 */
function relatedSpelt(lemma: string): string[] {
  const words = related(lemma);
  return [...words, ...words.filter((other) => isSpellingVariant(lemma, other)).flatMap((other) => related(other))];
}

function lemmasOf(folded: string): readonly string[] {
  const forms = baseForms(folded);
  return forms.length > 0 ? forms : [folded];
}

/**
 * The analysed terms of stopwords-iso's English list (1,298 words): the words a question is put in ("why",
 * "else", "happens", "kind") beside the short list that the analyzer drops. Terms, so that "happen" is found
 * through "happens".
 */
let framing: Set<string> | undefined;

/**
 * Whether a word the corpus lacks says how the question is put rather than what it is about ("why", "else",
 * "happen"): such a word is not listed as unmatched. Content words are, however common: "It never mentions
 * war" tells a reader something.
 */
export function isFiller(word: QueryWord): boolean {
  framing ??= new Set((framingWords as string[]).flatMap((w) => termsOf(w)));
  const terms = framing;
  return word.terms.every((term) => terms.has(term));
}

/**
 * A test of whether a passage word, as written, means nearly what a missing query word means, by the
 * embeddings ("payout" for "compensation", "boy" for "baby"): a bridge that WordNet's links do not make.
 * It remembers each word it was asked about, as the passages a question reads share most of their words.
 * undefined where the embeddings do not know the query word ("unkown"), or were not built: no passage word
 * is then read for it.
 */
export function meaningTest(word: QueryWord, tuning: Refusal): ((surface: string) => boolean) | undefined {
  const asked = foldWord(word.surface);
  const vectors = loadVectors();
  if (!vectors?.has(asked)) return undefined;
  const similarity = vectors.similarityTo(asked);
  const seen = new Map<string, boolean>();
  return (surface) => {
    let near = seen.get(surface);
    if (near === undefined) {
      near = similarity(foldWord(surface)) >= tuning.vectorSimilarity;
      seen.set(surface, near);
    }
    return near;
  };
}
