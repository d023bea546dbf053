import { type Added, addFromFile, addFromUrl, removeArticle } from "../add/add.ts";
import { isLink, readLocalFile } from "../add/local-file.ts";
import { Refusal } from "../add/refusal.ts";
import { articlesIn, removeLeftovers } from "../add/store.ts";
import { attributeArticle } from "../attribution/extract.ts";
import { sourceIndex } from "../attribution/sources.ts";
import { ConfigError, fetchAllowPrivate, loadMaxFileBytes } from "../config.ts";
import { CorpusError } from "../corpus/errors.ts";
import { printable } from "../render/terminal.ts";
import { CLI_NEEDS } from "../wording/cli.ts";
import { fill } from "../wording/common.ts";
import { ARTICLE_ADDED, ARTICLE_REMOVED, askItLine, keptLine, quotesLine, shortfallLine } from "../wording/corpus.ts";

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
    process.stderr.write(`citebot: ${CLI_NEEDS[command]}\n`);
    return EXIT.usage;
  }
  try {
    removeLeftovers(dir);
    if (command === "remove") {
      removeArticle(dir, target);
      process.stdout.write(`${fill(ARTICLE_REMOVED, target)}\n`);
      return EXIT.ok;
    }
    const maxFileBytes = loadMaxFileBytes(process.env);
    const options = { dir, allowPrivate: fetchAllowPrivate(process.env), existing: articlesIn(dir), maxFileBytes };
    const added = isLink(target)
      ? await addFromUrl(target, options)
      : addFromFile(target, readLocalFile(target, maxFileBytes), options);
    process.stdout.write(`${addedLines(added, dir).map(printable).join("\n")}\n`);
    return EXIT.ok;
  } catch (error) {
    // A refusal in the command line's words: Discord's point at what only Discord shows.
    if (error instanceof Refusal) process.stderr.write(`citebot: ${printable(error.messageOn("cli"))}\n`);
    else if (error instanceof CorpusError || error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else throw error;
    return error instanceof ConfigError ? EXIT.usage : EXIT.refused;
  }
}

/**
 * What an add prints: the headline, what was kept and left out (and a warning where the page's main text
 * is mostly missing), the outlet and date, the sources quoted, how to ask it.
 */
function addedLines({ id, article, report }: Added, dir: string): string[] {
  const kept = keptLine(report ?? { paragraphs: article.paragraphs.length, dropped: {} });
  const lines = [article.title, [kept, article.outlet, article.published].filter(Boolean).join(" · ")];
  if (report?.shortfall) lines.push(shortfallLine(report.shortfall.kept, report.shortfall.page));
  lines.push(
    quotesLine(sourceIndex(article, attributeArticle(article))),
    `${fill(ARTICLE_ADDED, id)} ${askItLine(dir, id)}`,
  );
  return lines;
}
