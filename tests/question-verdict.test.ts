import { describe, expect, it } from "vitest";
import { tokenized } from "../src/answer/evidence.ts";
import { countsAsked, PredicateTest } from "../src/answer/predicate.ts";
import { QuestionReading, spellingsOf } from "../src/answer/question-reading.ts";
import { askedSpeaker, saidBy } from "../src/answer/speaker.ts";
import { ordinalUnsaid } from "../src/answer/swapped-figure.ts";
import { VERDICT } from "../src/answer/tuning.ts";
import { judgeQuestion, type QuestionEvidence } from "../src/answer/verdict.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import type { Attribution } from "../src/attribution/types.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { figuresIn } from "../src/text/numbers.ts";
import { queryWords } from "../src/text/query.ts";
import { frameOf } from "../src/text/question-frame.ts";
import { ask } from "./helpers/answer.ts";

const FERRY = `Ferry service to Inish suspended after collision

The ferry service between Port Elling and Inish Island was suspended on Tuesday after the MV Corrib struck the harbour wall.

Harbour master Tom Reilly said the crew had been inspected by the coastguard and that no one was injured.

Repairs to the hull will take three weeks, the operator said.

The island's council supported a new pier. Fishermen landed 40 tonnes of mackerel there last year.`;

const index = buildIndex([parseTxt("ferry.txt", "ferry", FERRY)], attributeArticle);

/** A question's reply as its verdict and first paragraph, and what the first passage lacks. */
function reply(question: string) {
  const answer = ask(index, question);
  const [first] = answer.results;
  return { verdict: answer.verdict, paragraph: first?.paragraph, missing: first?.missing };
}

