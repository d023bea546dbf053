import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText } from "../../src/discord/render/escape.ts";
import { ELLIPSIS, truncate } from "../../src/discord/render/truncate.ts";
import { LONE_SURROGATE, TRICKY } from "./tricky.ts";

describe("truncate", () => {
  it("keeps text that fits unchanged", () => {
    expect(truncate("short", 5)).toBe("short");
  });

  it("cuts to the limit, ellipsis included", () => {
    expect(truncate("abcdefgh", 5)).toBe(`abcd${ELLIPSIS}`);
  });

  it("never splits an astral character", () => {
    expect(truncate("😀😀😀", 4)).toBe(`😀${ELLIPSIS}`);
  });

  it("never leaves a backslash to escape the ellipsis", () => {
    expect(truncate(escapeText("ab*cd"), 4)).toBe(`ab${ELLIPSIS}`);
  });

  for (const [name, text] of Object.entries(TRICKY)) {
    it(`cuts the escaped ${name} fixture within every limit, whole characters only`, () => {
      const escaped = escapeText(text);
      for (const max of [1, 2, 10, 100, 256, 1024, 2000]) {
        const cut = truncate(escaped, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(LONE_SURROGATE);
        expect(cut.replace(ELLIPSIS, "")).not.toMatch(/(?<!\\)(\\\\)*\\$/u);
      }
    });
  }

  it("never exceeds the limit for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 0, max: 400 }), (text, max) => {
        const cut = truncate(escapeText(text), max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(LONE_SURROGATE);
      }),
    );
  });
});
