/**
 * A process that adds articles to a library store (or, with `CORPUS_DIR`, writes them into a corpus
 * folder as `citebot add` does), one after another, until it is killed: for the tests that kill it with
 * SIGKILL in the middle of an add. Each article is large (2 MB, `killedArticle`), so that an add takes
 * long enough to be killed during, and can be checked whole. Prints the number of each article stored.
 */
import { sourceKeys } from "../../src/add/source.ts";
import { writeNewArticle } from "../../src/add/store.ts";
import { parseTxt } from "../../src/corpus/parse.ts";
import { openStore } from "../../src/library/open-store.ts";
import { killedArticle } from "./killed-article.ts";

const folder = process.env.CORPUS_DIR;
if (folder) {
  for (let n = 1; ; n++) {
    writeNewArticle(folder, `a${n}`, "txt", killedArticle(n));
    process.stdout.write(`${n}\n`);
  }
}
const store = await openStore({
  databaseUrl: process.env.DATABASE_URL || undefined,
  libraryDb: process.env.LIBRARY_DB ?? "",
});
for (let n = 1; ; n++) {
  const content = killedArticle(n);
  const article = parseTxt(`${n}.txt`, `a${n}`, content);
  await store.add(
    "A",
    {
      slug: `a${n}`,
      format: "txt",
      content,
      keys: sourceKeys(article),
      provenance: { addedBy: { id: "1", name: "loop" }, addedAt: new Date().toISOString(), from: { file: `${n}.txt` } },
      attribution: undefined,
    },
    new Set(),
  );
  process.stdout.write(`${n}\n`);
}
