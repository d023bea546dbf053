/**
 * Bursts of interactions through the local Discord in its worker thread, shared by the burst test (in the
 * suite) and the memory soak (`npm run soak`).
 */
import type { OptionData } from "./fake-discord.ts";
import type { FakeDiscordWorker, Interaction } from "./fake-discord-worker.ts";
import type { BotHarness } from "./harness.ts";
import { TRICKY } from "./tricky.ts";

const STRING = 3;
/** What the burst asks: answerable, unanswerable, hostile, 6,000 characters, and blank (a message without text). */
const QUESTIONS = [
  "What did Russia send to Libya?",
  "Who supports Haftar?",
  "Russia landed on Mars",
  TRICKY.mentions ?? "",
  TRICKY.long ?? "",
  "",
];
const TYPING = ["What did Russia se", "Russia sent S-3", "", "Wag", TRICKY.markdown ?? ""];

/** The bot and the local Discord in its worker, as the bursts drive them. */
export type BurstHarness = BotHarness<FakeDiscordWorker>;

/** One of the mix, by its number: /ask, /sources, autocomplete on each option, Find sources. */
export function mix(n: number): { interaction: Interaction; kind: string } {
  // Each kind of interaction gets every text in turn: the kind is n mod 6, the text n div 6.
  const round = Math.floor(n / 6);
  const message = QUESTIONS[round % QUESTIONS.length] ?? "";
  const text = message || "Who?";
  const typed = TYPING[round % TYPING.length] ?? "";
  const option = (name: string, value: string, focused = false): OptionData => ({ name, type: STRING, value, focused });
  switch (n % 6) {
    case 0:
      return { interaction: ["slash", "ask", [option("question", text)]], kind: "ask" };
    case 1:
      return { interaction: ["slash", "sources", [option("claim", text)]], kind: "sources" };
    case 2:
      return { interaction: ["autocomplete", "ask", [option("question", typed, true)]], kind: "autocomplete" };
    case 3:
      return { interaction: ["autocomplete", "sources", [option("claim", typed, true)]], kind: "autocomplete" };
    case 4:
      return { interaction: ["autocomplete", "article", [option("article", typed, true)]], kind: "autocomplete" };
    default:
      return { interaction: ["messageCommand", "Find sources", message], kind: "find" };
  }
}

/** What reached the local Discord for one interaction of a burst. */
export interface Delivery {
  /** First responses (Discord accepts one): replies, deferrals and autocomplete answers. */
  callbacks: number;
  /** Whether the first response was a deferral (callback type 5). */
  deferred: boolean;
  /** Edits of the deferred reply. */
  edits: number;
  /** Follow-up messages. */
  followUps: number;
  /** Milliseconds from sending the interaction to its first response. */
  ackMs: number | undefined;
}

/**
 * Sends `count` interactions in one go and waits until the bot has logged each as done (it logs after its
 * reply is sent, so nothing more can come for it). Returns, per interaction id, what reached Discord for
 * it, and takes those requests out of the fake's record to keep memory flat.
 */
export async function burst(h: BurstHarness, count: number, from = 0) {
  const mixed = Array.from({ length: count }, (_, i) => mix(from + i));
  const sentIds = await h.fake.interact(mixed.map((m) => m.interaction));
  const sent = mixed.map(({ kind }, i) => ({ id: sentIds[i]?.id ?? "", kind }));
  const ids = new Set(sent.map((s) => s.id));
  const { done, outcomes } = await logged(h, ids);
  const deliveries = new Map<string, Delivery>();
  const delivery = (id: string) => {
    const found = deliveries.get(id) ?? { callbacks: 0, deferred: false, edits: 0, followUps: 0, ackMs: undefined };
    deliveries.set(id, found);
    return found;
  };
  // Only what Discord accepted counts: a refused callback (a late one gets 10062) reached no user.
  const accepted = (await h.fake.takeRequests()).filter((request) => (request.status ?? 0) < 300);
  const times = await h.fake.sentAt([...ids]);
  const sentAt = new Map([...ids].map((id, i) => [id, times[i]]));
  for (const r of accepted) {
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/u.exec(r.path)?.[1];
    const webhook = /^\/webhooks\/\d+\/interaction-token-(\d+)(\/messages\/@original)?$/u.exec(r.path);
    if (callback) {
      const d = delivery(callback);
      d.callbacks += 1;
      d.deferred ||= (r.body as { type?: number } | undefined)?.type === 5;
      d.ackMs ??= r.at - (sentAt.get(callback) ?? r.at);
    } else if (webhook?.[1] && webhook[2] && r.method === "PATCH") delivery(webhook[1]).edits += 1;
    else if (webhook?.[1] && !webhook[2] && r.method === "POST") delivery(webhook[1]).followUps += 1;
  }
  return { sent, ids, done, outcomes, deliveries };
}

/**
 * Waits until the bot has logged each of `ids` as done (it logs after its reply is sent, so nothing more
 * can come for it), for at most two minutes; returns those done and how each ended.
 */
export async function logged(h: BotHarness<unknown>, ids: ReadonlySet<string>) {
  const done = new Set<string>();
  const outcomes = new Map<string, unknown>();
  let read = 0;
  const deadline = Date.now() + 120_000;
  while (done.size < ids.size && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    // Read on from the last line read: joining the whole log at every look made a soak quadratic.
    for (; read < h.logLines.length; read++) {
      const line = JSON.parse(h.logLines[read] as string) as { interaction?: string; outcome?: unknown };
      if (line.interaction && ids.has(line.interaction)) {
        done.add(line.interaction);
        outcomes.set(line.interaction, line.outcome);
      }
    }
  }
  return { done, outcomes };
}
