import type { Answer } from "../answer/types.ts";
import { contradictsLine, nearLine, supportsLine, verdict } from "../wording/answers.ts";

/**
 * The line a reply opens with, saying its verdict, for every renderer: the honest no (`no_match`), what is
 * missing (`near`), the clashing words side by side (`contradicts`), that the article reports the claim and
 * how sure its source is (`supports`). Undefined for `answers`: the quote, first, is the answer. `word`
 * renders a word or phrase from the query or the article (bold, escaped) as the renderer does.
 */
export function verdictText(answer: Answer, articleCount: number, word: (text: string) => string): string | undefined {
  const first = answer.results[0];
  switch (answer.verdict) {
    case "answers":
      return undefined;
    case "no_match":
      return verdict(answer.kind, articleCount);
    case "supports":
      return supportsLine(articleCount, [...new Set(first?.attribution.flatMap((a) => a.hedges) ?? [])]);
    case "contradicts": {
      const contrast = first?.contrast;
      if (!contrast) return undefined;
      return contradictsLine(contrast.kind, word(contrast.article), word(contrast.claim));
    }
    case "near": {
      // Words no article uses are said so ("never mentions"); the rest of what the quote lacks is the quote's.
      const never = new Set(answer.unmatched.map((w) => w.toLowerCase()));
      const unquoted = (first?.missing?.words ?? []).filter((w) => !never.has(w.toLowerCase()));
      return nearLine(answer.kind, articleCount, {
        never: answer.unmatched.map(word),
        unquoted: unquoted.map(word),
        ...(first?.missing?.answer && { answer: first.missing.answer }),
      });
    }
  }
}

/** Whether a reply lists the query's words that no article uses on a line of their own: a `near` one says them in its verdict. */
export function listsUnmatched(answer: Answer): boolean {
  return answer.unmatched.length > 0 && answer.verdict !== "near";
}
