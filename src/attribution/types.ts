/**
 * Who the article says makes a claim: one entry per source of a sentence.
 * A sentence in the article's own voice has none.
 */
export interface Attribution {
  /** Who makes the claim, as the article names them ("The Sun", "a high-ranking British official"). */
  source: string;
  /** Whom the source relies on, where the article says so ("sources in the British government"). */
  citing: string[];
  /** The reporting words ("reports", "according to", "fears", "said"). */
  cue: string;
  /** Words that weaken the claim ("probably", "reportedly", "may"). */
  hedges: string[];
  /** The form at the cue when it differs from `source`: a pronoun or description resolved elsewhere ("he"). */
  surface?: string;
}

/** The attributions of one article: `[paragraph index][sentence index]`, in the article's own order. */
export type ArticleAttribution = Attribution[][][];
