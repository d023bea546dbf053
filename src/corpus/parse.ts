import { parse as parseYaml, YAMLParseError } from "yaml";
import * as z from "zod";
import { withoutControls } from "../text/controls.ts";
import { splitSentences } from "../text/sentences.ts";
import { CORPUS_FAULT, METADATA_FAULT, metadataField } from "../wording/faults.ts";
import { type Block, blockText, isTagLine, toBlocks } from "./blocks.ts";
import { CorpusError } from "./errors.ts";
import type { Article, Paragraph } from "./types.ts";

/** Metadata an article may carry besides its text: from YAML front matter or a `.meta.json` sidecar. */
export interface ArticleMeta {
  url: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  licence: string | null;
}

const NO_META: ArticleMeta = { url: null, outlet: null, author: null, published: null, licence: null };

/** A text value of metadata, written escaped (`"\u001b"`) or not: control characters go as from article text. */
const text = z
  .string({ error: (issue) => (issue.input === undefined ? METADATA_FAULT.missing : METADATA_FAULT.notText) })
  .overwrite(withoutControls)
  .trim()
  .min(1, { error: METADATA_FAULT.empty });

/** A link a reader may follow: `javascript:` or `file:` would act, not lead, when clicked. */
const url = z.url({ protocol: /^https?$/u, error: METADATA_FAULT.url });

/** A `NAME.meta.json` sidecar. `source_url` is accepted for `url`, as Wikinews exports name it. */
export const sidecarSchema = z
  .looseObject(
    {
      url: url.optional(),
      source_url: url.optional(),
      outlet: text.optional(),
      author: text.optional(),
      date: text.optional(),
      licence: text.optional(),
    },
    { error: METADATA_FAULT.sidecar },
  )
  .transform(
    (s): ArticleMeta => ({
      url: s.url ?? s.source_url ?? null,
      outlet: s.outlet ?? null,
      author: s.author ?? null,
      published: s.date ?? null,
      licence: s.licence ?? null,
    }),
  );

/** YAML front matter of a `.md` article; other keys are allowed and ignored. */
const frontMatterSchema = z.looseObject(
  {
    title: text,
    url: url.nullish(),
    outlet: text.nullish(),
    author: text.nullish(),
    published: text.nullish(),
    licence: text.nullish(),
    tags: z
      .union([z.array(text), text.transform((s) => s.split(",").map((t) => t.trim()))], {
        error: METADATA_FAULT.tags,
      })
      .nullish(),
  },
  { error: METADATA_FAULT.frontMatter },
);

/**
 * Parses a `.txt` article: a headline on line 1, a blank line, paragraphs separated by blank lines, and
 * an optional last line of comma-separated tags.
 */
export function parseTxt(file: string, id: string, source: string, meta: ArticleMeta = NO_META): Article {
  const lines = toLines(source);
  const headline = lines[0]?.trim() ?? "";
  if (headline === "") throw new CorpusError(file, CORPUS_FAULT.noHeadline, 1);
  if (lines.length > 1 && lines[1]?.trim() !== "") {
    throw new CorpusError(file, CORPUS_FAULT.headlineLines, 2);
  }
  const blocks = toBlocks(lines.slice(1), 2);
  const last = blocks.at(-1);
  const tags = last && blocks.length > 1 && isTagLine(last) ? splitTags(blockText(last)) : [];
  const body = tags.length > 0 ? blocks.slice(0, -1) : blocks;
  return article(file, id, headline, body, tags, meta);
}

/** Parses a `.md` article: YAML front matter (title, url, outlet, author, published, licence, tags), then paragraphs. */
export function parseMarkdown(file: string, id: string, source: string): Article {
  const lines = toLines(source);
  if (lines[0]?.trim() !== "---") throw new CorpusError(file, CORPUS_FAULT.noFrontMatter, 1);
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (close < 0) throw new CorpusError(file, CORPUS_FAULT.frontMatterOpen, 1);
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, close).join("\n"));
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 0) + 1 : 1;
    // YAML says where within the front matter; the error gives the file's own line instead.
    const said = ((error as Error).message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/u, "");
    throw new CorpusError(file, CORPUS_FAULT.badFrontMatter(said), line);
  }
  const parsed = frontMatterSchema.safeParse(data ?? {}, { error: () => METADATA_FAULT.other });
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.path[0];
    const line = typeof key === "string" ? keyLine(lines.slice(1, close), key) : undefined;
    throw new CorpusError(file, CORPUS_FAULT.badFrontMatter(describeIssues(parsed.error)), 1 + (line ?? 1));
  }
  const fm = parsed.data;
  const meta = {
    url: fm.url ?? null,
    outlet: fm.outlet ?? null,
    author: fm.author ?? null,
    published: fm.published ?? null,
    licence: fm.licence ?? null,
  };
  return article(file, id, fm.title, toBlocks(lines.slice(close + 1), close + 2), fm.tags ?? [], meta);
}

/**
 * The faults of metadata in one line, in the words the schemas give them (`METADATA_FAULT`), each after its
 * field: `title is missing; url must be an http or https address`.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length === 0 ? "it" : metadataField(issue.path)} ${issue.message}`)
    .join("; ");
}

/** The line of the front matter (1 for its first) where `key` is given, if it is written as `key:` on a line of its own. */
function keyLine(frontMatter: string[], key: string): number | undefined {
  const at = frontMatter.findIndex((line) => line.trimStart().startsWith(`${key}:`));
  return at < 0 ? undefined : at + 1;
}

function article(file: string, id: string, title: string, body: Block[], tags: string[], meta: ArticleMeta): Article {
  if (body.length === 0) throw new CorpusError(file, CORPUS_FAULT.noParagraphs);
  const paragraphs: Paragraph[] = body.map((block, i) => {
    const text = blockText(block);
    return { number: i + 1, text, line: block.line, sentences: splitSentences(text) };
  });
  return { id, file, title, ...meta, tags, paragraphs };
}

function splitTags(line: string): string[] {
  return line.split(",").map((tag) => tag.trim());
}

function toLines(source: string): string[] {
  return source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
}
