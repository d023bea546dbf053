import {
  type ApplicationCommandOptionChoiceData,
  ApplicationCommandType,
  type AutocompleteInteraction,
} from "discord.js";
import type { Command } from "./command.ts";
import { INTERACTION_RESPONSE_MS } from "./limits.ts";
import { elapsed, type Stages } from "./respond.ts";

/** An autocomplete that has waited this long is answered with no choices: the user has typed on, and Discord is about to give up on it. */
const AUTOCOMPLETE_STALE_MS = INTERACTION_RESPONSE_MS * (2 / 3);

/**
 * Answers an autocomplete with its command's choices, in its turn of the queue ahead of any other work (it
 * cannot be deferred). It is logged at debug only, since it fires on every keystroke. A user past their
 * `typing` budget, an autocomplete that waited too long, or one whose payload the command cannot read (an
 * option missing, another type than registered) gets no choices: always an answer, never an error left
 * for Discord to time out.
 */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  command: Command | undefined,
  started: number,
  { queue, typing, contextOf, logger, now }: Stages,
): Promise<void> {
  const fields = { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id };
  const chat = command?.type === ApplicationCommandType.ChatInput ? command : undefined;
  let choices: ApplicationCommandOptionChoiceData<string>[] = [];
  let failure: unknown;
  try {
    const allowed = chat?.autocomplete !== undefined && typing.take(fields.user, now()) === 0;
    const context = allowed ? await contextOf(interaction) : undefined;
    // Even an empty answer waits its turn: answered all at once, a flood would hold the event loop itself.
    choices = await queue.run(
      () =>
        context && elapsed(started) < AUTOCOMPLETE_STALE_MS ? (chat?.autocomplete?.(interaction, context) ?? []) : [],
      { urgent: true },
    );
  } catch (error) {
    failure = error;
  }
  try {
    await interaction.respond(failure === undefined ? choices : []);
  } catch (error) {
    failure ??= error;
  }
  const latencyMs = elapsed(started);
  if (failure === undefined) {
    logger.debug({ ...fields, latencyMs, outcome: "suggested", choices: choices.length }, "autocomplete");
  } else logger.error({ ...fields, latencyMs, outcome: "error", err: failure }, "autocomplete");
}
