/**
 * citebot's entry points, and where the running code finds them. Production runs the compiled JavaScript
 * under `dist/` with plain `node` (`npm run build`, which `npm ci` runs); development and the tests run the
 * TypeScript under `src/` through tsx. Both trees keep every entry point two folders down (`dist/cli/main.js`,
 * `src/cli/main.ts`), and each compiled file bundles this module, so one relative path serves both.
 */

/** The entry points, as paths under `src/` without the extension; `scripts/build.ts` compiles each. */
export const ENTRY_POINTS = [
  "cli/main",
  "discord/main",
  "discord/sharded",
  "discord/deploy",
  "discord/invite",
  "live/build-worker",
  "add/extract-worker",
  "library/attribute-worker",
  "search/analyze-worker",
] as const;

export type EntryPoint = (typeof ENTRY_POINTS)[number];

/** Whether this is the compiled build (`dist/`) rather than the TypeScript source through tsx. */
export const COMPILED = import.meta.url.endsWith(".js");

/** The file of an entry point in the tree that is running: `dist/<name>.js` when compiled, `src/<name>.ts` otherwise. */
export function entryPointUrl(name: EntryPoint): URL {
  return new URL(`../${name}${COMPILED ? ".js" : ".ts"}`, import.meta.url);
}

/** The folder of the running code, `dist/` or `src/`: what the index cache's key covers. */
export const CODE_DIR = new URL("../", import.meta.url);
