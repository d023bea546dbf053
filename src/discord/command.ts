import type {
  ApplicationCommandOptionChoiceData,
  ApplicationCommandType,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  Interaction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { LibraryEditor } from "../library/editor.ts";
import type { NewFeedback } from "../library/feedback.ts";
import type { ServerSettings } from "../library/settings.ts";
import type { SettingsCache } from "../library/settings-cache.ts";
import type { Shelf } from "../library/shelf.ts";
import type { AnswerMemory } from "./buttons/memory.ts";
import type { MessagePayload } from "./render/payload.ts";

/**
 * What a command works from, for one interaction: the libraries it reads (the operator's, and the
 * server's own where it comes from a server that has citebot). A live corpus updates the operator's index
 * in place, whole articles at a time between two turns of the event loop, so an answer worked out in
 * one turn reads one state of it.
 */
export interface CommandContext {
  readonly shelf: Shelf;
  /** The server the interaction comes from, where it has installed citebot: the library `/corpus` changes. */
  readonly server?: string;
  /** Adds, removes and lists servers' articles (`/corpus`); absent where nothing can be edited. */
  readonly corpus?: LibraryEditor;
  /** The server's settings; absent (the defaults) outside a server and in the console. */
  readonly settings?: ServerSettings;
  /** Reads and changes servers' settings (`/settings`); absent where none can be changed. */
  readonly servers?: SettingsCache;
  /** Keeps a "Not right?" for the operator; absent where nothing is kept (then the button is not shown). */
  readonly feedback?: (record: NewFeedback) => Promise<number>;
  /** The answers whose buttons still act; absent where replies have no buttons (the console). */
  readonly answers?: AnswerMemory;
}

/** Each interaction's {@link CommandContext}, which may have to load its server's library first. */
export type ContextFor = (interaction: Interaction) => CommandContext | Promise<CommandContext>;

/** How an interaction ended, as logged: an answer, an honest no, or input the bot told the user it cannot use. */
export type Outcome = "answered" | "no_match" | "refused";

/** What a command answers: the message, whether only the user sees it, and how it ended. */
export interface Reply {
  payload: MessagePayload;
  private: boolean;
  /** For a click on a message's button or menu: the message clicked on is replaced by this one ("More passages"). */
  update?: boolean;
  outcome: Outcome;
  /** Added to the interaction's log line: what was done or refused, and why (never what a user asked). */
  log?: Record<string, string | number>;
}

/** A command's registration: anything discord.js's builders make. */
export interface Definition {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

/** A slash command: its definition, its handler and, where it has one, its autocomplete. */
export interface ChatCommand {
  type: ApplicationCommandType.ChatInput;
  data: Definition;
  /**
   * Whether it works in every channel, whatever channels a server's admins let the bot answer in (`/help`,
   * `/settings`, `/corpus`); an answer elsewhere gets a private pointer to those channels.
   */
  anywhere?: boolean;
  /**
   * The reply, or, from a command that has started slow work (a fetch), a promise of it: the dispatcher
   * then defers at once, as `defer` says, and sends the reply as the deferral's edit.
   */
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Reply | Promise<Reply>;
  /** Whether a deferral for slow work is private; without it, as the user's `private` option says. */
  defer?: "private" | "public";
  autocomplete?(
    interaction: AutocompleteInteraction,
    context: CommandContext,
  ): ApplicationCommandOptionChoiceData<string>[];
}

/** A message context-menu command ("Find sources"). */
export interface MessageCommand {
  type: ApplicationCommandType.Message;
  data: Definition;
  execute(interaction: MessageContextMenuCommandInteraction, context: CommandContext): Reply;
}

export type Command = ChatCommand | MessageCommand;
