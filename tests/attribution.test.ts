import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import type { Attribution, Claim } from "../src/attribution/types.ts";
import { parseTxt } from "../src/corpus/parse.ts";

/** Attributions of an invented article, one list per paragraph: the union of its sentences'. */
function attribute(...paragraphs: string[]): Attribution[][][] {
  const article = parseTxt("invented.txt", "invented", `An invented headline\n\n${paragraphs.join("\n\n")}\n`);
  return attributeArticle(article);
}

/** Where `words` stand in `sentence`, as a claim span; fails the test where they are not in it. */
function at(sentence: string, words: string): Claim {
  const start = sentence.indexOf(words);
  expect(start, `"${words}" in "${sentence}"`).toBeGreaterThanOrEqual(0);
  return [start, start + words.length];
}

/** The sources of each sentence of one paragraph. */
function sources(paragraph: Attribution[][] | undefined): string[][] {
  return (paragraph ?? []).map((sentence) => sentence.map((a) => a.source));
}

/** The only attribution of a one-sentence article. */
function only(sentence: string): Attribution | undefined {
  const [first] = attribute(sentence);
  expect(first).toHaveLength(1);
  expect(first?.[0]).toHaveLength(1);
  return first?.[0]?.[0];
}

describe("reporting patterns", () => {
  it("takes a sentence-final 'X reports, citing Y' as the outlet relying on Y, with the sentence's hedge", () => {
    const sentence =
      "The harbour will probably stay closed until March, the Coastal Times reports, citing officials at the port authority.";
    expect(only(sentence)).toEqual({
      source: "the Coastal Times",
      citing: ["officials at the port authority"],
      cue: "reports",
      hedges: ["probably"],
      claim: at(sentence, "The harbour will probably stay closed until March"),
    });
  });

  it("takes 'X, citing Y and Z, reported' and splits two cited parties", () => {
    const a = only(
      "The Northern Ledger, citing two engineers and the plant's owners, reported that the dam had cracked.",
    );
    expect(a?.source).toBe("The Northern Ledger");
    expect(a?.citing).toEqual(["two engineers", "the plant's owners"]);
    expect(a?.cue).toBe("reported");
  });

  it("takes 'According to X' at the start and in the middle of a sentence", () => {
    expect(only("According to the Velka Post, the mine will hire 200 workers.")).toMatchObject({
      source: "the Velka Post",
      cue: "According to",
    });
    expect(only("Divers, according to the coastguard office found the wreck at dawn.")?.source).toBe(
      "the coastguard office",
    );
  });

  it("takes the subject of a reporting verb, past auxiliaries and adverbs", () => {
    expect(only("Mayor Ana Kovač said the bridge was safe.")).toMatchObject({ source: "Mayor Ana Kovač", cue: "said" });
    expect(only("Port officials later confirmed that two cranes had fallen.")?.source).toBe("Port officials");
    expect(only("The Velka Mining Company denies the river is polluted.")?.cue).toBe("denies");
  });

  it("takes a source named after its claim ('..., a senior trade official fears') and the hedging verb", () => {
    const sentence = "Prices will double by spring, a senior trade official fears.";
    expect(only(sentence)).toEqual({
      source: "a senior trade official",
      citing: [],
      cue: "fears",
      hedges: ["fears"],
      claim: at(sentence, "Prices will double by spring"),
    });
  });

  it("takes the speaker of 'told OUTLET' and of an inverted 'said X'", () => {
    expect(only("“The line is closed,” rail minister Petra Lind told Radio Nord.")?.source).toBe(
      "rail minister Petra Lind",
    );
    expect(only("“The road is open again,” said police spokesman Lars Holm.")?.source).toBe(
      "police spokesman Lars Holm",
    );
  });

  it("takes the subject after a fronted 'In a statement', whatever the verb", () => {
    expect(
      only("In a statement issued on Friday, the Harbour Workers Union condemned the owners for the closure."),
    ).toMatchObject({ source: "the Harbour Workers Union", cue: "In a statement ... condemned" });
  });

  it("takes the subject of an appositive name and of a relative clause", () => {
    expect(only("Jan Novak, a spokesman for the miners, accused the owners of ignoring the rules.")?.source).toBe(
      "Jan Novak",
    );
    expect(
      only("The Port Workers Federation (PWF), which represents 4,000 dockers, declared that the strike was over.")
        ?.source,
    ).toBe("The Port Workers Federation (PWF)");
  });

  it("takes 'called' with a judgement and 'added' with words", () => {
    expect(only("Mayor Ana Kovač called the decision wrong.")?.cue).toBe("called");
    expect(only("The union called the closure “a betrayal”.")?.source).toBe("The union");
    expect(only("“It is over,” Mayor Ana Kovač added.")?.cue).toBe("added");
  });

  it("takes a study's finding, an age between commas and a body named only by its noun", () => {
    expect(only("The survey, which was paid for by the city, found that 40% of wells are dry.")?.source).toBe(
      "The survey",
    );
    expect(only("Kovač, 54, told reporters the harbour would reopen.")?.source).toBe("Kovač");
    expect(only("According to police, the driver fled on foot.")?.source).toBe("police");
  });

  it("takes 'referred to as' and the subject of a relative clause", () => {
    expect(only("After the closure, which the union referred to as a “lockout”, talks stopped.")).toMatchObject({
      source: "the union",
      cue: "referred to as",
    });
  });

  it("gives an -ing report the subject of its clause, or its own after 'with'", () => {
    expect(only("Coach Maria Olsen criticised the referee, saying the goal was offside.")).toMatchObject({
      source: "Coach Maria Olsen",
      cue: "saying",
    });
    expect(only("The vote was delayed, with opposition leaders saying the count was flawed.")?.source).toBe(
      "opposition leaders",
    );
  });

  it("takes the agent of a reporting passive", () => {
    expect(only("The crew was told by port director Jan Berg that the berth was free.")).toMatchObject({
      source: "port director Jan Berg",
      cue: "told by",
    });
  });

  it("makes a report nested in another's what the outer source relies on", () => {
    const a = only("The Elling Gazette reported its source said the plant would close in May.");
    expect(a?.source).toBe("The Elling Gazette");
    expect(a?.citing).toEqual(["its source"]);
  });

  it("keeps two sources of one sentence apart, each with the hedges of its own claim", () => {
    const [paragraph] = attribute(
      "The council said the road was safe, while engineer Ruth Amsel indicated the bridge could collapse.",
    );
    expect(paragraph?.[0]?.map((a) => [a.source, a.hedges])).toEqual([
      ["The council", []],
      ["engineer Ruth Amsel", ["could"]],
    ]);
  });

  it("takes unnamed reports that suggest, hedged by their verb", () => {
    expect(only("Some reports suggest the fire was set deliberately.")).toMatchObject({
      source: "Some reports",
      hedges: ["suggest"],
    });
  });

  it("collects hedging adverbs and modals, but not the month May", () => {
    expect(
      only("The company has reportedly sold the mine, which may close in May, the Velka Post says.")?.hedges,
    ).toEqual(["reportedly", "may"]);
  });
});

