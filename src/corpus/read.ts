import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { withoutControls } from "../text/controls.ts";
import { CORPUS_FAULT, FILE_KIND } from "../wording/faults.ts";
import { CorpusError } from "./errors.ts";
import { type ArticleFormat, articleFormat, articleId, sidecarOf } from "./names.ts";

/** The largest corpus file read unless told otherwise: 5 MB, far above any news article. */
export const DEFAULT_MAX_FILE_BYTES = 5_000_000;

/** How a corpus folder is read. */
export interface ReadOptions {
  /** The largest file read, in bytes; a larger one is that file's error. Default: {@link DEFAULT_MAX_FILE_BYTES}. */
  maxFileBytes?: number;
}

/** One article file as read, control characters removed, with its sidecar's text where it has one. */
export interface SourceFile {
  file: string;
  /** The file name without its extension. */
  id: string;
  format: ArticleFormat;
  text: string;
  sidecar?: { file: string; text: string };
}

/**
 * Reads the article files of a corpus folder (`.txt`, `.md`, any case) and their `NAME.meta.json`
 * sidecars, in name order. Only regular files inside the folder are read, none larger than the limit;
 * anything else (a FIFO, a device, a symbolic link that loops or leads out of the folder) is that
 * file's {@link CorpusError}, as are two articles with one id.
 */
export function readCorpus(dir: string, options: ReadOptions = {}): SourceFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CorpusError(dir, CORPUS_FAULT.noFolder);
  const root = realpathSync(dir);
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const names = readdirSync(dir).sort();
  const seen = new Map<string, string>();
  const sources: SourceFile[] = [];
  for (const name of names) {
    const format = articleFormat(name);
    if (!format) continue;
    const file = join(dir, name);
    const id = articleId(name);
    const twin = seen.get(id);
    if (twin) throw new CorpusError(file, CORPUS_FAULT.sameId(id, twin));
    seen.set(id, file);
    const source: SourceFile = { file, id, format, text: readText(file, root, limit) };
    const sidecar = format === "txt" ? sidecarOf(names, id) : undefined;
    if (sidecar) source.sidecar = { file: join(dir, sidecar), text: readText(join(dir, sidecar), root, limit) };
    sources.push(source);
  }
  if (sources.length === 0) throw new CorpusError(dir, CORPUS_FAULT.noArticles);
  return sources;
}

/** Whether `path` lies inside the folder `root` (both absolute, symbolic links resolved), not at it. */
export function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest !== "" && !isAbsolute(rest) && rest.split(sep)[0] !== "..";
}

/** A corpus file's text: a regular file inside the corpus folder, UTF-8, control characters removed. */
function readText(file: string, root: string, limit: number): string {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    throw new CorpusError(file, unreadable(error));
  }
  if (!isInside(root, real)) {
    throw new CorpusError(file, CORPUS_FAULT.linkOutside(real));
  }
  return articleText(file, readRegularFile(file, real, limit), limit);
}

/**
 * The bytes of a regular file no larger than `limit`, `file` being the name errors give and `real` the
 * path opened (its symbolic links resolved). A FIFO, a device (`/dev/zero`), a folder or a socket is
 * refused before a byte is read, and so is a file over the limit, as its size says and as it is read.
 */
export function readRegularFile(file: string, real: string, limit: number): Buffer {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once for fstat to refuse instead of waiting for a
    // writer; no following, so that a link put in the resolved file's place since is refused too.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    throw new CorpusError(file, unreadable(error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new CorpusError(file, CORPUS_FAULT.notRegular(kind(stats)));
    if (stats.size > limit) throw tooLarge(file, stats.size, limit);
    const bytes = readFileSync(fd);
    if (bytes.length > limit) throw tooLarge(file, bytes.length, limit);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * What the loader makes of a corpus file's bytes: at most `limit` of them, UTF-8, control characters
 * removed. An add checks what it is about to store with this, so that it stores nothing the next load
 * would refuse.
 */
export function articleText(file: string, bytes: Uint8Array, limit: number): string {
  if (bytes.length > limit) throw tooLarge(file, bytes.length, limit);
  return withoutControls(decodeUtf8(file, bytes));
}

function tooLarge(file: string, size: number, limit: number): CorpusError {
  return new CorpusError(file, CORPUS_FAULT.tooLarge(megabytes(size), megabytes(limit)));
}

/** Bytes in megabytes (millions of bytes), to three significant figures: 52.4, 5, 0.001. */
function megabytes(bytes: number): string {
  return String(Number((bytes / 1_000_000).toPrecision(3)));
}

function kind(stats: Stats): string {
  if (stats.isDirectory()) return FILE_KIND.folder;
  if (stats.isFIFO()) return FILE_KIND.fifo;
  if (stats.isSocket()) return FILE_KIND.socket;
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return FILE_KIND.device;
  return FILE_KIND.special;
}

/** Why a file could not be opened, in words rather than as a bare error code. */
function unreadable(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ELOOP":
      return CORPUS_FAULT.linkLoops;
    case "ENOENT":
      return CORPUS_FAULT.linkToNothing;
    case "EACCES":
    case "EPERM":
      return CORPUS_FAULT.permission;
    default:
      return CORPUS_FAULT.unreadable((error as Error).message);
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes a file as UTF-8, naming the first line that is not, rather than letting U+FFFD into quotes. */
function decodeUtf8(file: string, bytes: Uint8Array): string {
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
    throw new CorpusError(file, CORPUS_FAULT.notUtf8, line);
  }
}