describe("ask: what a question's structure asks of a passage", () => {
  it("comes near where the predicate's object is a word the articles never use", () => {
    expect(reply("Who inspected the ferry's engine?")).toMatchObject({
      verdict: "near",
      missing: { words: expect.arrayContaining(["engine"]) },
    });
    expect(reply("Who inspected the crew?")).toMatchObject({ verdict: "answers", paragraph: 2 });
  });

  it("comes near where a question about what is still to come meets only what was", () => {
    expect(reply("When will the ferry service sail again?").verdict).toBe("near");
    expect(reply("When was the ferry service suspended?")).toMatchObject({ verdict: "answers", paragraph: 1 });
    expect(reply("How long will repairs to the hull take?")).toMatchObject({ verdict: "answers", paragraph: 3 });
  });

  it("comes near where the quote gives another figure for one the question states", () => {
    expect(reply("What will take three weeks?")).toMatchObject({ verdict: "answers", paragraph: 3 });
    expect(reply("What will take five weeks?")).toMatchObject({ verdict: "near", paragraph: 3 });
  });

  it("reads an ordinal in words as unsaid where the paragraph writes neither it nor a rank in digits", () => {
    const unsaid = (question: string, paragraph: string) => ordinalUnsaid(tokenize(question), tokenized(paragraph));
    expect(unsaid("When was the third German empire founded?", "The German colonial empire was founded.")).toBe(true);
    expect(unsaid("When was the third empire founded?", "The third empire was founded in 1871.")).toBe(false);
    expect(unsaid("Who wrote in the seventeenth century?", "Galileo wrote in the 17th century.")).toBe(false);
    // "first" says when more often than which; a capitalized ordinal is a name's word.
    expect(unsaid("When was the party first banned?", "The party was banned in 1948.")).toBe(false);
    expect(unsaid("Who fought in the Second World War?", "He fought in World War II.")).toBe(false);
  });

  it("comes near, naming it, where the quote gives another value of a figure the question states, bound or none", () => {
    const levy = buildIndex(
      [
        parseTxt(
          "levy.txt",
          "levy",
          `Council sets new harbour levy

The council may raise the harbour levy by up to 3 pence in the pound.

Ships of about 9.8 metres pay no levy.

The levy funds the new pier.`,
        ),
      ],
      attributeArticle,
    );
    const first = (question: string) => {
      const answer = ask(levy, question);
      return { verdict: answer.verdict, paragraph: answer.results[0]?.paragraph, missing: answer.results[0]?.missing };
    };
    expect(first("What may the council raise by up to 3 pence?")).toMatchObject({ verdict: "answers", paragraph: 1 });
    // "Up to 3" is within "up to 33", as a claim's bounds are read; a question's figure says which thing it asks of.
    expect(first("What may the council raise by up to 33 pence?")).toEqual({
      verdict: "near",
      paragraph: 1,
      missing: { words: ["33"] },
    });
    expect(first("What ships of about 9.8 metres pay?")).toMatchObject({ verdict: "answers", paragraph: 2 });
    expect(first("What ships of about 8.8 metres pay?")).toMatchObject({ verdict: "near", paragraph: 2 });
  });

  it("comes near where the question negates what the quote states", () => {
    expect(reply("Who inspected the crew?")).toMatchObject({ verdict: "answers", paragraph: 2 });
    expect(reply("Who never inspected the crew?")).toMatchObject({ verdict: "near", paragraph: 2 });
  });

  it("comes near, saying the denial is missing, where the question denies and the quote denies none of its words", () => {
    expect(reply("What did the council support?")).toMatchObject({ verdict: "answers", paragraph: 4 });
    expect(reply("What did the council not support?")).toMatchObject({
      verdict: "near",
      paragraph: 4,
      missing: { words: ["not"] },
    });
    expect(reply("Who was not injured?")).toMatchObject({ verdict: "answers", paragraph: 2 });
    // The quote's "no one was injured" denies none of the question's words.
    expect(reply("Who did not inspect the crew?")).toMatchObject({ verdict: "near", missing: { words: ["not"] } });
  });

  it("comes near, naming it first, where neither the paragraph nor the headline writes a name the question asks about", () => {
    // The headline holds "Inish"; only paragraph 1, of four, holds "Elling".
    expect(reply("Who inspected the crew at Inish?")).toMatchObject({ verdict: "answers", paragraph: 2 });
    expect(reply("Who inspected the crew at Elling?")).toMatchObject({
      verdict: "near",
      paragraph: 2,
      missing: { words: ["Elling"] },
    });
  });

  it("takes a name the article is about for said in a paragraph that does not write it", () => {
    const visit = buildIndex(
      [
        parseTxt(
          "visit.txt",
          "visit",
          `Field marshal visits the capital

Field marshal Oskar Venn arrived in Tamsk on Monday, with his aide Lena Kessel.

Venn was met at the airport by the mayor of Tamsk.

In the evening, the field marshal dined with the defence minister, Ruth Alder.

Venn flew home on Wednesday.`,
        ),
      ],
      attributeArticle,
    );
    const first = (question: string) => {
      const answer = ask(visit, question);
      return { verdict: answer.verdict, paragraph: answer.results[0]?.paragraph };
    };
    // Venn stands in three paragraphs of four: "the field marshal" is he. Kessel stands in one.
    expect(first("Who did Venn dine with in the evening?")).toEqual({ verdict: "answers", paragraph: 3 });
    expect(first("Who did Kessel dine with in the evening?")).toEqual({ verdict: "near", paragraph: 3 });
  });

  it("comes near where the article never writes side by side the names the question does", () => {
    expect(reply("Why was the ferry service to Inish Island suspended?")).toMatchObject({
      verdict: "answers",
      paragraph: 1,
    });
    expect(reply("Why was the ferry service to Elling Island suspended?")).toMatchObject({
      verdict: "near",
      paragraph: 1,
    });
    // A word capitalized that names nothing ("Ferry") and a possessive ("Elling's") join no name.
    expect(reply("Why was the Ferry Service to Inish Island suspended?").verdict).toBe("answers");
  });

  it("answers what a speaker said only with what the article attributes to them", () => {
    expect(reply("What did the operator say about repairs to the hull?")).toMatchObject({
      verdict: "answers",
      paragraph: 3,
    });
    expect(reply("What did the coastguard say about repairs to the hull?").verdict).toBe("near");
  });
});

describe("ask: the verb after 'did' is a base form", () => {
  const guild = buildIndex(
    [
      parseTxt(
        "guild.txt",
        "guild",
        `Inish guild marks fifty years

Tom Reilly founded the Inish Fishermen's Guild in 1971 and led it for twenty years.`,
      ),
    ],
    attributeArticle,
  );

  it("answers 'When did ... found ...?' with the year the quote says it was founded", () => {
    const answer = ask(guild, "When did Tom Reilly found the Inish Fishermen's Guild?");
    expect(answer).toMatchObject({ verdict: "answers", results: [{ paragraph: 1 }] });
  });
});

