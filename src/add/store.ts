import { randomUUID } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { extname, join } from "node:path";
import { loadCorpus } from "../corpus/load.ts";
import type { Article } from "../corpus/types.ts";

const SIDECAR = ".meta.json";

/** Whether the loader reads a file of this name as an article. */
function isArticleFile(name: string): boolean {
  const ext = extname(name);
  return ext === ".md" || ext === ".txt";
}

/** The id each file of a folder claims: an article's name without its extension, a sidecar's too. */
function idOf(name: string): string | undefined {
  if (name.endsWith(SIDECAR)) return name.slice(0, -SIDECAR.length);
  return isArticleFile(name) ? name.slice(0, -extname(name).length) : undefined;
}

/**
 * Writes a new article file whole or not at all, as `base`, else `base-2`, `base-3`…, the first id no
 * file of the folder uses; returns the id. It never replaces a file: the text goes to a temporary file
 * (a name the loader skips), is flushed, then linked to its name, which fails rather than overwrite
 * should another writer take the name meanwhile; the temporary name is then removed. A rebuild that
 * reads the folder at any moment sees the whole article or none of it.
 */
export function writeNewArticle(dir: string, base: string, ext: ".md" | ".txt", content: string | Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.citebot-${randomUUID()}.tmp`);
  const fd = openSync(temp, "wx");
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    const used = new Set(readdirSync(dir).map(idOf));
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (used.has(id)) continue;
      try {
        linkSync(temp, join(dir, id + ext));
        return id;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
  } finally {
    unlinkSync(temp);
  }
}

/**
 * The files that make up article `id` in `dir` (its `.md` or `.txt`, and a `.txt`'s sidecar), found in
 * the folder's listing rather than built from `id`, so that no id can name a path outside it.
 */
export function articleFiles(dir: string, id: string): string[] {
  const names = readdirSync(dir);
  const text = names.filter((name) => isArticleFile(name) && idOf(name) === id);
  const sidecar = names.filter((name) => name === id + SIDECAR);
  return text.length === 0 ? [] : [...text, ...sidecar];
}

/** How many articles a folder holds. */
export function articleCount(dir: string): number {
  return readdirSync(dir).filter(isArticleFile).length;
}

/**
 * The articles of a corpus folder, through the loader; none for a folder that does not exist yet or
 * holds no article (adding the first is allowed). A malformed corpus throws the loader's error.
 */
export function articlesIn(dir: string): Article[] {
  if (!existsSync(dir) || !readdirSync(dir).some(isArticleFile)) return [];
  return loadCorpus(dir);
}

/** Removes the files of an article, the text first, so that a sidecar is never read without it. */
export function removeFiles(dir: string, names: string[]): void {
  for (const name of names) unlinkSync(join(dir, name));
}
