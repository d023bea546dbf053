import { createHash, type Hash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CorpusError } from "../corpus/errors.ts";
import { isInside, type SourceFile } from "../corpus/read.ts";
import { CODE_DIR } from "../entry/entry-points.ts";
import { WORD_TABLES_FILE } from "../lexicon/files.ts";
import type { CorpusIndex } from "./corpus-index.ts";
import { fromSnapshot, type IndexSnapshot, toSnapshot } from "./snapshot.ts";

/** The project's root, whose lockfile shapes the index as much as the corpus does. */
const ROOT = fileURLToPath(new URL("..", CODE_DIR));
/** The running code (`src/` or the compiled `dist/`), which shapes the index too. */
const CODE = fileURLToPath(CODE_DIR);
/**
 * The file in which the compiled build keeps the digest of its own files, written by `scripts/build.ts`:
 * reading the megabytes of bundles at every start to key the cache took longer than answering from it.
 */
export const BUILD_ID = "build-id";

/**
 * The layout of a cache file: a header line (this schema and the checksum of what follows), then the
 * snapshot as JSON. A file with another schema, or whose snapshot does not match its checksum, is rebuilt.
 */
const SCHEMA = 3;

/** A cache file's first line. */
interface Header {
  citebot: "index";
  schema: number;
  sha256: string;
}

/** Where a corpus's index is cached, and who hears of a cache that costs a rebuild. */
export interface CacheOptions {
  /** The corpus folder, which names its snapshots among others in the same cache folder. */
  dir: string;
  cacheDir: string;
  /** Told of a snapshot rebuilt for being edited, cut short or foreign, and of a cache that cannot be written. */
  onWarning?: (message: string) => void;
  /** Whether `cachedIndex` writes an index it had to build. Default: true. */
  write?: boolean;
}

/**
 * A fingerprint of a corpus's files as read and of the code and dependencies that index them, so that a
 * cached index is used only where building anew would give the same one: a changed article, analyzer,
 * extractor or word table, or an upgraded compromise, all rebuild.
 */
export function fingerprint(sources: SourceFile[]): string {
  const hash = createHash("sha256");
  const add = (label: string, content: string | Buffer) => framed(hash, label, content);
  for (const source of sources) {
    add(`corpus/${basename(source.file)}`, source.text);
    if (source.sidecar) add(`corpus/${basename(source.sidecar.file)}`, source.sidecar.text);
  }
  const buildId = join(CODE, BUILD_ID);
  add("code", existsSync(buildId) ? readFileSync(buildId) : codeDigest(CODE));
  // The analyzer's terms come from this table as well as from code: it is derived at install time.
  if (existsSync(WORD_TABLES_FILE)) add("data/word-tables.json", readFileSync(WORD_TABLES_FILE));
  const lock = join(ROOT, "package-lock.json");
  if (existsSync(lock)) add("package-lock.json", readFileSync(lock));
  return hash.digest("hex").slice(0, 32);
}

/**
 * The index of a corpus's files from the cache folder when a snapshot there has their fingerprint and
 * its checksum holds, else built with `build` and, unless `write` is false, saved for next time (older
 * snapshots of the same folder are removed). A cache folder inside the corpus folder is refused, as every
 * write to it would change the corpus; a cache that cannot be written is a warning: it only ever saves time.
 */
export async function cachedIndex(
  sources: SourceFile[],
  options: CacheOptions,
  build: () => Promise<CorpusIndex>,
): Promise<CorpusIndex> {
  const file = snapshotFile(sources, options);
  const cached = readSnapshot(file, options.onWarning ?? (() => {}));
  if (cached) return cached;
  const index = await build();
  if (options.write !== false) writeSnapshot(file, index, options);
  return index;
}

/**
 * Writes the index `build` gives to the cache, unless the cache already holds this corpus's: what the
 * live corpus does after an update, off the main thread, so that the next start finds it.
 */