describe("ask: a percentage answers a question that asks for one", () => {
  // The article writes "%" and never "percentage": the question's word is bridged to the term "percent",
  // which "60%" also is; its digits are still a value the question does not hold.
  const census = buildIndex(
    [
      parseTxt(
        "census.txt",
        "census",
        `Census of Inish\n\nAbout 60% of the island's residents live in the harbour village, the council said.\n\nThe council counted the island's cattle and sheep.`,
      ),
    ],
    attributeArticle,
  );

  it("answers with the percentage", () => {
    const answer = ask(census, "What percentage of residents live in the harbour village?");
    expect(answer).toMatchObject({ verdict: "answers", results: [{ paragraph: 1 }] });
  });
});

describe("judgeQuestion: the predicate decides only between the two shares", () => {
  const knobs = { ...VERDICT, answers: 0.3, unstated: 0.4 };
  const evidence = (coverage: number, statesPredicate: () => boolean): QuestionEvidence => ({
    coverage,
    asked: undefined,
    gives: true,
    unsaidName: () => undefined,
    saysOtherwise: () => false,
    saidBySpeaker: true,
    narrow: false,
    statesPredicate,
    lacks: () => ["arrested"],
    unmetDenial: undefined,
  });

  it("comes near where the quote gives another figure for one the question states, whatever it holds", () => {
    expect(judgeQuestion({ ...evidence(1, () => true), saysOtherwise: () => true }, knobs).verdict).toBe("near");
    expect(
      judgeQuestion(
        evidence(1, () => true),
        knobs,
      ).verdict,
    ).toBe("answers");
  });

  it("answers from `answers` where the quote states the predicate, from `unstated` where it does not", () => {
    expect(
      judgeQuestion(
        evidence(0.35, () => true),
        knobs,
      ).verdict,
    ).toBe("answers");
    expect(
      judgeQuestion(
        evidence(0.35, () => false),
        knobs,
      ),
    ).toEqual({
      verdict: "near",
      missing: { words: ["arrested"] },
    });
    expect(
      judgeQuestion(
        evidence(0.25, () => true),
        knobs,
      ).verdict,
    ).toBe("near");
  });

  it("does not look for the predicate where the quote holds enough without it", () => {
    const never = () => {
      throw new Error("the predicate was looked for");
    };
    expect(judgeQuestion(evidence(0.45, never), knobs).verdict).toBe("answers");
  });

  it("looks for no clash nor missing name where the quote is near without them", () => {
    const never = () => {
      throw new Error("looked for");
    };
    const near = { ...evidence(0.25, () => true), saysOtherwise: never, unsaidName: never };
    expect(judgeQuestion(near, knobs).verdict).toBe("near");
    expect(judgeQuestion({ ...near, coverage: 1, gives: false }, knobs).verdict).toBe("near");
    expect(judgeQuestion({ ...evidence(0.35, () => false), saysOtherwise: never }, knobs).verdict).toBe("near");
  });

  it("comes near where the quote is not what the speaker asked about says, whatever it holds", () => {
    expect(judgeQuestion({ ...evidence(1, () => true), saidBySpeaker: false }, knobs).verdict).toBe("near");
  });
});

