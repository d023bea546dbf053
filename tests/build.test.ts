import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../src/entry/entry-points.ts";

describe("the compiled build", () => {
  it("keeps regular expressions with \\p{…} escapes as literals, compiled once rather than at each use", () => {
    // The analyzer tests every word against such patterns; as `new RegExp` calls they cost a build seconds.
    const rebuilt = ENTRY_POINTS.flatMap(
      (name) => readFileSync(join("dist", `${name}.js`), "utf8").match(/new RegExp\("[^"]*\\\\p\{/gu) ?? [],
    );
    expect(rebuilt).toEqual([]);
  });
});
