import type { Logger } from "./log.ts";

/**
 * A rejection's reason as something the logger can reduce safely. Anything may be thrown; a value that
 * is not an error is named by its type only, since nothing says what it holds (a whole request, say).
 */
function asError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  const kind = reason === null ? "null" : typeof reason === "object" ? reason.constructor?.name : typeof reason;
  return new Error(`a value that is not an Error was thrown (${kind ?? "object"})`);
}

/**
 * Logs, and survives, a rejection no one handled and an exception no one caught. Each interaction is
 * answered on its own, from an index that only ever changes whole articles at a time, so one malformed payload (an
 * interaction discord.js cannot build, which rejects inside discord.js where no caller can catch it)
 * must not end the process and with it every other user's answers.
 * Errors are logged through the logger's serializer: no token, no request body.
 */
export function surviveUnexpectedErrors(logger: Logger, target: NodeJS.EventEmitter = process): void {
  target.on("unhandledRejection", (reason: unknown) => {
    logger.error({ err: asError(reason) }, "unhandled rejection: still running");
  });
  target.on("uncaughtException", (error: unknown, origin: unknown) => {
    logger.error({ err: asError(error), origin }, "uncaught exception: still running");
  });
}
