import { baseForms } from "../lexicon/wordnet.ts";
import type { Token } from "../text/analyzer.ts";
import { baseForm } from "../text/word-tables.ts";

/**
 * Verbs whose object or clause is what someone aims at, not what happened: "prosecutors are seeking a death
 * sentence" does not say that anyone was sentenced, "urged Trump to accept the accord" that he accepted it.
 */
const AIM_LEMMAS: ReadonlySet<string> = new Set([
  "seek",
  "want",
  "hope",
  "plan",
  "intend",
  "wish",
  "try",
  "attempt",
  "urge",
  "demand",
  "request",
  "propose",
  "vow",
  "pledge",
  "promise",
  "threaten",
]);

/** Verbs that aim only before these words: "called on Trump to accept", "pushing for a vote", "asked for weapons". */
const AIM_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["call", new Set(["on", "for", "upon"])],
  ["push", new Set(["for"])],
  ["press", new Set(["for"])],
  ["ask", new Set(["for"])],
]);

/** Words that end what an aim verb governs: another clause begins. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  "but",
  "while",
  "although",
  "though",
  "because",
  "after",
  "before",
  "when",
  "whereas",
]);

/** Whether the token at `at` is an aim verb (`AIM_LEMMAS`, or `AIM_BEFORE` before its word). */
function aimsAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  const word = token.surface.toLowerCase();
  const lemmas = [baseForm(word), ...baseForms(word)];
  if (lemmas.some((lemma) => AIM_LEMMAS.has(lemma))) return true;
  const next = tokens[at + 1]?.surface.toLowerCase() ?? "";
  return lemmas.some((lemma) => AIM_BEFORE.get(lemma)?.has(next) === true);
}

/** Whether a text says that someone aims at something: "wants the names", "is seeking a death sentence". */
export function speaksOfAim(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => aimsAt(tokens, i));
}

/**
 * The tokens of a text that stand in what an aim verb governs, up to the end of its clause (a comma, a stop,
 * or a word that opens another clause: "but", "because"): "a death sentence" in "Federal prosecutors are
 * seeking a death sentence", "Trump to accept the Paris Climate Accord" in "called on Trump to accept the
 * Paris Climate Accord". The text says someone seeks them, not that they are so.
 */
export function aimedTokens(read: { text: string; tokens: readonly Token[] }): Set<Token> {
  const aimed = new Set<Token>();
  let open = false;
  for (const [i, token] of read.tokens.entries()) {
    const before = read.tokens[i - 1];
    const gap = before ? read.text.slice(before.end, token.start) : "";
    if (/[,;:.!?()"“”]/u.test(gap) || CLAUSE_ENDS.has(token.surface.toLowerCase())) open = false;
    if (open) aimed.add(token);
    else if (aimsAt(read.tokens, i)) open = true;
  }
  return aimed;
}
