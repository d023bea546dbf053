import { Client, Events, GatewayIntentBits, Options } from "discord.js";
import type { Config } from "../config.ts";
import type { CorpusIndex } from "../search/corpus-index.ts";
import type { Command, CommandContext, ContextFor } from "./command.ts";
import { createDispatcher } from "./dispatch.ts";
import type { Logger } from "./log.ts";
import { RateLimiter } from "./rate-limit.ts";
import { NO_MENTIONS } from "./render/payload.ts";

/** What the bot runs with. `commands` is a parameter so that tests can add one of their own. */
export interface BotOptions {
  config: Config & { token: string };
  /** What commands work from: the same for every interaction, or each interaction's own (its server's library). */
  context: CommandContext | ContextFor;
  /** The operator's index, whose size the ready line gives (a live corpus updates it in place). */
  corpus: CorpusIndex;
  commands: Command[];
  logger: Logger;
}

/**
 * Connects to Discord (or to `DISCORD_API_URL`) with the Guilds intent only, answers interactions, and
 * resolves once ready, having logged the bot's name, its guild count and the corpus size.
 */
export async function startBot({ config, context, corpus, commands, logger }: BotOptions): Promise<Client<true>> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    // Interactions carry their user and member whole, so nothing needs caching them: by default
    // discord.js keeps every user who ever asked, and the heap grows without bound.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      MessageManager: 0,
    }),
    rest: config.apiUrl ? { api: config.apiUrl } : {},
    // Given here, not left to discord.js, which would read the environment's SHARDS as JSON and fail on `0,1`.
    ...(config.shardCount !== undefined && { shardCount: config.shardCount }),
    ...(config.shards !== undefined && { shards: config.shards }),
  });
  const limiter = new RateLimiter(config.rateLimit);
  const dispatch = createDispatcher({ commands, context, logger, limiter });
  client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ warning: message }, "discord client warning"));
  client.on(Events.ShardDisconnect, (event) => logger.warn({ code: event.code }, "disconnected from the gateway"));
  client.on(Events.ShardResume, () => logger.info("resumed the gateway session"));
  // Listen before logging in: the ready event can arrive before login() resolves.
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const bot = await ready;
  const { articles, paragraphs } = corpus;
  logger.info(
    { bot: bot.user.tag, guilds: bot.guilds.cache.size, articles: articles.size, paragraphs: paragraphs.length },
    "ready",
  );
  return bot;
}
