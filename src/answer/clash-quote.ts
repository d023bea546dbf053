import type { Paragraph } from "../corpus/types.ts";
import type { QuoteSpan } from "./quote.ts";
import type { Contrast } from "./types.ts";

/**
 * The quote of a passage that contradicts a claim, widened to the sentence of its paragraph where the
 * clashing words stand when that is not a quoted one (`VERDICT.elsewhere`), with the clash's offsets moved
 * to match: a reply that says "the article says three days" shows those words, and `articleAt` always
 * points into `quote`.
 */
export function quoteWithClash(
  paragraph: Paragraph,
  span: QuoteSpan,
  contrast: Contrast,
): { span: QuoteSpan; contrast: Contrast } {
  const [start, end] = contrast.articleAt;
  if (start >= 0 && end <= span.end - span.start) return { span, contrast };
  const clashing = clashSentence(paragraph, span, contrast);
  const sentence = paragraph.sentences[clashing];
  if (!sentence) return { span, contrast };
  const widened: QuoteSpan = {
    first: Math.min(span.first, clashing),
    best: span.best,
    last: Math.max(span.last, clashing),
    start: Math.min(span.start, sentence.start),
    end: Math.max(span.end, sentence.end),
  };
  const shift = span.start - widened.start;
  return { span: widened, contrast: { ...contrast, articleAt: [start + shift, end + shift] } };
}

/** The index of the paragraph's sentence where a clash stands (`articleAt` counts from the quote's start), or -1. */
export function clashSentence(paragraph: Paragraph, span: QuoteSpan, contrast: Contrast): number {
  const at = span.start + contrast.articleAt[0];
  return paragraph.sentences.findIndex((sentence) => sentence.start <= at && at < sentence.end);
}
