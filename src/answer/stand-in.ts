import type { Token } from "../text/analyzer.ts";
import { lexiconTags } from "../text/word-tables.ts";

/**
 * Whether a quote holds a word that may stand for a name it does not write: a personal pronoun ("he said", "it
 * sent", "their fleet"; the lexicon does not tag "its" so, and counting it too let through 4 more of 395 generated
 * open claims). A quote without one that states what a claim says of a name its paragraph never writes says it of
 * whoever it does name ("Other victims included ..." for "Soleimani included ...").
 */
export function holdsStandIn(tokens: readonly Token[]): boolean {
  return tokens.some((token) => lexiconTags(token.surface.toLowerCase()).includes("Pronoun"));
}
