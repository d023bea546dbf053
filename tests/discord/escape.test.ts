import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText } from "../../src/discord/render/escape.ts";
import { unmarkdown } from "../../src/discord/render/plain.ts";
import { liveMaskedLinks } from "../fuzz/checks.ts";
import { TRICKY } from "./tricky.ts";

/** Characters that format in Discord; escaped text has each behind an odd run of backslashes. */
const FORMATTING = new Set(["*", "_", "~", "`", "|"]);

function unescapedFormatting(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (!FORMATTING.has(char)) continue;
    let slashes = 0;
    while (text[i - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 === 0) found.push(`${char}@${i}`);
  }
  return found;
}

const shownAs = (text: string) => unmarkdown(escapeText(text), (s) => s).replaceAll("@\u200b", "@");

describe("escapeText", () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`leaves nothing in the ${name} fixture that formats, pings or quotes`, () => {
      const escaped = escapeText(text);
      expect(unescapedFormatting(escaped)).toEqual([]);
      expect(escaped).not.toMatch(/@(everyone|here)/u);
      expect(escaped).not.toMatch(/(?<!\\)<[@#:/t]/u);
      expect(escaped).not.toMatch(/^\s*(>|-#)/mu);
      expect(liveMaskedLinks(escaped)).toEqual([]);
      expect(shownAs(text)).toBe(text);
    });
  }

  it("shows any text as typed once Discord resolves the escapes", () => {
    const text = fc.string({
      unit: fc.constantFrom("*", "_", "~", "`", "|", "\\", ">", "<", "@", "#", "-", "[", "]", "(", ")", "a", " ", "\n"),
    });
    fc.assert(
      fc.property(text, (s) => {
        expect(shownAs(s)).toBe(s);
        expect(unescapedFormatting(escapeText(s))).toEqual([]);
        expect(liveMaskedLinks(escapeText(s))).toEqual([]);
      }),
    );
  });

  it("leaves no masked link live however many brackets come before it", () => {
    const question = "Did [Russia] send [free nitro](https://evil.example/claim) to Libya?";
    expect(liveMaskedLinks(escapeText(question))).toEqual([]);
    expect(shownAs(question)).toBe(question);
  });
});
