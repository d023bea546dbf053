/** Article `n` of the processes killed mid-add: a headline naming it, then 2 MB of paragraphs, the last naming it again. */
export function killedArticle(n: number): string {
  const paragraph = `Paragraph of article ${n}. ${"Words of the article. ".repeat(100)}`;
  const body = Array.from({ length: 900 }, () => paragraph).join("\n\n");
  return `Article ${n}\n\n${body}\n\nThe end of article ${n}.\n`;
}
