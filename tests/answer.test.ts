import { describe, expect, it } from "vitest";
import { QueryError } from "../src/answer/answer.ts";
import { Evidence } from "../src/answer/evidence.ts";
import { REFUSAL } from "../src/answer/tuning.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import type { Attribution } from "../src/attribution/types.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import type { Article } from "../src/corpus/types.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ask, sources } from "./helpers/answer.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";

const GAZETTE: Attribution = { source: "the Elling Gazette", citing: [], cue: "according to", hedges: [] };
const COASTGUARD: Attribution = { source: "The coastguard", citing: [], cue: "said", hedges: [] };

/** A stand-in for who-says-what, so that these tests see how answers carry attribution, not how it is found. */
function attribute(article: Article): Attribution[][][] {
  return article.paragraphs.map((paragraph) =>
    paragraph.sentences.map((sentence) => {
      if (sentence.text.includes("according to the Elling Gazette")) return [GAZETTE];
      if (sentence.text.startsWith("The coastguard said")) return [COASTGUARD];
      return [];
    }),
  );
}

const index = buildIndex([parseTxt("harbour.txt", "harbour", HARBOUR), parseTxt("mine.txt", "mine", MINE)], attribute);

describe("ask: ranking and quotes", () => {
  it("ranks the paragraph holding the question's words first, naming its article", () => {
    const answer = ask(index, "How many fishing boats were stranded?");
    expect(answer.status).toBe("ok");
    expect(answer.results[0]).toMatchObject({
      articleId: "harbour",
      paragraph: 1,
      title: "Storm closes the harbour at Port Elling",
    });
  });

  it("finds words in other forms: plural, tense, case, hyphen, number", () => {
    expect(ask(index, "miners return").results[0]).toMatchObject({ articleId: "mine", paragraph: 2 });
    expect(ask(index, "northeast breakwater waves").results[0]?.paragraph).toBe(2);
    expect(ask(index, "What share of income depends on the catch? 60 percent?").results[0]?.paragraph).toBe(4);
  });

  it("finds initials where the article writes only their plural, and the other way round", () => {
    const clinic = buildIndex(
      [
        parseTxt(
          "clinic.txt",
          "clinic",
          "Winter at the Velka clinic\n\nDoctors saw more ARTIs than in any winter before.\n\nThe clinic bought a new UAV for deliveries.",
        ),
      ],
      attribute,
    );
    const arti = ask(clinic, "Did doctors see ARTI this winter?");
    expect(arti).toMatchObject({ status: "ok", unmatched: [] });
    expect(arti.results[0]?.paragraph).toBe(1);
    expect(ask(clinic, "What are the clinic's UAVs for?").results[0]?.paragraph).toBe(2);
  });

  it("quotes the best sentence verbatim, cut from the whole paragraph", () => {
    const [top] = ask(index, "Where were crews told to stay?").results;
    expect(top?.quote).toBe("Crews were told to stay ashore.");
    expect(top?.text).toBe(index.articles.get("harbour")?.article.paragraphs[1]?.text);
    expect(top?.text).toContain(top?.quote);
  });

  it("quotes two sentences where the second adds words of the question", () => {
    const [top] = ask(index, "coastguard waves crews ashore").results;
    expect(top?.quote).toBe(top?.text);
  });

  it("marks the matched words in the quote", () => {
    const [top] = ask(index, "What damage does the mayor estimate?").results;
    const marked = top?.highlights.map(([start, end]) => top.quote.slice(start, end));
    expect(marked).toEqual(["Mayor", "estimates", "damage"]);
  });

  it("carries the attribution of the quoted sentences only", () => {
    expect(ask(index, "damage estimate").results[0]?.attribution).toEqual([GAZETTE]);
    expect(ask(index, "waves breakwater").results[0]?.attribution).toEqual([COASTGUARD]);
    expect(ask(index, "Where were crews told to stay?").results[0]?.attribution).toEqual([]);
  });

  it("returns at most the limit, best first", () => {
    const answer = ask(index, "harbour storm boats mine miners work", { limit: 2 });
    expect(answer.results).toHaveLength(2);
    expect(answer.results[0]?.score).toBeGreaterThanOrEqual(answer.results[1]?.score ?? Number.POSITIVE_INFINITY);
  });

  it("weighs a people's adjective as a word, not as a name: the question is about what it describes", () => {
    const north = parseTxt(
      "north.txt",
      "north",
      "Fishing in the north\n\nThe Norwegian minister spoke on Monday.\n\n" +
        "Norway has built new ports in Tromsø and Bergen over the past decade.\n\n" +
        "Norwegian fishermen sell their catch to many countries around the world.",
    );
    const answer = ask(buildIndex([north], attribute), "Where are the Norwegian ports?");
    expect(answer.results[0]?.paragraph).toBe(2);
  });

  it("puts a passage that answers in words before a loosely related one that holds a number", () => {
    const problems = parseTxt(
      "problems.txt",
      "problems",
      "Problems and answers\n\nA function problem expects a single output for every input it is given.\n\n" +
        "The committee met 3 times last year to discuss the function of its budget and its input problem.",
    );
    const answer = ask(
      buildIndex([problems], attribute),
      "How many outputs does a function problem expect for each input?",
    );
    expect(answer.results.map((result) => result.paragraph)).toEqual([1, 2]);
  });

  it("puts the sentence that answers before a shorter one that only echoes the question", () => {
    const flu = parseTxt(
      "flu.txt",
      "flu",
      "Flu at the Velka clinic\n\nThe clinic treated 40 patients with flu between November and February, and the " +
        "ward coped with the rise in admissions over the holidays, staff said. Three cases were aged over 65.\n\n" +
        "Most of the cases aged over 65 needed oxygen on the ward for a week, and some stayed there until spring.",
    );
    const answer = ask(buildIndex([flu], attribute), "What happened to cases aged over 65?");
    expect(answer.results.map((result) => result.paragraph)).toEqual([2, 1]);
  });

  it("reads an article's headline as the context of each of its paragraphs", () => {
    const bus = parseTxt(
      "bus.txt",
      "bus",
      "Bus drivers vote on pay\n\nStaff returned to work on Monday after talks with the council.",
    );
    const ferry = parseTxt(
      "ferry.txt",
      "ferry",
      "Ferry strike ends after David Moyo steps in\n\nStaff returned to work on Monday after talks with the port.",
    );
    const index = buildIndex([bus, ferry], attribute);
    expect(ask(index, "When did the ferry staff return to work?").results[0]?.articleId).toBe("ferry");
    // A name only the headline holds is the article's: not missing, and the article answers.
    const david = ask(index, "Did staff return to work after David stepped in?");
    expect(david).toMatchObject({ status: "ok", unmatched: [] });
    expect(david.results[0]?.articleId).toBe("ferry");
  });

  it("puts first the passage that holds word for word what the question quotes", () => {
    const storm = parseTxt(
      "storm.txt",
      "storm",
      "Reports on the storm\n\nDamage from the storm in Port Elling was surveyed, and the port stayed shut for a " +
        "week while damage was counted.\n\nThe report Storm Damage in Port Elling was written by the harbour " +
        "engineer Mira Holt, who spent a year on it with her team of surveyors and divers, and it fills four " +
        "hundred pages with maps of every berth and quay.",
    );
    const index = buildIndex([storm], attribute);
    expect(ask(index, 'What does "Storm Damage in Port Elling" cover?').results[0]?.paragraph).toBe(2);
    expect(ask(index, "What does “Storm Damage in Port Elling” cover?").results[0]?.paragraph).toBe(2);
    // Unquoted, the same words are only words: the shorter paragraph that has them all comes first.
    expect(ask(index, "What does Storm Damage in Port Elling cover?").results[0]?.paragraph).toBe(1);
  });

  it("answers who someone is with the passage that describes them, though it names no one new", () => {
    const lanes = parseTxt(
      "lanes.txt",
      "lanes",
      "Bus lanes open\n\nFares on the buses will not rise this year or next, and the night routes stay, said Dana Whitfield.\n\n" +
        "The county will open two bus lanes next month, according to Dana Whitfield, the county's transport director.",
    );
    const index = buildIndex([lanes], attribute);
    const answer = ask(index, "Who is Dana Whitfield?");
    expect(answer.status).toBe("ok");
    expect(answer.results.map((result) => result.paragraph)).toEqual([2, 1]);
    // Who did something still wants a name the question does not hold.
    expect(ask(index, "Who will open the bus lanes with Dana Whitfield?").status).toBe("no_match");
  });

  it("gives the same answer to the same question", () => {
    expect(ask(index, "Who owns the mine?")).toEqual(ask(index, "Who owns the mine?"));
  });
});

