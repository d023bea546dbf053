import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";

/** A throw-away corpus folder holding the given files (text, or raw bytes); the caller removes it. */
export function makeCorpusDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "citebot-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** {@link makeCorpusDir} for one test, removed when that test ends (not for concurrent tests). */
export function corpusDir(files: Record<string, string | Uint8Array>): string {
  const dir = makeCorpusDir(files);
  onTestFinished(() => removeCorpusDir(dir));
  return dir;
}

export function removeCorpusDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