describe("the predicate, the count and the speaker, word by word", () => {
  const word = (question: string, surface: string) => {
    const found = queryWords(question).find((w) => w.surface === surface);
    if (!found) throw new Error(`no ${surface} in ${question}`);
    return found;
  };
  const termsOf = (question: string, but: string) =>
    new Set(queryWords(question).flatMap((w) => (w.surface === but ? [] : w.terms)));

  it("finds the predicate in any form, or in words WordNet relates to it, but not in another word of the question", () => {
    const question = "When was the pier built?";
    const test = new PredicateTest(word(question, "built"), termsOf(question, "built"));
    const [builds, constructed, collapsed] = tokenize("builds constructed collapsed");
    expect(builds && test.literal(builds)).toBe(true);
    expect(constructed && test.related(constructed)).toBe(true);
    expect(collapsed && test.states(collapsed)).toBe(false);
    const [supported] = tokenize("supported");
    const backed = new PredicateTest(word("Who backed the pier?", "backed"), termsOf("Who backed the pier?", "backed"));
    expect(supported && backed.states(supported)).toBe(true);
    // Where "support" is the question's own word, "supported" says it, not "back".
    const own = "Whose support did the council back?";
    expect(supported && new PredicateTest(word(own, "back"), termsOf(own, "back")).states(supported)).toBe(false);
  });

  it("counts a number's unit, or a word after it, as what a 'how many' question counts", () => {
    const counts = countsAsked([word("How many doctors came?", "doctors")]);
    expect(counts(undefined, [])).toBe(true);
    expect(counts("doctor", [])).toBe(true);
    expect(counts("more", tokenize("doctors came"))).toBe(true);
    expect(counts("physician", [])).toBe(true);
    expect(counts("storei", tokenize("building collapsed"))).toBe(false);
  });

  it("asks what a speaker said only of a verb that reports speech, in the active voice", () => {
    const speaker = (question: string) => askedSpeaker(frameOf(question))?.map((token) => token.surface);
    expect(speaker("What did the harbour master say about the repairs?")).toEqual(["harbour", "master"]);
    expect(speaker("How did the council respond to the collision?")).toEqual(["council"]);
    expect(speaker("What did the council find in the hull?")).toBeUndefined();
    expect(speaker("What was the council accused of?")).toBeUndefined();
    expect(speaker("What can the council ask the operator to do?")).toBeUndefined();
  });

  it("takes a quote as the speaker's where the article attributes it to them, or they do the verb in it", () => {
    const council = [new Set(tokenize("council").flatMap((token) => token.terms))];
    const by = (source: string): Attribution => ({ source, citing: [], cue: "said", hedges: [] });
    const never = () => false;
    expect(saidBy(council, [[by("the island's council")]], [[]], never)).toBe(true);
    expect(saidBy(council, [[by("the operator")]], [tokenize("the operator said the council was told")], never)).toBe(
      false,
    );
    const responds = (token: { surface: string }) => token.surface === "response";
    expect(saidBy(council, [[]], [tokenize("In response, the council closed the pier.")], responds)).toBe(true);
  });
});

describe("QuestionReading: a question's denial", () => {
  const unmet = (question: string, quote: string) => {
    const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
    const read = { text: quote, tokens: tokenize(quote), attribution: [] };
    return new QuestionReading(question, focus, undefined).read(read, () => [read], true, true).unmetDenial;
  };

  it("is unmet where the quote denies none of the question's words", () => {
    expect(unmet("What was not considered important?", "Its lack remained an important element.")).toBe("not");
    expect(unmet("What is a non-Islamic movement?", "Islamism is an Islamic revival movement.")).toBe("non-Islamic");
    expect(unmet("What was not considered important?", "It was not considered important.")).toBeUndefined();
  });

  it("is none in an alternative, which denies nothing", () => {
    expect(unmet("What may or may not be decidable?", "Some problems are decidable.")).toBeUndefined();
  });
});