describe("what is not a source", () => {
  it.each([
    [
      "a passive with 'supported by' and 'opposed by'",
      "The council is supported by the regional government and opposed by local farmers.",
    ],
    ["a relative clause with 'backed by'", "The mayor, who is backed by the Green Party, opened the bridge on Monday."],
    ["an agentless reporting passive", "No injuries were reported after the storm."],
    ["a reporting passive with a date between", "The toll was on Wednesday reported to have risen."],
    ["a reporting word used as a noun", "The reports of a second blast were never confirmed by anyone."],
    ["a reporting word inside a name", "The United States imposed new tariffs on steel."],
    ["'called for'", "The union called for a general strike."],
    ["'called' naming someone", "A fisherman called Tomas was rescued."],
    ["'called' as a phone call", "Mayor Ana Kovač called the police on Sunday."],
    ["'added' as adding things", "The Velka Mining Company added 200 jobs in May."],
    ["'found' without a clause", "Police found the boat on Sunday."],
    ["a verb whose subject cannot speak", "The fire claimed the lives of three workers."],
    ["a pronoun with nothing before it to stand for", "It said the plan was final."],
  ])("%s", (_, sentence) => {
    expect(attribute(sentence)).toEqual([[[]]]);
  });

  it("leaves a reporting verb inside a quotation to the quotation's speaker", () => {
    const [paragraph] = attribute(
      "“We warn the owners that they said the same last year,” union leader Ida Berg said.",
    );
    expect(paragraph?.[0]?.map((a) => a.source)).toEqual(["union leader Ida Berg"]);
  });
});