export function storeIndex(sources: SourceFile[], options: CacheOptions, build: () => CorpusIndex): void {
  const file = snapshotFile(sources, options);
  if (!existsSync(file)) writeSnapshot(file, build(), options);
}

/** The snapshot file of a corpus as read: named by its folder and its fingerprint. */
function snapshotFile(sources: SourceFile[], { dir, cacheDir }: CacheOptions): string {
  refuseInside(dir, cacheDir);
  return join(cacheDir, `${prefixOf(dir)}${fingerprint(sources)}.snapshot`);
}

/** What every snapshot of a corpus folder's name starts with, whatever its content. */
function prefixOf(dir: string): string {
  return `index-${createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 8)}-`;
}

/** Writes `index` as `file`, in place of the folder's older snapshots; a cache that cannot be written is one warning. */
function writeSnapshot(file: string, index: CorpusIndex, { dir, cacheDir, onWarning = () => {} }: CacheOptions): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const prefix = prefixOf(dir);
    for (const old of readdirSync(cacheDir)) if (old.startsWith(prefix)) rmSync(join(cacheDir, old), { force: true });
    const body = JSON.stringify(toSnapshot(index));
    const header: Header = { citebot: "index", schema: SCHEMA, sha256: sha256(body) };
    writeFileSync(`${file}.tmp`, `${JSON.stringify(header)}\n${body}`);
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    if (existsSync(`${file}.tmp`)) rmSync(`${file}.tmp`, { force: true });
    onWarning(
      `citebot: the index cache folder ${cacheDir} cannot be written (${(error as Error).message}): every start builds the index anew`,
    );
  }
}

/** A snapshot file's index, or undefined where there is none or it is not to be trusted (said to `warn`). */
function readSnapshot(file: string, warn: (message: string) => void): CorpusIndex | undefined {
  if (!existsSync(file)) return undefined;
  const rebuild = (why: string) => {
    warn(`citebot: the index cache ${file} ${why}; building the index anew`);
    return undefined;
  };
  let text: string;
  try {
    if (!statSync(file).isFile()) return rebuild("is not a regular file");
    text = readFileSync(file, "utf8");
  } catch (error) {
    return rebuild(`cannot be read (${(error as Error).message})`);
  }
  const newline = text.indexOf("\n");
  let header: Partial<Header>;
  try {
    header = JSON.parse(text.slice(0, Math.max(newline, 0))) as Partial<Header>;
  } catch {
    return rebuild("has no header");
  }
  if (header.citebot !== "index" || header.schema !== SCHEMA) return rebuild("is in another format");
  const body = text.slice(newline + 1);
  if (header.sha256 !== sha256(body)) return rebuild("does not match its checksum (edited or cut short)");
  try {
    return fromSnapshot(JSON.parse(body) as IndexSnapshot);
  } catch (error) {
    return rebuild(`cannot be loaded (${(error as Error).message})`);
  }
}

/** Refuses a cache folder at or inside the corpus folder, symbolic links resolved. */
function refuseInside(dir: string, cacheDir: string): void {
  const corpus = realpathSync(dir);
  const cache = realPath(cacheDir);
  if (cache === corpus || isInside(corpus, cache)) {
    throw new CorpusError(
      dir,
      `holds the index cache folder ${cacheDir}, whose every write would change the corpus; keep the cache outside it (INDEX_CACHE_DIR, or --cache)`,
    );
  }
}

/** A path with symbolic links resolved as far as it exists: a cache folder may be made only later. */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A digest of the code files under `dir`, by path and content: the cache key's share of the code. */
export function codeDigest(dir: string): string {
  const hash = createHash("sha256");
  for (const file of codeFiles(dir)) framed(hash, file.slice(dir.length), readFileSync(file));
  return hash.digest("hex");
}

/** Adds `content` to `hash` under `label`, framed so that no two sequences of files hash alike. */
function framed(hash: Hash, label: string, content: string | Buffer): void {
  hash.update(`${label}\0`).update(content).update("\0");
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return codeFiles(path);
      return /\.[jt]s$/u.test(entry.name) ? [path] : [];
    });
}
