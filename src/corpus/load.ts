import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { CorpusError } from "./errors.ts";
import { type ArticleMeta, describeIssues, parseMarkdown, parseTxt, sidecarSchema } from "./parse.ts";
import type { Article } from "./types.ts";

const SIDECAR = ".meta.json";

/**
 * Reads every article of a corpus folder: each `.txt` (with its optional `NAME.meta.json`) and each `.md`
 * file. All or nothing: the first fault throws a {@link CorpusError} naming the file, and no article is
 * returned, so a half-loaded corpus never answers questions.
 */
export function loadCorpus(dir: string): Article[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CorpusError(dir, "no such folder");
  }
  const names = readdirSync(dir).sort();
  const seen = new Map<string, string>();
  const articles: Article[] = [];
  for (const name of names) {
    const ext = extname(name);
    if ((ext !== ".txt" && ext !== ".md") || name.endsWith(SIDECAR)) continue;
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const id = basename(name, ext);
    const twin = seen.get(id);
    if (twin) throw new CorpusError(file, `article id "${id}" is also used by ${twin}`);
    seen.set(id, file);
    const source = readUtf8(file);
    if (ext === ".md") {
      articles.push(parseMarkdown(file, id, source));
    } else {
      const sidecar = join(dir, id + SIDECAR);
      articles.push(parseTxt(file, id, source, existsSync(sidecar) ? readSidecar(sidecar) : undefined));
    }
  }
  if (articles.length === 0) throw new CorpusError(dir, "no articles (.txt or .md files) in this folder");
  return articles;
}

function readSidecar(file: string): ArticleMeta {
  let data: unknown;
  try {
    data = JSON.parse(readUtf8(file));
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError(file, `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = sidecarSchema.safeParse(data);
  if (!parsed.success) throw new CorpusError(file, `bad metadata: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a file as UTF-8, naming the first line that is not, rather than letting U+FFFD into quotes. */
function readUtf8(file: string): string {
  const bytes = readFileSync(file);
  try {
    return utf8.decode(bytes);
  } catch {
    // A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked alone.
    let line = 1;
    let from = 0;
    for (let at = bytes.indexOf(0x0a); ; at = bytes.indexOf(0x0a, from)) {
      const end = at < 0 ? bytes.length : at;
      try {
        utf8.decode(bytes.subarray(from, end));
      } catch {
        break;
      }
      if (at < 0) break;
      line++;
      from = at + 1;
    }
    throw new CorpusError(file, "not UTF-8 text", line);
  }
}
