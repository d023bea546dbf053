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
  /** When each interaction was sent, and whether its first response has come; Discord's rules are checked against it. */
  readonly #interactions = new Map<string, { at: number; acknowledged: boolean }>();
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
  ) {
    const id = snowflake();
    const token = `interaction-token-${id}`;
    this.#interactions.set(id, { at: this.#now(), acknowledged: false });
    this.dispatch("INTERACTION_CREATE", {
      id,
      application_id: APPLICATION_ID,
      type,
      data,
      ...placed(place, from, permissions),
      token,
      version: 1,
      app_permissions: "0",
      locale: "en-GB",
      entitlements: [],
    });
    return { id, token };
  }

  /** A slash command with its options, and the member's permissions and attached files where given. */
  slash(name: string, options: OptionData[], from?: User, extra: Extra = {}) {
    const data: Record<string, unknown> = { id: snowflake(), name, type: 1, options };
    if (extra.attachments) {
      data.resolved = { attachments: Object.fromEntries(extra.attachments.map((a) => [a.id, a])) };
    }
    return this.interact(2, data, from, extra.permissions, extra.place);
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
        roles: [],
        emojis: [],
        stickers: [],
        channels: [{ id: channelOf(id), type: 0, guild_id: id, name: "general", position: 0 }],
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
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status;
      res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
    };
    const noContent = () => {
      recorded.status = 204;
      res.writeHead(204).end();
    };
    const limited = this.#rateLimited.findIndex((entry) => entry.matches(recorded));
    if (limited >= 0) {
      const [entry] = this.#rateLimited.splice(limited, 1);
      const retryAfter = entry?.retryAfter ?? 1;
      this.requests.push({ ...recorded, method: `${recorded.method} (429)` });
      json(
        429,
        { message: "You are being rate limited.", retry_after: retryAfter, global: false },
        {
          "retry-after": String(retryAfter),
          "x-ratelimit-scope": "user",
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": String(retryAfter),
        },
      );
      this.#events.emit("request", recorded);
      return;
    }
    const failing = this.#failing.findIndex((entry) => entry.matches(recorded));
    if (failing >= 0) {
      const [entry] = this.#failing.splice(failing, 1);
      this.requests.push({ ...recorded, method: `${recorded.method} (${entry?.status})` });
      json(entry?.status ?? 404, entry?.body);
      this.#events.emit("request", recorded);
      return;
    }
    this.requests.push(recorded);
    this.#events.emit("request", recorded);
    const file = this.#files.get(url.pathname);
    if (file) return void res.writeHead(200, { "content-type": file.type }).end(file.content);
    if (!url.pathname.startsWith("/api/v10/")) return json(404, { message: "404: Not Found", code: 0 });
    if (this.refuseToken && req.headers.authorization?.startsWith("Bot ")) {
      return json(401, { message: "401: Unauthorized", code: 0 });
    }
    if (recorded.method === "GET" && path === "/gateway/bot") {
      return json(200, {
        url: this.gatewayUrl,
        shards: this.gatewayBot.shards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: this.gatewayBot.maxConcurrency,
        },
      });
    }
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/u.exec(path);
    if (recorded.method === "POST" && callback) {
      const interaction = this.#interactions.get(callback[1] ?? "");
      if (!interaction || this.#now() - interaction.at > CALLBACK_WINDOW_MS) {
        return json(404, { message: "Unknown interaction", code: 10062 });
      }
      if (interaction.acknowledged) {
        return json(400, { message: "Interaction has already been acknowledged.", code: 40060 });
      }
      const problems = callbackProblems(recorded.body);
      if (problems.length > 0) return json(400, { message: "Invalid Form Body", code: 50035, errors: problems });
      interaction.acknowledged = true;
      return noContent();
    }
    const webhook = /^\/webhooks\/\d+\/interaction-token-(\d+)(\/messages\/@original)?$/u.exec(path);
    if (webhook) {
      // An interaction's webhook exists once the interaction has been answered or deferred.
      const interaction = this.#interactions.get(webhook[1] ?? "");
      if (!interaction?.acknowledged) return json(404, { message: "Unknown Webhook", code: 10015 });
      if (this.#now() - interaction.at > TOKEN_LIFETIME_MS) {
        return json(401, { message: "Invalid Webhook Token", code: 50027 });
      }
      const problems = recorded.method === "DELETE" ? [] : messageProblems(recorded.body as WireMessage);
      if (problems.length > 0) return json(400, { message: "Invalid Form Body", code: 50035, errors: problems });
      if (recorded.method === "DELETE") return noContent();
      return json(200, this.#message(recorded.body));
    }
    if (recorded.method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/u.test(path)) {
      const commands = (recorded.body as Array<Record<string, unknown>>).map((c) => ({
        ...c,
        id: snowflake(),
        application_id: APPLICATION_ID,
        version: snowflake(),
      }));
      return json(200, commands);
    }
    json(404, { message: "Unknown route in fake Discord", code: 0 });
  }

  /** The message Discord returns for a webhook post or edit. */
  #message(body: unknown) {
    const data = (body ?? {}) as Record<string, unknown>;
    return messageObject({
      author: { ...user(BOT_USER_ID, "citebot"), bot: true },
      content: data.content ?? "",
      embeds: data.embeds ?? [],
      type: 20,
      flags: data.flags ?? 0,
      application_id: APPLICATION_ID,
      webhook_id: APPLICATION_ID,
    });
  }
}

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

/** What Discord would refuse in an interaction's first response: its message, or its autocomplete choices. */
function callbackProblems(body: unknown): string[] {
  const { type, data } = (body ?? {}) as { type?: number; data?: unknown };
  if (type === 4) return messageProblems((data ?? {}) as WireMessage);
  if (type === 8) return choiceProblems(((data ?? {}) as { choices?: [] }).choices ?? []);
  return [];
}

/** A server's text channel: the first server's is `CHANNEL_ID`, as before there were several. */
function channelOf(guild: string): string {
  return guild === GUILD_ID ? CHANNEL_ID : (BigInt(guild) + 100000000000000000n).toString();
}

/** The fields of an interaction that say where it comes from and who sent it, as Discord fills them for `place`. */
function placed(place: Place, from: User, permissions: string): Record<string, unknown> {
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
  const channel = channelOf(guild);
  return {
    guild_id: guild,
    guild_locale: "en-US",
    channel_id: channel,
    channel: { id: channel, type: 0, guild_id: guild, name: "general" },
    member: {
      user: from,
      roles: [],
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
