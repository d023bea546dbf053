import { describe, expect, it } from "vitest";
import { phrasalTerms } from "../src/answer/bridge.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { queryWords, withoutNoise } from "../src/text/query.ts";
import { ask, sources } from "./helpers/answer.ts";

/** Invented articles: a name written out in full, a misspelling's target, numbers and dates. */
const GULF = `Gulf states back the harbour deal

The United Arab Emirates and Egypt support the harbour deal, officials said on Tuesday.

Harbour workers blocked the quay for three days in March.

The Velka Shipping Authority (VSA) approved the new terminal.`;

const COAST = `Storm damage on the coast

A storm cut power to 4,000 homes along the coast.

Engineers repaired the seawall before the weekend.`;

const PORT = `Port news

The terminal opened on Monday.

The tram terminus moved north.

Buses now stop at the terminus.

A webcam shows the quay.`;

const index = buildIndex([parseTxt("gulf.txt", "gulf", GULF), parseTxt("coast.txt", "coast", COAST)], attributeArticle);
const port = buildIndex([parseTxt("port.txt", "port", PORT)], attributeArticle);

describe("the bridge for words the corpus lacks", () => {
  it("finds initials that the corpus only spells out, inside a longer run of names", () => {
    const answer = sources(index, "The UAE supports the harbour deal");
    expect(answer.status).toBe("ok");
    expect(answer.results[0]?.paragraph).toBe(1);
    expect(answer.unmatched).toEqual([]);
  });

  it("corrects a misspelling one or two edits away, counted on the analysed term", () => {
    expect(ask(index, "Who suported the harbour deal?").unmatched).toEqual([]);
    // "blocked" is not a misspelling of "knocked": "knock" and "block" are two edits apart, too many for five letters.
    const answer = ask(index, "Which quay was knocked?");
    expect(answer.unmatched).toContain("knocked");
  });

  it("takes a word the dictionary knows as meant, not as a misspelling of a corpus word", () => {
    // "repainted" is two edits from "repaired", which the corpus holds, but it is a word of its own.
    expect(ask(index, "Was the seawall repainted?").unmatched).toEqual(["repainted"]);
    expect(ask(index, "Was the seawall repaird?").unmatched).toEqual([]);
  });

  it("takes the nearest spelling, however many paragraphs hold one further away", () => {
    // "terminel" is one edit from "terminal" and two from "terminus", which more paragraphs hold.
    const answer = ask(port, "Where is the terminel?");
    expect(answer.unmatched).toEqual([]);
    expect(answer.results[0]?.paragraph).toBe(1);
  });

  it("takes a word of the embeddings' vocabulary for a misspelling one edit away at most", () => {
    // WordNet lacks "webcast", but it is a word: not "webcam", two edits away.
    expect(ask(port, "Is there a webcast of the quay?").unmatched).toEqual(["webcast"]);
  });

  it("takes a misspelt name for a name the corpus writes, not for a common word", () => {
    expect(ask(index, "What did the Velko Shipping Authority approve?").unmatched).toEqual([]);
    // "Seawell" is one edit from "seawall", which the corpus never capitalizes.
    const answer = ask(index, "What did engineers tell Seawell?");
    expect(answer.status).toBe("no_match");
    expect(answer.unmatched).toEqual(["Seawell"]);
  });

  it("takes a plural of initials for a kind of thing, not a name: the other words answer, and it is listed as not mentioned", () => {
    const answer = ask(index, "How many UAVs blocked the quay?");
    expect(answer.status).toBe("ok");
    expect(answer.results[0]?.paragraph).toBe(2);
    expect(answer.unmatched).toEqual(["UAVs"]);
    // Initials in the singular stay a name, which the corpus lacks.
    expect(ask(index, "Did the IRGC block the quay?").status).toBe("no_match");
  });

  it("refuses a name the corpus lacks in every form", () => {
    const answer = ask(index, "Did Norway support the harbour deal?");
    expect(answer).toMatchObject({ status: "no_match", unmatched: ["Norway"] });
  });
});