describe("ask: no_match and unmatched", () => {
  it("says no_match when the question's nouns are all missing", () => {
    const answer = ask(index, "What is the capital of France?");
    expect(answer).toMatchObject({ status: "no_match", results: [] });
    expect(answer.unmatched).toEqual(["capital", "France"]);
  });

  it("names common content words the article lacks, but not the words a question is put in", () => {
    const answer = ask(index, "Why else did the war happen at the harbour?");
    expect(answer.unmatched).toEqual(["war"]);
  });

  it("says no_match when a name the question is about is missing, though other words match", () => {
    const answer = ask(index, "Did Norway send fishing boats to the harbour?");
    expect(answer.status).toBe("no_match");
    expect(answer.unmatched).toContain("Norway");
  });

  it("knows a place name typed in lower case", () => {
    expect(ask(index, "did norway close the harbour").status).toBe("no_match");
  });

  it("answers but names the missing words when they are not what the question is about", () => {
    const answer = ask(index, "Where were gigantic waves recorded?");
    expect(answer.status).toBe("ok");
    expect(answer.unmatched).toEqual(["gigantic"]);
  });

  it("says no_match for an empty question or one of stop words only", () => {
    for (const question of ["", "   ", "what is the", "?!"]) {
      expect(ask(index, question)).toEqual({
        query: question,
        kind: "ask",
        status: "no_match",
        verdict: "no_match",
        unmatched: [],
        results: [],
      });
    }
  });
});

