import { createHash } from "node:crypto";
import type { Article } from "../corpus/types.ts";

/**
 * What makes two articles the same article, whoever adds them: the same address (without its fragment
 * and a trailing slash), or the same headline over the same first paragraph. A corpus folder checks
 * it article by article (`sameSource`); a library store holds the same two facts as keys, each unique in
 * a library (`sourceKeys`), so that the store itself refuses the second copy.
 */
export interface SourceKeys {
  /** The address as compared, or null for an article without one. */
  url: string | null;
  /** A digest of the headline and the first paragraph. */
  text: string;
}

/** An article's {@link SourceKeys}. */
export function sourceKeys(article: Article): SourceKeys {
  const first = article.paragraphs[0]?.text ?? "";
  const text = createHash("sha256").update(`${article.title}\0${first}`).digest("hex");
  return { url: article.url === null ? null : comparable(article.url), text };
}

/** Whether two articles are the same article by their {@link SourceKeys}. */
export function sameSource(a: Article, b: Article): boolean {
  const [x, y] = [sourceKeys(a), sourceKeys(b)];
  return (x.url !== null && x.url === y.url) || x.text === y.text;
}

/** An address as compared for sameness: without its fragment and a trailing slash. */
function comparable(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = "";
    return parsed.href.replace(/\/$/u, "");
  } catch {
    return url;
  }
}
