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
  components?: WireRow[];
}

/** An action row as it crosses the wire: type 1, holding buttons (type 2) or one select menu (type 3). */
export interface WireRow {
  type: number;
  components: Array<{
    type: number;
    style?: number;
    label?: string;
    custom_id?: string;
    url?: string;
    disabled?: boolean;
    placeholder?: string;
    options?: Array<{ label: string; value: string; description?: string }>;
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
export function messageProblems(message: WireMessage, { update = false } = {}): string[] {
  const problems: string[] = [];
  const length = lengthCheck(problems);
  const embeds = message.embeds ?? [];
  length("content", message.content, 0, L.CONTENT_MAX);
  // An update keeps what it does not give; a new message must say something.
  if (!update && !message.content && embeds.length === 0) problems.push("message: cannot be empty");
  problems.push(...componentProblems(message.components ?? []));
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

/** A check that `value` is `min` to `max` long, pushing a problem naming `field` where it is not. */
function lengthCheck(problems: string[]) {
  return (field: string, value: string | undefined | null, min: number, max: number) => {
    const n = (value ?? "").length;
    if (n < min || n > max) problems.push(`${field}: must be ${min} to ${max} long, is ${n}`);
  };
}

/** Button styles: primary, secondary, success, danger, link. */
const LINK_STYLE = 5;

/**
 * What Discord would refuse in a message's components: more than 5 rows, a row of more than 5 buttons or of
 * a select menu beside anything, a custom id past 100 characters or used twice, a label past 80, a link
 * button without an http(s) url or with a custom id, a select menu of no option or more than 25.
 */
export function componentProblems(rows: WireRow[]): string[] {
  const problems: string[] = [];
  const length = lengthCheck(problems);
  if (rows.length > L.ACTION_ROWS_MAX) problems.push(`components: at most ${L.ACTION_ROWS_MAX} rows`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const at = `components.${i}`;
    if (row.type !== 1) problems.push(`${at}.type: must be 1 (an action row)`);
    const selects = row.components.filter((c) => c.type === 3).length;
    if (row.components.length < 1 || row.components.length > L.ROW_BUTTONS_MAX) {
      problems.push(`${at}.components: 1 to ${L.ROW_BUTTONS_MAX}`);
    }
    if (selects > 0 && row.components.length > 1) problems.push(`${at}: a select menu takes a row of its own`);
    row.components.forEach((c, j) => {
      const where = `${at}.components.${j}`;
      if (c.custom_id !== undefined) {
        length(`${where}.custom_id`, c.custom_id, 1, L.CUSTOM_ID_MAX);
        if (ids.has(c.custom_id)) problems.push(`${where}.custom_id: used twice in the message`);
        ids.add(c.custom_id);
      }
      problems.push(...(c.type === 3 ? selectProblems(c, where) : buttonProblems(c, where)));
    });
  });
  return problems;
}

function buttonProblems(button: WireRow["components"][number], where: string): string[] {
  const problems: string[] = [];
  if (button.type !== 2) problems.push(`${where}.type: must be 2 (a button) or 3 (a select menu)`);
  lengthCheck(problems)(`${where}.label`, button.label, 1, L.BUTTON_LABEL_MAX);
  if (button.style === LINK_STYLE) {
    if (!/^https?:\/\//u.test(button.url ?? "")) problems.push(`${where}.url: a link button needs an http(s) url`);
    lengthCheck(problems)(`${where}.url`, button.url, 1, L.BUTTON_URL_MAX);
    if (button.custom_id !== undefined) problems.push(`${where}.custom_id: a link button has none`);
  } else if (button.custom_id === undefined) problems.push(`${where}.custom_id: required`);
  return problems;
}

function selectProblems(select: WireRow["components"][number], where: string): string[] {
  const problems: string[] = [];
  const length = lengthCheck(problems);
  const options = select.options ?? [];
  if (select.custom_id === undefined) problems.push(`${where}.custom_id: required`);
  if (options.length < 1 || options.length > L.SELECT_OPTIONS_MAX) {
    problems.push(`${where}.options: 1 to ${L.SELECT_OPTIONS_MAX}`);
  }
  length(`${where}.placeholder`, select.placeholder, 0, L.SELECT_PLACEHOLDER_MAX);
  options.forEach((option, k) => {
    length(`${where}.options.${k}.label`, option.label, 1, L.SELECT_OPTION_MAX);
    length(`${where}.options.${k}.value`, option.value, 1, L.SELECT_OPTION_MAX);
    length(`${where}.options.${k}.description`, option.description, 0, L.SELECT_OPTION_MAX);
  });
  if (new Set(options.map((o) => o.value)).size < options.length) problems.push(`${where}.options: values repeat`);
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