describe("ask: one article", () => {
  it("searches only the article asked for, and counts its words alone as known", () => {
    const answer = ask(index, "miners underground", { article: "harbour" });
    expect(answer.status).toBe("no_match");
    expect(answer.unmatched).toEqual(["miners", "underground"]);
    expect(ask(index, "miners underground", { article: "mine" }).results[0]?.articleId).toBe("mine");
  });

  it("rejects an unknown article id", () => {
    expect(() => ask(index, "storm", { article: "nope" })).toThrow(QueryError);
  });
});

describe("sources", () => {
  it("finds the passage that makes a claim, with its source", () => {
    const answer = sources(index, "The damage is estimated at $4.5 million");
    expect(answer.results[0]).toMatchObject({ paragraph: 3, attribution: [GAZETTE] });
  });

  it("says no_match for a claim the article does not make", () => {
    expect(sources(index, "Volcanic ash grounded the airline's jets").status).toBe("no_match");
  });
});

describe("ask: who a quote is credited to", () => {
  const FLOOD = `Flood costs Velka its contracts

After the flood, which the mayor called a catastrophe, the town lost contracts worth $2 million.

The coastguard said the river rose four metres. The dam held, Mayor Ida Lund said on Friday.`;
  const flood = buildIndex([parseTxt("flood.txt", "flood", FLOOD)], attributeArticle);

  it("credits a source with the clause its cue governs, not the rest of the sentence", () => {
    const [top] = ask(flood, "Which contracts did the town lose?").results;
    expect(top?.paragraph).toBe(1);
    expect(top?.attribution).toEqual([]);
    expect(top?.sentences[0]?.attribution.map((a) => a.source)).toEqual(["the mayor"]);
  });

  it("credits the source the question names, though the words that matched are its name and cue", () => {
    const [top] = ask(flood, "What did the coastguard say?").results;
    expect(top?.quote).toContain("The coastguard said the river rose four metres.");
    expect(top?.attribution.map((a) => a.source)).toEqual(["The coastguard"]);
    // Only the source named: the coastguard's sentence beside it is not the mayor's, nor the reverse.
    const [mayor] = ask(flood, "What did Mayor Ida Lund say?").results;
    expect(mayor?.attribution.map((a) => a.source)).toEqual(["Mayor Ida Lund"]);
  });

  it("keeps each quoted sentence's sources to that sentence", () => {
    const [top] = ask(flood, "How far did the river rise, and did the dam hold?").results;
    expect(top?.sentences.map((s) => s.attribution.map((a) => a.source))).toEqual([
      ["The coastguard"],
      ["Mayor Ida Lund"],
    ]);
  });
});

describe("Evidence.paragraphHolds", () => {
  const evidence = new Evidence(index, [], REFUSAL);
  const harbour = index.articles.get("harbour");
  const first = index.paragraphs.findIndex((ref) => ref.articleId === "harbour" && ref.index === 1);
  if (!harbour) throw new Error("harbour missing");

  it("reads a paragraph of the candidate's article from its stored terms", () => {
    const candidate = { id: first, index: 1, indexed: harbour };
    expect(evidence.paragraphHolds(candidate, 1, ["coastguard"])).toBe(true);
    expect(evidence.paragraphHolds(candidate, 0, ["coastguard", "unheardof"])).toBe(false);
    expect(evidence.paragraphHolds(candidate, 3, ["fishermen", "income"])).toBe(true);
  });

  it("says it may hold any term where the paragraph is not found beside the candidate", () => {
    expect(evidence.paragraphHolds({ id: first + 1, index: 1, indexed: harbour }, 0, ["unheardof"])).toBe(true);
  });
});
