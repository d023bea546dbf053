/**
 * Compiles citebot's entry points into `dist/`, one bundled ES module each, for plain `node` in production
 * (`npm run build`; `npm ci` runs it through `prepare`). Dependencies are bundled too: a process then loads
 * one file instead of tsx's hooks and some 500 modules (compromise alone is 456 files), which is most of
 * what starting took. The CLI's file carries a hashbang, for the `citebot` bin. Last, `dist/build-id` gets the
 * digest of the compiled files: the index cache's key for this build, which a start then reads instead of
 * the bundles themselves.
 */

import { chmodSync, rmSync, writeFileSync } from "node:fs";
import { ENTRY_POINTS } from "../src/entry/entry-points.ts";
import { BUILD_ID, codeDigest } from "../src/search/cache.ts";
import { bundle } from "./bundle.ts";

const OUT_DIR = "dist";

rmSync(OUT_DIR, { recursive: true, force: true });
bundle(
  ENTRY_POINTS.map((name) => ({ in: `src/${name}.ts`, out: name })),
  OUT_DIR,
);
chmodSync(`${OUT_DIR}/cli/main.js`, 0o755);
writeFileSync(`${OUT_DIR}/${BUILD_ID}`, codeDigest(`${OUT_DIR}/`));
