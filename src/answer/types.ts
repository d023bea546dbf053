import type { Attribution } from "../attribution/types.ts";
import type { Asked } from "../text/asked.ts";

/** `ok` when passages answer; `no_match` when the corpus does not (and says so rather than guess). */
export type Status = "ok" | "no_match";

/**
 * What a reply does for a question (`ask`): a passage `answers` it (it holds what is asked, and for who,
 * when or how many a name, a date or a number), or only comes `near` (the closest passages, though the
 * articles do not say what is asked), or nothing matches (`no_match`).
 */
export type AskVerdict = "answers" | "near" | "no_match";

/**
 * What a reply does for a claim (`sources`): a passage `supports` it (states it), `contradicts` it (says
 * otherwise: another figure, the claim denied, the opposite word, another actor or place), or only comes
 * `near`; or nothing matches (`no_match`).
 */
export type SourcesVerdict = "supports" | "contradicts" | "near" | "no_match";

/** A reply's verdict, the first thing every renderer says. */
export type Verdict = AskVerdict | SourcesVerdict;

/** What one passage does for the query; a passage shown is never `no_match`. */
export type PassageVerdict = Exclude<Verdict, "no_match">;

/** How a passage says otherwise than a claim. */
export type ContrastKind = "number" | "date" | "quantity" | "negation" | "antonym" | "actor" | "place";

/** The words that clash between a claim and a passage that contradicts it, each verbatim. */
export interface Contrast {
  kind: ContrastKind;
  /** The claim's words ("ten"), cut from the query. */
  claim: string;
  /** The article's words ("two"), cut from the quote. */
  article: string;
  /** `[start, end)` of `claim` in the query. */
  claimAt: [number, number];
  /** `[start, end)` of `article` in the quote (widened to the clashing sentence where it stood elsewhere in its paragraph). */
  articleAt: [number, number];
}

/** What a passage that only comes near lacks of the query. */
export interface Missing {
  /** The query's words the quote does not hold, as the user wrote them, weightiest first. */
  words: string[];
  /** The kind of answer the question asks for that the quote does not give ("how many" and no number). */
  answer?: Asked;
}

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
  /** What this passage does for the query: `answers` or `near` for a question; `supports`, `contradicts` or `near` for a claim. */
  verdict: PassageVerdict;
  /** On a `contradicts` passage: what clashes. */
  contrast?: Contrast;
  /** On a `near` passage: what it lacks. */
  missing?: Missing;
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
  /** `no_match` exactly when `results` is empty; `ok` otherwise, a `near` reply included. */
  status: Status;
  /** What the reply does for the query: its first passage's verdict, or `no_match`. */
  verdict: Verdict;
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
