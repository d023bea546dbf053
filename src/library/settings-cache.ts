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
  /** How many changes have been heard of: a read that began before the last one is not kept (it may be older). */
  #changes = 0;

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
    const changes = this.#changes;
    const read = (await this.#store.settings(server)) ?? DEFAULT_SETTINGS;
    if (changes === this.#changes) this.#keep(server, read);
    return read;
  }

  /** How many servers' settings are in memory: at most `max`. */
  get size(): number {
    return this.#kept.size;
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
    this.#changes += 1;
    if (server === undefined) this.#kept.clear();
    else this.#kept.delete(server);
  }
}
