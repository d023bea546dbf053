import { readFile } from "../../src/add/add.ts";
import { sourceKeys } from "../../src/add/source.ts";
import { SqliteStore } from "../../src/library/sqlite-store.ts";
import { MINE } from "./articles.ts";

/**
 * Puts the copper mine article in `server`'s library in the SQLite file `file`, as the bot stores what a
 * moderator attaches: added by ada (600000000000000006) on 2026-03-04 from "Copper Mine.txt", as
 * `copper-mine`, its who-says-what left for the reader to work out; and ada's "Not right?" on an answer there,
 * as the bot records one.
 */
export async function storeServerArticle(file: string, server: string): Promise<void> {
  const store = await SqliteStore.open(file);
  try {
    const candidate = readFile("Copper Mine.txt", Buffer.from(MINE));
    await store.add(
      server,
      {
        slug: candidate.slug,
        format: candidate.format,
        content: candidate.content,
        keys: sourceKeys(candidate.article),
        provenance: {
          addedBy: { id: "600000000000000006", name: "ada" },
          addedAt: "2026-03-04T10:00:00.000Z",
          from: { file: "Copper Mine.txt" },
        },
        attribution: undefined,
      },
      new Set(),
    );
    await store.addFeedback({
      server,
      user: { id: "600000000000000006", name: "ada" },
      kind: "ask",
      query: "When did the copper mine reopen?",
      reply: "Question: When did the copper mine reopen?",
      at: "2026-03-04T10:12:00.000Z",
    });
  } finally {
    await store.close();
  }
}
