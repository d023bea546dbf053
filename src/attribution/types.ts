/** `[start, end)` character offsets into one sentence's text. */
export type Claim = [start: number, end: number];

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
  /**
   * What the source is credited with saying: the clause its cue governs, as `[start, end)` offsets into
   * the sentence's own text ("the plan had failed" in "The minister said the plan had failed", only
   * "which X referred to as a “crusade”" in "After the ousting, which X referred to as a “crusade”,
   * Russia lost ..."). The whole sentence where the extractor cannot tell, and for a sentence that only
   * carries on a quotation. Absent on attributions not from the extractor (then: the whole sentence),
   * and on the merged attributions of several sentences (`mergeAttributions`), whose offsets would have
   * no one sentence to point into.
   */
  claim?: Claim;
}

/** The attributions of one article: `[paragraph index][sentence index]`, in the article's own order. */
export type ArticleAttribution = Attribution[][][];
