import { expect } from "vitest";
import { unmarkdown } from "../../src/discord/render/plain.ts";
import { expectWithinLimits, LONE_SURROGATE } from "../discord/tricky.ts";

/** A message as the dispatcher sends it: the payload, and `flags` when private. */
export interface SentMessage {
  content?: string;
  embeds: Array<{
    title?: string;
    description?: string;
    footer?: { text: string };
    fields?: Array<{ name: string; value: string }>;
  }>;
  allowedMentions: { parse: [] };
  flags?: number;
}

/** Every piece of text of a message that Discord renders as markdown (a footer is shown as plain text). */
export function markdownOf(message: SentMessage): string[] {
  return [
    message.content ?? "",
    ...message.embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
}

/** Mention markup `<@1>`, `<@&1>`, `<#1>` (and `<:e:1>`, `<t:1>`, `</a:1>`) whose `<` no backslash escapes. */
const MARKUP = /<(?=[@#:/]|a:|t:)/gu;

/** Every mention that would still ping or render: `@everyone`, `@here`, or markup behind an even run of backslashes. */
export function liveMentions(text: string): string[] {
  const found = [...text.matchAll(/@(everyone|here)/gu)].map((m) => m[0]);
  for (const match of text.matchAll(MARKUP)) {
    let slashes = 0;
    while (text[match.index - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 === 0) found.push(text.slice(match.index, match.index + 6));
  }
  return found;
}

/** `[label](target)` from where `lastIndex` is set; lazy, so the shortest that could render. */
const MASKED_LINK = /\[[\s\S]*?\]\([\s\S]*?\)/uy;

/**
 * Every masked link that would still render as a link, `[label](target)` with its `[` behind an even run
 * of backslashes. Discord's link rule reads the label and target raw, escapes inside them and all, so a
 * `]` or `(` counts wherever it stands: only an escaped `[` cannot open a link.
 */
export function liveMaskedLinks(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\[/gu)) {
    let slashes = 0;
    while (text[match.index - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 !== 0) continue;
    MASKED_LINK.lastIndex = match.index;
    const link = MASKED_LINK.exec(text);
    if (link) found.push(link[0]);
  }
  return found;
}

/**
 * Fails unless a message respects every Discord limit, allows no mention, leaves no mention or masked link live, and,
 * when everything it was made from was well-formed UTF-16, splits no character.
 */
export function expectSafe(message: SentMessage, wellFormedInput: boolean): void {
  expectWithinLimits(message);
  for (const text of markdownOf(message)) {
    expect(liveMentions(text)).toEqual([]);
    expect(liveMaskedLinks(text)).toEqual([]);
  }
  if (!wellFormedInput) return;
  for (const text of [...markdownOf(message), ...message.embeds.map((e) => e.footer?.text ?? "")]) {
    expect(text).not.toMatch(LONE_SURROGATE);
  }
}

export const wellFormed = (...texts: string[]) => texts.every((t) => !LONE_SURROGATE.test(t));

/** Text as Discord shows it, for comparing with what was typed: escapes resolved, `@\u200beveryone` as typed. */
export function shown(markdown: string): string {
  return unmarkdown(markdown, (s) => s).replaceAll("@\u200b", "@");
}

/** What was typed, as {@link shown} would show it back, for comparison. */
export function typed(text: string): string {
  return text.replaceAll("@\u200b", "@");
}

/**
 * Whether `display` shows `original` as typed: the whole of it, or (cut, ending in "…") its beginning.
 */
export function showsAsTyped(display: string, original: string): boolean {
  const want = typed(original);
  if (display === want) return true;
  return display.endsWith("…") && want.startsWith(display.slice(0, -1));
}

/** The quote of a passage embed as Discord shows it: the block quote's lines, without the attribution line. */
export function shownQuote(description: string): string {
  const lines = description.split("\n").slice(0, -1);
  return shown(lines.map((line) => line.replace(/^> /u, "")).join("\n"));
}
