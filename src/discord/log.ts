import pino, { type Logger } from "pino";

/**
 * The bot's logger: JSON lines on stdout. Paths that could hold a secret are censored, so that even an
 * object logged by mistake does not leak the token.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: {
      paths: ["token", "*.token", "config.token", "headers.authorization", "*.headers.authorization"],
      censor: "[secret]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
