/**
 * Compiles citebot's entry points into `dist/`, one bundled ES module each, for plain `node` in production
 * (`npm run build`; `npm ci` runs it through `prepare`). Dependencies are bundled too: a process then loads
 * one file instead of tsx's hooks and some 500 modules (compromise alone is 456 files), which is most of
 * what starting took. The CLI's file carries a hashbang, for the `citebot` bin. Last, `dist/build-id` gets the
 * digest of the compiled files: the index cache's key for this build, which a start then reads instead of
 * the bundles themselves.
 */

import { chmodSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { ENTRY_POINTS } from "../src/entry/entry-points.ts";
import { BUILD_ID, codeDigest } from "../src/search/cache.ts";

const OUT_DIR = "dist";

rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  entryPoints: ENTRY_POINTS.map((name) => ({ in: `src/${name}.ts`, out: name })),
  outdir: OUT_DIR,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // esbuild's table has Node without regular expressions' \p{…} escapes, and would make each such literal
  // a `new RegExp` call, compiled again every time it is reached: in the analyzer, once per word. Node
  // has had them since version 10.
  supported: { "regexp-unicode-property-escapes": true },
  // Packages' ES modules, where they ship them, so that esbuild keeps only what is imported: stopword's CommonJS
  // build carries every language's list (313 KB), its modules one each.
  mainFields: ["module", "main"],
  // Bundled CommonJS dependencies call require; an ES module has none of its own.
  banner: {
    js: "import { createRequire as citebotRequire } from 'node:module'; const require = citebotRequire(import.meta.url);",
  },
  logLevel: "warning",
});
chmodSync(`${OUT_DIR}/cli/main.js`, 0o755);
writeFileSync(`${OUT_DIR}/${BUILD_ID}`, codeDigest(`${OUT_DIR}/`));
