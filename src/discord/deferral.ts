import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type StringSelectMenuInteraction,
} from "discord.js";
import type { MessagePayload } from "./render/payload.ts";

/** An interaction the bot answers with a message: a command, or a click on a message's button or menu. */
export type Answerable =
  | ChatInputCommandInteraction
  | MessageContextMenuCommandInteraction
  | ButtonInteraction
  | StringSelectMenuInteraction;

/**
 * How a reply reaches the user: a new message everyone in the channel sees, one only the user sees, or, for
 * a click, the message clicked on, replaced ("More passages" paging an answer in place).
 */
export type Delivery = "public" | "private" | "update";

/**
 * One interaction's way to Discord: a reply if the answer is ready in time, otherwise a deferral (Discord's
 * "thinking…", or for a click that updates its message, an acknowledgement that shows nothing) and then an
 * edit. A reply delivered otherwise than the deferral promised (private after a public deferral, a new
 * message after a deferred update) is sent as a follow-up, the public deferral deleted.
 */
export class Deferral {
  readonly #interaction: Answerable;
  readonly #delivery: () => Delivery;
  readonly #timer: NodeJS.Timeout;
  #deferring: Promise<unknown> | undefined;
  #deferredAs: Delivery | undefined;

  /**
   * Defers after `afterMs` unless answered first, as `delivery` says at that moment (what is known of the
   * reply by then: the user's `private` option, the server's settings once read).
   */
  constructor(interaction: Answerable, { afterMs, delivery }: { afterMs: number; delivery: () => Delivery }) {
    this.#interaction = interaction;
    this.#delivery = delivery;
    this.#timer = setTimeout(() => this.now(), afterMs);
  }

  /** Defers now, unless it already has. */
  now(): void {
    clearTimeout(this.#timer);
    if (this.#deferring) return;
    const interaction = this.#interaction;
    const as = this.#delivery();
    this.#deferredAs = as === "update" && !interaction.isMessageComponent() ? "public" : as;
    this.#deferring =
      this.#deferredAs === "update" && interaction.isMessageComponent()
        ? interaction.deferUpdate()
        : interaction.deferReply(this.#deferredAs === "private" ? { flags: MessageFlags.Ephemeral } : {});
    // Its failure is the answer's to report (send awaits it); until then it is not unhandled.
    this.#deferring.catch(() => {});
  }

  get deferred(): boolean {
    return this.#deferring !== undefined;
  }

  /** Sends `payload` as `delivery` says: as the reply, as the deferral's edit, or as a follow-up. */
  async send(payload: MessagePayload, delivery: Delivery): Promise<void> {
    clearTimeout(this.#timer);
    const interaction = this.#interaction;
    const options = delivery === "private" ? { ...payload, flags: MessageFlags.Ephemeral as const } : payload;
    await this.#deferring;
    if (interaction.replied) await interaction.followUp(options);
    else if (!interaction.deferred) await this.#reply(payload, delivery);
    // An update deferred otherwise (a click answered privately so far) fills in the deferral's own message.
    else if (delivery === this.#deferredAs || delivery === "update") await interaction.editReply(payload);
    else if (this.#deferredAs === "update") await interaction.followUp(options);
    else {
      await interaction.deleteReply();
      await interaction.followUp(options);
    }
  }

  /** The first response, when nothing was deferred: the clicked message updated, or a new one. */
  async #reply(payload: MessagePayload, delivery: Delivery): Promise<void> {
    const interaction = this.#interaction;
    if (delivery === "update" && interaction.isMessageComponent()) await interaction.update(payload);
    else if (delivery === "private") await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
    else await interaction.reply(payload);
  }
}
