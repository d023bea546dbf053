import { readFileSync } from "node:fs";
import { addFromFile, addFromUrl, removeArticle } from "../add/add.ts";
import { Refusal } from "../add/refusal.ts";
import { articlesIn, removeLeftovers } from "../add/store.ts";
import { attributeArticle } from "../attribution/extract.ts";
import { sourceIndex } from "../attribution/sources.ts";
import { ConfigError, fetchAllowPrivate } from "../config.ts";
import { CorpusError } from "../corpus/errors.ts";
import { ARTICLE_ADDED, ARTICLE_REMOVED, askItLine, count, quotesLine } from "../render/wording.ts";

/** The exit statuses of main.ts: done, refused (or a corpus that cannot load), a command line that is wrong. */
const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/**
 * `citebot add <url-or-file>` and `citebot remove <id>` on the corpus folder `dir`: the code path of
 * `/corpus` in Discord. A link is fetched under `FETCH_ALLOW_PRIVATE`; anything else is a file path.
 * Prints what was added (headline, paragraphs, the sources it quotes, how to ask it) or removed; a
 * refusal goes to standard error with exit status 1, and nothing is written.
 */
export async function editCorpus(command: "add" | "remove", target: string | undefined, dir: string): Promise<number> {
  if (target === undefined) {
    const what = command === "add" ? "a link or a file to add" : "the id of the article to remove";
    process.stderr.write(`citebot: ${command} needs ${what}\n`);
    return EXIT.usage;
  }
  try {
    removeLeftovers(dir);
    if (command === "remove") {
      removeArticle(dir, target);
      process.stdout.write(`${fill(ARTICLE_REMOVED, target)}\n`);
      return EXIT.ok;
    }
    const options = { dir, allowPrivate: fetchAllowPrivate(process.env), existing: articlesIn(dir) };
    const { id, article } = isLink(target)
      ? await addFromUrl(target, options)
      : addFromFile(target, readFileSync(target), options);
    const facts = [count(article.paragraphs.length, "paragraph"), article.outlet, article.published];
    const lines = [
      article.title,
      facts.filter(Boolean).join(" · "),
      quotesLine(sourceIndex(article, attributeArticle(article))),
      `${fill(ARTICLE_ADDED, id)} ${askItLine(dir, id)}`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Refusal) process.stderr.write(`citebot: ${error.message}\n`);
    else if (error instanceof CorpusError || error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else if ((error as NodeJS.ErrnoException).code === "ENOENT") process.stderr.write(`citebot: no file ${target}\n`);
    else throw error;
    return error instanceof ConfigError ? EXIT.usage : EXIT.refused;
  }
}

/** A link has a scheme (`https:`, and `file:` too, to be refused as such); a Windows drive letter is not one. */
function isLink(target: string): boolean {
  return /^[a-z][a-z\d+.-]*:/iu.test(target) && !/^[a-z]:[\\/]/iu.test(target);
}

function fill(text: string, value: string): string {
  return text.replace("{}", () => value);
}
