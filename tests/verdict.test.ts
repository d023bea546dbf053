import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { ask, sources } from "./helpers/answer.ts";
import { HARBOUR, MINE } from "./helpers/articles.ts";

const MARKET = `Fish prices rise after the storm

Fish prices rose by 12% in the week after the storm, the harbour authority said on Friday.

Traders did not expect the harbour to reopen before March, according to the Elling Gazette.

The Velka mine's owners deny that the reopening was rushed.`;

const index = buildIndex(
  [
    parseTxt("harbour.txt", "harbour", HARBOUR),
    parseTxt("mine.txt", "mine", MINE),
    parseTxt("market.txt", "market", MARKET),
  ],
  attributeArticle,
);

/** A claim's reply as its verdict, its first passage, and that passage's clash as [kind, claim, article]. */
function claim(text: string) {
  const answer = sources(index, text);
  const [first] = answer.results;
  const clash = first?.contrast;
  return {
    verdict: answer.verdict,
    first: first && `${first.articleId} ¶${first.paragraph} ${first.verdict}`,
    clash: clash && [clash.kind, clash.claim, clash.article],
    answer,
  };
}

describe("sources: the verdict", () => {
  it("supports a claim the passage states, and a figure the article bounds", () => {
    expect(claim("Environmental groups oppose the reopening")).toMatchObject({
      verdict: "supports",
      first: "mine ¶3 supports",
    });
    expect(claim("The storm stranded more than 30 fishing boats")).toMatchObject({ verdict: "supports" });
    expect(claim("The mine reopened after a two-year closure").verdict).toBe("supports");
  });

  it("contradicts a claim with another figure for the same thing, compared as values", () => {
    expect(claim("The storm stranded 14 fishing boats")).toMatchObject({
      verdict: "contradicts",
      first: "harbour ¶1 contradicts",
      clash: ["number", "14", "40"],
    });
    expect(claim("The mine reopened after a five-year closure").clash).toEqual(["number", "five-year", "two-year"]);
    expect(claim("Fish prices rose by 40% after the storm").clash).toEqual(["quantity", "40%", "12%"]);
    expect(claim("The Velka copper mine reopened on Friday").clash).toEqual(["date", "Friday", "Monday"]);
  });

  it("contradicts a claim the article denies, or denies what the article states", () => {
    expect(claim("Environmental groups do not oppose the reopening").clash).toEqual([
      "negation",
      "not oppose",
      "oppose",
    ]);
    expect(claim("Traders expected the harbour to reopen before March").clash).toEqual([
      "negation",
      "expected",
      "not expect",
    ]);
    expect(claim("The reopening of the Velka mine was rushed").clash?.[0]).toBe("negation");
  });

  it("contradicts a claim whose word the article has only as its WordNet antonym, an irregular form included", () => {
    expect(claim("Fish prices fell after the storm")).toMatchObject({
      verdict: "contradicts",
      first: "market ¶1 contradicts",
      clash: ["antonym", "fell", "rose"],
    });
  });

  it("contradicts a claim that names another actor or place than the article, even one the corpus never mentions", () => {
    expect(claim("Mayor Ivo Horvat estimates the damage at $4.5 million").clash).toEqual([
      "actor",
      "Ivo Horvat",
      "Ana Kovač",
    ]);
    expect(claim("The storm closed the harbour at Port Talin").clash).toEqual(["place", "Port Talin", "Port Elling"]);
  });

  it("cuts both sides of a clash verbatim, at the offsets it gives", () => {
    const { answer } = claim("The storm stranded 14 fishing boats");
    const [first] = answer.results;
    const contrast = first?.contrast;
    expect(contrast && answer.query.slice(...contrast.claimAt)).toBe(contrast?.claim);
    expect(contrast && first?.quote.slice(...contrast.articleAt)).toBe(contrast?.article);
  });

  it("supports every sentence of the articles as a claim: what says it never says otherwise", () => {
    const seed = buildIndex(loadCorpus("corpus"), attributeArticle);
    for (const corpus of [index, seed]) {
      for (const { article } of corpus.articles.values()) {
        for (const sentence of article.paragraphs.flatMap((p) => p.sentences)) {
          expect([sentence.text, sources(corpus, sentence.text).verdict]).toEqual([sentence.text, "supports"]);
        }
      }
    }
  });

  it("reads a denial made in other words as the same denial", () => {
    expect(claim("The mine's owners deny that the reopening was rushed").verdict).toBe("supports");
    expect(claim("The mine's owners rejected claims that the reopening was rushed").verdict).not.toBe("contradicts");
  });

  it("comes near a claim whose figure the passage does not give, though nothing in it clashes", () => {
    expect(claim("Environmental groups oppose the reopening").verdict).toBe("supports");
    const { answer } = claim("Environmental groups have opposed the reopening since 2019");
    expect(answer.verdict).toBe("near");
    expect(answer.results[0]?.missing?.words).toContain("2019");
  });

  it("comes near a claim the articles touch but do not make, saying what the passage lacks", () => {
    const { answer } = claim("Fishermen were paid compensation by the mine's owners");
    expect(answer.verdict).toBe("near");
    expect(answer.status).toBe("ok");
    // "paid" is a light verb: its object says what happened, and comes first among what the passage lacks.
    expect(answer.results[0]?.missing?.words[0]).toBe("compensation");
  });
});

