import { extname } from "node:path";

/**
 * Which file names of a corpus folder are articles, and what id each claims: the one rule that reading,
 * adding and removing all follow, so that they cannot disagree about `zebra.TXT` (an article, id
 * `zebra`, whatever the case of its extension).
 */

/** The two article formats, by what their extension says. */
export type ArticleFormat = "txt" | "md";

/** A `.txt` article's optional metadata, `NAME.meta.json`, in any case. */
const SIDECAR = ".meta.json";

/**
 * What citebot's own whole-file writes are named until they are linked into place: a name the loader
 * never reads. The writer's process id is in it, so that leftovers of a killed write can be told from a
 * write under way (`isLeftover`).
 */
const TEMP_PREFIX = ".citebot-";
const TEMP_SUFFIX = ".tmp";

/** The format of an article file, or undefined for a file that is not one (a sidecar, a note, a `.tmp`). */
export function articleFormat(name: string): ArticleFormat | undefined {
  const ext = extname(name).toLowerCase();
  return ext === ".txt" ? "txt" : ext === ".md" ? "md" : undefined;
}

/** Whether the loader reads a file of this name as an article. */
export function isArticleFile(name: string): boolean {
  return articleFormat(name) !== undefined;
}

/** Whether a file of this name is a `.txt` article's sidecar. */
export function isSidecar(name: string): boolean {
  return name.toLowerCase().endsWith(SIDECAR) && name.length > SIDECAR.length;
}

/** The id of an article file: its name without the extension (`zebra.TXT` is `zebra`). */
export function articleId(name: string): string {
  return name.slice(0, name.length - extname(name).length);
}

/** The id a file claims, so that no two files answer to one id: an article's, or the article a sidecar belongs to. */
export function claimedId(name: string): string | undefined {
  if (isSidecar(name)) return name.slice(0, -SIDECAR.length);
  return isArticleFile(name) ? articleId(name) : undefined;
}

/** The sidecar among `names` that belongs to article `id`, if any. */
export function sidecarOf(names: readonly string[], id: string): string | undefined {
  return names.find((name) => isSidecar(name) && claimedId(name) === id);
}

/** The name of a new article file: the id and the format's extension, in lower case. */
export function articleFileName(id: string, format: ArticleFormat): string {
  return `${id}.${format}`;
}

/** Ids tried for a new article, in order: `base`, `base-2`, `base-3`…, past those `taken` says are taken. */
export function* candidateIds(base: string, taken: (id: string) => boolean = () => false): Generator<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken(id)) yield id;
  }
}

/** A name for a write under way by this process. */
export function tempName(unique: string): string {
  return `${TEMP_PREFIX}${process.pid}-${unique}${TEMP_SUFFIX}`;
}

/**
 * Whether `name` is a write that no process is finishing: a temporary file of citebot's whose writer has
 * died (killed during an add). A write by a live process, this one included, is not.
 */
export function isLeftover(name: string, alive: (pid: number) => boolean = processAlive): boolean {
  if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)) return false;
  const pid = Number(/^\.citebot-(\d+)-/u.exec(name)?.[1]);
  // A name without a process id comes from an older citebot, which no longer runs once this one does.
  return !Number.isInteger(pid) || !alive(pid);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
