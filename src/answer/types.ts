import type { Attribution } from "../attribution/types.ts";

/** `ok` when passages answer; `no_match` when the corpus does not (and says so rather than guess). */
export type Status = "ok" | "no_match";

/** One quoted passage of an answer. Every string in it is verbatim from the corpus. */
export interface Passage {
  articleId: string;
  title: string;
  /** 1-based, counted after the headline. */
  paragraph: number;
  /** The best-matching sentence or two, cut from `text` unchanged. */
  quote: string;
  /** The whole paragraph. */
  text: string;
  score: number;
  /** `[start, end)` offsets into `quote` of the words that matched, for bolding. */
  highlights: Array<[number, number]>;
  /**
   * Who the article says makes the quoted claim: the sources whose reported clause holds the words that
   * matched. Empty for the article's own voice.
   */
  attribution: Attribution[];
  /** The quote's sentences, each with every source the article gives it. */
  sentences: QuotedSentence[];
}

/** A sentence of a quote: `[start, end)` offsets into `quote`, and who the article says says it. */
export interface QuotedSentence {
  start: number;
  end: number;
  attribution: Attribution[];
}

/** What a query is: a question (`/ask`) or a claim to find the sources of (`/sources`). */
export type QueryKind = "ask" | "sources";

/** The answer to a question or a claim: plain data, for any renderer. */
export interface Answer {
  query: string;
  kind: QueryKind;
  status: Status;
  /** The query's content words that the corpus (or the chosen article) never uses, folded to lower case. */
  unmatched: string[];
  results: Passage[];
}

/** What a caller may set on a search. */
export interface AnswerOptions {
  /** How many passages to return at most. Default: 3. */
  limit?: number;
  /** Restrict the search to this article id. Default: the whole corpus. */
  article?: string;
  /**
   * A question or a claim: only a question is held to the kind of answer its wording asks for ("how
   * many" wants a number). Default: "ask".
   */
  kind?: QueryKind;
}
