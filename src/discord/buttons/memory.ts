import { randomBytes } from "node:crypto";
import type { QueryKind } from "../../answer/types.ts";

/** A passage as the buttons refer to it: its article and paragraph, which stay put while its quote is worked out anew. */
export interface PassageRef {
  articleId: string;
  paragraph: number;
}

/** What an answer's buttons need to act on it: the query as asked, by whom, where, and how it was shown. */
export interface AskedAnswer {
  kind: QueryKind;
  /** The question or claim, whole (the message echoes at most 300 characters of it). */
  query: string;
  /** The `article:` it was asked of, if any. */
  article?: string;
  /** Who asked: the only one who may page a private answer. */
  asker: string;
  /** Whether only the asker sees it. */
  private: boolean;
}

/** An answer remembered: what was asked, the passages found so far in order, and who said it was not right. */
export interface Remembered extends AskedAnswer {
  /** The passages in the order they were shown, page after page; grows as later pages are asked for. */
  refs: PassageRef[];
  /** Whether `refs` holds every passage that answers: no page after the last. */
  complete: boolean;
  /** Who clicked "Not right?" already, so that a second click records nothing more. */
  readonly flagged: Set<string>;
}

/**
 * How long an answer's buttons act: long enough to read an answer and page through it, short enough that
 * a question is not kept once its reader has moved on; asking again costs under a millisecond. It is also
 * how long Discord lets the bot edit its reply.
 */
export const BUTTONS_LIVE_MS = 15 * 60_000;

/**
 * Answers remembered at most: a bound on memory (a query is at most 6,000 characters: some 12 MB for 2,000
 * answers of that size, a few hundred kilobytes for real questions) that a bot answering under two
 * questions a second never reaches within `BUTTONS_LIVE_MS`; past it, the oldest answers' buttons expire first.
 */
export const ANSWERS_KEPT = 2_000;

/** How a key is written: 6 random bytes as 8 base64url characters, unguessable among 2,000 live ones. */
const KEY_BYTES = 6;

/**
 * The answers whose buttons still act, in this process's memory only: nothing is written anywhere, and a
 * restart expires every button, which then says so. A click reaches the process that answered, since
 * Discord sends a server's interactions to the shard that holds it and moves no server mid-session; a DM's
 * go to shard 0, which answered it too. Bounded by count and by age, oldest first.
 */
export class AnswerMemory {
  readonly #kept = new Map<string, Remembered & { at: number }>();
  readonly #max: number;
  readonly #liveMs: number;
  readonly #now: () => number;

  constructor({ max = ANSWERS_KEPT, liveMs = BUTTONS_LIVE_MS, now = Date.now } = {}) {
    this.#max = max;
    this.#liveMs = liveMs;
    this.#now = now;
  }

  /** Remembers an answer shown with its first passages; gives the key its buttons carry. */
  remember(asked: AskedAnswer, refs: PassageRef[], complete: boolean): string {
    this.#forgetOld();
    let key = newKey();
    while (this.#kept.has(key)) key = newKey();
    this.#kept.set(key, { ...asked, refs: [...refs], complete, flagged: new Set(), at: this.#now() });
    return key;
  }

  /** The answer a key names, while its buttons act; undefined once expired, or for a key never given. */
  recall(key: string): Remembered | undefined {
    const kept = this.#kept.get(key);
    if (!kept || this.#now() - kept.at > this.#liveMs) return undefined;
    return kept;
  }

  /** How many answers are remembered: at most `max`. */
  get size(): number {
    return this.#kept.size;
  }

  /** Forgets the expired answers, and the oldest past `max - 1`: the map's order is the order they were asked. */
  #forgetOld(): void {
    const before = this.#now() - this.#liveMs;
    for (const [key, kept] of this.#kept) {
      if (kept.at >= before && this.#kept.size < this.#max) break;
      this.#kept.delete(key);
    }
  }
}

function newKey(): string {
  return randomBytes(KEY_BYTES).toString("base64url");
}
