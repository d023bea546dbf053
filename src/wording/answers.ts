/**
 * What a reply to a question or a claim says, and of an article: the verdict first, the query echoed, who
 * says a passage, what is missing. Said alike by Discord, the local console and the command-line tool;
 * renderers add their own markup (bold, escaping, indentation) around these.
 */
import type { ContrastKind, PassageVerdict, QueryKind, Status, Verdict } from "../answer/types.ts";
import type { Asked } from "../text/asked.ts";
import { count, type Surface } from "./common.ts";

/**
 * What `ask` and `sources` do, as Discord's command list and the CLI's usage both put it (Discord takes
 * at most 100 characters). `article` is described apart: the CLI prints every paragraph, Discord a summary.
 */
export const QUERY_SUMMARY: Record<QueryKind, string> = {
  ask: "Ask the article a question and get back its own words",
  sources: "Find where the article makes a claim, and who it says makes it",
};

/** What the query is called where it is echoed: `Question: …` or `Claim: …`. */
export const QUERY_LABEL: Record<QueryKind, string> = { ask: "Question", sources: "Claim" };

/** Who says a passage that no source is credited with. */
export const OWN_VOICE = "in the article's own voice";

/**
 * The honest no: a question is not answered, a claim is not said. `articleCount` is how many articles
 * were searched: "The article does not say this." for one, "None of the 3 articles says this." for more.
 */
export function verdict(kind: QueryKind, articleCount: number): string {
  const verb = kind === "ask" ? "answer" : "say";
  if (articleCount === 1) return `The article does not ${verb} this.`;
  return `None of the ${articleCount} articles ${verb}s this.`;
}

/**
 * The query's words that the searched articles never use, already rendered (bold, escaped) by the
 * caller: after a no, "It never mentions Mars." (or "None of them mentions Mars."); beside an answer,
 * "Not in the article: Mars." (or "Not in any of the articles: Mars.").
 */
export function unmatchedLine(status: Status, articleCount: number, words: string[]): string {
  const list = `${words.join(", ")}.`;
  if (status === "no_match") return `${articleCount === 1 ? "It never mentions" : "None of them mentions"} ${list}`;
  return `${articleCount === 1 ? "Not in the article" : "Not in any of the articles"}: ${list}`;
}

/** An article's speakers in one sentence, for its summary. */
export function speakersLine(sources: number): string {
  if (sources === 0) return `Every paragraph is ${OWN_VOICE}.`;
  return `Who speaks in it: ${count(sources, "source")}.`;
}

/** The line before an article's tags. */
export function tagsLine(tags: string): string {
  return `Tags: ${tags}`;
}

/** What a private reply adds where the console shows it: nobody else would see it in Discord. */
export const PRIVATE_NOTE = "(only you would see this reply)";

/** An article id the corpus does not have, and how `listed` shows the ids there are; `{}` is where the id goes. */
const unknownArticle = (listed: string) => `There is no article “{}” in the corpus; ${listed}.`;

/**
 * An article id the corpus does not have, as each surface says it: Discord offers the ids under the option
 * as it is typed, the others list them on request; `{}` is where the id goes (escaped by the renderer).
 */
export const UNKNOWN_ARTICLE_ON: Record<Surface, string> = {
  discord: unknownArticle("pick one from the suggestions"),
  console: unknownArticle("/article lists them"),
  cli: unknownArticle("the article command lists them"),
};

/** An article id the corpus does not have, in Discord's words; `{}` is where the id goes (escaped by the renderer). */
export const UNKNOWN_ARTICLE = UNKNOWN_ARTICLE_ON.discord;

/** `/article` without an id when the corpus has several. */
export const PICK_ARTICLE = "Pick one with `/article article:<id>`.";

/** "Find sources" on a message with nothing but attachments or embeds. */
export const NO_TEXT = "That message has no text to look up (only attachments or embeds).";

/** The kind of answer a question asks for, as "the closest passage gives no …" names it. */
const ASKED_NOUN: Record<Asked, string> = {
  number: "number",
  time: "date",
  name: "name",
  identity: "description of them",
  place: "place",
};