describe("QuestionReading: the answer's sentence", () => {
  it("gives the figure asked for only in the sentence that holds the predicate, where one does", () => {
    const question = "How much fish does Port Elling export a year?";
    const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
    const reading = new QuestionReading(question, focus, "number");
    const text = (t: string) => ({ text: t, tokens: tokenize(t), attribution: [] });
    const [exports, landed] = [text("Port Elling exports fish to Spain."), text("Boats landed 40 tonnes in May.")];
    const quote = text(`${exports.text} ${landed.text}`);
    expect(reading.read(quote, () => [exports, landed], true, true).gives).toBe(false);
    const both = text("Port Elling exports 40 tonnes of fish a year.");
    expect(reading.read(both, () => [both], true, true).gives).toBe(true);
  });

  it("gives how long only where the quote names the predicate's event itself", () => {
    const question = "How long did the jury deliberate?";
    const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
    const reading = new QuestionReading(question, focus, "number");
    const text = (t: string) => ({ text: t, tokens: tokenize(t), attribution: [] });
    const deliberated = text("The jury deliberated for two hours.");
    expect(reading.read(deliberated, () => [deliberated], true, true).gives).toBe(true);
    // "study" is a word WordNet relates to "deliberate", and the hour is the Bible study's.
    const study = text("The jury heard he sat for nearly an hour at a Bible study.");
    expect(reading.read(study, () => [study], true, true).gives).toBe(false);
    const counts = text("The jury deliberated on all 33 counts.");
    expect(reading.read(counts, () => [counts], true, true).gives).toBe(false);
  });

  it("gives the name of a role asked about only as that role's", () => {
    const question = "Who was the captain of the MV Corrib?";
    const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
    const reading = new QuestionReading(question, focus, "name");
    const text = (t: string) => ({ text: t, tokens: tokenize(t), attribution: [] });
    const master = text("Harbour master Tom Reilly said the crew had been inspected.");
    expect(reading.read(master, () => [master], true, true).gives).toBe(false);
    const captain = text("The captain, Sean Daly, said the crew had been inspected.");
    expect(reading.read(captain, () => [captain], true, true).gives).toBe(true);
  });

  it("gives a measure asked by its noun only in a figure beside that noun", () => {
    const question = "What is the unemployment rate in Port Elling?";
    const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
    const reading = new QuestionReading(question, focus, "number");
    const text = (t: string) => ({ text: t, tokens: tokenize(t), attribution: [] });
    const jobs = text("Port Elling added about 80 jobs last year.");
    expect(reading.read(jobs, () => [jobs], true, true).gives).toBe(false);
    const rate = text("The unemployment rate in Port Elling is 6 percent.");
    expect(reading.read(rate, () => [rate], true, true).gives).toBe(true);
  });

  it("gives a time for an event the quote does not state only where no other verb claims it", () => {
    const question = "When did Port Elling open its harbour?";
    const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
    const reading = new QuestionReading(question, focus, "time");
    const text = (t: string) => ({ text: t, tokens: tokenize(t), attribution: [] });
    const sold = text("Port Elling sold its harbour in September.");
    expect(reading.read(sold, () => [sold], true, true).gives).toBe(false);
    const opened = text("Port Elling opened its harbour in September.");
    expect(reading.read(opened, () => [opened], true, true).gives).toBe(true);
  });

  it("takes a verb of speech as stated where the quote is the speaker's, in whatever words they said it", () => {
    const question = "What did the coastguard say about the harbour wall?";
    const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
    const reading = new QuestionReading(question, focus, undefined);
    const warned = "The coastguard warned that the harbour wall was unsafe.";
    const sentence = (source: string) => ({
      text: warned,
      tokens: tokenize(warned),
      attribution: [{ source, citing: [], cue: "warned", hedges: [] }],
    });
    const quote = { text: warned, tokens: tokenize(warned) };
    expect(reading.read(quote, () => [sentence("The coastguard")], true, false).statesPredicate()).toBe(true);
    const theirs = reading.read(quote, () => [sentence("the operator")], true, false);
    expect([theirs.saidBySpeaker, theirs.statesPredicate()]).toEqual([false, false]);
  });
});

describe("QuestionReading.unwrittenNames", () => {
  const question = "When did Zorvan Quillet sign the treaty?";
  const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
  const article = (id: string, ...texts: string[]) => ({ id, paragraphs: texts.map((text) => ({ text })) });

  it("needs the names side by side as the question writes them, in any paragraph", () => {
    const reading = new QuestionReading(question, focus, "time");
    expect(reading.unwrittenNames(article("a", "Quillet Zorvan signed.", "Zorvan met Quillet."))).toBe(
      "Zorvan Quillet",
    );
    expect(reading.unwrittenNames(article("b", "Nothing here.", "The treaty of Zorvan Quillet."))).toBeUndefined();
  });

  it("reads only the paragraphs that may hold both names of a pair", () => {
    const reading = new QuestionReading(question, focus, "time");
    const asked: number[] = [];
    const holds = (paragraph: number) => {
      asked.push(paragraph);
      return paragraph === 1;
    };
    // Paragraph 0 writes the pair, but `holds` says it may not: only paragraph 1 is read, and it does not.
    expect(reading.unwrittenNames(article("c", "Zorvan Quillet.", "Quillet and Zorvan."), holds)).toBe(
      "Zorvan Quillet",
    );
    expect(asked).toContain(0);
  });
});

describe("spellingsOf", () => {
  it("gives a question's words' terms and their bridges' terms, as each reading of the question finds them", () => {
    const question = "When did the UAE suspend the ferry service?";
    const focus = queryWords(question, tokenize(question)).map((word) => ({
      word,
      known: word.surface !== "UAE",
      bridges: word.surface === "UAE" ? [{ terms: ["unit", "arab", "emir"], credit: 1 }] : [],
    }));
    const terms = spellingsOf(focus);
    for (const w of focus) for (const term of w.word.terms) expect(terms.has(term)).toBe(true);
    for (const term of ["unit", "arab", "emir"]) expect(terms.has(term)).toBe(true);
  });
});
