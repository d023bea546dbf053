import { renameSync, writeFileSync } from "node:fs";

/** Writes `file` whole or not at all: readers never see a half-written file, even if the build is killed. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}
