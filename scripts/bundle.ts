import { buildSync } from "esbuild";

/**
 * Compiles TypeScript modules into `outDir`, one bundled ES module each with its dependencies, for plain
 * `node`: how citebot's entry points are built (scripts/build.ts), and the bench's measuring scripts, so
 * that the bench times the code production runs. `entries` are `{ in: source file, out: path under
 * outDir without the extension }`.
 */
export function bundle(entries: Array<{ in: string; out: string }>, outDir: string): void {
  buildSync({
    entryPoints: entries,
    outdir: outDir,
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
    // Loaded from node_modules at run time: a native addon, whose compiled binary is beside it, and the
    // database clients, which only the bot and `citebot article --server` load. Bundled, they tripled
    // the CLI's bundle (0.7 -> 2.0 MB), parsed at every answer's start.
    external: ["better-sqlite3", "pg", "umzug"],
    logLevel: "warning",
  });
}
