/**
 * Scores citebot's reading of real news pages against what a reader wrote down for each
 * (`tests/fixtures/news/NAME.html` and `NAME.gold.json`; SOURCES.md says where they come from and what
 * counts as the article). Prints paragraph precision and recall (how paragraphs are matched:
 * scripts/page-match.ts) and headlines right, for the pages tuned on and the held-out pages apart, then
 * over all. Each page is decoded as a fetched page is (its `<meta>` charset) and read by the same code as
 * `citebot add`, on this thread.
 *
 * Run: `npm run pages` (`-- --verbose` adds each page's figures and every paragraph missed or extra, with
 * the notes the add would print; `-- NAME…` scores those pages only).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ExtractionReport } from "../src/add/extract.ts";
import { extractArticle } from "../src/add/extract.ts";
import { pageText } from "../src/add/fetch-page.ts";
import { keptLine, shortfallLine } from "../src/wording/corpus.ts";
import { matchParagraphs, normalise, type PageMatch } from "./page-match.ts";

const DIR = "tests/fixtures/news";

interface Gold {
  title: string;
  url: string;
  paragraphs: string[];
  heldOut?: boolean;
}

interface Scored {
  name: string;
  heldOut: boolean;
  match: PageMatch;
  titleRight: boolean;
  title: string;
  goldTitle: string;
  notes: string;
}

function score(name: string): Scored {
  const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), "utf8")) as Gold;
  const bytes = readFileSync(join(DIR, `${name}.html`));
  const html = pageText({ url: gold.url, type: "text/html", charset: undefined, bytes });
  const article = extractArticle(html, gold.url);
  const paragraphs = article?.paragraphs ?? [];
  const title = article?.title ?? "(no article found)";
  return {
    name,
    heldOut: gold.heldOut === true,
    match: matchParagraphs(paragraphs, gold.paragraphs),
    titleRight: normalise(title) === normalise(gold.title),
    title,
    goldTitle: gold.title,
    notes: article ? notes(article.report) : "refused: no article found",
  };
}

function notes(report: ExtractionReport): string {
  const cut = report.shortfall ? ` ${shortfallLine(report.shortfall.kept, report.shortfall.page)}` : "";
  return `${keptLine(report)}.${cut}`;
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "n/a" : (part / whole).toFixed(3);
}

function summary(label: string, pages: Scored[]): string {
  const stored = pages.reduce((n, p) => n + p.match.stored, 0);
  const gold = pages.reduce((n, p) => n + p.match.gold, 0);
  const right = pages.reduce((n, p) => n + p.match.right, 0);
  const titles = pages.filter((p) => p.titleRight).length;
  return (
    `${label.padEnd(10)} ${String(pages.length).padStart(3)} pages  precision ${ratio(right, stored)} ` +
    `(${right}/${stored})  recall ${ratio(right, gold)} (${right}/${gold})  titles ${titles}/${pages.length}`
  );
}

function details(page: Scored): string {
  const { match } = page;
  const lines = [
    `${page.name}${page.heldOut ? " (held out)" : ""}: precision ${ratio(match.right, match.stored)}, ` +
      `recall ${ratio(match.right, match.gold)}, ${page.notes}`,
  ];
  if (!page.titleRight) lines.push(`  title: "${page.title}", reader: "${page.goldTitle}"`);
  for (const extra of match.extras) lines.push(`  + ${extra.kind} ¶${extra.index + 1}: ${clip(extra.text)}`);
  for (const miss of match.misses) lines.push(`  - ${miss.kind} ¶${miss.index + 1}: ${clip(miss.text)}`);
  return lines.join("\n");
}

function clip(text: string): string {
  return text.length > 110 ? `${text.slice(0, 110)}…` : text;
}

const { values, positionals } = parseArgs({
  options: { verbose: { type: "boolean", short: "v", default: false } },
  allowPositionals: true,
});
const names =
  positionals.length > 0
    ? positionals
    : readdirSync(DIR)
        .filter((file) => file.endsWith(".gold.json"))
        .map((file) => file.slice(0, -".gold.json".length))
        .sort();
const scored = names.map(score);
if (values.verbose) for (const page of scored) console.log(details(page));
const tuned = scored.filter((p) => !p.heldOut);
const heldOut = scored.filter((p) => p.heldOut);
if (tuned.length > 0 && heldOut.length > 0) {
  console.log(summary("tuned on", tuned));
  console.log(summary("held out", heldOut));
}
console.log(summary("all", scored));
