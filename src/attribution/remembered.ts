import { createHash } from "node:crypto";
import type { Article } from "../corpus/types.ts";
import { attributeArticle } from "./extract.ts";
import type { ArticleAttribution } from "./types.ts";

/**
 * Who says what, remembered across builds by each article's content: once a live corpus has been built,
 * a change to one file attributes that file's article alone, and attribution is most of a build's time.
 * What one build did not ask for is forgotten at the next, so that memory follows the corpus.
 */
export class RememberedAttribution {
  #previous = new Map<string, ArticleAttribution>();
  #current = new Map<string, ArticleAttribution>();
  #fresh: string[] = [];

  /** Starts a build: what the last build attributed is kept for this one to reuse, the rest let go. */
  startBuild(): void {
    this.#previous = this.#current;
    this.#current = new Map();
    this.#fresh = [];
  }

  /** The ids of the articles this build had to attribute, in the order it asked. */
  get attributed(): readonly string[] {
    return this.#fresh;
  }

  /** The article's attribution: remembered when an article with the same content was attributed before. */
  readonly attribute = (article: Article): ArticleAttribution => {
    const key = createHash("sha256").update(JSON.stringify(article)).digest("hex");
    let found = this.#current.get(key) ?? this.#previous.get(key);
    if (found === undefined) {
      found = attributeArticle(article);
      this.#fresh.push(article.id);
    }
    this.#current.set(key, found);
    return found;
  };
}
