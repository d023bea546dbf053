import { stringify } from "yaml";
import type { ExtractedArticle } from "./extract.ts";

/**
 * An article as a corpus `.md` file: YAML front matter (title, then url, outlet, author, published and
 * tags where known), then one paragraph a line with a blank line between, as the loader reads it.
 * Paragraphs are single lines already, so none can split.
 */
export function articleMarkdown(article: ExtractedArticle): string {
  const front: Record<string, string | string[]> = { title: article.title };
  if (article.url) front.url = article.url;
  if (article.outlet) front.outlet = article.outlet;
  if (article.author) front.author = article.author;
  if (article.published) front.published = article.published;
  if (article.tags.length > 0) front.tags = article.tags;
  // lineWidth 0: one line a field, as a person would write it, rather than folded at 80 columns.
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${article.paragraphs.join("\n\n")}\n`;
}
