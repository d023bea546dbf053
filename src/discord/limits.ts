/**
 * Discord's limits, in one place. Everything the bot sends is cut to these by construction, so that
 * Discord never rejects a reply for its size. Lengths are in UTF-16 code units (JavaScript's `length`),
 * which is never less than the characters Discord counts, so staying under them in code units is safe.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */

/** Characters of a message's `content`. */
export const CONTENT_MAX = 2000;
/** Embeds on one message. */
export const EMBEDS_MAX = 10;
/** Characters of an embed's title. */
export const EMBED_TITLE_MAX = 256;
/** Characters of an embed's description. */
export const EMBED_DESCRIPTION_MAX = 4096;
/** Fields on one embed. */
export const EMBED_FIELDS_MAX = 25;
/** Characters of a field's name. */
export const EMBED_FIELD_NAME_MAX = 256;
/** Characters of a field's value. */
export const EMBED_FIELD_VALUE_MAX = 1024;
/** Characters of an embed's footer text. */
export const EMBED_FOOTER_MAX = 2048;
/** Characters across all of a message's embeds: titles, descriptions, field names and values, footers, authors. */
export const EMBEDS_TOTAL_MAX = 6000;
/** Choices in one autocomplete answer. */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
/** Characters of an autocomplete choice's name, and of a string choice's value. */
export const CHOICE_NAME_MIN = 1;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;
/** Milliseconds Discord waits for the first response to an interaction. */
export const INTERACTION_RESPONSE_MS = 3000;
/** Action rows on one message. https://discord.com/developers/docs/components/reference */
export const ACTION_ROWS_MAX = 5;
/** Buttons in one action row (a select menu takes a row alone). */
export const ROW_BUTTONS_MAX = 5;
/** Characters of a button's or select menu's `custom_id`, which comes back with each click. */
export const CUSTOM_ID_MAX = 100;
/** Characters of a button's label. */
export const BUTTON_LABEL_MAX = 80;
/** Characters of a link button's url. */
export const BUTTON_URL_MAX = 512;
/** Options in one select menu. */
export const SELECT_OPTIONS_MAX = 25;
/** Characters of a select option's label, value and description. */
export const SELECT_OPTION_MAX = 100;
/** Characters of a select menu's placeholder. */
export const SELECT_PLACEHOLDER_MAX = 150;
