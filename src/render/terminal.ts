import { styleText } from "node:util";
import type { Answer, Passage } from "../answer/types.ts";
import { attributionLine, mergeAttributions } from "../attribution/sources.ts";
import type { Attribution } from "../attribution/types.ts";
import type { IndexedArticle } from "../search/corpus-index.ts";
import { OWN_VOICE, QUERY_LABEL, tagsLine, unmatchedLine, verdict } from "./wording.ts";

/** How terminal text is styled: bold for matched words where the output is a terminal, plain elsewhere. */
export interface TerminalStyle {
  bold(text: string): string;
}

export const PLAIN: TerminalStyle = { bold: (text) => text };
export const ANSI: TerminalStyle = { bold: (text) => styleText("bold", text) };

/**
 * One answer as readable text: the query, the verdict when there is no match, each quote with its
 * paragraph and attribution, then the words never mentioned. `articleCount` is how many articles were
 * searched (one when the query named an article), which the verdict counts.
 */
export function renderAnswer(answer: Answer, articleCount: number, style: TerminalStyle = PLAIN): string {
  const lines = [`${QUERY_LABEL[answer.kind]}: ${answer.query}`];
  if (answer.status === "no_match") lines.push(`  ${verdict(answer.kind, articleCount)}`);
  for (const passage of answer.results) {
    lines.push(
      `  ¶${passage.paragraph} · ${passage.title} [${passage.articleId}]`,
      `    “${highlight(passage, style)}”`,
      `    — ${attributionText(passage.attribution)}`,
    );
  }
  if (answer.unmatched.length > 0) lines.push(`  ${unmatchedLine(answer.status, articleCount, answer.unmatched)}`);
  return lines.join("\n");
}

/** One article: headline, link, tags, and every paragraph with who speaks in it. */
export function renderArticle({ article, attribution }: IndexedArticle): string {
  const lines = [`${article.title} [${article.id}]`];
  if (article.url) lines.push(article.url);
  if (article.tags.length > 0) lines.push(tagsLine(article.tags.join(", ")));
  article.paragraphs.forEach((paragraph, i) => {
    lines.push(
      "",
      `¶${paragraph.number} ${paragraph.text}`,
      `   — ${attributionText(mergeAttributions(attribution[i] ?? []))}`,
    );
  });
  return lines.join("\n");
}

function highlight(passage: Passage, style: TerminalStyle): string {
  let out = "";
  let at = 0;
  for (const [start, end] of passage.highlights) {
    out += passage.quote.slice(at, start) + style.bold(passage.quote.slice(start, end));
    at = end;
  }
  return out + passage.quote.slice(at);
}

function attributionText(list: Attribution[]): string {
  return attributionLine(list) || OWN_VOICE;
}