describe("the kind of answer a question asks for", () => {
  it("shows only quotes that hold a number for how many, a date for when", () => {
    expect(ask(index, "How many homes lost power in the storm?").results[0]?.quote).toContain("4,000");
    const when = ask(index, "When did harbour workers block the quay?");
    expect(when.results.map((r) => r.quote).join(" ")).toContain("March");
    expect(ask(index, "When did engineers repair the seawall?").status).toBe("ok");
  });

  it("refuses when no matching quote holds what the question asks for", () => {
    expect(ask(index, "How many engineers repaired the seawall?").status).toBe("no_match");
  });
});

describe("noise in a chat message", () => {
  it("is blanked, offsets kept, and never searched for", () => {
    const text = "What did <@123> say [about VSA](https://evil.example/x) @everyone https://a.example/b?";
    const clean = withoutNoise(text);
    expect(clean).toHaveLength(text.length);
    expect(clean).not.toMatch(/everyone|evil|example|123/u);
    expect(clean).toContain("[about VSA");
    const answer = ask(index, "Who approved the terminal? @everyone https://example.com/x");
    expect(answer.status).toBe("ok");
    expect(answer.unmatched).toEqual([]);
  });
});

describe("initials the corpus spells out in lower case", () => {
  it("finds words WordNet lists beside the initials, where the corpus never writes the initials", () => {
    const economy = buildIndex(
      [
        parseTxt(
          "economy.txt",
          "economy",
          "Velka's economy shrinks\n\nThe harbour reopened after the storm.\n\nGross domestic product fell by 2% last year, the central bank said.",
        ),
      ],
      attributeArticle,
    );
    const answer = ask(economy, "How much did GDP fall?");
    expect(answer).toMatchObject({ status: "ok", unmatched: [] });
    expect(answer.results[0]?.paragraph).toBe(2);
  });

  it("finds the words an article gives initials for, in an article that writes only the words", () => {
    const clinics = buildIndex(
      [
        parseTxt(
          "a-weekly.txt",
          "a-weekly",
          "Clinic figures\n\nClinics count acute respiratory tract infections (ARTIs) every week.",
        ),
        parseTxt(
          "b-winter.txt",
          "b-winter",
          "Winter at the clinic\n\nThe ward was full in December.\n\nCases of acute respiratory tract infection doubled in January.",
        ),
      ],
      attributeArticle,
    );
    const answer = ask(clinics, "When did ARTI cases double?", { article: "b-winter" });
    expect(answer).toMatchObject({ status: "ok", unmatched: [] });
    expect(answer.results[0]?.paragraph).toBe(2);
  });
});

describe("initials of names the corpus spells out", () => {
  const history = buildIndex(
    [
      parseTxt(
        "history.txt",
        "history",
        "The port's history\n\nThe quay was rebuilt after World War II by the Velka Harbour Board.\n\nFishing boats returned in 1950.",
      ),
    ],
    attributeArticle,
  );

  it("keeps a Roman numeral of a name whole in its initials", () => {
    const answer = ask(history, "Who rebuilt the quay after WWII?");
    expect(answer).toMatchObject({ status: "ok", unmatched: [] });
    expect(answer.results[0]?.paragraph).toBe(1);
  });

  it("reads initials in the possessive as the initials", () => {
    expect(ask(history, "Which quay was the VHB's work?")).toMatchObject({ status: "ok", unmatched: [] });
  });

  it("reads a final capital S as a letter of the initials, not a plural's", () => {
    const observers = buildIndex(
      [parseTxt("observers.txt", "observers", "Observers leave\n\nThe United States withdrew its observers in March.")],
      attributeArticle,
    );
    expect(sources(observers, "The US withdrew its observers in March").verdict).toBe("supports");
  });
});

describe("a claim's phrase that WordNet lists as one lemma", () => {
  const read = (text: string) =>
    new Map([...phrasalTerms(text, queryWords(text))].map(([word, terms]) => [word.surface, [...terms]]));

  it("gives the word that ends the phrase the terms of the phrase's synonyms, through an irregular verb form", () => {
    // "took off" is take_off, "broke down" break_down: the words before are irregular forms of take and break.
    expect(read("the plane took off at noon").get("off")).toContain("depart");
    expect(read("the talks broke down").get("down")).toContain("collapse");
  });

  it("gives nothing where the two words are not one lemma, or for a name", () => {
    expect(read("the plane took Off Road")).toEqual(new Map());
    expect(read("the talks went well").size).toBe(0);
  });
});
