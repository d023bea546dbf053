import type { QueryKind } from "../answer/types.ts";

/**
 * A "Not right?" on an answer: what was asked, the reply as the user saw it, who said so, in which server
 * and when. Kept in the servers' store for the operator, who lists it with `citebot feedback`.
 */
export interface Feedback {
  /** The store's number for it: later records have higher numbers. */
  id: number;
  /** The server it was said in; null in a DM or a user's own install. */
  server: string | null;
  /** The Discord user, by id and by the name shown when they said it. */
  user: { id: string; name: string };
  kind: QueryKind;
  /** The question or claim, whole, as asked. */
  query: string;
  /** The reply shown when they clicked, as text: its content, then each passage's title, quote and card. */
  reply: string;
  /** When, as an ISO 8601 time in UTC. */
  at: string;
}

/** A record to keep: everything but its number, which the store gives. */
export type NewFeedback = Omit<Feedback, "id">;

/** Which records `citebot feedback` lists: newest first, at most `limit`, from one server or all. */
export interface FeedbackQuery {
  server?: string;
  limit: number;
}

/** A row of `feedback`, as both stores hold it. */
export interface FeedbackRow {
  id: number | string;
  server: string | null;
  user_id: string;
  user_name: string;
  kind: string;
  query: string;
  reply: string;
  created_at: string;
}

/** A record from its row (PostgreSQL gives a BIGSERIAL as a string). */
export function fromFeedbackRow(row: FeedbackRow): Feedback {
  return {
    id: Number(row.id),
    server: row.server,
    user: { id: row.user_id, name: row.user_name },
    kind: row.kind === "sources" ? "sources" : "ask",
    query: row.query,
    reply: row.reply,
    at: row.created_at,
  };
}

/** The values of a new record's row, in the columns' order after `id`. */
export function feedbackValues(record: NewFeedback): Array<string | null> {
  return [record.server, record.user.id, record.user.name, record.kind, record.query, record.reply, record.at];
}
