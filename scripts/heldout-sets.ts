/**
 * Writes held-out retrieval sets from third-party QA data that the project does not keep: a corpus folder
 * of `.md` articles and question rows in retrieval-score's format (`{"q", "article", "paragraphs"}`),
 * for `../shared/eval/retrieval-score` and `../shared/eval/minisearch-baseline.mjs`. The data stays out
 * of the project (write it under `scratch/`, which git ignores); this script is what repeats the figures.
 *
 *   npx tsx scripts/heldout-sets.ts squad SOURCE OUT [--articles N] [--from K]
 *       SOURCE: SQuAD 2.0's dev-v2.0.json (or 1.1's dev-v1.1.json), or a bare git directory holding it
 *       at data/dev-v2.0.json (the search tool's `fetch` of chrischute/squad). The first N articles
 *       (default 8) other than "Normans" and "Computational_complexity_theory", which are the open set
 *       (../shared/eval/squad-open.jsonl), after the first K (default 0), each paragraph a paragraph;
 *       every answerable question once. The first 8 are held out; `--from 8` gives the rest, to tune on.
 *   npx tsx scripts/heldout-sets.ts qasper SOURCE OUT
 *       SOURCE: QASPER papers as Hugging Face writes them (one JSON object per paper, concatenated or in
 *       an array), or a bare git directory holding them at qasper-original-sample.json (the `fetch` of
 *       rajsr-p/qasper-personal). Each paper an article, its abstract and full-text paragraphs its
 *       paragraphs; a question is kept where an annotator's evidence is a paragraph of the text (not a
 *       table), and every such paragraph is right.
 *
 *   npx tsx scripts/heldout-sets.ts pages SOURCE OUT [--open]
 *       SOURCE: a bare git directory of trafilatura (the `fetch` of adbar/trafilatura). English news
 *       pages of its tests, read as `citebot add` reads a page (src/add/extract.ts), into OUT/corpus: the
 *       ten held out (`NEWS_PAGES`), or with --open eight others to tune on (`OPEN_NEWS_PAGES`). The
 *       questions over them are hand-written and kept in the project (eval/news-pages/heldout.jsonl and
 *       open.jsonl), each story's written from its headline and first two paragraphs only, as NewsQA's
 *       questioners worked from a headline and highlights, then labelled from the whole story.
 *
 * OUT receives `corpus/` and, for squad and qasper, `questions.jsonl` and `unanswerable.jsonl` (the
 * questions the data marks unanswerable, article null, for refusal figures).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../src/add/extract.ts";

interface Row {
  q: string;
  article: string | null;
  paragraphs: number[];
}

interface HeldOutArticle {
  id: string;
  title: string;
  url: string;
  outlet: string;
  licence: string;
  paragraphs: string[];
}

/** The text of SOURCE, or of `inRepo` in the bare git directory SOURCE. */
function readSource(source: string, inRepo: string): string {
  if (statSync(source).isDirectory()) {
    return execFileSync("git", [`--git-dir=${source}`, "show", `HEAD:${inRepo}`], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
  }
  return readFileSync(source, "utf8");
}

/** One line of text: a paragraph may hold no blank line, and its white space is the corpus's. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "")
    .slice(0, 60);
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

function writeSet(out: string, articles: HeldOutArticle[], rows: Row[], unanswerable: Row[]): void {
  rmSync(join(out, "corpus"), { recursive: true, force: true });
  mkdirSync(join(out, "corpus"), { recursive: true });
  for (const article of articles) {
    const front = [
      "---",
      `title: ${yamlString(article.title)}`,
      `url: ${yamlString(article.url)}`,
      `outlet: ${yamlString(article.outlet)}`,
      `licence: ${yamlString(article.licence)}`,
      "---",
    ];
    writeFileSync(
      join(out, "corpus", `${article.id}.md`),
      `${[...front, "", article.paragraphs.join("\n\n")].join("\n")}\n`,
    );
  }
  const lines = (list: Row[]) => list.map((row) => `${JSON.stringify(row)}\n`).join("");
  writeFileSync(join(out, "questions.jsonl"), lines(rows));
  writeFileSync(join(out, "unanswerable.jsonl"), lines(unanswerable));
  console.log(`${out}: ${articles.length} articles, ${rows.length} questions, ${unanswerable.length} unanswerable`);
}

interface SquadData {
  data: Array<{
    title: string;
    paragraphs: Array<{
      context: string;
      qas: Array<{ question: string; is_impossible?: boolean; answers: unknown[] }>;
    }>;
  }>;
}

const OPEN_SQUAD = new Set(["Normans", "Computational_complexity_theory"]);

function squad(source: string, out: string, from: number, count: number): void {
  const data = JSON.parse(readSource(source, "data/dev-v2.0.json")) as SquadData;
  const chosen = data.data.filter((a) => !OPEN_SQUAD.has(a.title)).slice(from, from + count);
  const articles: HeldOutArticle[] = [];
  const rows: Row[] = [];
  const unanswerable: Row[] = [];
  for (const wiki of chosen) {
    const id = `squad-${slug(wiki.title)}`;
    const title = wiki.title.replaceAll("_", " ");
    articles.push({
      id,
      title,
      url: `https://en.wikipedia.org/wiki/${encodeURIComponent(wiki.title)}`,
      outlet: "Wikipedia, as excerpted in SQuAD 2.0 (dev set)",
      licence: "CC BY-SA 4.0",
      paragraphs: wiki.paragraphs.map((p) => oneLine(p.context)),
    });
    const seen = new Set<string>();
    wiki.paragraphs.forEach((paragraph, i) => {
      for (const qa of paragraph.qas) {
        const q = oneLine(qa.question);
        if (q === "" || seen.has(q)) continue;
        seen.add(q);
        const impossible = qa.is_impossible ?? qa.answers.length === 0;
        if (impossible) unanswerable.push({ q, article: null, paragraphs: [] });
        else rows.push({ q, article: id, paragraphs: [i + 1] });
      }
    });
  }
  writeSet(out, articles, rows, unanswerable);
}

interface QasperPaper {
  id: string;
  title: string;
  abstract: string;
  full_text: { section_name: string[]; paragraphs: string[][] };
  qas: {
    question: string[];
    answers: Array<{ answer: Array<{ unanswerable: boolean; evidence: string[] }> }>;
  };
}

/** Papers written one JSON value after another (Hugging Face's export), or as one array. */
function qasperPapers(text: string): QasperPaper[] {
  const papers: QasperPaper[] = [];
  let at = 0;
  const skip = /[\s,[\]]/u;
  while (at < text.length) {
    while (at < text.length && skip.test(text[at] ?? "")) at += 1;
    if (at >= text.length) break;
    const end = objectEnd(text, at);
    papers.push(JSON.parse(text.slice(at, end)) as QasperPaper);
    at = end;
  }
  return papers;
}

/** Where the JSON object starting at `start` ends: braces counted outside strings. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth += 1;
    else if (char === "}") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error(`qasper: the object at ${start} is never closed`);
}

function qasper(source: string, out: string): void {
  const papers = qasperPapers(readSource(source, "qasper-original-sample.json"));
  const articles: HeldOutArticle[] = [];
  const rows: Row[] = [];
  const unanswerable: Row[] = [];
  for (const paper of papers) {
    const id = `qasper-${paper.id.replaceAll(".", "-")}`;
    const paragraphs = [paper.abstract, ...paper.full_text.paragraphs.flat()].map(oneLine).filter((p) => p !== "");
    articles.push({
      id,
      title: oneLine(paper.title),
      url: `https://arxiv.org/abs/${paper.id}`,
      outlet: "arXiv, as read in QASPER",
      licence: "CC BY 4.0",
      paragraphs,
    });
    const numberOf = new Map<string, number>();
    paragraphs.forEach((text, i) => {
      if (!numberOf.has(text)) numberOf.set(text, i + 1);
    });
    paper.qas.question.forEach((question, i) => {
      const q = oneLine(question);
      const answers = paper.qas.answers[i]?.answer ?? [];
      const right = new Set<number>();
      for (const answer of answers) {
        for (const evidence of answer.evidence) {
          const number = numberOf.get(oneLine(evidence));
          if (number !== undefined) right.add(number);
        }
      }
      if (right.size > 0) rows.push({ q, article: id, paragraphs: [...right].sort((a, b) => a - b) });
      else if (answers.length > 0 && answers.every((answer) => answer.unanswerable)) {
        unanswerable.push({ q, article: null, paragraphs: [] });
      }
    });
  }
  writeSet(out, articles, rows, unanswerable);
}

/**
 * English news stories among trafilatura's test pages (tests/eval, tests/cache), by file and the id the
 * article gets: hard news from ten outlets, chosen by their titles before any question was written.
 */
const NEWS_PAGES: ReadonlyArray<[file: string, id: string]> = [
  ["tests/cache/reuters.com.parasite.html", "news-reuters-parasite"],
  ["tests/cache/dw.com.colonial.html", "news-dw-colonial"],
  ["tests/cache/nature.com.telescope.html", "news-nature-telescope"],
  ["tests/cache/vancouversun.com.microsoft.html", "news-vancouversun-microsoft"],
  ["tests/eval/japantimes.co.jp.surgical.html", "news-japantimes-masks"],
  ["tests/eval/independent.co.uk.penalty.html", "news-independent-penalty"],
  ["tests/eval/politico.com.retirement.html", "news-politico-retirement"],
  ["tests/eval/timesofisrael.com.washington.html", "news-timesofisrael-justice"],
  ["tests/eval/bostonherald.com-Brothel-catering.html", "news-bostonherald-brothel"],
  ["tests/eval/twincities.com-mayor.html", "news-twincities-mayor"],
];

/** English news pages of trafilatura's tests to tune on, chosen as `NEWS_PAGES` were. */
const OPEN_NEWS_PAGES: ReadonlyArray<[file: string, id: string]> = [
  ["tests/eval/kxan.com-Voters.html", "news-kxan-retirement"],
  ["tests/eval/observer.com-LVMH.html", "news-observer-louvre"],
  ["tests/eval/wsvn.com-crash.html", "news-wsvn-crash"],
  ["tests/cache/salon.com.emissions.html", "news-salon-emissions"],
  ["tests/eval/rutgers.edu.robot.html", "news-rutgers-robot"],
  ["tests/eval/pcmag.com.platters.html", "news-pcmag-platters"],
  ["tests/eval/gothamist.com-plagues.html", "news-gothamist-rezoning"],
  ["tests/eval/ticotimes.net-worldbank.html", "news-ticotimes-chaves"],
];

function pages(source: string, out: string, open: boolean): void {
  const articles: HeldOutArticle[] = [];
  for (const [file, id] of open ? OPEN_NEWS_PAGES : NEWS_PAGES) {
    const article = extractArticle(readSource(source, file), "https://example.org/");
    if (!article) throw new Error(`pages: no article found in ${file}`);
    articles.push({
      id,
      title: article.title,
      url: article.url ?? "https://example.org/",
      outlet: article.outlet ?? "unknown",
      licence: "quoted for evaluation only",
      paragraphs: article.paragraphs,
    });
  }
  const rows = readFileSync(`eval/news-pages/${open ? "open" : "heldout"}.jsonl`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Row);
  writeSet(
    out,
    articles,
    rows.filter((row) => row.article !== null),
    rows.filter((row) => row.article === null),
  );
}

function main(argv: string[]): void {
  const [kind, source, out, ...rest] = argv;
  if (!kind || !source || !out) {
    console.error("usage: heldout-sets.ts squad|qasper|pages SOURCE OUT [--articles N] [--from K] [--open]");
    process.exit(2);
  }
  const option = (name: string, fallback: number) => {
    const at = rest.indexOf(name);
    return at >= 0 ? Number(rest[at + 1]) : fallback;
  };
  if (kind === "squad") squad(source, out, option("--from", 0), option("--articles", 8));
  else if (kind === "qasper") qasper(source, out);
  else if (kind === "pages") pages(source, out, rest.includes("--open"));
  else {
    console.error(`heldout-sets: unknown set "${kind}" (squad, qasper or pages)`);
    process.exit(2);
  }
}

main(process.argv.slice(2));
