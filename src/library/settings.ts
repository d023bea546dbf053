/**
 * How a server wants citebot to behave, as its admins set it with `/settings`: kept in the servers' store
 * beside the server's library, and read by every bot process (a change reaches the others as a library
 * change does, through the store's change notification).
 */
export interface ServerSettings {
  /** How answers are shown when the user does not say (`private:`): to the channel, or to the asker only. */
  replies: "public" | "private";
  /**
   * The role whose members may add and remove the server's articles (beside members with Manage Server);
   * null: whoever Discord lets use `/corpus`, as the server's integration settings say.
   */
  editorRole: string | null;
  /** The channels where the bot answers, by id; empty: every channel. */
  channels: string[];
}

/** A server's settings before its admins change any: public answers, anywhere, `/corpus` as Discord permits it. */
export const DEFAULT_SETTINGS: ServerSettings = Object.freeze({ replies: "public", editorRole: null, channels: [] });

/** The most channels a server may list: enough for any server's answering channels, and a bound on what is stored. */
export const CHANNELS_MAX = 25;

/** A row of `server_settings`, as both stores hold it. */
export interface SettingsRow {
  server: string;
  replies: string;
  editor_role: string | null;
  channels: string;
  updated_by_id: string;
  updated_at: string;
}

/** The row of a server's settings as `by` set them at `at`. */
export function toSettingsRow(server: string, settings: ServerSettings, by: string, at: string): SettingsRow {
  return {
    server,
    replies: settings.replies,
    editor_role: settings.editorRole,
    channels: JSON.stringify(settings.channels),
    updated_by_id: by,
    updated_at: at,
  };
}

/** A server's settings from its row. */
export function fromSettingsRow(row: SettingsRow): ServerSettings {
  return {
    replies: row.replies === "private" ? "private" : "public",
    editorRole: row.editor_role,
    channels: JSON.parse(row.channels) as string[],
  };
}
