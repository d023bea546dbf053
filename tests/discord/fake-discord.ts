import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { choiceProblems, messageProblems, type WireMessage } from "./discord-rules.ts";

/**
 * A Discord-compatible server on 127.0.0.1 for the end-to-end tests: REST under `/api/v10` and a JSON
 * gateway, enough of both for the real, unmodified discord.js Client to log in, receive interactions
 * and reply. It records every REST request so that tests check what reached "Discord".
 */

export const APPLICATION_ID = "100000000000000001";
export const BOT_USER_ID = "100000000000000001";
export const GUILD_ID = "200000000000000002";
/** A second server, for tests of what one server's articles do (nothing) in another. */
export const SECOND_GUILD_ID = "200000000000000012";
export const CHANNEL_ID = "300000000000000003";
/** Discord's types of command option, as an interaction carries its options. */
export const OPTION = { subcommand: 1, group: 2, string: 3, boolean: 5, channel: 7, role: 8, attachment: 11 } as const;
/** The message flag that shows a message to its user only. */
export const EPHEMERAL = 64;

/** A second text channel of the first server, for tests of where the bot answers. */
export const OTHER_CHANNEL_ID = "300000000000000013";
/** A role every server has besides @everyone, for tests of who may add articles. */
export const ROLE_ID = "700000000000000007";

/** A REST request as Discord would have received it: the path decoded and without `/api/v10`. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** When it arrived (`Date.now()`). */
  at: number;
  /** The status the fake answered with, once it has. */
  status?: number;
}

/** An error as Discord's REST API answers it. */
export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: unknown;
}

/** A gateway payload: `op`, data, and for dispatches (op 0) the sequence and event name. */
interface Payload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** Discord's gateway opcodes that the fake speaks. */
const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, hello: 10, heartbeatAck: 11 } as const;
/** How long Discord waits for an interaction's first response before "Unknown interaction" (10062). */
const CALLBACK_WINDOW_MS = 3000;
/** How long an interaction's token lets the bot follow up or edit, after which Discord refuses it (50027). */
const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Dispatches kept for replay on RESUME, per shard; Discord's own buffer is likewise bounded. */
const REPLAY_MAX = 2000;

let counter = 0;
/** A fresh snowflake-shaped id. */
export function snowflake(): string {
  counter += 1;
  return (900000000000000000n + BigInt(counter)).toString();
}

export interface User {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
}

export function user(id: string, username = `user${id.slice(-4)}`): User {
  return { id, username, discriminator: "0", global_name: null, avatar: null };
}

/** An option as Discord sends it in `data.options`; a subcommand (type 1) holds its own `options`. */
export interface OptionData {
  name: string;
  type: number;
  value?: string | boolean;
  focused?: boolean;
  options?: OptionData[];
}

/**
 * The permissions a member has in the channel, as Discord computes them (`member.permissions`): by
 * default many, but neither Manage Server nor Administrator.
 */
export const MEMBER_PERMISSIONS = "2248473465835073";

/** A file a user attached to a command, as Discord describes it in `data.resolved.attachments`. */
export interface AttachmentData {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}

/**
 * Where an interaction comes from, as Discord tells it: a server that installed the app (`guild_id`, a
 * `member` with its permissions, `context` 0, the guild under the guild install in
 * `authorizing_integration_owners`), the bot's DMs (`user` instead of `member`, `context` 1), or a
 * server that has not installed the app, through a user's install of it (`context` 0, a `member`, only
 * the user install in `authorizing_integration_owners`).
 */
export type Place = { guild: string } | { dm: true } | { userInstallIn: string };

/** What an interaction may carry besides its options: the member's permissions, attached files, where it is. */
export interface Extra {
  permissions?: string;
  attachments?: AttachmentData[];
  place?: Place;
  /** The member's roles, by id. */
  roles?: string[];
  /** The channel it is sent in, by id (by default the server's `general`). */
  channel?: string;
  /** Roles and channels the options name, as Discord resolves them in `data.resolved`. */
  resolvedRoles?: string[];
  resolvedChannels?: string[];
}

/** A message as Discord sends it, with every field discord.js reads. */
export type DiscordMessage = Record<string, unknown> & { id: string; flags?: number };