describe("ask: the verdict", () => {
  it("answers where the quote holds the question and the kind of answer asked for", () => {
    const answer = ask(index, "How many fishing boats were stranded?");
    expect(answer).toMatchObject({ verdict: "answers", status: "ok" });
    expect(answer.results[0]).toMatchObject({ articleId: "harbour", paragraph: 1, verdict: "answers" });
  });

  it("comes near where the quote lacks the kind of answer asked for, and says which", () => {
    const answer = ask(index, "Where were waves of 9.5 metres recorded?");
    expect(answer.verdict).toBe("near");
    expect(answer.results[0]?.missing).toEqual({ words: [], answer: "place" });
  });

  it("comes near where the passage's article never names whom the question asks about", () => {
    const answer = ask(index, "Did Mayor Ana Kovač visit the miners underground?");
    const mine = answer.results.find((p) => p.articleId === "mine");
    expect(mine?.verdict).toBe("near");
    expect(mine?.missing?.words).toEqual(expect.arrayContaining(["Ana", "Kovač"]));
  });

  it("keeps status for old scripts: no_match exactly when there are no results", () => {
    for (const answer of [ask(index, "What is the capital of France?"), sources(index, "Volcanic ash grounded jets")]) {
      expect(answer).toMatchObject({ status: "no_match", verdict: "no_match", results: [] });
    }
  });
});

describe("sources: who the claim says said it", () => {
  const COUNCIL = `Council split over harbour fees

Councillor Ilsa Varn praised the mayor's budget at Tuesday's meeting.

"It is one of the most wasteful councils in the region," Councillor Tomas Brenk said of the harbour board.

"Putin publicly blamed me for the protests," Varn said, recalling her years abroad.`;
  const council = buildIndex([parseTxt("council.txt", "council", COUNCIL)], attributeArticle);
  const verdict = (text: string) => {
    const [first] = sources(council, text).results;
    return [first?.verdict, first?.contrast?.claim, first?.contrast?.article];
  };

  it("contradicts a claim that names another speaker than the one the article quotes", () => {
    expect(verdict("Ilsa Varn called the harbour board one of the most wasteful councils in the region")).toEqual([
      "contradicts",
      "Ilsa Varn",
      "Tomas Brenk",
    ]);
    expect(verdict("Tomas Brenk called the harbour board one of the most wasteful councils in the region")[0]).toBe(
      "supports",
    );
  });

  it("takes no clash where the quote names the claim's speaker, who may be quoted within it", () => {
    expect(verdict("Putin publicly blamed Varn for the protests")[0]).not.toBe("contradicts");
  });
});

describe("sources: another date", () => {
  it("clashes only where the paragraph holds a word of what the claim's date dates", () => {
    const POLITICS = `Kessel politics

Otto Brenn was critical of those decisions during his first run for governor in 2009.`;
    const politics = buildIndex([parseTxt("politics.txt", "politics", POLITICS)], attributeArticle);
    // A run for governor in 2009 is not a run for mayor in 2016.
    expect(sources(politics, "Otto Brenn is running for mayor in 2016").verdict).not.toBe("contradicts");
    expect(sources(politics, "Otto Brenn first ran for governor in 2011").verdict).toBe("contradicts");
  });
});

describe("sources: another actor", () => {
  it("stands in for the claim's doer, not for what the claim says was done", () => {
    const AID = `Kessel aid

Kessel has also sent two tugboats to Elling, Radio Varn reports.`;
    const aid = buildIndex([parseTxt("aid.txt", "aid", AID)], attributeArticle);
    // The Ostra is what was sent, not who sent it: Radio Varn reporting does not stand against it.
    expect(sources(aid, "Kessel sent the Ostra to Elling").verdict).not.toBe("contradicts");
    expect(sources(aid, "Talin sent two tugboats to Elling").verdict).toBe("contradicts");
  });
});

