import type { Interaction } from "discord.js";
import { answerAutocomplete } from "./autocomplete.ts";
import { clickWork } from "./buttons/clicks.ts";
import { AnswerMemory } from "./buttons/memory.ts";
import type { Command, CommandContext, ContextFor } from "./command.ts";
import type { Logger } from "./log.ts";
import { RateLimiter } from "./rate-limit.ts";
import { respond, type Stages } from "./respond.ts";
import { commandWork } from "./route.ts";
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

/**
 * Autocompletes one user may ask for in a window: enough for fast typing, so that one user's flood of
 * keystrokes cannot take the queue from everyone else. Past it the user gets no choices until the window moves.
 */
const AUTOCOMPLETE_BUDGET = { requests: 50, windowMs: 10_000 };

/**
 * Routes each interaction to what answers it: an autocomplete to its command's suggestions
 * (`answerAutocomplete`), a command to its handler (`commandWork`), a click under an answer to what its
 * button does (`clickWork`), each answered through `respond`. Answers are computed one at a time through a
 * `WorkQueue`, so that a burst never holds the event loop; nothing one user sends stops the bot. The
 * answers whose buttons act are remembered here, for this process's interactions.
 */
export function createDispatcher({ commands, context, logger, limiter, now = Date.now }: DispatchOptions) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const answers = new AnswerMemory({ now });
  const given = typeof context === "function" ? context : () => context;
  const stages: Stages = {
    queue: new WorkQueue(),
    limiter,
    typing: new RateLimiter(AUTOCOMPLETE_BUDGET),
    contextOf: async (interaction) => ({ ...(await given(interaction)), answers }),
    logger,
    now,
  };
  return async function dispatch(interaction: Interaction): Promise<void> {
    const started = performance.now();
    if (interaction.isAutocomplete()) {
      return answerAutocomplete(interaction, byName.get(interaction.commandName), started, stages);
    }
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      return respond(interaction, commandWork(interaction, byName.get(interaction.commandName)), started, stages);
    }
    if (interaction.isButton() || interaction.isStringSelectMenu()) {
      return respond(interaction, clickWork(interaction, answers), started, stages);
    }
  };
}