/** An interaction as the fake keeps it, to hold the bot to Discord's rules and to find the messages it posted. */
interface Sent {
  at: number;
  acknowledged: boolean;
  /** 2 a command, 3 a click, 4 an autocomplete. */
  type: number;
  /** For a click, the message clicked on: what UPDATE_MESSAGE and its deferral change. */
  clicked?: string;
  /** The message its first response posted or changed, which `@original` then names. */
  posted?: string;
}

export class FakeDiscord {
  readonly requests: Recorded[] = [];
  /** When set, every request with a bot token gets 401, as for a token that was reset. */
  refuseToken = false;
  /** Gateway traffic from the client (IDENTIFY, RESUME, heartbeats), in order. */
  readonly received: Payload[] = [];
  readonly #events = new EventEmitter();
  readonly #http: Server;
  readonly #gateway: WebSocketServer;
  /** Where dispatches go: the latest connection that identified or resumed, unless `onShard` says otherwise. */
  #socket: WebSocket | undefined;
  /** Each shard's connection, by shard id, from its IDENTIFY (`shard: [id, count]`; none means shard 0). */
  readonly #shards = new Map<number, WebSocket>();
  #sequence = 0;
  /** How far the fake's clock has been moved on (`elapse`), so that a test need not wait 15 minutes. */
  #skew = 0;
  /** Dispatches sent, by shard id, so that a RESUME gets what its connection missed, as from Discord. */
  readonly #history = new Map<number, Array<{ s: number; frame: string }>>();
  /** Each interaction sent: when, its type, whether its first response has come, and the message it concerns. */
  readonly #interactions = new Map<string, Sent>();
  /**
   * Every message the bot posted through interactions (replies, deferrals, follow-ups), as Discord holds it
   * after every update and edit, by id: what a test clicks on.
   */
  readonly #messages = new Map<string, DiscordMessage>();
  /** Deferred replies ("thinking…") not yet filled in by an edit: no message yet for a test to read. */
  readonly #thinking = new Set<string>();
  /** Routes that answer 429 once, with the seconds to wait. */
  readonly #rateLimited: Array<{ matches: (r: Recorded) => boolean; retryAfter: number }> = [];
  /** Routes that answer an error once each: a status and Discord's error body. */
  readonly #failing: Array<{ matches: (r: Recorded) => boolean; status: number; body: DiscordErrorBody }> = [];
  /** Files users attached, served as Discord's CDN serves them, by path. */
  readonly #files = new Map<string, { content: Buffer; type: string }>();

