/**
 * Bursts of interactions through the local Discord, shared by the burst test (in the suite) and the
 * memory soak (`npm run soak`).
 */
import type { OptionData } from "./fake-discord.ts";
import type { Harness } from "./harness.ts";
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

/** One of the mix, by its number: /ask, /sources, autocomplete on each option, Find sources. */
export function send(h: Harness, n: number): { id: string; kind: string } {
  // Each kind of interaction gets every text in turn: the kind is n mod 6, the text n div 6.
  const round = Math.floor(n / 6);
  const message = QUESTIONS[round % QUESTIONS.length] ?? "";
  const text = message || "Who?";
  const typed = TYPING[round % TYPING.length] ?? "";
  const option = (name: string, value: string, focused = false): OptionData => ({ name, type: STRING, value, focused });
  switch (n % 6) {
    case 0:
      return { id: h.fake.slash("ask", [option("question", text)]).id, kind: "ask" };
    case 1:
      return { id: h.fake.slash("sources", [option("claim", text)]).id, kind: "sources" };
    case 2:
      return { id: h.fake.autocomplete("ask", [option("question", typed, true)]).id, kind: "autocomplete" };
    case 3:
      return { id: h.fake.autocomplete("sources", [option("claim", typed, true)]).id, kind: "autocomplete" };
    case 4:
      return { id: h.fake.autocomplete("article", [option("article", typed, true)]).id, kind: "autocomplete" };
    default:
      return { id: h.fake.messageCommand("Find sources", message).id, kind: "find" };
  }
}

/**
 * Sends `count` interactions in one go and waits until the bot has logged each as done (it logs after its
 * reply is sent, so nothing more can come for it). Returns, per interaction id, the callbacks and the
 * follow-ups that reached Discord, and takes those requests out of the fake's record to keep memory flat.
 */
export async function burst(h: Harness, count: number, from = 0) {
  const sent = Array.from({ length: count }, (_, i) => send(h, from + i));
  const ids = new Set(sent.map((s) => s.id));
  const done = new Set<string>();
  const outcomes = new Map<string, unknown>();
  let read = 0;
  const deadline = Date.now() + 120_000;
  while (done.size < ids.size && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const lines = h.logText().split("\n");
    for (; read < lines.length; read++) {
      const line = JSON.parse(lines[read] as string) as { interaction?: string; outcome?: unknown };
      if (line.interaction && ids.has(line.interaction)) {
        done.add(line.interaction);
        outcomes.set(line.interaction, line.outcome);
      }
    }
  }
  const callbacks = new Map<string, number>();
  const followUps = new Map<string, number>();
  for (const r of h.fake.requests.splice(0)) {
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/u.exec(r.path);
    const followUp = /^\/webhooks\/\d+\/interaction-token-(\d+)/u.exec(r.path);
    if (callback?.[1]) callbacks.set(callback[1], (callbacks.get(callback[1]) ?? 0) + 1);
    if (followUp?.[1]) followUps.set(followUp[1], (followUps.get(followUp[1]) ?? 0) + 1);
  }
  return { sent, ids, done, outcomes, callbacks, followUps };
}
