import type { Command } from "../src/discord/command.ts";
import { command as article } from "./article.ts";
import { command as ask } from "./ask.ts";
import { command as corpus } from "./corpus.ts";
import { command as findSources } from "./find-sources.ts";
import { command as help } from "./help.ts";
import { command as settings } from "./settings.ts";
import { command as sources } from "./sources.ts";

/** Every command the bot registers and answers, in the order `npm run deploy` lists them. */
export const commands: Command[] = [ask, sources, article, help, corpus, settings, findSources];