  private constructor(
    readonly heartbeatMs: number,
    /** What `GET /gateway/bot` recommends: the shard count, and how many shards may identify at once. */
    readonly gatewayBot: { shards: number; maxConcurrency: number },
    /** The servers that have installed the bot, announced at READY. */
    readonly guilds: readonly string[],
  ) {
    this.#http = createServer((req, res) => void this.#rest(req, res));
    this.#gateway = new WebSocketServer({ noServer: true });
    this.#http.on("upgrade", (req, socket, head) => {
      this.#gateway.handleUpgrade(req, socket, head, (ws) => this.#connect(ws, req));
    });
  }

  /**
   * Starts the fake on a free port of 127.0.0.1. `shards` and `maxConcurrency` are what `GET /gateway/bot`
   * announces (default 1 and 1: one connection, as for a bot in fewer than 2,500 guilds). `heartbeatMs`
   * defaults to a 1 s stress pace; Discord's own is 41,250. `guilds` are the servers that installed the bot.
   */
  static async start({
    heartbeatMs = 1000,
    shards = 1,
    maxConcurrency = 1,
    guilds = [GUILD_ID] as readonly string[],
  } = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(heartbeatMs, { shards, maxConcurrency }, guilds);
    // Discord accepts any number of connections at once; Node's default backlog (511) would drop the
    // SYNs of a burst's acknowledgements and delay them by a retransmission second.
    await new Promise<void>((resolve) => fake.#http.listen({ port: 0, host: "127.0.0.1", backlog: 4096 }, resolve));
    return fake;
  }

  get #origin(): string {
    const { port } = this.#http.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  /** What `DISCORD_API_URL` is set to: discord.js appends `/v10` itself. */
  get apiUrl(): string {
    return `http://${this.#origin}/api`;
  }

  get gatewayUrl(): string {
    return `ws://${this.#origin}`;
  }

  /** Moves the fake's clock on by `ms`, as if that much time had passed for Discord's rules. */
  elapse(ms: number): void {
    this.#skew += ms;
  }

  #now(): number {
    return Date.now() + this.#skew;
  }

  /** When the interaction `id` was sent (`Date.now()`), if it was. */
  sentAt(id: string): number | undefined {
    return this.#interactions.get(id)?.at;
  }

  /** How many times the client sent IDENTIFY and RESUME. */
  count(op: number): number {
    return this.received.filter((payload) => payload.op === op).length;
  }

  /** Makes the next request that `matches` answer 429 with `retry_after`, as Discord's rate limit does. */
  rateLimitOnce(matches: (r: Recorded) => boolean, retryAfter: number): void {
    this.#rateLimited.push({ matches, retryAfter });
  }

  /**
   * Makes the next request that `matches` answer `status` with Discord's error body, as Discord does for
   * an interaction it no longer knows (404, code 10062) or a payload it refuses (400, code 50035).
   */
  failOnce(
    matches: (r: Recorded) => boolean,
    status = 404,
    body: DiscordErrorBody = { message: "Unknown interaction", code: 10062 },
  ): void {
    this.#failing.push({ matches, status, body });
  }

  /** The `shard` of every IDENTIFY, in order: `[id, count]`, or undefined where the client sent none. */
  identifiedShards(): Array<[number, number] | undefined> {
    return this.received
      .filter((payload) => payload.op === OP.identify)
      .map((payload) => (payload.d as { shard?: [number, number] }).shard);
  }

  /**
   * Sends what `send` dispatches (an interaction, say) on shard `id`'s connection only, as Discord sends a
   * guild's events to the one shard that holds it. Throws if no connection identified as that shard.
   */
  onShard<T>(id: number, send: () => T): T {
    const socket = this.#shards.get(id);
    if (!socket) throw new Error(`fake Discord: no connection identified as shard ${id}`);
    const previous = this.#socket;
    this.#socket = socket;
    try {
      return send();
    } finally {
      this.#socket = previous;
    }
  }

  /** Resolves with the first request, past or future, that `matches`; rejects after `timeoutMs`. */
  waitForRequest(matches: (r: Recorded) => boolean, timeoutMs = 3000): Promise<Recorded> {
    return this.#waitFor("request", () => this.requests.find(matches), timeoutMs, "a matching REST request");
  }

  /**
   * Calls `listener` with every REST request from now on, as it is recorded; returns what stops it. For a
   * benchmark's thousands of waits, where a `waitForRequest` each would search every request each time.
   */
  onRequest(listener: (request: Recorded) => void): () => void {
    this.#events.on("request", listener);
    return () => this.#events.off("request", listener);
  }

  /** Resolves once the client has sent `op` `times` times in all. */
  waitForGateway(op: number, times = 1, timeoutMs = 5000): Promise<Payload> {
    const found = () => this.received.filter((p) => p.op === op)[times - 1];
    return this.#waitFor("gateway", found, timeoutMs, `gateway op ${op} x${times}`);
  }

  #waitFor<T>(event: string, find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const now = find();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        this.#events.off(event, check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.#events.off(event, check);
        reject(new Error(`fake Discord: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#events.on(event, check);
    });
  }

  /** Sends a dispatch (op 0) with the next sequence number. */
  dispatch(t: string, d: unknown): void {
    this.#dispatchOn(this.#socket, t, d);
  }

  #dispatchOn(ws: WebSocket | undefined, t: string, d: unknown): void {
    this.#sequence += 1;
    const frame = JSON.stringify({ op: OP.dispatch, t, s: this.#sequence, d });
    const shard = this.#shardOf(ws);
    const history = this.#history.get(shard) ?? [];
    history.push({ s: this.#sequence, frame });
    if (history.length > REPLAY_MAX) history.splice(0, history.length - REPLAY_MAX);
    this.#history.set(shard, history);
    // A connection that has gone (a zombie the client closed) gets nothing; the RESUME replays it.
    if (ws && ws.readyState === ws.OPEN) ws.send(frame);
  }

  #shardOf(ws: WebSocket | undefined): number {
    for (const [id, socket] of this.#shards) if (socket === ws) return id;
    return 0;
  }

  /**
   * Ends the gateway connection from the server's side: with a close frame and `code`, as Discord does
   * when it restarts a node, or, with `"abrupt"`, by cutting the socket as a network failure would.
   */
  dropConnection(how: number | "abrupt" = 4000): void {
    if (how === "abrupt") this.#socket?.terminate();
    else this.#socket?.close(how, "fake Discord: going away");
  }

  /**
   * Sends an INTERACTION_CREATE with every field discord.js needs; returns the interaction's id and token.
   * Each comes from a new user unless `from` is given, so that only a test about it meets the rate limit.
   */
  interact(
    type: number,
    data: Record<string, unknown>,
    from: User = user(snowflake()),
    permissions = MEMBER_PERMISSIONS,
    place: Place = { guild: GUILD_ID },
    extra: { message?: DiscordMessage; roles?: string[]; channel?: string } = {},
  ) {
    const id = snowflake();
    const token = `interaction-token-${id}`;
    this.#interactions.set(id, { at: this.#now(), acknowledged: false, type, clicked: extra.message?.id });
    this.dispatch("INTERACTION_CREATE", {
      id,
      application_id: APPLICATION_ID,
      type,
      data,
      ...placed(place, from, permissions, extra),
      ...(extra.message && { message: extra.message }),
      token,
      version: 1,
      app_permissions: "0",
      locale: "en-GB",
      entitlements: [],
    });
    return { id, token };
  }

  /**
   * A slash command with its options, and the member's permissions and roles, the channel, attached files and
   * the roles and channels its options name, where given.
   */
  slash(name: string, options: OptionData[], from?: User, extra: Extra = {}) {
    const data: Record<string, unknown> = { id: snowflake(), name, type: 1, options };
    const resolved: Record<string, unknown> = {};
    if (extra.attachments) resolved.attachments = Object.fromEntries(extra.attachments.map((a) => [a.id, a]));
    if (extra.resolvedRoles) resolved.roles = Object.fromEntries(extra.resolvedRoles.map((id) => [id, roleObject(id)]));
    if (extra.resolvedChannels) {
      const guild = extra.place && "guild" in extra.place ? extra.place.guild : GUILD_ID;
      resolved.channels = Object.fromEntries(extra.resolvedChannels.map((id) => [id, channelObject(id, guild)]));
    }
    if (Object.keys(resolved).length > 0) data.resolved = resolved;
    return this.interact(2, data, from, extra.permissions, extra.place, { roles: extra.roles, channel: extra.channel });
  }

  /**
   * A click on a button of `message` (one the bot posted, as `postedMessage` gives it), by `from` (a new user
   * unless given) in `place`: a component interaction (type 3) carrying the button's `custom_id` and the message.
   */
  click(message: DiscordMessage, customId: string, from?: User, place?: Place) {
    return this.interact(3, { custom_id: customId, component_type: 2 }, from, undefined, place, { message });
  }

  /** A choice in a string select menu of `message`: a component interaction with the values picked. */
  select(message: DiscordMessage, customId: string, values: string[], from?: User, place?: Place) {
    return this.interact(3, { custom_id: customId, component_type: 3, values }, from, undefined, place, { message });
  }

  /**
   * The message an interaction's response posted (its reply, or its deferral once an edit filled it in), or
   * for a click answered with a new message, that one; as Discord holds it now, after every update and edit.
   * Waits for it.
   */
  async postedMessage(interaction: { id: string }, timeoutMs = 3000): Promise<DiscordMessage> {
    return this.#waitFor(
      "message",
      () => {
        const posted = this.#interactions.get(interaction.id)?.posted;
        return posted === undefined || this.#thinking.has(posted) ? undefined : this.#messages.get(posted);
      },
      timeoutMs,
      "message posted for the interaction",
    );
  }

  /** A message the bot posted, by id, as it is now: after a click updated it, say. */
  messageById(id: string): DiscordMessage | undefined {
    return this.#messages.get(id);
  }

  /** Stores a file as a user's attachment, served by this server as Discord's CDN would serve it. */
  attach(filename: string, content: string | Buffer, type = "text/plain; charset=utf-8"): AttachmentData {
    const id = snowflake();
    const path = `/attachments/${CHANNEL_ID}/${id}/${encodeURIComponent(filename)}`;
    const bytes = Buffer.from(content);
    this.#files.set(path, { content: bytes, type });
    const url = `http://${this.#origin}${path}`;
    return { id, filename, size: bytes.length, url, proxy_url: url, content_type: type };
  }

  /** An autocomplete request while the user types `value` into `focused`. */
  autocomplete(name: string, options: OptionData[], from?: User, place?: Place) {
    return this.interact(4, { id: snowflake(), name, type: 1, options }, from, undefined, place);
  }

  /** A message context-menu command on a message with `content`. */
  messageCommand(name: string, content: string, from?: User, place?: Place) {
    const message = messageObject({ author: user("500000000000000005", "someone"), content, type: 0 });
    const messageId = message.id;
    const data = {
      id: snowflake(),
      name,
      type: 3,
      target_id: messageId,
      resolved: { messages: { [messageId]: message } },
    };
    return this.interact(2, data, from, undefined, place);
  }

  /** The reply to an interaction: its callback, once discord.js has sent it. */
  reply(interactionId: string, timeoutMs?: number): Promise<Recorded> {
    return this.waitForRequest(
      (r) =>
        r.method === "POST" && r.path.startsWith(`/interactions/${interactionId}/`) && r.path.endsWith("/callback"),
      timeoutMs,
    );
  }

  /**
   * The message an interaction ends with: its reply, or for a deferred one (callback type 5) the edit
   * that fills it in, carrying the deferral's flags (which is what decides whether it is private).
   */
  async message(interaction: { id: string; token: string }, timeoutMs?: number): Promise<Record<string, unknown>> {
    const callback = (await this.reply(interaction.id, timeoutMs)).body as { type: number; data?: { flags?: number } };
    if (callback.type !== 5) return { ...callback.data, callbackType: callback.type };
    const original = `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`;
    const edit = await this.waitForRequest((r) => r.method === "PATCH" && r.path === original, timeoutMs);
    return { ...(edit.body as object), flags: callback.data?.flags ?? 0, callbackType: callback.type };
  }

  /** Stops everything: sockets terminated and connections closed, so that the test runner can exit. */
  async close(): Promise<void> {
    for (const client of this.#gateway.clients) client.terminate();
    await new Promise<void>((resolve) => this.#gateway.close(() => resolve()));
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  #connect(ws: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? "/", "http://fake").searchParams;
    if (query.get("v") !== "10" || query.get("encoding") !== "json") {
      ws.close(4012, "fake Discord: only v=10 and encoding=json");
      return;
    }
    this.#socket = ws;
    // A client that gives up on a connection resets it; Discord shrugs, and so does the fake.
    ws.on("error", () => {});
    ws.on("message", (raw) => this.#gatewayMessage(ws, JSON.parse(raw.toString()) as Payload));
    ws.send(JSON.stringify({ op: OP.hello, d: { heartbeat_interval: this.heartbeatMs } }));
  }

  #gatewayMessage(ws: WebSocket, payload: Payload): void {
    this.received.push(payload);
    // A message from a connection that has since been replaced (by a reconnect) goes unanswered.
    if (ws !== this.#socket && ![...this.#shards.values()].includes(ws)) return;
    if (payload.op === OP.heartbeat) ws.send(JSON.stringify({ op: OP.heartbeatAck }));
    if (payload.op === OP.identify) {
      const shard = (payload.d as { shard?: [number, number] }).shard ?? [0, 1];
      this.#shards.set(shard[0], ws);
      this.#ready(ws, shard);
    }
    if (payload.op === OP.resume) {
      // The session id names the shard (see #ready), so that a resumed connection takes the shard's place.
      const { session_id: session = "", seq = 0 } = payload.d as { session_id?: string; seq?: number | null };
      const shard = Number(/-(\d+)$/u.exec(session)?.[1] ?? 0);
      this.#shards.set(shard, ws);
      for (const missed of this.#history.get(shard) ?? []) if (missed.s > (seq ?? 0)) ws.send(missed.frame);
      this.#dispatchOn(ws, "RESUMED", {});
    }
    this.#events.emit("gateway");
  }

  #ready(ws: WebSocket, shard: [number, number]): void {
    this.#sequence = 0;
    this.#dispatchOn(ws, "READY", {
      v: 10,
      user: { ...user(BOT_USER_ID, "citebot"), bot: true },
      guilds: this.guilds.map((id) => ({ id, unavailable: true })),
      session_id: shard[0] === 0 ? "fake-session" : `fake-session-${shard[0]}`,
      resume_gateway_url: this.gatewayUrl,
      application: { id: APPLICATION_ID, flags: 0 },
      shard,
    });
    for (const [n, id] of this.guilds.entries()) {
      this.#dispatchOn(ws, "GUILD_CREATE", {
        id,
        name: n === 0 ? "Test guild" : `Test guild ${n + 1}`,
        owner_id: "400000000000000004",
        unavailable: false,
        member_count: 2,
        features: [],
        roles: [roleObject(id, "@everyone"), roleObject(ROLE_ID)],
        emojis: [],
        stickers: [],
        channels: [channelOf(id), otherChannelOf(id)].map((channel, position) => ({
          ...channelObject(channel, id),
          position,
        })),
        threads: [],
        members: [],
        presences: [],
        voice_states: [],
        stage_instances: [],
        guild_scheduled_events: [],
      });
    }
  }

  async #rest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    const text = Buffer.concat(chunks).toString();
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/u, ""));
    const recorded: Recorded = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      at: Date.now(),
    };
    const answer: Answer = (status, body, headers = {}) => {
      recorded.status = status;
      if (body === undefined) res.writeHead(status).end();
      else res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
    };
    if (this.#scripted(recorded, answer)) return;
    this.requests.push(recorded);
    this.#events.emit("request", recorded);
    const file = this.#files.get(url.pathname);
    if (file) return void res.writeHead(200, { "content-type": file.type }).end(file.content);
    if (!url.pathname.startsWith("/api/v10/")) {
      answer(404, { message: "404: Not Found", code: 0 });
      return;
    }
    if (this.refuseToken && req.headers.authorization?.startsWith("Bot ")) {
      answer(401, { message: "401: Unauthorized", code: 0 });
      return;
    }
    this.#route(recorded, answer);
  }

  /** Answers a request a test scripted (a 429, an error), once; true if it did. */
  #scripted(recorded: Recorded, answer: Answer): boolean {
    const limited = this.#rateLimited.findIndex((entry) => entry.matches(recorded));
    if (limited >= 0) {
      const [entry] = this.#rateLimited.splice(limited, 1);
      const retryAfter = String(entry?.retryAfter ?? 1);
      this.requests.push({ ...recorded, method: `${recorded.method} (429)` });
      answer(
        429,
        { message: "You are being rate limited.", retry_after: Number(retryAfter), global: false },
        {
          "retry-after": retryAfter,
          "x-ratelimit-scope": "user",
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": retryAfter,
        },
      );
      this.#events.emit("request", recorded);
      return true;
    }
    const failing = this.#failing.findIndex((entry) => entry.matches(recorded));
    if (failing < 0) return false;
    const [entry] = this.#failing.splice(failing, 1);
    this.requests.push({ ...recorded, method: `${recorded.method} (${entry?.status})` });
    answer(entry?.status ?? 404, entry?.body);
    this.#events.emit("request", recorded);
    return true;
  }

  /** The routes of Discord's REST API that the bot uses. */
  #route(recorded: Recorded, answer: Answer): void {
    const { method, path } = recorded;
    if (method === "GET" && path === "/gateway/bot") {
      answer(200, this.#gatewayBotBody());
      return;
    }
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/u.exec(path);
    if (method === "POST" && callback) {
      this.#callback(callback[1] ?? "", recorded.body, answer);
      return;
    }
    const webhook = /^\/webhooks\/\d+\/interaction-token-(\d+)(\/messages\/@original)?$/u.exec(path);
    if (webhook) {
      this.#webhook(webhook[1] ?? "", webhook[2] !== undefined, recorded, answer);
      return;
    }
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/u.test(path)) {
      const commands = (recorded.body as Array<Record<string, unknown>>).map((c) => ({
        ...c,
        id: snowflake(),
        application_id: APPLICATION_ID,
        version: snowflake(),
      }));
      answer(200, commands);
      return;
    }
    answer(404, { message: "Unknown route in fake Discord", code: 0 });
  }

  #gatewayBotBody() {
    return {
      url: this.gatewayUrl,
      shards: this.gatewayBot.shards,
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 14_400_000,
        max_concurrency: this.gatewayBot.maxConcurrency,
      },
    };
  }

  /**
   * An interaction's first response, held to Discord's rules: within 3 s, once, a type the interaction may
   * have (an update only for a click), and a message within Discord's limits. A message posted is kept.
   */
  #callback(id: string, body: unknown, answer: Answer): void {
    const interaction = this.#interactions.get(id);
    if (!interaction || this.#now() - interaction.at > CALLBACK_WINDOW_MS) {
      answer(404, { message: "Unknown interaction", code: 10062 });
      return;
    }
    if (interaction.acknowledged) {
      answer(400, { message: "Interaction has already been acknowledged.", code: 40060 });
      return;
    }
    const problems = callbackProblems(body, interaction.type);
    if (problems.length > 0) {
      answer(400, { message: "Invalid Form Body", code: 50035, errors: problems });
      return;
    }
    interaction.acknowledged = true;
    const { type, data } = body as { type: number; data?: Record<string, unknown> };
    if (type === CALLBACK.message) interaction.posted = this.#post(data ?? {}).id;
    if (type === CALLBACK.deferredMessage) {
      interaction.posted = this.#post({ flags: data?.flags ?? 0 }).id;
      this.#thinking.add(interaction.posted);
    }
    if (type === CALLBACK.update || type === CALLBACK.deferredUpdate) interaction.posted = interaction.clicked;
    if (type === CALLBACK.update && interaction.clicked) this.#edit(interaction.clicked, data ?? {});
    if (type === CALLBACK.deferredUpdate) queueMicrotask(() => this.#events.emit("message"));
    answer(204, undefined);
  }

  /**
   * An interaction's webhook: a follow-up (POST), or its original message edited or deleted. It exists once
   * the interaction has been answered or deferred, for 15 minutes.
   */
  #webhook(id: string, original: boolean, recorded: Recorded, answer: Answer): void {
    const interaction = this.#interactions.get(id);
    if (!interaction?.acknowledged) {
      answer(404, { message: "Unknown Webhook", code: 10015 });
      return;
    }
    if (this.#now() - interaction.at > TOKEN_LIFETIME_MS) {
      answer(401, { message: "Invalid Webhook Token", code: 50027 });
      return;
    }
    if (recorded.method === "DELETE") {
      if (original && interaction.posted) {
        this.#messages.delete(interaction.posted);
        this.#thinking.delete(interaction.posted);
      }
      answer(204, undefined);
      return;
    }
    const problems = messageProblems(recorded.body as WireMessage);
    if (problems.length > 0) {
      answer(400, { message: "Invalid Form Body", code: 50035, errors: problems });
      return;
    }
    const data = (recorded.body ?? {}) as Record<string, unknown>;
    if (original && interaction.posted && this.#messages.has(interaction.posted)) {
      answer(200, this.#edit(interaction.posted, data));
      return;
    }
    const posted = this.#post(data);
    // A follow-up after a deferred update, or after the deferral was deleted (a private answer after a
    // public deferral), is the interaction's message: the one a test reads.
    const replaced = interaction.posted === undefined || !this.#messages.has(interaction.posted);
    if (!original && (replaced || interaction.posted === interaction.clicked)) interaction.posted = posted.id;
    answer(200, posted);
  }

  /** A new message of the bot's, kept; told to `postedMessage`'s waits. */
  #post(data: Record<string, unknown>): DiscordMessage {
    const message = messageObject({
      author: { ...user(BOT_USER_ID, "citebot"), bot: true },
      content: data.content ?? "",
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      type: 20,
      flags: data.flags ?? 0,
      application_id: APPLICATION_ID,
      webhook_id: APPLICATION_ID,
    }) as DiscordMessage;
    this.#messages.set(message.id, message);
    queueMicrotask(() => this.#events.emit("message"));
    return message;
  }

  /** A message of the bot's with the fields an edit or update gives replaced, as Discord does. */
  #edit(id: string, data: Record<string, unknown>): DiscordMessage {
    const before = this.#messages.get(id) ?? messageObject({ id });
    const changed = Object.fromEntries(
      ["content", "embeds", "components"].filter((field) => field in data).map((field) => [field, data[field]]),
    );
    const message = { ...before, ...changed, edited_timestamp: new Date().toISOString() } as DiscordMessage;
    this.#messages.set(id, message);
    this.#thinking.delete(id);
    queueMicrotask(() => this.#events.emit("message"));
    return message;
  }
}

