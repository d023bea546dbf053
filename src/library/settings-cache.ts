import { DEFAULT_SETTINGS, type ServerSettings } from "./settings.ts";
import type { LibraryStore } from "./store.ts";

/** Servers whose settings are kept in memory at most: a few hundred bytes each, least recently asked dropped first. */
export const SETTINGS_KEPT = 10_000;

/**
 * Servers' settings as every interaction reads them: from memory once read from the store, read again once
 * any process changes them (the store's change notification), and the defaults for a server whose admins
 * never set any, or outside a server.
 */
export class SettingsCache {
  readonly #store: LibraryStore;
  readonly #max: number;
  /** Read settings, least recently asked first. */
  readonly #kept = new Map<string, ServerSettings>();
  /** Per server, how many changes have been heard of: a read that began before the last one is not kept. */
  readonly #changes = new Map<string, number>();
  #everything = 0;

  constructor(store: LibraryStore, { max = SETTINGS_KEPT } = {}) {
    this.#store = store;
    this.#max = max;
    store.onChange((server, topic) => {
      if (topic !== "articles") this.#forget(server);
    });
  }

  /** A server's settings; the defaults for undefined (a DM, a user's own install). */
  async of(server: string | undefined): Promise<ServerSettings> {
    if (server === undefined) return DEFAULT_SETTINGS;
    const kept = this.#kept.get(server);
    if (kept) {
      this.#kept.delete(server);
      this.#kept.set(server, kept);
      return kept;
    }
    const changes = this.#changes.get(server) ?? 0;
    const everything = this.#everything;
    const read = (await this.#store.settings(server)) ?? DEFAULT_SETTINGS;
    if (changes === (this.#changes.get(server) ?? 0) && everything === this.#everything) this.#keep(server, read);
    return read;
  }

  /** Keeps a server's settings, as set by the user `by`, for every process. */
  async save(server: string, settings: ServerSettings, by: string): Promise<void> {
    await this.#store.saveSettings(server, settings, by);
    this.#forget(server);
  }

  #keep(server: string, settings: ServerSettings): void {
    this.#kept.set(server, settings);
    for (const [name] of this.#kept) {
      if (this.#kept.size <= this.#max) break;
      this.#kept.delete(name);
    }
  }

  #forget(server: string | undefined): void {
    if (server === undefined) {
      this.#everything += 1;
      this.#kept.clear();
      return;
    }
    this.#changes.set(server, (this.#changes.get(server) ?? 0) + 1);
    this.#kept.delete(server);
  }
}
