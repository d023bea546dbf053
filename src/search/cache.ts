import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CODE_DIR } from "../build/entry-points.ts";
import type { CorpusIndex } from "./corpus-index.ts";
import { fromSnapshot, type IndexSnapshot, toSnapshot } from "./snapshot.ts";

/** The project's root, whose lockfile shapes the index as much as the corpus does. */
const ROOT = fileURLToPath(new URL("..", CODE_DIR));
/** The running code (`src/` or the compiled `dist/`), which shapes the index too. */
const CODE = fileURLToPath(CODE_DIR);

/** Files of a corpus folder that can change what is indexed: articles and their sidecars. */
const CORPUS_EXTENSIONS = new Set([".txt", ".md", ".json"]);

/**
 * A fingerprint of a corpus folder and of the code and dependencies that index it, so that a cached
 * index is used only where building anew would give the same one: a changed article, analyzer or
 * extractor, or an upgraded compromise, all rebuild.
 */
export function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  const add = (label: string, file: string) => hash.update(`${label}\0`).update(readFileSync(file)).update("\0");
  for (const name of readdirSync(dir).sort()) {
    if (CORPUS_EXTENSIONS.has(extname(name))) add(`corpus/${name}`, join(dir, name));
  }
  for (const file of codeFiles(CODE)) add(file.slice(CODE.length), file);
  const lock = join(ROOT, "package-lock.json");
  if (existsSync(lock)) add("package-lock.json", lock);
  return hash.digest("hex").slice(0, 32);
}

/**
 * The index of a corpus folder from `cacheDir` when a snapshot there has the folder's fingerprint,
 * else built with `build` and saved for next time (older snapshots of the same folder are removed).
 * A cache that cannot be read or written is skipped: it only ever saves time.
 */
export function cachedIndex(dir: string, cacheDir: string, build: () => CorpusIndex): CorpusIndex {
  const prefix = `index-${createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 8)}-`;
  let key: string;
  try {
    key = fingerprint(dir);
  } catch {
    return build(); // An unreadable folder: let the loader say what is wrong with it.
  }
  const file = join(cacheDir, `${prefix}${key}.json`);
  if (existsSync(file)) {
    try {
      return fromSnapshot(JSON.parse(readFileSync(file, "utf8")) as IndexSnapshot);
    } catch {
      // A torn or foreign file: rebuild and overwrite it below.
    }
  }
  const index = build();
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) if (old.startsWith(prefix)) rmSync(join(cacheDir, old), { force: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(toSnapshot(index)));
    renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only or full disk costs the next start a rebuild, nothing more.
  }
  return index;
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