/** How a REST route answers: a status, a JSON body (none for 204), headers. */
type Answer = (status: number, body: unknown, headers?: Record<string, string>) => void;

/** Interaction callback types: a message, a deferred message, a deferred update, an update, choices. */
const CALLBACK = { message: 4, deferredMessage: 5, deferredUpdate: 6, update: 7, choices: 8 } as const;

/** A message object as Discord sends one, with every field discord.js reads; `fields` adds or overrides. */
function messageObject(fields: Record<string, unknown>) {
  return {
    id: snowflake(),
    channel_id: CHANNEL_ID,
    content: "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    ...fields,
  };
}

/**
 * What Discord would refuse in an interaction's first response: a type the interaction cannot have (an update
 * of a message for anything but a click, choices for anything but an autocomplete), its message, or its choices.
 */
function callbackProblems(body: unknown, interactionType: number): string[] {
  const { type, data } = (body ?? {}) as { type?: number; data?: unknown };
  const allowed = ALLOWED_CALLBACKS[interactionType] ?? [];
  if (type === undefined || !allowed.includes(type)) {
    return [
      `type: ${type} does not answer an interaction of type ${interactionType} (it may take ${allowed.join(", ")})`,
    ];
  }
  if (type === CALLBACK.choices) return choiceProblems(((data ?? {}) as { choices?: [] }).choices ?? []);
  if (type === CALLBACK.message) return messageProblems((data ?? {}) as WireMessage);
  if (type === CALLBACK.update) return messageProblems((data ?? {}) as WireMessage, { update: true });
  return [];
}

