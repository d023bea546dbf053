import { type Token, tokenize } from "../text/analyzer.ts";
import { looksLikeName } from "../text/names.ts";
import { countryOf } from "../text/word-tables.ts";

/**
 * A question's possessive, "X's Y" ("Rollo's wife") or "the Y of X" ("the president of the UAE"): the name
 * that owns (its words) and the words it owns. After "X's", the first two up to a stop word ("Iraq's acting
 * PM": "acting", "PM"), since a tagger-less reading cannot tell the head from its modifier.
 */
export interface Possessive {
  owner: Token[];
  owned: Token[];
}

/**
 * A question's possessive where its owner looks like a name, "X's Y" before "the Y of X": "Who was Rollo's wife?".
 * `tokens` are the question's, where the caller has read them already.
 */
export function possessiveOf(question: string, tokens: readonly Token[] = tokenize(question)): Possessive | undefined {
  const isName = (token: Token | undefined) =>
    token !== undefined && token.terms.length > 0 && looksLikeName(question, token);
  return possessiveBefore(tokens, isName) ?? possessiveWithOf(tokens, isName);
}

const possessive = (token: Token | undefined) => /['’]s$/u.test(token?.surface ?? "");

/** "X's Y": the name, and up to two words after it up to a stop word. */
function possessiveBefore(tokens: readonly Token[], isName: (token: Token | undefined) => boolean) {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (!possessive(token) || !isName(token)) continue;
    const after = tokens.slice(i + 1, i + 3);
    const stop = after.findIndex((t) => t.terms.length === 0);
    const owned = stop === -1 ? after : after.slice(0, stop);
    if (owned.length > 0) return { owner: [token], owned };
  }
  return undefined;
}

/** "the Y of [the] X": a word that is not a name, "of", then a run of names none of which is a possessive. */
function possessiveWithOf(tokens: readonly Token[], isName: (token: Token | undefined) => boolean) {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const owned = tokens[i - 1] as Token;
    if (word(tokens[i]) !== "of" || owned.terms.length === 0 || isName(owned)) continue;
    let k = word(tokens[i + 1]) === "the" ? i + 2 : i + 1;
    const owner: Token[] = [];
    while (isName(tokens[k]) && !possessive(tokens[k])) owner.push(tokens[k++] as Token);
    if (owner.length > 0) return { owner, owned: [owned] };
  }
  return undefined;
}

/** Words that, standing between "X's" and a later word, make that word another's: "Rollo's Vikings and their wives". */
const BREAKS = new Set(["and", "or", "but", "their", "his", "her", "its", "whose", "who", "which"]);
const OWNERS = new Set(["his", "her", "its"]);
/** Words a chain of names after "of" runs through: "of the Commonwealth and of the Crown". */
const CHAIN = new Set(["of", "the", "and"]);

/** Whose a word of a text is said to be: the question's owner's, another's, or the text does not say. */
type Ownership = "owner" | "other" | "unsaid";

/**
 * Whether a text gives the owned word (any of `owned`'s terms) only as another's than the owner's, though it
 * names the owner: "Rollo's Vikings and their wives" gives no wife of Rollo, "Egypt, whose president ..." no
 * president of the UAE. Where the text does not say whose the word is, or names it the owner's anywhere, it does
 * not: a question's writer says "Marin's fort" of "Marin constructed a second fort", and "his orders" may be the
 * owner's, named in a sentence before the quote.
 */
export function ownedByOther(text: readonly Token[], owner: ReadonlySet<string>, owned: ReadonlySet<string>): boolean {
  const is = ownerTest(owner);
  const named = text.some((token) => is(token));
  let other = false;
  for (let y = 0; y < text.length; y += 1) {
    if (!text[y]?.terms.some((t) => owned.has(t))) continue;
    const whose = ownership(text, y, is, named);
    if (whose === "owner") return false;
    if (whose === "other") other = true;
  }
  return other;
}

/** Whether a word stands for the owner; a demonym stands for its country's name: "the Iraqi Prime Minister" is Iraq's. */
function ownerTest(owner: ReadonlySet<string>): (token: Token | undefined) => boolean {
  return (token) => token?.terms.some((t) => owner.has(t) || owner.has(countryOf(t) ?? "")) === true;
}

const word = (token: Token | undefined) => token?.surface.toLowerCase() ?? "";

/**
 * Whose the owned word at `y` is: the owner's where the text relates them (`relatesAt`), or a capitalized word
 * stands right before it, which may be a form of the owner the tables lack ("the Polish capital"); another's
 * where another's possessive, "their" or "whose" stands before it, and the text names the owner elsewhere (a
 * pronoun may be the owner's, named before the text).
 */
function ownership(
  text: readonly Token[],
  y: number,
  is: (token: Token | undefined) => boolean,
  named: boolean,
): Ownership {
  if (relatesAt(text, y, is)) return "owner";
  if (!named) return "unsaid";
  // "his" or "her" may be the owner's, named after it ("In his Allahabad Address ..., Iqbal ..."); "their" is a group's.
  const possessor = [y - 1, y - 2].some((k) => {
    const w = word(text[k]);
    return w === "their" || w === "whose" || (possessive(text[k]) && (text[k]?.terms.length ?? 0) > 0);
  });
  if (possessor) return "other";
  const before = text[y - 1];
  return before && /^\p{Lu}/u.test(before.surface) ? "owner" : "unsaid";
}

/**
 * Whether the text says the owned word at `y` is the owner's: "Y of X" (up to two words before "of", and
 * through a chain of names: "the capital of the Commonwealth and of the Crown of the Kingdom of Poland"), "X's Y"
 * (up to two words between, none a break), "X Y" ("UAE President"), "X, whose Y", or X then "his/her/its Y".
 */
function relatesAt(text: readonly Token[], y: number, is: (token: Token | undefined) => boolean): boolean {
  if (ofOwner(text, y, is)) return true;
  for (let x = Math.max(0, y - 3); x < y; x += 1) {
    if (!is(text[x])) continue;
    const between = text.slice(x + 1, y).map(word);
    if (between.length === 0 || between[0] === "whose") return true;
    if (possessive(text[x]) && !between.some((w) => BREAKS.has(w))) return true;
  }
  const pronoun = [y - 1, y - 2].find((k) => OWNERS.has(word(text[k])));
  return pronoun !== undefined && text.slice(0, pronoun).some((token) => is(token));
}

/** "Y of X", up to two words before "of", X in the chain of names after it. */
function ofOwner(text: readonly Token[], y: number, is: (token: Token | undefined) => boolean): boolean {
  const of = [1, 2, 3].find((k) => word(text[y + k]) === "of");
  if (of === undefined || text.slice(y + 1, y + of).some((token) => BREAKS.has(word(token)))) return false;
  for (let k = y + of + 1; k < text.length; k += 1) {
    if (is(text[k])) return true;
    if (!CHAIN.has(word(text[k])) && !/^\p{Lu}/u.test(text[k]?.surface ?? "")) return false;
  }
  return false;
}
