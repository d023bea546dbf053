import type { Interaction } from "discord.js";
import { commands } from "../../commands/index.ts";
import type { Command, CommandContext } from "../../src/discord/command.ts";
import { createDispatcher } from "../../src/discord/dispatch.ts";
import { createLogger } from "../../src/discord/log.ts";
import { type RateLimit, RateLimiter } from "../../src/discord/rate-limit.ts";
import type { MessagePayload } from "../../src/discord/render/payload.ts";

/**
 * The dispatcher and the real commands, driven by plain objects shaped as discord.js interactions: the
 * whole reply path of the bot (command, renderer, rate limit, apology) without a socket, so that a
 * property can run it thousands of times. The end-to-end tests cover the same path through discord.js.
 */

/** An option as a user filled it in. */
export interface Option {
  name: string;
  value: string | boolean;
  focused?: boolean;
}

/** What the dispatcher sent back for one interaction. */
export interface Sent {
  via: "reply" | "followUp" | "respond";
  /** A message (with `flags` when private) for a command; the choices for autocomplete. */
  body: (MessagePayload & { flags?: number }) | Array<{ name: string; value: string }>;
}

/** What a test sends: a slash command, an autocomplete, or a message command on a message's text. */
export type Incoming =
  | { kind: "slash" | "autocomplete"; command: string; options: Option[]; user?: string }
  | { kind: "message"; command: string; content: string; user?: string };

let next = 0;

function stub(incoming: Incoming, sent: Sent[]): Interaction {
  next += 1;
  const options = incoming.kind === "message" ? [] : incoming.options;
  const find = (name: string) => options.find((o) => o.name === name);
  const interaction = {
    id: String(next),
    commandName: incoming.command,
    user: { id: incoming.user ?? `user-${next}` },
    replied: false,
    deferred: false,
    isAutocomplete: () => incoming.kind === "autocomplete",
    isChatInputCommand: () => incoming.kind === "slash",
    isMessageContextMenuCommand: () => incoming.kind === "message",
    targetMessage: { content: incoming.kind === "message" ? incoming.content : "" },
    options: {
      getString(name: string, required = false) {
        const value = find(name)?.value;
        if (typeof value === "string") return value;
        if (required) throw new TypeError(`required option "${name}" missing`);
        return null;
      },
      getBoolean(name: string) {
        const value = find(name)?.value;
        return typeof value === "boolean" ? value : null;
      },
      getFocused(full = false) {
        const focused = options.find((o) => o.focused);
        if (!focused) throw new TypeError("no focused option");
        return full ? { name: focused.name, value: String(focused.value) } : String(focused.value);
      },
    },
    async reply(body: Sent["body"]) {
      sent.push({ via: "reply", body });
      interaction.replied = true;
    },
    async followUp(body: Sent["body"]) {
      sent.push({ via: "followUp", body });
    },
    async respond(body: Sent["body"]) {
      sent.push({ via: "respond", body });
    },
  };
  return interaction as unknown as Interaction;
}

/**
 * A dispatcher over `context` with the bot's commands (and any extra). It logs errors only, into
 * `errors`: a command that throws is answered with an apology, so the log is where a throw shows.
 */
export function dispatcher(
  context: CommandContext,
  options: { extra?: Command[]; limit?: RateLimit; now?: () => number } = {},
) {
  const errors: string[] = [];
  const logger = createLogger("error", { write: (line: string) => void errors.push(line) });
  const limiter = new RateLimiter(options.limit ?? { requests: Number.MAX_SAFE_INTEGER, windowMs: 1 });
  const dispatch = createDispatcher({
    commands: [...commands, ...(options.extra ?? [])],
    context,
    logger,
    limiter,
    now: options.now,
  });
  /** Everything sent for `incoming`, in order. */
  const send = async (incoming: Incoming): Promise<Sent[]> => {
    const sent: Sent[] = [];
    await dispatch(stub(incoming, sent));
    return sent;
  };
  return Object.assign(send, { errors });
}
