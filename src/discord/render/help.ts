import type { APIEmbedField } from "discord.js";
import { HELP_BUTTONS, HELP_COMMANDS, HELP_INTRO } from "../../wording/bot.ts";
import { EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX } from "../limits.ts";
import { type MessagePayload, NO_MENTIONS } from "./payload.ts";
import { truncate } from "./truncate.ts";

/** `/help`: what citebot is, each command with what it does and an example, and what the buttons under an answer do. */
export function helpMessage(): MessagePayload {
  const fields = HELP_COMMANDS.map(
    ({ usage, what, example }): APIEmbedField => ({
      name: truncate(usage, EMBED_FIELD_NAME_MAX),
      value: truncate(`${what}\n\`${example}\``, EMBED_FIELD_VALUE_MAX),
    }),
  );
  return {
    embeds: [{ title: "citebot", description: `${HELP_INTRO}\n\n${HELP_BUTTONS}`, fields }],
    allowedMentions: NO_MENTIONS,
  };
}
