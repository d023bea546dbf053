import pino, { type Logger } from "pino";

/** How deep an error's `cause` chain is followed: enough for a fetch failure's socket error, never a cycle. */
const CAUSE_DEPTH = 3;

/** An error as a log line shows it: what happened and where, never what was sent nor to which token. */
export interface LoggedError {
  type: string;
  message: string;
  /** Discord's error code (`10062`), or discord.js's (`InteractionAlreadyReplied`). */
  code?: string | number;
  status?: number;
  method?: string;
  /** The request's path with ids and tokens replaced: `/interactions/:id/:token/callback`. */
  route?: string;
  /** Only for an error that no request made (a handler that threw), where the stack is what says why. */
  stack?: string;
  cause?: LoggedError;
}

/**
 * An error reduced to the fields above, copied by name. discord.js's `DiscordAPIError` and `HTTPError`
 * carry the request's `url`, whose path holds an interaction token (a 15-minute credential to post as
 * the bot), and its `requestBody`, which holds the user's question: pino's standard serializer copies
 * every enumerable field, so this one copies none but these.
 */
export function serializeError(error: Error, depth = 0): LoggedError {
  const fields = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const out: LoggedError = { type: error.name, message: error.message };
  if (typeof fields.code === "string" || typeof fields.code === "number") out.code = fields.code;
  if (typeof fields.status === "number") out.status = fields.status;
  if (typeof fields.method === "string") out.method = fields.method;
  if (typeof fields.url === "string") out.route = routeOf(fields.url);
  // A request's stack is discord.js's own plumbing, and the route says more.
  else if (error.stack) out.stack = error.stack;
  if (error.cause instanceof Error && depth < CAUSE_DEPTH) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

/** Where an id or token sits after one of these, the next segment is a token. */
const TOKEN_AFTER = new Set(["interactions", "webhooks"]);
/** A segment kept as written: the words of Discord's routes (`callback`, `@original`), nothing long. */
const ROUTE_WORD = /^@?[a-z][a-z0-9_-]{0,31}$/u;

/**
 * The path of a request's `url` as a route: the API's `/api/v10` prefix and the query dropped, ids as
 * `:id`, the token after `/interactions/:id` or `/webhooks/:id` as `:token`, and any other segment that
 * is not a plain word as `:param`, so that nothing taken from the url can be a secret.
 */
export function routeOf(url: string): string {
  if (!URL.canParse(url)) return ":unparsed";
  const path = new URL(url).pathname.replace(/^.*?\/v\d+(?=\/)/u, "");
  const segments = path.split("/");
  return segments
    .map((segment, i) => {
      if (segment === "") return segment;
      if (/^\d+$/u.test(segment)) return ":id";
      if (i >= 2 && /^\d+$/u.test(segments[i - 1] ?? "") && TOKEN_AFTER.has(segments[i - 2] ?? "")) return ":token";
      return ROUTE_WORD.test(segment) ? segment : ":param";
    })
    .join("/");
}

/** Errors through {@link serializeError}; anything else (a reload's message, say) as it is. */
const errorOrValue = (value: unknown) => (value instanceof Error ? serializeError(value) : value);

/**
 * The bot's logger: JSON lines on stdout. Errors, under `err` or `error`, are logged by
 * {@link serializeError}, never whole; paths that could hold a secret are censored, so that even an
 * object logged by mistake does not leak the token.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    serializers: { err: errorOrValue, error: errorOrValue },
    redact: {
      paths: ["token", "*.token", "config.token", "headers.authorization", "*.headers.authorization"],
      censor: "[secret]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
