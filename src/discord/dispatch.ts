import type { AutocompleteInteraction, CommandInteraction, Interaction } from "discord.js";
import { ApplicationCommandType, MessageFlags } from "discord.js";
import { APOLOGY, STALE_COMMAND, tooFast } from "../render/wording.ts";
import type { Command, CommandContext, ContextFor, Reply } from "./command.ts";
import { INTERACTION_RESPONSE_MS } from "./limits.ts";
import type { Logger } from "./log.ts";
import { RateLimiter } from "./rate-limit.ts";
import type { MessagePayload } from "./render/payload.ts";
import { noticeMessage } from "./render/payload.ts";
import { WorkQueue } from "./work-queue.ts";

/** What the dispatcher needs: the commands, what they work from, where to log, and the rate limit. */
export interface DispatchOptions {
  commands: Command[];
  /** What commands work from: one for every interaction, or each interaction's own. */
  context: CommandContext | ContextFor;
  logger: Logger;
  limiter: RateLimiter;
  /** The clock the rate limit reads; `Date.now` unless a test sets it. */
  now?: () => number;
}

const APOLOGY_MESSAGE = noticeMessage(APOLOGY);

/**
 * How long a command may go unanswered before the bot defers its reply ("citebot is thinking…"), so that
 * Discord's three seconds are met whatever is queued ahead of it: a third of the window, leaving the rest
 * for a loaded machine to get the deferral out.
 */
export const DEFER_AFTER_MS = INTERACTION_RESPONSE_MS / 3;
/** An autocomplete that has waited this long is answered with no choices: the user has typed on, and Discord is about to give up on it. */
const AUTOCOMPLETE_STALE_MS = INTERACTION_RESPONSE_MS * (2 / 3);
/**
 * Autocompletes one user may ask for in a window: enough for fast typing, so that one user's flood of
 * keystrokes cannot take the queue from everyone else. Past it the user gets no choices until the window moves.
 */
const AUTOCOMPLETE_BUDGET = { requests: 50, windowMs: 10_000 };

/**
 * Routes each interaction to its command and sends what the command answers. One log line per
 * command (command, user id, latency, outcome; never the text asked). A command that throws gets a
 * private apology and is logged with the interaction id; nothing one user sends stops the bot.
 * Autocomplete is logged at debug only, since it fires on every keystroke, and has a budget of its own.
 *
 * Answers are computed one at a time through a `WorkQueue`, so that a burst never holds the event loop;
 * a command still waiting after `DEFER_AFTER_MS`, or queued behind more work than that, is deferred and
 * its answer sent as an edit. Each acknowledgement is an HTTP request that costs the process about a
 * millisecond; deferring only what needs it leaves a burst's autocomplete answers the room to arrive in time.
 */
