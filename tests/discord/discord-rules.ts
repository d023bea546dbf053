import * as L from "../../src/discord/limits.ts";

/** A message as it crosses the wire, in Discord's field names; only what the limits concern. */
export interface WireMessage {
  content?: string | null;
  embeds?: Array<{
    title?: string;
    description?: string;
    footer?: { text: string };
    author?: { name: string };
    fields?: Array<{ name: string; value: string }>;
  }>;
}

/** Lengths Discord counts for the embed total: titles, descriptions, footers, authors, field names and values. */
export function embedsLength(message: WireMessage): number {
  let total = 0;
  for (const e of message.embeds ?? []) {
    total += (e.title ?? "").length + (e.description ?? "").length + (e.footer?.text ?? "").length;
    total += (e.author?.name ?? "").length;
    for (const f of e.fields ?? []) total += f.name.length + f.value.length;
  }
  return total;
}

/**
 * What Discord would refuse in a message the bot posts or edits (a 400 "Invalid Form Body"), by its
 * documented limits, each problem naming its field; none for a message Discord accepts. The local
 * Discord answers with these, and the renderer tests expect none.
 */
export function messageProblems(message: WireMessage): string[] {
  const problems: string[] = [];
  const length = (field: string, value: string | undefined | null, min: number, max: number) => {
    const n = (value ?? "").length;
    if (n < min || n > max) problems.push(`${field}: must be ${min} to ${max} long, is ${n}`);
  };
  const embeds = message.embeds ?? [];
  length("content", message.content, 0, L.CONTENT_MAX);
  if (!message.content && embeds.length === 0) problems.push("message: cannot be empty");
  if (embeds.length > L.EMBEDS_MAX) problems.push(`embeds: at most ${L.EMBEDS_MAX}`);
  embeds.forEach((e, i) => {
    length(`embeds.${i}.title`, e.title, 0, L.EMBED_TITLE_MAX);
    length(`embeds.${i}.description`, e.description, 0, L.EMBED_DESCRIPTION_MAX);
    length(`embeds.${i}.footer.text`, e.footer?.text, 0, L.EMBED_FOOTER_MAX);
    if ((e.fields ?? []).length > L.EMBED_FIELDS_MAX)
      problems.push(`embeds.${i}.fields: at most ${L.EMBED_FIELDS_MAX}`);
    (e.fields ?? []).forEach((f, j) => {
      length(`embeds.${i}.fields.${j}.name`, f.name, 1, L.EMBED_FIELD_NAME_MAX);
      length(`embeds.${i}.fields.${j}.value`, f.value, 1, L.EMBED_FIELD_VALUE_MAX);
    });
  });
  if (embedsLength(message) > L.EMBEDS_TOTAL_MAX) problems.push(`embeds: more than ${L.EMBEDS_TOTAL_MAX} in all`);
  return problems;
}

/** What Discord would refuse in an autocomplete answer; none for one it accepts. */
export function choiceProblems(choices: Array<{ name: string; value: unknown }>): string[] {
  const problems: string[] = [];
  if (choices.length > L.AUTOCOMPLETE_CHOICES_MAX) problems.push(`choices: at most ${L.AUTOCOMPLETE_CHOICES_MAX}`);
  choices.forEach((c, i) => {
    if (c.name.length < L.CHOICE_NAME_MIN || c.name.length > L.CHOICE_NAME_MAX) {
      problems.push(`choices.${i}.name: must be ${L.CHOICE_NAME_MIN} to ${L.CHOICE_NAME_MAX} long`);
    }
    if (typeof c.value === "string" && c.value.length > L.CHOICE_VALUE_MAX) {
      problems.push(`choices.${i}.value: at most ${L.CHOICE_VALUE_MAX} long`);
    }
  });
  return problems;
}
