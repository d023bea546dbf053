import type { ArticleFormat } from "../corpus/names.ts";
import type { NewArticle, StoredArticle } from "./store.ts";

/** A row of `library_articles`, as both stores hold it (the same columns in SQLite and PostgreSQL). */
export interface Row {
  library: string;
  id: string;
  format: string;
  content: string;
  url_key: string | null;
  text_key: string;
  added_by_id: string;
  added_by_name: string;
  added_at: string;
  added_from: string;
  added_from_kind: string;
  attribution: string | null;
  attribution_version: string | null;
}

/** The row of a new article stored as `id` in `library`. */
export function toRow(library: string, id: string, article: NewArticle): Row {
  const { provenance, attribution } = article;
  const from = provenance.from;
  return {
    library,
    id,
    format: article.format,
    content: article.content,
    url_key: article.keys.url,
    text_key: article.keys.text,
    added_by_id: provenance.addedBy.id,
    added_by_name: provenance.addedBy.name,
    added_at: provenance.addedAt,
    added_from: "url" in from ? from.url : from.file,
    added_from_kind: "url" in from ? "url" : "file",
    attribution: attribution ? JSON.stringify(attribution.data) : null,
    attribution_version: attribution?.version ?? null,
  };
}

/** A stored article from its row. */
export function fromRow(row: Row): StoredArticle {
  const from = row.added_from_kind === "url" ? { url: row.added_from } : { file: row.added_from };
  return {
    id: row.id,
    format: row.format as ArticleFormat,
    content: row.content,
    provenance: { addedBy: { id: row.added_by_id, name: row.added_by_name }, addedAt: row.added_at, from },
    attribution:
      row.attribution === null || row.attribution_version === null
        ? undefined
        : { version: row.attribution_version, data: JSON.parse(row.attribution) },
  };
}