describe("sources: what a quote denies", () => {
  const HARBOUR_DEPTH = `Kessel harbour

The storm did not change the course of the river, but only its depth.

Coal shipments peaked in 2008 at 40 million tons, declining to 30 million tons in 2015.`;
  const depth = buildIndex([parseTxt("depth.txt", "depth", HARBOUR_DEPTH)], attributeArticle);

  it("is the claim's verb only where it is of the claim's object", () => {
    expect(sources(depth, "The storm changed the depth of the river").verdict).not.toBe("contradicts");
    expect(sources(depth, "The storm changed the course of the river").verdict).toBe("contradicts");
  });

  it('is nothing where a "no" is answered, or a sentence or quotation ends right after the negator', () => {
    const TRIAL = `Kessel trial

When she said no, Brenn told her the harbour would close.`;
    const trial = buildIndex([parseTxt("trial.txt", "trial", TRIAL)], attributeArticle);
    expect(sources(trial, "Brenn told her the harbour would close").verdict).toBe("supports");
  });

  it('is nothing where a verb that denies with "to" takes a figure', () => {
    expect(sources(depth, "Coal shipments peaked in 2008 at 40 million tons").verdict).toBe("supports");
  });
});

describe("sources: another actor for a passive's subject", () => {
  it('is none: the subject is what was done to, and its doer follows "by"', () => {
    const PORT = `Kessel port

The Elling Harbour Board owns the pier at Kessel, Mayor Otto Brenn said.`;
    const port = buildIndex([parseTxt("port.txt", "port", PORT)], attributeArticle);
    expect(sources(port, "Talin Pier is owned by the Elling Harbour Board").verdict).not.toBe("contradicts");
    expect(sources(port, "Ilsa Varn owns the pier at Kessel").verdict).toBe("contradicts");
  });
});

describe("sources: the opposite of a modifier", () => {
  it("says otherwise only of the word the claim's modifier goes with", () => {
    const DREDGING = `Kessel harbour

The harbour board approved dredging plans for the port, as it has every spring for the last five years.`;
    const dredging = buildIndex([parseTxt("dredging.txt", "dredging", DREDGING)], attributeArticle);
    // "the last five years" is not "future dredging plans".
    expect(sources(dredging, "The harbour board approved future dredging plans").verdict).not.toBe("contradicts");
    expect(sources(dredging, "The harbour board approved dredging plans for the first five years").verdict).toBe(
      "contradicts",
    );
  });
});

describe("sources: a quote that states the claim outright", () => {
  it("does not deny it in its other sentence", () => {
    const FERRY = `Kessel ferries

The Kessel ferry is at least as old as the harbour. Thus the ferry is no older than the town.`;
    const ferry = buildIndex([parseTxt("ferry.txt", "ferry", FERRY)], attributeArticle);
    // "no older than the town" is about the town: the first sentence says the claim word for word.
    expect(sources(ferry, "The Kessel ferry is at least as old as the harbour").verdict).toBe("supports");
  });
});

describe("sources: a claim that denies", () => {
  const RECORDER = `Kessel barge recovered

Divers recovered the voice recorder of the Kessel barge on Monday, the harbour office said.

The harbour office said the two fires at the Kessel yard were unrelated.`;
  const recorder = buildIndex([parseTxt("barge.txt", "barge", RECORDER)], attributeArticle);
  const verdict = (text: string) => sources(recorder, text).verdict;

  it("is not supported by a passage whose paragraph denies nothing", () => {
    expect(verdict("the Kessel barge's voice recorder has not been examined")).toBe("near");
    expect(verdict("Divers recovered the voice recorder of the Kessel barge")).toBe("supports");
  });

  it("is supported where the passage denies in a word's negating prefix", () => {
    expect(verdict("the harbour office said the two fires at the Kessel yard were not related")).toBe("supports");
  });

  it("is not contradicted by another doer for what it denies, only by its statement", () => {
    const SURGERY = `Kessel crew treated

Surgeons at Elling General operated on Otto Brenn on Monday.

The Elling harbour office advised Kessel citizens in need of travel documents to use the consulate.`;
    const surgery = buildIndex([parseTxt("crew.txt", "crew", SURGERY)], attributeArticle);
    // Otto Brenn's operation, and other citizens' need, say nothing of Ivo Horvat's.
    expect(sources(surgery, "Ivo Horvat was not operated on").verdict).not.toBe("contradicts");
    expect(sources(surgery, "Ivo Horvat did not need travel documents").verdict).not.toBe("contradicts");
    expect(sources(surgery, "Otto Brenn was not operated on").verdict).toBe("contradicts");
  });

  it("is said otherwise only where the article states its verb of what it denies it of", () => {
    const VISIT = `Kessel mayor visits

Mayor Otto Brenn flew to Elling on Monday. In a meeting that day he was told by the harbour master of the damage.

The families of the crew waited at the port.`;
    const visit = buildIndex([parseTxt("visit.txt", "visit", VISIT)], attributeArticle);
    // A meeting with the harbour master is no meeting with the families.
    expect(sources(visit, "Otto Brenn did not meet the families of the crew").verdict).not.toBe("contradicts");
    expect(sources(visit, "Otto Brenn did not meet the harbour master").verdict).toBe("contradicts");
  });
});
