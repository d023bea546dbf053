import { describe, expect, it } from "vitest";
import { readFile, removeArticle } from "../src/add/add.ts";
import { readLocalFile } from "../src/add/local-file.ts";
import { Refusal } from "../src/add/refusal.ts";
import { checkedMarkdown } from "../src/add/stored.ts";
import { refusalReply } from "../src/discord/render/corpus.ts";
import { cliUsage } from "../src/wording/cli.ts";
import type { Surface } from "../src/wording/common.ts";
import { CONSOLE_HELP } from "../src/wording/console.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";
import { corpusDir } from "./helpers/corpus-dir.ts";

/** The refusal `act` throws. */
function refusalOf(act: () => unknown): Refusal {
  try {
    act();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error("no refusal");
}

/**
 * Refusals whose words once pointed at another surface, each made by the code that makes it: a file of
 * another kind, a malformed file, an unknown article, an article over the file limit, a missing file and
 * one that is no regular file.
 */
function refusals(): Refusal[] {
  const dir = corpusDir({ "harbour.txt": HARBOUR, "mine.txt": MINE });
  return [
    refusalOf(() => readFile("report.pdf", Buffer.from("%PDF-1.7"))),
    refusalOf(() => readFile("ferry.md", Buffer.from("---\nurl: ftp://x\n---\n\nText.\n"))),
    refusalOf(() => removeArticle(dir, "nope")),
    refusalOf(() => checkedMarkdown("ferry.md", "ferry", `---\ntitle: T\n---\n\n${"word ".repeat(400)}\n`, 1_000)),
    refusalOf(() => readLocalFile("/nonexistent/ferry.md", 1_000)),
    refusalOf(() => readLocalFile("/dev/zero", 1_000)),
  ];
}

/** What each surface must never say: what another surface shows, or what only the program's maker reads. */
const FOREIGN: Record<Surface, RegExp> = {
  // A Discord user has no README, terminal, environment or corpus folder of the bot, and no program name.
  discord: /README|npm |\b[A-Z]+_[A-Z_]+\b|citebot:|the article command|Invalid input|expected \w+, received/u,
  // The console shows Discord's replies, with no suggestions under an option.
  console: /suggestions|citebot:|the article command|Invalid input|expected \w+, received/u,
  // The command line has no suggestions, slash commands or servers; it says its name once, before the message.
  cli: /suggestions|`\/|\/article|this server|citebot:|Invalid input|expected \w+, received/u,
};

describe("every message fits the surface that shows it", () => {
  it.each(["discord", "console", "cli"] as const)("a refusal on %s", (surface) => {
    for (const refusal of refusals()) {
      const message = refusal.messageOn(surface);
      expect(message, refusal.code).not.toMatch(FOREIGN[surface]);
      expect(message, refusal.code).toMatch(/\.$/u);
    }
  });

  it("Discord's reply to a refused file says what the format is, and a malformed one what is wrong and where", () => {
    const [fileType, malformed] = refusals().map((refusal) => refusalReply(refusal).payload.content ?? "");
    expect(fileType).toContain("not report.pdf: a .txt file holds the headline on line 1");
    expect(malformed).toBe(
      "That file is not in the corpus format, so nothing was added: ferry.md, line 2: bad front matter: title is missing; url must be an http or https address.",
    );
    for (const content of [fileType, malformed]) expect(content).not.toMatch(FOREIGN.discord);
  });

  it("the console's and the command line's own texts name their own commands", () => {
    expect(CONSOLE_HELP).not.toMatch(FOREIGN.console);
    expect(CONSOLE_HELP).toMatch(/\/corpus add/u);
    expect(cliUsage({ corpus: "corpus", cache: ".citebot-cache" })).not.toMatch(/suggestions|`\/|this server/u);
  });
});
