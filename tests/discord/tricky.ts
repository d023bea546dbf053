import { expect } from "vitest";
import type { MessagePayload } from "../../src/discord/render/payload.ts";
import { messageProblems } from "./discord-rules.ts";

/**
 * The shared tricky fixture: text that tries to format, ping, hide a link behind a label, break out of a
 * block quote, overflow a limit, or split a character. Every renderer test runs on each of these.
 */
export const TRICKY: Record<string, string> = {
  markdown:
    "**bold** __under__ *it* _it_ ~~strike~~ ||spoiler|| # heading\n- list\n1. item\n[link](https://example.org)",
  mentions: "@everyone @here <@123456789012345678> <@!1> <@&2> <#3> </ask:4> <t:1700000000:R> <:e:5>",
  fences: "```js\nalert(1)\n``` and `inline` and ````four````",
  maskedLinks:
    "Did [Russia] send [free nitro](https://evil.example/claim) to Libya? [[a]](<https://evil.example>) \\[b](https://evil.example) [c]\n(https://evil.example)",
  quoteBreak: "line one\n> not a quote\n>>> nor this\n-# nor subtext",
  backslashes: "\\*not bold\\* \\\\ \\",
  astral: "𝕏 😀 👩‍👩‍👧 flags 🇬🇧 e\u0301 \u200b zero\u200dwidth \u202e reversed",
  long: "Russia sent S-300 systems to Libya? ".repeat(200).slice(0, 6000),
  astralLong: "😀".repeat(3000),
  empty: "\u200b \u200b\t",
};

/** A lone surrogate: half of a character, which Discord would reject or show as garbage. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Fails unless `payload` respects every Discord limit and cannot ping. */
export function expectWithinLimits(
  payload: Pick<MessagePayload, "content" | "embeds" | "components"> & { allowedMentions?: unknown },
) {
  expect(payload.allowedMentions).toEqual({ parse: [] });
  expect(messageProblems(payload)).toEqual([]);
}
