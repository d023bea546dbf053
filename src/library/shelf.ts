import type { Answer, AnswerOptions } from "../answer/types.ts";
import type { CorpusIndex, IndexedArticle } from "../search/corpus-index.ts";
import { answerAcross } from "./across.ts";
import type { Provenance } from "./store.ts";

/** A server's library as loaded: its index, and who added each article, when and from where. */
export interface ServerLibrary {
  /** The server's id. */
  server: string;
  index: CorpusIndex;
  provenance: ReadonlyMap<string, Provenance>;
}

/**
 * The libraries one request reads: the operator's, and the server's own where the request comes from a
 * server that has citebot (none in DMs and user installs). An id is looked for in the server's library
 * first: within a server, its own article is the one its moderators added and can remove.
 */
export class Shelf {
  readonly operator: CorpusIndex;
  readonly server: ServerLibrary | undefined;

  constructor(operator: CorpusIndex, server?: ServerLibrary) {
    this.operator = operator;
    this.server = server && server.index.articles.size > 0 ? server : undefined;
  }

  /** The indexes answered from, the server's first. */
  get indexes(): CorpusIndex[] {
    return this.server ? [this.server.index, this.operator] : [this.operator];
  }

  /** An article by id, the server's first. */
  article(id: string): IndexedArticle | undefined {
    return this.server?.index.articles.get(id) ?? this.operator.articles.get(id);
  }

  /** Every article read, the server's first; an operator's article under an id the server also uses is not reachable here. */
  articles(): IndexedArticle[] {
    const own = this.server ? [...this.server.index.articles.values()] : [];
    const taken = new Set(own.map((indexed) => indexed.article.id));
    return [...own, ...[...this.operator.articles.values()].filter((indexed) => !taken.has(indexed.article.id))];
  }

  /** How many articles are read. */
  get articleCount(): number {
    return this.articles().length;
  }

  /** The index holding article `id`, the server's first. */
  holder(id: string): CorpusIndex | undefined {
    return this.indexes.find((index) => index.articles.has(id));
  }

  /** The answer from every library read, as one library of all their articles would give it. */
  answer(query: string, options: AnswerOptions = {}): Answer {
    return answerAcross(this.indexes, query, options);
  }
}
