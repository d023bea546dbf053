import { type ButtonInteraction, type Message, MessageFlags, type StringSelectMenuInteraction } from "discord.js";
import { QueryError } from "../../answer/answer.ts";
import { UNKNOWN_ARTICLE } from "../../wording/answers.ts";
import {
  buttonsExpired,
  FEEDBACK_ALREADY,
  FEEDBACK_THANKS,
  NO_MORE_PASSAGES,
  NOT_YOUR_ANSWER,
  UNKNOWN_BUTTON,
} from "../../wording/bot.ts";
import type { CommandContext, Reply } from "../command.ts";
import { type ButtonAction, readCustomId } from "../custom-id.ts";
import type { Delivery } from "../deferral.ts";
import { paragraphMessage } from "../render/paragraph.ts";
import { noticeMessage } from "../render/payload.ts";
import { plainMessage } from "../render/plain.ts";
import type { Work } from "../respond.ts";
import { type AnswerMemory, BUTTONS_LIVE_MS, type Remembered } from "./memory.ts";
import { answerView, pageMessage, pageOf } from "./paging.ts";

/** A click on a button or a choice in a menu of one of the bot's messages. */
export type Click = ButtonInteraction | StringSelectMenuInteraction;

/**
 * The work of a click under an answer: a page of passages, a passage's whole paragraph, or "Not right?"
 * recorded. A button the bot does not know, one whose answer has expired, and one on a private answer
 * clicked by anyone but the asker get a short private message. A page replaces the message clicked where the
 * clicker is the asker (or the message is theirs alone); anyone else gets it privately, the shared answer
 * left as it is. A paragraph and the thanks for "Not right?" are private.
 */
export function clickWork(click: Click, memory: AnswerMemory): Work {
  const action = readCustomId(click.customId);
  const fields = { interaction: click.id, command: `button:${action?.action ?? "unknown"}`, user: click.user.id };
  const remembered = action && memory.recall(action.key);
  const refusal = refusalOf(click, action, remembered);
  if (refusal !== undefined || !action || !remembered) {
    const text = refusal ?? UNKNOWN_BUTTON;
    return { fields, deferAs: () => "private", run: () => notice(text, "button") };
  }
  if (action.action === "page") {
    const delivery: Delivery = pagesInPlace(click, remembered) ? "update" : "private";
    return { fields, deferAs: () => delivery, run: (context) => pageReply(remembered, action, context, delivery) };
  }
  if (action.action === "paragraph") {
    return { fields, deferAs: () => "private", run: (context) => paragraphReply(click, remembered, context) };
  }
  return { fields, deferAs: () => "private", run: (context) => flagReply(click, remembered, context) };
}

/** Why a click is refused: a button the bot did not write, an answer forgotten, a private answer not the clicker's. */
function refusalOf(click: Click, action: ButtonAction | undefined, remembered: Remembered | undefined) {
  if (!action) return UNKNOWN_BUTTON;
  if (!remembered) return buttonsExpired(BUTTONS_LIVE_MS / 60_000);
  if (remembered.private && click.user.id !== remembered.asker) return NOT_YOUR_ANSWER;
  return undefined;
}

/** Whether a page replaces the message clicked: the asker's own answer, or a message only the clicker sees. */
function pagesInPlace(click: Click, remembered: Remembered): boolean {
  return click.user.id === remembered.asker || click.message.flags.has(MessageFlags.Ephemeral);
}

function pageReply(
  remembered: Remembered,
  action: Extract<ButtonAction, { action: "page" }>,
  context: CommandContext,
  delivery: Delivery,
): Reply {
  let found: ReturnType<typeof pageOf>;
  try {
    found = pageOf(remembered, context.shelf, action.page);
  } catch (error) {
    // The article asked of has been removed since.
    if (!(error instanceof QueryError) || remembered.article === undefined) throw error;
    return { payload: noticeMessage(UNKNOWN_ARTICLE, remembered.article), private: true, outcome: "refused" };
  }
  if (!found) return notice(NO_MORE_PASSAGES, "no_more");
  const flag = { key: action.key, page: action.page, flag: context.feedback !== undefined };
  const payload = pageMessage(flag, found, answerView(context.shelf, remembered.article));
  return {
    payload,
    private: delivery === "private",
    update: delivery === "update",
    outcome: "answered",
    log: { button: "page", page: action.page },
  };
}

/** The whole paragraph of the passage chosen in "Whole paragraph…", with who speaks in it. */
function paragraphReply(click: Click, remembered: Remembered, { shelf }: CommandContext): Reply {
  const chosen = click.isStringSelectMenu() ? Number(click.values[0]) : Number.NaN;
  const ref = Number.isInteger(chosen) ? remembered.refs[chosen] : undefined;
  if (!ref) return notice(UNKNOWN_BUTTON, "button");
  const indexed = shelf.article(ref.articleId);
  const paragraph = indexed?.article.paragraphs[ref.paragraph - 1];
  if (!indexed || !paragraph) {
    return { payload: noticeMessage(UNKNOWN_ARTICLE, ref.articleId), private: true, outcome: "refused" };
  }
  const speakers = (indexed.attribution[ref.paragraph - 1] ?? []).flat();
  const payload = paragraphMessage(indexed.article, paragraph, speakers);
  return { payload, private: true, outcome: "answered", log: { button: "paragraph" } };
}

/**
 * "Not right?": the question, the reply as the user saw it, who, where and when, kept for the operator
 * (`citebot feedback`); once per user and answer.
 */
async function flagReply(click: Click, remembered: Remembered, context: CommandContext): Promise<Reply> {
  if (!context.feedback) return notice(UNKNOWN_BUTTON, "button");
  if (remembered.flagged.has(click.user.id)) return notice(FEEDBACK_ALREADY, "flagged");
  // Taken before the write, so that a second click meanwhile records nothing; given back if the write fails.
  remembered.flagged.add(click.user.id);
  const record = {
    server: click.guildId,
    user: { id: click.user.id, name: click.user.username },
    kind: remembered.kind,
    query: remembered.query,
    reply: shownText(click.message),
    at: new Date().toISOString(),
  };
  const id = await context.feedback(record).catch((error: unknown) => {
    remembered.flagged.delete(click.user.id);
    throw error;
  });
  return { payload: noticeMessage(FEEDBACK_THANKS), private: true, outcome: "answered", log: { feedback: id } };
}

/** A message as the user saw it, as plain text: its content, then each embed's title, text and footer. */
function shownText(message: Message): string {
  const payload = { content: message.content, embeds: message.embeds.map((embed) => embed.toJSON()) };
  return plainMessage({ ...payload, allowedMentions: { parse: [] } }, (text) => text);
}

function notice(text: string, reason: string): Reply {
  return { payload: noticeMessage(text), private: true, outcome: "refused", log: { refused: reason } };
}