/**
 * What a `near` reply says first: that the articles do not answer the question (or make the claim), and what
 * is missing. `never` are the query's words no article uses, `unquoted` those the closest passage lacks,
 * `answer` the kind of answer it does not give; words already rendered (bold, escaped) by the caller.
 * "The article does not say this: it never mentions fighters, paid." "The articles do not answer this: the
 * closest passage does not mention Soleimani, death." "... the closest passage does not mention shooting and gives no
 * date."
 */
export function nearLine(
  kind: QueryKind,
  articleCount: number,
  missing: { never: string[]; unquoted: string[]; answer?: Asked },
): string {
  const verb = kind === "ask" ? "answer" : "say";
  const head = articleCount === 1 ? `The article does not ${verb} this` : `The articles do not ${verb} this`;
  const reasons: string[] = [];
  if (missing.never.length > 0) {
    reasons.push(`${articleCount === 1 ? "it never mentions" : "none of them mentions"} ${missing.never.join(", ")}`);
  }
  const lacks: string[] = [];
  if (missing.unquoted.length > 0) lacks.push(`does not mention ${missing.unquoted.join(", ")}`);
  if (missing.answer) lacks.push(`gives no ${ASKED_NOUN[missing.answer]}`);
  if (lacks.length > 0) reasons.push(`the closest passage ${lacks.join(" and ")}`);
  return reasons.length > 0 ? `${head}: ${reasons.join("; ")}.` : `${head}.`;
}

/** How a contradicting passage differs from the claim, by the kind of clash. */
const CONTRAST_LEAD: Record<ContrastKind, string> = {
  number: "The article gives another figure",
  date: "The article gives another date",
  quantity: "The article gives another amount",
  negation: "The article says otherwise",
  antonym: "The article says otherwise",
  actor: "The article names someone else",
  place: "The article gives another place",
};

/**
 * What a `contradicts` reply says first: the clashing words side by side, each already rendered by the
 * caller. "The article gives another figure: two (the claim: ten)."
 */
export function contradictsLine(kind: ContrastKind, article: string, claim: string): string {
  return `${CONTRAST_LEAD[kind]}: ${article} (the claim: ${claim}).`;
}

/** What a `supports` reply says first; a hedged source is said as hedged ("probably"), not doubted. */
export function supportsLine(articleCount: number, hedges: string[]): string {
  const who = articleCount === 1 ? "The article" : "One of the articles";
  return hedges.length > 0 ? `${who} reports this, hedged: ${hedges.join(", ")}.` : `${who} reports this.`;
}

/**
 * How a passage is marked before its paragraph number, where the reply's verdict does not say it already:
 * the passage a `near` reply is closest with, one that says otherwise, one that states the claim after a
 * contradiction. An answer, or a supporting passage under "reports this", is not marked.
 */
export function passageMark(replyVerdict: Verdict, passage: PassageVerdict, first: boolean): string | undefined {
  if (passage === "near") return first ? "Closest passage" : "Related passage";
  if (passage === "contradicts") return "Says otherwise";
  if (passage === "supports" && replyVerdict !== "supports") return "States the claim";
  return undefined;
}

/** What an article's card says of it, where known: who published it, when, and who wrote it. */
export interface CardFacts {
  outlet: string | null;
  published: string | null;
  author: string | null;
}

/**
 * An article's card in one line, from what is known of it, each part already rendered (escaped) by the
 * caller: "The Morrow Herald · 2025-03-04 · by Priya Castellano"; empty where nothing is known. A date with
 * a time of day ("2025-03-04T09:12:00Z") is shown as its day.
 */
export function cardLine({ outlet, published, author }: CardFacts): string {
  const day = published && /^\d{4}-\d{2}-\d{2}T/u.test(published) ? published.slice(0, 10) : published;
  return [outlet, day, author && `by ${author}`].filter(Boolean).join(" · ");
}

/** A question or claim of nothing but spaces: what to type instead. */
export function emptyQuery(kind: QueryKind): string {
  return kind === "ask"
    ? "Type a question after `/ask`, such as “What did Russia send to Libya?”."
    : "Type a claim after `/sources`, such as “Russia has sent S-300 systems to Libya”.";
}

/** A question in another language, which the articles (in English) do not answer. */
export const NOT_ENGLISH =
  "citebot reads English: its articles are in English, and it understands questions and claims in English. Please ask again in English.";
