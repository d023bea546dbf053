/**
 * What the bot says in Discord beyond answers: apologies, limits, buttons, settings, `/help`.
 */
import { count } from "./common.ts";

/** A command that threw: logged, and this said privately. */
export const APOLOGY =
  "Sorry, something went wrong while answering that. It has been logged; please try again, or ask differently.";

/** A command Discord still shows but the bot no longer has. */
export const STALE_COMMAND = "I do not know this command any more; ask whoever runs the bot to run `npm run deploy`.";

/** A user over the rate limit: the limit, and when to try again. */
export function tooFast(requests: number, windowSeconds: number, waitSeconds: number): string {
  return (
    `You are asking faster than I answer: at most ${requests} requests every ${windowSeconds} seconds. ` +
    `Try again in ${count(waitSeconds, "second")}.`
  );
}

/** The labels of the buttons under an answer (at most 80 characters, as Discord allows). */
export const BUTTON_LABEL = {
  more: "More passages",
  previous: "Previous passages",
  notRight: "Not right?",
  open: "Open the article",
} as const;

/** A link button's label where a page quotes several articles: which one it opens. */
export function openArticleLabel(title: string): string {
  return `Open: ${title}`;
}

/** The menu under an answer that shows a passage's whole paragraph. */
export const WHOLE_PARAGRAPH = "Whole paragraph…";

/** Which passages a later page of an answer shows: "Passages 4 to 6." */
export function pageLine(first: number, last: number): string {
  return first === last ? `Passage ${first}.` : `Passages ${first} to ${last}.`;
}

/** A click on a button of an answer given too long ago (or before the bot restarted). */
export function buttonsExpired(minutes: number): string {
  return `These buttons have expired: an answer's buttons work for ${minutes} minutes. Ask again for new ones.`;
}

/** A click on a button the bot does not know (another version's, or made up). */
export const UNKNOWN_BUTTON = "I do not know this button. Ask again for an answer whose buttons work.";

/** A click on a private answer's button by someone other than the asker. */
export const NOT_YOUR_ANSWER = "Only the person who asked can use this answer's buttons.";

/** "More passages" past the last passage that answers. */
export const NO_MORE_PASSAGES = "There are no more passages that answer this.";

/** "Not right?" recorded. */
export const FEEDBACK_THANKS =
  "Thank you: whoever runs citebot will see your question and this answer, and can put it right.";

/** "Not right?" a second time on the same answer. */
export const FEEDBACK_ALREADY = "You said so already; whoever runs citebot has it.";

/** An answer command in a channel where the server's admins have not let the bot answer; `channels` rendered as mentions. */
export function answersElsewhere(channels: string[]): string {
  return `In this server I answer in ${channels.join(", ")}. Ask there, please.`;
}

/** `/corpus` from a member without the role a server's admins set for it; `role` rendered as a mention. */
export function corpusRoleNeeded(role: string): string {
  return `In this server, only members with the role ${role} (or Manage Server) can add or remove articles. Nothing was changed.`;
}

/** `/settings` outside a server that has citebot. */
export const SETTINGS_SERVER_ONLY =
  "Settings are per server: use `/settings` in a server that has added citebot. Nothing was changed.";

/** `/settings channels add` past the most channels a server may list. */
export function tooManyChannels(most: number): string {
  return `A server can let me answer in at most ${most} channels; remove one first. Nothing was changed.`;
}

/** What `/settings` shows, a line each; `role` and `channels` rendered as mentions by the caller. */
export function settingsLines(settings: {
  replies: "public" | "private";
  role: string | null;
  channels: string[];
}): string[] {
  return [
    settings.replies === "private"
      ? "**Answers**: private to the asker, unless they set `private:false`."
      : "**Answers**: public in the channel, unless the asker sets `private:true`.",
    settings.role
      ? `**Adding and removing articles**: members with the role ${settings.role}, and members with Manage Server.`
      : "**Adding and removing articles**: whoever Discord lets use `/corpus` (Manage Server unless changed under Server Settings > Integrations > citebot).",
    settings.channels.length > 0
      ? `**Where I answer**: ${settings.channels.join(", ")}; elsewhere I point there.`
      : "**Where I answer**: every channel.",
  ];
}

/** What `/settings` says over the settings: as they are, or as they are now after a change. */
export const SETTINGS_HEADING = {
  shown: "This server's settings",
  saved: "Saved. This server's settings now",
} as const;

/** `/help`: what citebot is, in a line. */
export const HELP_INTRO =
  "I answer questions about news articles with the articles' own words: each answer is a quote, with its paragraph and who the article says said it.";

/** `/help`: each command, what it does, and an example (Discord names the commands; these are its words). */
export const HELP_COMMANDS: ReadonlyArray<{ usage: string; what: string; example: string }> = [
  {
    usage: "/ask question:<text> [article:<id>] [private:<bool>]",
    what: "The passages that answer a question, each quoted with its paragraph and who says it.",
    example: "/ask question:What did Russia send to Libya?",
  },
  {
    usage: "/sources claim:<text> [article:<id>] [private:<bool>]",
    what: "Whether the article makes a claim, where, and whom it attributes it to.",
    example: "/sources claim:Russia has sent S-300 systems to Libya",
  },
  {
    usage: "/article [article:<id>]",
    what: "An article's headline, outlet, date and author, and who speaks in it.",
    example: "/article",
  },
  {
    usage: "Find sources (right-click a message, Apps)",
    what: "`/sources` on that message's text, shown to you only.",
    example: "Apps > Find sources on a message that makes a claim",
  },
  {
    usage: "/corpus add|remove|list",
    what: "For moderators: this server's own articles, added from a link or a .txt or .md file.",
    example: "/corpus add url:https://news.example/2025/03/04/ferry-suspended",
  },
  {
    usage: "/settings",
    what: "For admins: answers public or private by default, who may add articles, the channels I answer in.",
    example: "/settings replies visibility:private",
  },
  {
    usage: "/help",
    what: "This list, shown to you only.",
    example: "/help",
  },
];

/** `/help`: what the buttons under an answer do. */
export const HELP_BUTTONS =
  "Under an answer: **More passages** shows the next three, **Whole paragraph…** shows a quoted passage's paragraph in full, **Open the article** opens it, and **Not right?** tells whoever runs citebot that the answer is wrong.";
