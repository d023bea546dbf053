import { stripVTControlCharacters, styleText } from "node:util";
import type { Answer, Passage } from "../answer/types.ts";
import { attributionLine, mergeAttributions } from "../attribution/sources.ts";
import type { Attribution } from "../attribution/types.ts";
import type { ArticleOrigin } from "../library/store.ts";
import type { IndexedArticle } from "../search/corpus-index.ts";
import { withoutControls } from "../text/controls.ts";
import { OWN_VOICE, passageMark, QUERY_LABEL, tagsLine, unmatchedLine } from "../wording/answers.ts";
import { addedLine, operatorLine, serverLine } from "../wording/corpus.ts";
import { listsUnmatched, verdictText } from "./verdict.ts";

/** How terminal text is styled: bold for matched words where the output is a terminal, plain elsewhere. */
export interface TerminalStyle {
  bold(text: string): string;
}

export const PLAIN: TerminalStyle = { bold: (text) => text };
export const ANSI: TerminalStyle = { bold: (text) => styleText("bold", text) };

/**
 * Text from an article, a file name or a query as a terminal may show it: escape sequences (CSI, OSC
 * with its links and titles) and every other control character but tab and newline removed, so that
 * printing it can neither restyle, retitle or clear the terminal nor hide a link. Node's stripper
 * takes whole sequences; what it leaves of a malformed one loses its control characters.
 */
export function printable(text: string): string {
  return withoutControls(stripVTControlCharacters(text));
}

/**
 * One answer as readable text: the query, its verdict (what is missing, what clashes, that the article
 * reports it; nothing before an answer, which the quote is), each quote with its paragraph, its mark where
 * the verdict does not say what it does ("Closest passage", "Says otherwise") and its attribution, then the
 * words never mentioned. `articleCount` is how many articles were searched (one when the query named an
 * article), which the verdict counts.
 */
export function renderAnswer(answer: Answer, articleCount: number, style: TerminalStyle = PLAIN): string {
  const lines = [`${QUERY_LABEL[answer.kind]}: ${printable(answer.query)}`];
  const said = verdictText(answer, articleCount, (text) => style.bold(printable(text)));
  if (said) lines.push(`  ${said}`);
  answer.results.forEach((passage, i) => {
    const mark = passageMark(answer.verdict, passage.verdict, i === 0);
    lines.push(
      `  ${mark ? `${mark} · ` : ""}¶${passage.paragraph} · ${printable(passage.title)} [${printable(passage.articleId)}]`,
      `    “${highlight(passage, style)}”`,
      `    — ${attributionText(passage.attribution)}`,
    );
  });
  if (listsUnmatched(answer)) {
    lines.push(`  ${unmatchedLine(answer.status, articleCount, answer.unmatched.map(printable))}`);
  }
  return lines.join("\n");
}

/** One article: headline, where it came from, link, tags, and every paragraph with who speaks in it. */
export function renderArticle(
  { article, attribution }: Pick<IndexedArticle, "article" | "attribution">,
  origin?: ArticleOrigin,
): string {
  const lines = [`${printable(article.title)} [${printable(article.id)}]`];
  if (origin) lines.push(printable(originLine(origin)));
  if (article.url) lines.push(printable(article.url));
  if (article.tags.length > 0) lines.push(tagsLine(printable(article.tags.join(", "))));
  article.paragraphs.forEach((paragraph, i) => {
    lines.push(
      "",
      `¶${paragraph.number} ${printable(paragraph.text)}`,
      `   — ${attributionText(mergeAttributions(attribution[i] ?? []))}`,
    );
  });
  return lines.join("\n");
}

function highlight(passage: Passage, style: TerminalStyle): string {
  let out = "";
  let at = 0;
  for (const [start, end] of passage.highlights) {
    out += printable(passage.quote.slice(at, start)) + style.bold(printable(passage.quote.slice(start, end)));
    at = end;
  }
  return out + printable(passage.quote.slice(at));
}

function attributionText(list: Attribution[]): string {
  return printable(attributionLine(list)) || OWN_VOICE;
}

/** Where an article came from, in a line: who added it to a server's library, when and from where, or its corpus file. */
function originLine(origin: ArticleOrigin): string {
  if (origin.library === "operator") return operatorLine(origin.file, origin.changedAt.slice(0, 10), origin.url);
  const from = "url" in origin.from ? origin.from.url : origin.from.file;
  const by = `${origin.addedBy.name} (${origin.addedBy.id})`;
  return serverLine(origin.server, addedLine(by, origin.addedAt.slice(0, 10), from));
}
