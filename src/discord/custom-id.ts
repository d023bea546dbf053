import { CUSTOM_ID_MAX } from "./limits.ts";

/**
 * What a button or menu under an answer does: show a page of passages ("More passages", "Previous
 * passages"), show a passage's whole paragraph, or record that the answer is not right.
 */
export type ButtonAction =
  | { action: "page"; key: string; page: number }
  | { action: "paragraph"; key: string; page: number }
  | { action: "flag"; key: string };

/**
 * The prefix of every custom id the bot writes, with its format's version: a click on a button written by
 * another version (or by anyone else) is unknown, not misread.
 */
const PREFIX = "cb1";
const FORMAT = /^cb1:(page|para|flag):([\w-]{1,16})(?::(\d{1,3}))?$/u;

/** The custom id a button carries for `action`: `cb1:page:Ab3_x9Qz:2`, far within Discord's 100 characters. */
export function customId(action: ButtonAction): string {
  const id =
    action.action === "flag"
      ? `${PREFIX}:flag:${action.key}`
      : `${PREFIX}:${action.action === "page" ? "page" : "para"}:${action.key}:${action.page}`;
  if (id.length > CUSTOM_ID_MAX) throw new Error(`citebot: a custom id of ${id.length} characters: ${id}`);
  return id;
}

/** The action a clicked custom id stands for, or undefined for one the bot did not write. */
export function readCustomId(id: string): ButtonAction | undefined {
  const match = FORMAT.exec(id);
  if (!match) return undefined;
  const [, name, key = "", page] = match;
  if (name === "flag") return page === undefined ? { action: "flag", key } : undefined;
  if (page === undefined) return undefined;
  return { action: name === "page" ? "page" : "paragraph", key, page: Number(page) };
}
