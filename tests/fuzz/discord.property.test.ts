import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import * as L from "../../src/discord/limits.ts";
import { Shelf } from "../../src/library/shelf.ts";
import { listsUnmatched } from "../../src/render/verdict.ts";
import { readsAsEnglish } from "../../src/text/english.ts";
import { NOT_ENGLISH, passageMark } from "../../src/wording/answers.ts";
import { ask, sources } from "../helpers/answer.ts";
import { fuzzParams, fuzzTimeout, shortText, userText } from "../helpers/arbitraries.ts";
import { expectSafe, type SentMessage, shown, shownQuote, showsAsTyped, wellFormed } from "./checks.ts";
import { fuzzCorpus } from "./corpus.ts";
import { dispatcher, type Incoming, type Option } from "./interactions.ts";

const corpus = fuzzCorpus();
const { index } = corpus;
const context = { shelf: new Shelf(index) };
const EPHEMERAL = 64;

const text = userText(corpus.words);
/** An `article` option: left out, one of the corpus's, or anything typed instead. */
const articleOption = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(...corpus.ids) },
  { weight: 1, arbitrary: shortText(corpus.words, corpus.ids) },
);

/** A question for /ask, a claim for /sources, or a message's text for "Find sources", with its options. */
const queryInteraction: fc.Arbitrary<Incoming> = fc.oneof(
  fc
    .record({
      command: fc.constantFrom("ask", "sources"),
      query: text,
      article: articleOption,
      private: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ command, query, article, private: isPrivate }): Incoming => {
      const options: Option[] = [{ name: command === "ask" ? "question" : "claim", value: query }];
      if (article !== undefined) options.push({ name: "article", value: article });
      if (isPrivate !== undefined) options.push({ name: "private", value: isPrivate });
      return { kind: "slash", command, options };
    }),
  text.map((content): Incoming => ({ kind: "message", command: "Find sources", content })),
);

function queryOf(incoming: Incoming): string {
  if (incoming.kind === "message") return incoming.content;
  return String(incoming.options[0]?.value);
}

function articleOf(incoming: Incoming): string | undefined {
  if (incoming.kind === "message") return undefined;
  const value = incoming.options.find((o) => o.name === "article")?.value;
  return typeof value === "string" ? value : undefined;
}

/** A message with its buttons' custom ids cut to their action: each answer's key is its own. */
function withoutKeys(message: SentMessage): unknown {
  return JSON.parse(JSON.stringify(message).replace(/"cb1:(\w+):[\w-]+/gu, '"cb1:$1:key'));
}

/** The one message sent for an interaction, as a reply (never a follow-up, never twice). */
function only(sent: Awaited<ReturnType<ReturnType<typeof dispatcher>>>): SentMessage {
  expect(sent).toHaveLength(1);
  expect(sent[0]?.via).toBe("reply");
  return sent[0]?.body as SentMessage;
}

/**
 * Whether `message` is the private note a query gets instead of an answer, checking it is the right one: a
 * blank query's hint, an unknown article's name, or that citebot reads English.
 */
function isNote(message: SentMessage, incoming: Incoming, query: string, article: string | undefined): boolean {
  const content = message.content ?? "";
  if (query.trim() === "") {
    expect(message.flags).toBe(EPHEMERAL);
    expect(content).toMatch(incoming.kind === "message" ? /no text to look up/u : /^Type a (question|claim)/u);
    return true;
  }
  if (article !== undefined && !index.articles.has(article)) {
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds).toEqual([]);
    const named = /^There is no article “(.*)” in the corpus; pick one from the suggestions\.$/su.exec(shown(content));
    expect(named).not.toBeNull();
    if (wellFormed(article)) expect(showsAsTyped(named?.[1] ?? "", article)).toBe(true);
    return true;
  }
  const kind = incoming.kind === "message" || incoming.command === "sources" ? "sources" : "ask";
  const answer = (kind === "ask" ? ask : sources)(index, query, { article });
  if (["answers", "supports", "contradicts"].includes(answer.verdict) || readsAsEnglish(query)) return false;
  expect(message.flags).toBe(EPHEMERAL);
  expect(content).toBe(NOT_ENGLISH);
  return true;
}

/** Checks that `message` shows `answer`: the query echoed as typed, then each passage's mark, title and quote. */
function expectAnswer(message: SentMessage, kind: "ask" | "sources", answer: Answer, query: string): void {
  expect(message.embeds).toHaveLength(Math.min(answer.results.length, L.EMBEDS_MAX));
  // The content is the echo, then a line for a verdict (none before an answer) and a line for the
  // words never mentioned (a near reply says them in its verdict).
  const extra = (answer.verdict === "answers" ? 0 : 1) + (listsUnmatched(answer) ? 1 : 0);
  const lines = (message.content ?? "").split("\n");
  const echo = shown(lines.slice(0, lines.length - extra).join("\n"));
  const label = kind === "ask" ? "Question: " : "Claim: ";
  expect(echo.startsWith(label)).toBe(true);
  if (wellFormed(query)) expect(showsAsTyped(echo.slice(label.length), query.trim())).toBe(true);
  answer.results.forEach((passage, i) => {
    const embed = message.embeds[i];
    expect(showsAsTyped(shownQuote(embed?.description ?? ""), passage.quote)).toBe(true);
    const mark = passageMark(answer.verdict, passage.verdict, i === 0);
    expect(shown(embed?.title ?? "")).toBe(`${mark ? `${mark} · ` : ""}¶${passage.paragraph} · ${passage.title}`);
  });
}

describe("every reply of /ask, /sources and Find sources, on any input", () => {
  it(
    "is sent once, within every limit, pings no one, shows the query as typed and quotes the corpus verbatim",
    async () => {
      const send = dispatcher(context);
      await fc.assert(
        fc.asyncProperty(queryInteraction, async (incoming) => {
          const query = queryOf(incoming);
          const article = articleOf(incoming);
          const message = only(await send(incoming));
          expect(send.errors).toEqual([]);
          // The same reply again, but for its buttons' key, which names each answer apart.
          expect(withoutKeys(only(await send(incoming)))).toEqual(withoutKeys(message));
          expectSafe(message, wellFormed(query, article ?? ""));
          if (isNote(message, incoming, query, article)) return;
          const kind = incoming.kind === "message" || incoming.command === "sources" ? "sources" : "ask";
          expectAnswer(message, kind, (kind === "ask" ? ask : sources)(index, query, { article }), query);
        }),
        fuzzParams("replies"),
      );
    },
    fuzzTimeout("replies"),
  );
});
