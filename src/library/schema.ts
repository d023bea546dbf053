/**
 * The tables both stores create, in SQL that SQLite and PostgreSQL read alike, so that the two keep one
 * schema. Each is a shipped migration's: never changed, only followed by new migrations.
 */

/** Migration 0001: a library's articles, one per source (its address, or its headline and first paragraph). */
export const LIBRARY_ARTICLES_TABLE = `CREATE TABLE library_articles (
  library TEXT NOT NULL,
  id TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('md', 'txt')),
  content TEXT NOT NULL,
  url_key TEXT,
  text_key TEXT NOT NULL,
  added_by_id TEXT NOT NULL,
  added_by_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_from TEXT NOT NULL,
  added_from_kind TEXT NOT NULL CHECK (added_from_kind IN ('url', 'file')),
  attribution TEXT,
  attribution_version TEXT,
  PRIMARY KEY (library, id),
  UNIQUE (library, url_key),
  UNIQUE (library, text_key)
)`;

/** Migration 0002: a "Not right?" record's columns after its number, which each store numbers its own way. */
export const FEEDBACK_COLUMNS = `  server TEXT,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ask', 'sources')),
  query TEXT NOT NULL,
  reply TEXT NOT NULL,
  created_at TEXT NOT NULL`;

/** Migration 0003: a server's settings. */
export const SERVER_SETTINGS_TABLE = `CREATE TABLE server_settings (
  server TEXT PRIMARY KEY,
  replies TEXT NOT NULL CHECK (replies IN ('public', 'private')),
  editor_role TEXT,
  channels TEXT NOT NULL,
  updated_by_id TEXT NOT NULL,
  updated_at TEXT NOT NULL
)`;