/**
 * The responses each interaction type may get: a command a message or a deferral; a click those, or its
 * message updated (or that deferred); an autocomplete its choices.
 */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  2: [CALLBACK.message, CALLBACK.deferredMessage],
  3: [CALLBACK.message, CALLBACK.deferredMessage, CALLBACK.deferredUpdate, CALLBACK.update],
  4: [CALLBACK.choices],
};

/** A server's text channel: the first server's is `CHANNEL_ID`, as before there were several. */
function channelOf(guild: string): string {
  return guild === GUILD_ID ? CHANNEL_ID : (BigInt(guild) + 100000000000000000n).toString();
}

/** The fields of an interaction that say where it comes from and who sent it, as Discord fills them for `place`. */
function placed(
  place: Place,
  from: User,
  permissions: string,
  { roles = [], channel: inChannel }: { roles?: string[]; channel?: string } = {},
): Record<string, unknown> {
  if ("dm" in place) {
    const channel = (BigInt(from.id) + 1n).toString();
    return {
      channel_id: channel,
      channel: { id: channel, type: 1, recipients: [from] },
      user: from,
      authorizing_integration_owners: { "0": "0" },
      context: 1,
    };
  }
  const guild = "guild" in place ? place.guild : place.userInstallIn;
  const channel = inChannel ?? channelOf(guild);
  return {
    guild_id: guild,
    guild_locale: "en-US",
    channel_id: channel,
    channel: channelObject(channel, guild),
    member: {
      user: from,
      roles,
      permissions,
      joined_at: "2024-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
    },
    authorizing_integration_owners: "guild" in place ? { "0": guild } : { "1": from.id },
    context: 0,
  };
}

/** A server's text channel as Discord describes it in an interaction; the server's first is `general`. */
function channelObject(id: string, guild: string) {
  return { id, type: 0, guild_id: guild, name: id === channelOf(guild) ? "general" : `channel-${id.slice(-4)}` };
}

/** A server's second text channel: the first server's is `OTHER_CHANNEL_ID`. */
function otherChannelOf(guild: string): string {
  return (BigInt(channelOf(guild)) + 10n).toString();
}

/** A role as Discord describes it, in a server and in an interaction's options. */
function roleObject(id: string, name = `role-${id.slice(-4)}`) {
  return {
    id,
    name,
    color: 0,
    hoist: false,
    position: 1,
    permissions: "0",
    managed: false,
    mentionable: false,
    flags: 0,
  };
}
