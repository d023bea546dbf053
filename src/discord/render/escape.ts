import { escapeMarkdown } from "discord.js";
import { truncate } from "./truncate.ts";

/** Markup that would render as a mention, channel, emoji, timestamp or slash command: `<@1>`, `<#1>`, `<:x:1>`, `<t:1>`, `</a:1>`. */
const MARKUP = /<(?=[@#:/]|a:|t:)/gu;
/** `@everyone` and `@here` as discord.js's `cleanContent` breaks them: a zero-width space after the `@`. */
const MASS_MENTION = /@(everyone|here)/gu;
/**
 * A formatting character, or a bracket that could open or close a masked link `[label](url)`, and the
 * backslashes before it: escaped when their number is even.
 */
const FORMATTING = /(\\*)([*_~`|[\]])/gu;
/** A line that would open a block quote or small subtext (`> `, `>>> `, `-# `) once sent. */
const LINE_MARKUP = /^(\s*)(>|-#)/gmu;

/**
 * Escapes text from an article or a user so that Discord shows it as typed: markdown (through
 * discord.js's `escapeMarkdown`), masked links, mentions and other `<...>` markup, `@everyone`, and
 * block quotes or subtext at the start of a line. Nothing escaped here can ping, format or hide a link.
 * `escapeMarkdown` leaves a few formatting characters bare where it judges them inert (a lone `~`,
 * runs of four backticks); the last pass escapes those too, so that no judgement is needed. Its
 * `maskedLink` option is not used: it escapes only the first `[` of a greedy match, so in
 * `[a] [b](url)` the second link stays live; every bracket is escaped here instead.
 */
export function escapeText(text: string): string {
  const markdown = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true });
  const complete = markdown.replace(FORMATTING, (all, slashes: string, char: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\${char}` : all,
  );
  return complete.replace(MARKUP, "\\<").replace(MASS_MENTION, "@\u200b$1").replace(LINE_MARKUP, "$1\\$2");
}

/**
 * Escapes `text` and fits it in `max` code units. The text is cut before it is escaped, since escaping
 * never shortens it: this keeps a 6,000-character input from costing a full escape (discord.js's
 * escapers take time that grows faster than the text) when only a few hundred characters are shown.
 */
export function escapeWithin(text: string, max: number): string {
  return truncate(escapeText(cutRaw(text, max + 2)), max);
}

/** At most `max` code units of `text`, backing off a character rather than splitting one. */
export function cutRaw(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