export function createDispatcher({ commands, context: given, logger, limiter, now = Date.now }: DispatchOptions) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const contextOf = typeof given === "function" ? given : () => given;
  const queue = new WorkQueue();
  const typing = new RateLimiter(AUTOCOMPLETE_BUDGET);

  async function autocomplete(interaction: AutocompleteInteraction, started: number): Promise<void> {
    const command = byName.get(interaction.commandName);
    const fields = { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id };
    try {
      const chat = command?.type === ApplicationCommandType.ChatInput ? command : undefined;
      const allowed = chat?.autocomplete !== undefined && typing.take(fields.user, now()) === 0;
      const context = allowed ? await contextOf(interaction) : undefined;
      // Even an empty answer waits its turn: answered all at once, a flood would hold the event loop itself.
      const choices = await queue.run(
        () =>
          context && elapsed(started) < AUTOCOMPLETE_STALE_MS ? (chat?.autocomplete?.(interaction, context) ?? []) : [],
        { urgent: true },
      );
      await interaction.respond(choices);
      logger.debug(
        { ...fields, latencyMs: elapsed(started), outcome: "suggested", choices: choices.length },
        "autocomplete",
      );
    } catch (error) {
      logger.error({ ...fields, latencyMs: elapsed(started), outcome: "error", err: error }, "autocomplete");
    }
  }

  function run(interaction: CommandInteraction, context: CommandContext): Reply | Promise<Reply> {
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
    const command = byName.get(interaction.commandName);
    const visibility = command?.type === ApplicationCommandType.ChatInput ? command.defer : undefined;
    // A message command answers privately, as "Find sources" does; a slash command as its `private` option says.
    const asked = interaction.isChatInputCommand() ? (interaction.options.getBoolean("private") ?? false) : true;
    const deferral = new Deferral(interaction, {
      afterMs: queue.expectedWaitMs > DEFER_AFTER_MS ? 0 : DEFER_AFTER_MS,
      isPrivate: visibility ? visibility === "private" : asked,
    });
    try {
      const wait = limiter.take(interaction.user.id, now());
      const context = wait > 0 ? undefined : await contextOf(interaction);
      const reply = !context
        ? rateLimited(limiter, wait)
        : await queue.run(() => {
            const replied = run(interaction, context);
            // A promise is slow work under way (a fetch): Discord hears from the bot now, not in three seconds.
            if (replied instanceof Promise) deferral.now();
            return replied;
          });
      await deferral.send(reply.payload, reply.private);
      logger.info(
        {
          ...reply.log,
          ...fields,
          latencyMs: elapsed(started),
          outcome: wait > 0 ? "rate_limited" : reply.outcome,
          deferred: deferral.deferred,
        },
        "interaction",
      );
    } catch (error) {
      logger.error({ ...fields, latencyMs: elapsed(started), outcome: "error", err: error }, "interaction");
      await deferral
        .send(APOLOGY_MESSAGE, true)
        .catch((failure: unknown) =>
          logger.error({ interaction: interaction.id, err: failure }, "could not send the apology"),
        );
    }
  };
}

/**
 * One command's way to Discord: a reply if the answer is ready in time, otherwise a deferral and then
 * an edit. An answer that must be private after a public deferral replaces it with a private follow-up.
 */
class Deferral {
  readonly #interaction: CommandInteraction;
  readonly #private: boolean;
  readonly #timer: NodeJS.Timeout;
  #deferring: Promise<unknown> | undefined;

  /** Defers after `afterMs` unless answered first, visible to the user only if `isPrivate`. */
  constructor(interaction: CommandInteraction, { afterMs, isPrivate }: { afterMs: number; isPrivate: boolean }) {
    this.#interaction = interaction;
    this.#private = isPrivate;
    this.#timer = setTimeout(() => this.now(), afterMs);
  }

  /** Defers now, unless it already has. */
  now(): void {
    clearTimeout(this.#timer);
    if (this.#deferring) return;
    this.#deferring = this.#interaction.deferReply(this.#private ? { flags: MessageFlags.Ephemeral } : {});
    // Its failure is the answer's to report (send awaits it); until then it is not unhandled.
    this.#deferring.catch(() => {});
  }

  get deferred(): boolean {
    return this.#deferring !== undefined;
  }

  /** Sends `payload`: as the reply, as the deferred reply's edit, or, once answered, as a follow-up. */
  async send(payload: MessagePayload, isPrivate: boolean): Promise<void> {
    clearTimeout(this.#timer);
    const interaction = this.#interaction;
    const options = isPrivate ? { ...payload, flags: MessageFlags.Ephemeral as const } : payload;
    await this.#deferring;
    if (interaction.replied) await interaction.followUp(options);
    else if (!interaction.deferred) await interaction.reply(options);
    else if (isPrivate === this.#private) await interaction.editReply(payload);
    else {
      await interaction.deleteReply();
      await interaction.followUp(options);
    }
  }
}

function rateLimited(limiter: RateLimiter, waitMs: number): Reply {
  const { requests, windowMs } = limiter.limit;
  const payload = noticeMessage(tooFast(requests, Math.round(windowMs / 1000), Math.ceil(waitMs / 1000)));
  return { payload, private: true, outcome: "refused" };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
