/** Why an article was not added or removed; each has its sentence in `CORPUS_REFUSAL` (src/render/wording.ts). */
export type RefusalCode =
  | "bad_url"
  | "scheme"
  | "private_address"
  | "dns"
  | "unreachable"
  | "timeout"
  | "redirects"
  | "status"
  | "too_large"
  | "type"
  | "no_article"
  | "not_text"
  | "read_timeout"
  | "read_memory"
  | "unreadable"
  | "file_type"
  | "malformed"
  | "duplicate"
  | "unknown_article"
  | "last_article";

/**
 * An add or a remove that citebot refuses, with what the user is told and what the log says. `text` is
 * the bot's own sentence; `literal` (where `text` has `{}`) is text from outside (an address, a status
 * line, a loader message, an id) that a renderer escapes before putting it in. `log` says what was
 * refused and why, and never holds the page's content.
 */
export class Refusal extends Error {
  override name = "Refusal";

  constructor(
    readonly code: RefusalCode,
    readonly text: string,
    readonly log: Record<string, string | number> = {},
    readonly literal?: string,
  ) {
    super(literal === undefined ? text : text.replace("{}", () => literal));
  }
}
