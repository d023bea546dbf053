import { createHash } from "node:crypto";

/**
 * What a build worked out for each item (a file parsed, an article attributed), remembered across builds
 * by the item's content: once a live corpus has been built, a change to one file parses and attributes
 * that file's article alone. What one build did not ask for is forgotten at the next, so that memory
 * follows the corpus.
 */
export class BuildMemory<T> {
  #previous = new Map<string, T>();
  #current = new Map<string, T>();
  #fresh: string[] = [];

  /** Starts a build: what the last build used is kept for this one to reuse, the rest let go. */
  startBuild(): void {
    this.#previous = this.#current;
    this.#current = new Map();
    this.#fresh = [];
  }

  /** The ids of the items this build had to work out anew, in the order it asked. */
  get fresh(): readonly string[] {
    return this.#fresh;
  }

  /** What `work` gives for `content`, remembered when the same content was worked out before. */
  recall(id: string, content: unknown, work: () => T): T {
    const key = contentKey(content);
    let found = this.#current.get(key) ?? this.#previous.get(key);
    if (found === undefined) {
      found = work();
      this.#fresh.push(id);
    }
    this.#current.set(key, found);
    return found;
  }

  /** Keeps what was worked out for `content`, if anything was, for the builds after this one, without working it out. */
  keep(content: unknown): void {
    const key = contentKey(content);
    const found = this.#current.get(key) ?? this.#previous.get(key);
    if (found !== undefined) this.#current.set(key, found);
  }

  /** Remembers what was worked out elsewhere (an index built before, or loaded from the cache). */
  remember(content: unknown, value: T): void {
    this.#current.set(contentKey(content), value);
  }
}

/** Keys already worked out, by object: an unchanged file's article is the same object build after build. */
const keys = new WeakMap<object, string>();

/** What content is remembered by: a hash of its JSON. Content must not change once keyed. */
export function contentKey(content: unknown): string {
  const known = typeof content === "object" && content !== null ? keys.get(content) : undefined;
  if (known !== undefined) return known;
  const key = createHash("sha256").update(JSON.stringify(content)).digest("hex");
  if (typeof content === "object" && content !== null) keys.set(content, key);
  return key;
}
