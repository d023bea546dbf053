import type { AutocompleteInteraction, CommandInteraction, Interaction } from "discord.js";
import { ApplicationCommandType, MessageFlags } from "discord.js";
import { APOLOGY, STALE_COMMAND, tooFast } from "../render/wording.ts";
import type { Command, CommandContext, Reply } from "./command.ts";
import type { Logger } from "./log.ts";
import type { MessagePayload } from "./payload.ts";
import { noticeMessage } from "./payload.ts";
import type { RateLimiter } from "./rate-limit.ts";

/** What the dispatcher needs: the commands, what they work from, where to log, and the rate limit. */
export interface DispatchOptions {
  commands: Command[];
  context: CommandContext;
  logger: Logger;
  limiter: RateLimiter;
  /** The clock the rate limit reads; `Date.now` unless a test sets it. */
  now?: () => number;
}

const APOLOGY_MESSAGE = noticeMessage(APOLOGY);

/**
 * Routes each interaction to its command and sends what the command answers. One log line per
 * command (command, user id, latency, outcome; never the text asked). A command that throws gets a
 * private apology and is logged with the interaction id; nothing one user sends stops the bot.
 * Autocomplete is logged at debug only, since it fires on every keystroke, and is not rate limited.
 */
export function createDispatcher({ commands, context, logger, limiter, now = Date.now }: DispatchOptions) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  async function autocomplete(interaction: AutocompleteInteraction, started: number): Promise<void> {
    const command = byName.get(interaction.commandName);
    const fields = { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id };
    try {
      const choices =
        command?.type === ApplicationCommandType.ChatInput ? (command.autocomplete?.(interaction, context) ?? []) : [];
      await interaction.respond(choices);
      logger.debug(
        { ...fields, latencyMs: elapsed(started), outcome: "suggested", choices: choices.length },
        "autocomplete",
      );
    } catch (error) {
      logger.error({ ...fields, latencyMs: elapsed(started), outcome: "error", err: error }, "autocomplete");
    }
  }

  function run(interaction: CommandInteraction): Reply | Promise<Reply> {
    const command = byName.get(interaction.commandName);
    if (command?.type === ApplicationCommandType.ChatInput && interaction.isChatInputCommand()) {
      return command.execute(interaction, context);
    }
    if (command?.type === ApplicationCommandType.Message && interaction.isMessageContextMenuCommand()) {
      return command.execute(interaction, context);
    }
    return { payload: noticeMessage(STALE_COMMAND), private: true, outcome: "refused" };
  }

  return async function dispatch(interaction: Interaction): Promise<void> {
    const started = performance.now();
    if (interaction.isAutocomplete()) return autocomplete(interaction, started);
    if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand()) return;
    const fields = { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id };
    try {
      const wait = limiter.take(interaction.user.id, now());
      const reply = wait > 0 ? rateLimited(limiter, wait) : await run(interaction);
      await send(interaction, reply.payload, reply.private);
      logger.info(
        { ...reply.log, ...fields, latencyMs: elapsed(started), outcome: wait > 0 ? "rate_limited" : reply.outcome },
        "interaction",
      );
    } catch (error) {
      logger.error({ ...fields, latencyMs: elapsed(started), outcome: "error", err: error }, "interaction");
      await send(interaction, APOLOGY_MESSAGE, true).catch((failure: unknown) =>
        logger.error({ interaction: interaction.id, err: failure }, "could not send the apology"),
      );
    }
  };
}

/**
 * Replies; fills in a reply the command deferred (it is as private as the deferral was); or follows up
 * when a reply has already gone (a handler that failed after replying).
 */
async function send(interaction: CommandInteraction, payload: MessagePayload, isPrivate: boolean): Promise<void> {
  const options = isPrivate ? { ...payload, flags: MessageFlags.Ephemeral as const } : payload;
  if (interaction.deferred && !interaction.replied) await interaction.editReply(payload);
  else if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}

function rateLimited(limiter: RateLimiter, waitMs: number): Reply {
  const { requests, windowMs } = limiter.limit;
  const payload = noticeMessage(tooFast(requests, Math.round(windowMs / 1000), Math.ceil(waitMs / 1000)));
  return { payload, private: true, outcome: "refused" };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
