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
import { join } from "node:path";
import { loadCorpus } from "../corpus/load.ts";
import {
  type ArticleFormat,
  articleFileName,
  articleId,
  candidateIds,
  claimedId,
  isArticleFile,
  isLeftover,
  sidecarOf,
  tempName,
} from "../corpus/names.ts";
import type { Article } from "../corpus/types.ts";

/** Where a new article went: its id, or the id of the article already there from the same source. */
export type Written = { id: string } | { duplicateOf: string };

/**
 * Writes a new article file whole or not at all, as `base`, else `base-2`, `base-3`…, the first id no
 * file of the folder uses; returns the id. It never replaces a file: the text goes to a temporary file
 * (a name the loader skips), is flushed, then linked to its name, which fails rather than overwrite
 * should another writer take the name meanwhile; the temporary name is then removed. A rebuild that
 * reads the folder at any moment sees the whole article or none of it.
 *
 * An id that is taken is first asked `sameSource`: the same page added by two processes at once comes
 * out under the same name, and the second finds the first's article there, whole, when its link fails.
 * The name is the claim, so that five `citebot add` of one link started together store it once.
 */
export function writeNewArticle(
  dir: string,
  base: string,
  format: ArticleFormat,
  content: string | Uint8Array,
  sameSource: (id: string) => boolean = () => false,
): Written {
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, tempName(randomUUID()));
  const fd = openSync(temp, "wx");
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    const used = new Set(readdirSync(dir).map(claimedId));
    for (const id of candidateIds(base)) {
      if (used.has(id)) {
        if (sameSource(id)) return { duplicateOf: id };
        continue;
      }
      try {
        linkSync(temp, join(dir, articleFileName(id, format)));
        return { id };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        if (sameSource(id)) return { duplicateOf: id };
      }
    }
    throw new Error("unreachable: candidate ids never end");
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Removes what killed writes left in a corpus folder (their temporary files), never a write under way
 * in a live process. Returns the names removed. Called at start, by the bot and by `citebot add`.
 */
export function removeLeftovers(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const leftovers = readdirSync(dir).filter((name) => isLeftover(name));
  for (const name of leftovers) unlinkSync(join(dir, name));
  return leftovers;
}

/**
 * The files that make up article `id` in `dir` (its `.md` or `.txt`, in any case, and a `.txt`'s
 * sidecar), found in the folder's listing rather than built from `id`, so that no id can name a path
 * outside it.
 */
export function articleFiles(dir: string, id: string): string[] {
  const names = readdirSync(dir);
  const text = names.filter((name) => isArticleFile(name) && articleId(name) === id);
  const sidecar = sidecarOf(names, id);
  return text.length === 0 ? [] : [...text, ...(sidecar ? [sidecar] : [])];
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
