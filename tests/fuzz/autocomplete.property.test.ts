import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as L from "../../src/discord/limits.ts";
import { Shelf } from "../../src/library/shelf.ts";
import { fuzzParams, fuzzTimeout, shortText, userText } from "../helpers/arbitraries.ts";
import { fuzzCorpus } from "./corpus.ts";
import { dispatcher, type Incoming, type Option } from "./interactions.ts";

const corpus = fuzzCorpus();
const { index } = corpus;

/** What a user may be typing: mostly a short search, sometimes a long paste (Discord allows 6,000). */
const typing = fc.oneof(
  { weight: 3, arbitrary: shortText(corpus.words, corpus.ids) },
  { weight: 1, arbitrary: userText(corpus.words) },
);
const articleOption = fc.option(fc.oneof(fc.constantFrom(...corpus.ids), shortText(corpus.words, corpus.ids)), {
  nil: undefined,
});

type Focus = "question" | "claim" | "article";

const autocomplete: fc.Arbitrary<{ incoming: Incoming; focus: Focus | "unknown" }> = fc
  .record({
    target: fc.constantFrom(
      ["ask", "question"],
      ["ask", "article"],
      ["sources", "claim"],
      ["sources", "article"],
      ["article", "article"],
      ["Find sources", "claim"],
      ["no-such-command", "question"],
    ),
    typed: typing,
    article: articleOption,
  })
  .map(({ target: [command, focus], typed, article }) => {
    const options: Option[] = [{ name: focus, value: typed, focused: true }];
    if (article !== undefined && focus !== "article") options.push({ name: "article", value: article });
    const known = command === "ask" || command === "sources" || command === "article";
    return { incoming: { kind: "autocomplete", command, options }, focus: known ? (focus as Focus) : "unknown" };
  });

const inCorpus = (text: string) => corpus.paragraphs.some((p) => p.text.includes(text));

describe("autocomplete for question, claim and article, on anything typed", () => {
  it(
    "answers once with at most 25 distinct choices of 1 to 100 characters, from the corpus, the same each time",
    async () => {
      const send = dispatcher({ shelf: new Shelf(index) });
      await fc.assert(
        fc.asyncProperty(autocomplete, async ({ incoming, focus }) => {
          const sent = await send(incoming);
          expect(send.errors).toEqual([]);
          expect(sent.map((s) => s.via)).toEqual(["respond"]);
          expect(await send(incoming)).toEqual(sent);
          const choices = sent[0]?.body as Array<{ name: string; value: string }>;
          expect(choices.length).toBeLessThanOrEqual(L.AUTOCOMPLETE_CHOICES_MAX);
          expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
          for (const { name, value } of choices) {
            expect(name.length).toBeGreaterThanOrEqual(L.CHOICE_NAME_MIN);
            expect(name.length).toBeLessThanOrEqual(L.CHOICE_NAME_MAX);
            expect(value.length).toBeGreaterThanOrEqual(1);
            expect(value.length).toBeLessThanOrEqual(L.CHOICE_VALUE_MAX);
          }
          const typed = String(incoming.kind === "autocomplete" ? incoming.options[0]?.value : "");
          if (focus === "unknown") expect(choices).toEqual([]);
          if (focus === "article") for (const { value } of choices) expect(corpus.ids).toContain(value);
          if (focus === "claim") for (const { value } of choices) expect(inCorpus(value)).toBe(true);
          if (focus === "question") {
            const text = typed.trimStart();
            if (text.trim() !== "" && text.length <= L.CHOICE_VALUE_MAX) expect(choices[0]?.value).toBe(text);
            else expect(choices).toEqual([]);
          }
        }),
        fuzzParams("autocomplete"),
      );
    },
    fuzzTimeout("autocomplete"),
  );
});
