import { APOLOGY, tooFast } from "../wording/bot.ts";
import type { CommandContext, ContextFor, Reply } from "./command.ts";
import { type Answerable, Deferral, type Delivery } from "./deferral.ts";
import { INTERACTION_RESPONSE_MS } from "./limits.ts";
import type { Logger } from "./log.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { noticeMessage } from "./render/payload.ts";
import type { WorkQueue } from "./work-queue.ts";

/**
 * How long an interaction may go unanswered before the bot defers its reply ("citebot is thinking…"), so
 * that Discord's three seconds are met whatever is queued ahead of it: a third of the window, leaving the
 * rest for a loaded machine to get the deferral out.
 */
export const DEFER_AFTER_MS = INTERACTION_RESPONSE_MS / 3;

/** What every stage of answering shares: the queue, the budgets, what commands work from, the log, the clock. */
export interface Stages {
  queue: WorkQueue;
  /** The rate limit on commands and clicks. */
  limiter: RateLimiter;
  /** The budget of autocompletes, one user's keystrokes. */
  typing: RateLimiter;
  contextOf: ContextFor;
  logger: Logger;
  now: () => number;
}

/** What answering one command or click takes: what to log it under, how its reply goes, and the handler. */
export interface Work {
  fields: { interaction: string; command: string; user: string };
  /** How the reply will be delivered, as far as it is known before it is ready: what a deferral promises. */
  deferAs(context: CommandContext | undefined): Delivery;
  run(context: CommandContext): Reply | Promise<Reply>;
}

const APOLOGY_MESSAGE = noticeMessage(APOLOGY);

/**
 * Answers one command or click: the rate limit, then what it works from, then its handler in its turn of
 * the queue, then the reply, sent as the reply or as a deferral's edit, and one log line (never the text
 * asked). A handler that throws gets a private apology and is logged with the interaction id.
 *
 * A command still waiting after `DEFER_AFTER_MS`, or queued behind more work than that, is deferred. Each
 * acknowledgement is an HTTP request that costs the process about a millisecond; deferring only what needs
 * it leaves a burst's autocomplete answers the room to arrive in time.
 */
export async function respond(interaction: Answerable, work: Work, started: number, stages: Stages): Promise<void> {
  const { queue, limiter, logger } = stages;
  let context: CommandContext | undefined;
  const deferral = new Deferral(interaction, {
    afterMs: queue.expectedWaitMs > DEFER_AFTER_MS ? 0 : DEFER_AFTER_MS,
    delivery: () => work.deferAs(context),
  });
  try {
    const wait = limiter.take(interaction.user.id, stages.now());
    const reply =
      wait > 0
        ? rateLimited(limiter, wait)
        : await answer(interaction, work, stages, deferral, (known) => {
            context = known;
          });
    await deferral.send(reply.payload, deliveryOf(reply));
    const outcome = wait > 0 ? "rate_limited" : reply.outcome;
    const line = { ...reply.log, ...work.fields, latencyMs: elapsed(started), outcome, deferred: deferral.deferred };
    logger.info(line, "interaction");
  } catch (error) {
    logger.error({ ...work.fields, latencyMs: elapsed(started), outcome: "error", err: error }, "interaction");
    await deferral
      .send(APOLOGY_MESSAGE, "private")
      .catch((failure: unknown) =>
        logger.error({ interaction: interaction.id, err: failure }, "could not send the apology"),
      );
  }
}

/** What the handler replies, once what it works from is known (and told to `knowing`, for the deferral). */
async function answer(
  interaction: Answerable,
  work: Work,
  stages: Stages,
  deferral: Deferral,
  knowing: (context: CommandContext) => void,
): Promise<Reply> {
  const context = await stages.contextOf(interaction);
  knowing(context);
  return stages.queue.run(() => runNow(work, context, deferral));
}

/** Runs the handler; a promise is slow work under way (a fetch): Discord hears from the bot now, not in three seconds. */
function runNow(work: Work, context: CommandContext, deferral: Deferral): Reply | Promise<Reply> {
  const replied = work.run(context);
  if (replied instanceof Promise) deferral.now();
  return replied;
}

/** How a reply goes: replacing the message clicked, or a new message, private or not. */
export function deliveryOf(reply: Reply): Delivery {
  if (reply.update) return "update";
  return reply.private ? "private" : "public";
}

function rateLimited(limiter: RateLimiter, waitMs: number): Reply {
  const { requests, windowMs } = limiter.limit;
  const payload = noticeMessage(tooFast(requests, Math.round(windowMs / 1000), Math.ceil(waitMs / 1000)));
  return { payload, private: true, outcome: "refused" };
}

/** Milliseconds since `started` (`performance.now()`), rounded. */
export function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