describe("references across sentences and paragraphs", () => {
  it("resolves 'he said' after a paragraph about an official, keeping the surface form", () => {
    const [, second] = attribute(
      "The repairs will take a year, a senior engineer at the utility warns.",
      "“We have never seen damage like this,” he said.",
    );
    expect(second?.[0]?.[0]).toMatchObject({ source: "a senior engineer at the utility", surface: "he", cue: "said" });
  });

  it("resolves 'he' to a person the previous sentence names even where that person claimed nothing", () => {
    const [paragraph] = attribute(
      "Governor Elena Marsh visited the flooded town on Sunday. In her address, she praised the rescuers.",
    );
    expect(paragraph?.[1]?.[0]).toMatchObject({ source: "Governor Elena Marsh", surface: "she" });
  });

  it("resolves 'The sources claim' to the sources just cited, with whoever cited them", () => {
    const [, second] = attribute(
      "Taxes will rise, the Daily Courant reports, citing sources in the finance ministry and sources close to the cabinet.",
      "The sources claim the decision was taken in May.",
    );
    expect(second?.[0]?.[0]).toEqual({
      source: "the Daily Courant",
      citing: ["sources in the finance ministry", "sources close to the cabinet"],
      cue: "claim",
      hedges: ["claim"],
      surface: "The sources",
      claim: at("The sources claim the decision was taken in May.", "the decision was taken in May."),
    });
  });

  it("resolves 'The agency' to the agency named before and 'the website' to the last outlet", () => {
    const [first, second] = attribute(
      "According to the Baltic News Agency, the ferry sank at dawn. The agency said all passengers were rescued.",
      "Portnews.com reported the captain was arrested. The website later said he had been released.",
    );
    expect(first?.[1]?.[0]).toMatchObject({ source: "the Baltic News Agency", surface: "The agency" });
    expect(second?.[1]?.[0]).toMatchObject({ source: "Portnews.com", surface: "The website" });
  });

  it("resolves 'It' to the last body that spoke, and a surname to the full name", () => {
    const [first, second] = attribute(
      "Westfield Air said its fleet was grounded. It added that flights would resume on Friday.",
      "Finance Minister Olga Brandt said the budget was balanced. Brandt added that taxes would not rise.",
    );
    expect(first?.[1]?.[0]).toMatchObject({ source: "Westfield Air", surface: "It" });
    expect(second?.[1]?.[0]).toMatchObject({ source: "Finance Minister Olga Brandt", surface: "Brandt" });
  });

  it("does not take 'the ministry' for whichever body spoke last", () => {
    const [first, second] = attribute(
      "Some reports suggest the dam was weak. Westfield Air said its planes were safe.",
      "Divers, according to the emergencies ministry, found two cars. The ministry said the search was over.",
    );
    expect(first?.map((s) => s[0]?.source)).toEqual(["Some reports", "Westfield Air"]);
    expect(second?.map((s) => s[0]?.source)).toEqual(["the emergencies ministry", "the emergencies ministry"]);
    expect(second?.[1]?.[0]?.surface).toBe("The ministry");
  });

  it("reads a description holding regular-expression characters ('The site[1]') as plain text", () => {
    // The description's head word is looked up among earlier sources; "[1" once made an invalid pattern.
    const [paragraph] = attribute("Nordpost reported that the dam had burst. The site[1] said it was not.");
    expect(paragraph?.map((s) => s[0]?.cue)).toEqual(["reported", "said"]);
    expect(paragraph?.[1]?.[0]?.source).toMatch(/^The site\[1/u);
  });

  it("leaves a description with nothing before it to stand for as written", () => {
    const [, second] = attribute("Westfield Air said its planes were safe.", "The company said the fleet was insured.");
    expect(second?.[0]?.[0]).toMatchObject({ source: "The company" });
    expect(second?.[0]?.[0]?.surface).toBeUndefined();
  });
});

describe("quotations", () => {
  it("gives every sentence of a quotation closed by '..., X said' its speaker", () => {
    const [paragraph] = attribute(
      "“The river rose in an hour. Nobody was ready. We lost everything,” farmer Tomas Reyes said.",
    );
    const all = sources(paragraph);
    expect(all.length).toBeGreaterThan(0);
    for (const sentence of all) expect(sentence).toEqual(["farmer Tomas Reyes"]);
  });

  it("gives the sentences of a quotation opened after its cue the cue's speaker", () => {
    const [paragraph] = attribute(
      "The ministry said: “Stocks are sufficient. Prices will fall by June. There is no reason to panic.”",
    );
    for (const sentence of sources(paragraph)) expect(sentence).toEqual(["The ministry"]);
  });

  it("carries a quotation left open at a paragraph's end into the next paragraph", () => {
    const [, second, third] = attribute(
      "Mayor Ana Kovač said on Monday: “The harbour will reopen in March, as we promised.",
      "“The fleet is safe. The crews will be paid in full before the season starts.”",
      "The council meets again in April.",
    );
    const all = sources(second);
    expect(all.length).toBeGreaterThan(0);
    for (const sentence of all) expect(sentence).toEqual(["Mayor Ana Kovač"]);
    expect(sources(third)).toEqual([[]]);
  });

  it("keeps the speaker for a quotation that continues in the next sentence without a cue", () => {
    const [first, second] = attribute(
      "“We will appeal,” Lind said. “The ruling ignores the evidence.”",
      "The court closed at noon.",
    );
    expect(sources(first)).toEqual([["Lind"], ["Lind"]]);
    expect(sources(second)).toEqual([[]]);
  });
});
