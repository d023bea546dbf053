/**
 * Interaction in to reply out, through the local Discord-compatible server of the tests and the real
 * discord.js Client. Started by run.ts as `end-to-end.ts <citebot|echo> <corpus dir> <count>` in a process of
 * its own; sends back one {@link EndToEnd}. `echo` is a bare discord.js bot that replies "ok" to every
 * interaction: the floor that discord.js and the server set, whatever the bot does.
 */
import { Client, Events, GatewayIntentBits } from "discord.js";
import { commands } from "../commands/index.ts";
import { loadConfig } from "../src/config.ts";
import { startBot } from "../src/discord/bot.ts";
import { createLogger } from "../src/discord/log.ts";
import { Shelf } from "../src/library/shelf.ts";
import { openCorpus } from "../src/open.ts";
import { FakeDiscord } from "../tests/discord/fake-discord.ts";
import { FAKE_TOKEN } from "../tests/discord/harness.ts";
import { type Latency, percentile } from "./measure.ts";
import { makeQueries } from "./queries.ts";

/** One bot's end-to-end figures, in milliseconds from dispatch to the reply reaching the server. */
export interface EndToEnd {
  bot: "citebot" | "echo";
  /** One interaction in flight at a time: the latency a user sees on a quiet bot. */
  sequential: Latency;
  /** All of them sent at once: each one's latency includes waiting behind the others. */
  burst: Latency & { wallMs: number };
}

type Send = (fake: FakeDiscord) => { id: string };

/** A third each of /ask, /sources and autocomplete, with questions drawn from the corpus. */
function mixed(queries: string[]): Send[] {
  return queries.map((query, i) => {
    if (i % 3 === 0) return (fake) => fake.slash("ask", [{ name: "question", type: 3, value: query }]);
    if (i % 3 === 1) return (fake) => fake.slash("sources", [{ name: "claim", type: 3, value: query }]);
    const typed = query.slice(0, Math.max(2, Math.ceil(query.length / 2)));
    return (fake) => fake.autocomplete("ask", [{ name: "question", type: 3, value: typed, focused: true }]);
  });
}

/**
 * Times interactions from just before each is dispatched until its reply reaches the server, with one
 * listener for all of them (a wait per interaction would search every request at every request).
 */
function replyClock(fake: FakeDiscord) {
  const waiting = new Map<string, (at: bigint) => void>();
  const stop = fake.onRequest((request) => {
    const id = /^\/interactions\/(\d+)\/[^/]+\/callback$/u.exec(request.path)?.[1];
    if (request.method === "POST" && id) waiting.get(id)?.(process.hrtime.bigint());
  });
  const time = (send: Send) =>
    new Promise<number>((resolve, reject) => {
      const start = process.hrtime.bigint();
      const { id } = send(fake);
      const timer = setTimeout(() => reject(new Error(`bench: no reply to interaction ${id} within 30 s`)), 30_000);
      waiting.set(id, (at) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(Number(at - start) / 1e6);
      });
    });
  return { time, stop };
}

function summary(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    mean: sorted.reduce((sum, time) => sum + time, 0) / sorted.length,
    hits: 1,
  };
}

/** The echo bot: nothing but discord.js, answering every interaction at once. */
async function startEcho(apiUrl: string): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isAutocomplete()) void interaction.respond([{ name: "ok", value: "ok" }]);
    else if (interaction.isRepliable()) void interaction.reply("ok");
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(FAKE_TOKEN);
  await ready;
  return client;
}

async function measure(bot: "citebot" | "echo", corpusDir: string, count: number): Promise<EndToEnd> {
  const fake = await FakeDiscord.start();
  const config = loadConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl }, ["DISCORD_TOKEN"]);
  const index = await openCorpus(corpusDir);
  const client =
    bot === "echo"
      ? await startEcho(fake.apiUrl)
      : await startBot({
          config: { ...config, token: FAKE_TOKEN },
          context: { shelf: new Shelf(index) },
          corpus: index,
          commands,
          logger: createLogger("silent"),
        });
  const sends = mixed(
    makeQueries(
      [...index.articles.values()].map((a) => a.article),
      count,
    ),
  );
  // Warm-up, untimed, as for the engines: the JIT compiles discord.js's and the bot's hot paths.
  const clock = replyClock(fake);
  for (const send of sends.slice(0, 50)) await clock.time(send);
  const sequential: number[] = [];
  for (const send of sends) sequential.push(await clock.time(send));
  const start = process.hrtime.bigint();
  const burst = await Promise.all(sends.map((send) => clock.time(send)));
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  clock.stop();
  await client.destroy();
  await fake.close();
  return { bot, sequential: summary(sequential), burst: { ...summary(burst), wallMs } };
}

const [bot, corpusDir, count] = process.argv.slice(2);
if ((bot !== "citebot" && bot !== "echo") || !corpusDir || !count || !process.send) {
  throw new Error("bench: end-to-end.ts is started by run.ts");
}
const result = await measure(bot, corpusDir, Number(count));
process.send(result, () => process.exit(0));
