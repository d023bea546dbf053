import { fill, type Surface } from "../wording/common.ts";

/** Why an article was not added or removed; each has its sentence in `CORPUS_REFUSAL` (src/wording/corpus.ts). */
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
  | "last_article"
  | "no_file"
  | "unreadable_file";

/**
 * An add or a remove that citebot refuses, with what the user is told and what the log says. `text` is
 * the bot's own sentence as Discord shows it; `literal` (where `text` has `{}`) is text from outside (an
 * address, a status line, a loader message, an id) that a renderer escapes before putting it in. A sentence
 * that differs by surface is given for each ({@link textOn}). `log` says what was refused and why, and never
 * holds the page's content.
 */
export class Refusal extends Error {
  override name = "Refusal";
  /** The sentence as Discord shows it. */
  readonly text: string;
  readonly #said: Readonly<Record<Surface, string>> | undefined;

  constructor(
    readonly code: RefusalCode,
    said: string | Readonly<Record<Surface, string>>,
    readonly log: Record<string, string | number> = {},
    readonly literal?: string,
  ) {
    const text = typeof said === "string" ? said : said.discord;
    super(literal === undefined ? text : fill(text, literal));
    this.text = text;
    this.#said = typeof said === "string" ? undefined : said;
  }

  /** The sentence as `surface` shows it, `{}` still where the literal goes. */
  textOn(surface: Surface): string {
    return this.#said?.[surface] ?? this.text;
  }

  /** The same refusal with `surface`'s sentence as its text, for a renderer that reads `text`. */
  shownOn(surface: Surface): Refusal {
    return new Refusal(this.code, this.textOn(surface), this.log, this.literal);
  }

  /** The whole message as `surface` shows it, the literal put in as it is (a terminal makes it printable). */
  messageOn(surface: Surface): string {
    const text = this.textOn(surface);
    return this.literal === undefined ? text : fill(text, this.literal);
  }
}
