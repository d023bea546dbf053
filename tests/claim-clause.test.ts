import { describe, expect, it } from "vitest";
import { answer } from "../src/answer/answer.ts";
import { joiningWord, objectOf, readClaim, subjectToHead } from "../src/answer/claim-clause.ts";
import { REFUSAL, VERDICT } from "../src/answer/tuning.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { sources } from "./helpers/answer.ts";

/** The predicate's words of a claim, as written. */
function predicate(claim: string): string[] {
  return readClaim(claim, tokenize(claim)).predicate.map((token) => token.surface);
}

describe("readClaim: the words that say what a claim says happened", () => {
  it("finds the main verb past auxiliaries, modals and negators", () => {
    expect(predicate("Ilsa Varn visited the Port of Kessel")).toEqual(["visited"]);
    expect(predicate("the harbour has been reopened")).toEqual(["reopened"]);
    expect(predicate("the council can't close the harbour")).toEqual(["close"]);
  });

  it("passes a word between two auxiliaries, whatever its tags ('will likely be fired')", () => {
    expect(predicate("the harbour staff will likely be fired")).toEqual(["fired"]);
  });

  it("finds a verb the lexicon does not tag as one right after its subject, not a noun of a compound", () => {
    expect(predicate("Varn founded the Kessel Trust")).toEqual(["founded"]);
    expect(predicate("the fishing companies have signed new contracts")).toEqual(["signed"]);
  });

  it("reads the clause a speech verb reports, not the verb", () => {
    expect(predicate("the Gazette says the council has been backing Varn")).toEqual(["backing"]);
  });

  it("reads no clause where a preposition follows the speech verb, and keeps who speaks either way", () => {
    const speaker = (claim: string) => readClaim(claim, tokenize(claim)).speaker?.map((token) => token.surface);
    expect(predicate("Ilsa Varn warned of a return to the witch hunts")).toEqual(["warned"]);
    expect(predicate("Ilsa Varn said on Monday that the council has been backing the plan")).toEqual(["backing"]);
    expect(speaker("Ilsa Varn warned of a return to the witch hunts")).toEqual(["Ilsa", "Varn"]);
    expect(speaker("the Gazette says the council has been backing Varn")).toEqual(["Gazette"]);
    expect(speaker("Ilsa Varn called the council corrupt")).toEqual(["Ilsa", "Varn"]);
    expect(speaker("Ilsa Varn founded the Kessel Trust")).toBeUndefined();
  });

  it("takes a light verb's object, and the complement of 'be'", () => {
    expect(predicate("the ferry had five decks")).toEqual(["decks"]);
    expect(predicate("Varn is the youngest mayor")).toEqual(["youngest", "mayor"]);
    expect(predicate("the council is against the plan")).toEqual(["against"]);
  });

  it("takes the head of a light verb's object where a noun modifies it ('a navy destroyer')", () => {
    expect(predicate("Brenn sent a navy destroyer to the harbour")).toEqual(["destroyer"]);
    expect(predicate("Brenn sent a destroyer to the harbour")).toEqual(["destroyer"]);
  });

  it("reads a bare verb form after a singular noun as a compound's noun, and leaves a relative clause out of the subject", () => {
    const claim = "the flight engineer who survived is in hospital";
    const clause = readClaim(claim, tokenize(claim));
    expect(clause.subject.map((token) => token.surface)).toEqual(["flight", "engineer"]);
    expect(clause.predicate.map((token) => token.surface)).toEqual(["hospital"]);
    expect(predicate("Varn and the harbour master support the plan")).toEqual(["support"]);
  });

  it("reads the verb after the subject's relative clause, not the relative clause's own", () => {
    const claim = "the man who was shot near Kessel survived";
    const clause = readClaim(claim, tokenize(claim));
    expect(clause.predicate.map((token) => token.surface)).toEqual(["survived"]);
    expect(clause.subject.map((token) => token.surface)).toEqual(["man"]);
    expect(clause.setting.map((token) => token.surface)).toEqual(["who", "was", "shot", "near", "Kessel"]);
    expect(predicate("the company that makes the drones sells them to Varn")).toEqual(["sells"]);
    expect(predicate("the fisherman who survived said the ferry sank")).toEqual(["sank"]);
    // Without a verb after it, the relative clause's verb is the claim's.
    expect(predicate("the man who was shot near Kessel")).toEqual(["shot"]);
  });

  it("reads 'that' as a relative word only before a verb, not as a determiner", () => {
    const claim =
      "at the harbour that day he was told by Varn of a missing ferry, while Ilsa Kest indicated more were missing";
    expect(predicate(claim)).toEqual(["told"]);
  });

  it("finds nothing in a claim without a verb", () => {
    expect(predicate("the new harbour wall")).toEqual([]);
  });
});

const PORT = `Kessel port reopens

Mayor Ilsa Varn visited the Port of Kessel on Monday with the harbour master Otto Brenn.

The port's new crane was built by Halden Works, the harbour master said.`;

const index = buildIndex([parseTxt("port.txt", "port", PORT)], attributeArticle);

describe("sources: a passage that lacks a claim's predicate", () => {
  it("does not support a claim it holds only the names of", () => {
    const answer = sources(index, "Ilsa Varn closed the Port of Kessel");
    expect(answer.verdict).toBe("near");
    expect(answer.results[0]?.missing?.words[0]).toBe("closed");
    expect(sources(index, "Ilsa Varn visited the Port of Kessel").verdict).toBe("supports");
  });

  it("supports it where the passage holds the rest of what the claim says of the names", () => {
    // "with the harbour master" says they met, in other words than the claim's verb: requiring the verb
    // would call it near.
    const met = "Mayor Ilsa Varn met the harbour master Otto Brenn on Monday";
    expect(sources(index, met).verdict).toBe("supports");
    expect(answer(index, met, { kind: "sources" }, REFUSAL, { ...VERDICT, withoutPredicate: 2 }).verdict).toBe("near");
    // A light verb's object carries the claim: "made the port's new crane", where the passage says "built".
    expect(sources(index, "Halden Works made the port's new crane").verdict).toBe("supports");
  });
});

describe("sources: a claim that says what its subject is", () => {
  const DOCKS = `Kessel dockers strike

Striking dockers from Kessel marched through Brenn on Monday.

The guild has many members in the port, and its members meet monthly.

Guild members elected a new chair, and the guild members approved the budget.`;
  const docks = buildIndex([parseTxt("docks.txt", "docks", DOCKS)], attributeArticle);

  it("is not supported by a passage that holds only its subject's words ('striking dockers')", () => {
    const reply = sources(docks, "the striking Kessel dockers are members of the guild");
    expect(reply.verdict).toBe("near");
    expect(reply.results[0]?.missing?.words).toContain("guild");
  });
});

describe("sources: a claim whose predicate is a light verb's object", () => {
  const works = buildIndex(
    [
      parseTxt(
        "works.txt",
        "works",
        `Halden Works apologises

Halden Works extended its apologies to the fishermen of Kessel, a spokesman for the yard said.

The yard's owners met the harbour master on Tuesday.`,
      ),
    ],
    attributeArticle,
  );

  it("reads the light verb apart from the predicate", () => {
    const claim = "Halden Works sent its apologies to the fishermen";
    expect(readClaim(claim, tokenize(claim)).light?.surface).toBe("sent");
    expect(readClaim("Halden Works built the crane", tokenize("Halden Works built the crane")).light).toBeUndefined();
  });

  it("is supported by a passage that says the object with another verb", () => {
    // "sent" is not in the article, and would weigh more than the rest of the claim's words together.
    expect(sources(works, "the yard sent apologies").verdict).toBe("supports");
  });
});

describe("sources: a claim's figure written otherwise", () => {
  it("is held by the same value in words or digits", () => {
    const works = buildIndex(
      [
        parseTxt(
          "works.txt",
          "works",
          `Halden Works

The yard has launched more than twelve ferries since it opened.`,
        ),
      ],
      attributeArticle,
    );
    expect(sources(works, "the yard launched over 12 ferries").verdict).toBe("supports");
    expect(sources(works, "the yard launched over 40 ferries").verdict).not.toBe("supports");
  });
});

describe("sources: a passage that never names the claim's subject", () => {
  const port = buildIndex(
    [
      parseTxt(
        "storm.txt",
        "storm",
        `Storm hits Kessel

The port's new crane was badly damaged on Monday night, the harbour master said.

The fishermen of Kessel asked the council for help on Tuesday.`,
      ),
    ],
    attributeArticle,
  );

  it("does not support a claim about someone its paragraph does not mention", () => {
    expect(sources(port, "the fishermen damaged the port's new crane on Monday night").verdict).toBe("near");
    // The subject is its head noun: "harbour" is in the paragraph, its fishermen are not.
    expect(sources(port, "the harbour's fishermen damaged the port's new crane on Monday night").verdict).toBe("near");
    expect(sources(port, "the port's new crane was badly damaged on Monday night").verdict).toBe("supports");
  });
});

describe("sources: a claim that ranks what it is about", () => {
  const yard = buildIndex(
    [
      parseTxt(
        "yard.txt",
        "yard",
        `Halden Works delivers

Halden Works built a crane for the port of Kessel in March.

The first ferry of the year left Kessel on Friday.`,
      ),
    ],
    attributeArticle,
  );

  it("reads an ordinal right before the verb as when it was done, not as a rank", () => {
    expect(predicate("Halden Works first built a crane for the port")).toEqual(["built"]);
    expect(sources(yard, "Halden Works first built a crane for the port of Kessel in March").verdict).toBe("supports");
  });

  it("is not supported by a passage that does not give the rank", () => {
    expect(sources(yard, "Halden Works built the first crane for the port of Kessel in March").verdict).toBe("near");
    expect(sources(yard, "Halden Works built a crane for the port of Kessel in March").verdict).toBe("supports");
  });
});

/** The words a claim's fallback share leaves out (`ClaimClause.setting`), as written. */
function setting(claim: string): string[] {
  return readClaim(claim, tokenize(claim)).setting.map((token) => token.surface);
}

describe("readClaim: the words that say where or when, or describe the subject", () => {
  it("sets aside phrases of place or time after the verb, and the subject's relative clause", () => {
    expect(setting("Ilsa Varn gave a speech at the harbour's spring party")).toEqual([
      "at",
      "the",
      "harbour's",
      "spring",
      "party",
    ]);
    expect(setting("the fisherman who survived is in hospital in Kessel")).toEqual(["who", "survived", "in", "Kessel"]);
  });

  it("keeps a phrase that says what was done, or that holds the predicate", () => {
    expect(setting("harbour sources put the blast down to sabotage")).toEqual([]);
    expect(setting("162 people were on board the missing ferry")).toEqual([]);
  });
});

describe("sources: a quote that holds only where a claim's event happened", () => {
  const party = buildIndex(
    [
      parseTxt(
        "party.txt",
        "party",
        `Spring in Kessel

Ilsa Varn thanked the crew at the harbour's spring party on Friday.`,
      ),
    ],
    attributeArticle,
  );

  it("does not support what the claim says happened there", () => {
    expect(sources(party, "Ilsa Varn gave a speech at the harbour's spring party on Friday").verdict).toBe("near");
    expect(sources(party, "Ilsa Varn thanked the crew at the harbour's spring party on Friday").verdict).toBe(
      "supports",
    );
  });
});

/** The words of a claim's subject up to its head (`subjectToHead`), as written. */
function toHead(claim: string): string[] {
  const tokens = tokenize(claim);
  return subjectToHead(claim, tokens, readClaim(claim, tokens).subject).map((token) => token.surface);
}

describe("subjectToHead: whom a claim's subject names", () => {
  it("ends at an 'of' after its first noun: the head is what belongs, not whose it is", () => {
    expect(toHead("the identities of the three victims were not released")).toEqual(["identities"]);
    expect(toHead("Ivan's parents were rescued as well")).toEqual(["Ivan's", "parents"]);
  });

  it("keeps every word past another preposition, or where the subject is a clause", () => {
    expect(toHead("one person on the plane survived")).toEqual(["one", "person", "plane"]);
    const clause = "if it devolves into a defense of its plans, it should be a great show";
    expect(toHead(clause)).toEqual(readClaim(clause, tokenize(clause)).subject.map((token) => token.surface));
  });

  const storm = buildIndex(
    [
      parseTxt(
        "storm.txt",
        "storm",
        `Storm hits Kessel

A storm hit the port of Kessel on Monday. Officials said three people died; their identities were not released.

The families of the victims met the mayor on Tuesday, and the council sent help.

The ferry left Kessel on Friday with the harbour master on board.`,
      ),
    ],
    attributeArticle,
  );

  it("lets a passage that names the head support the claim, though it words whose it is otherwise", () => {
    // Its paragraph never names the victims, whose identities the claim is about.
    const answer = sources(storm, "the identities of the three victims were not released");
    expect(answer.verdict).toBe("supports");
    expect(answer.results[0]?.paragraph).toBe(1);
  });
});

/** The object of a claim's verb (`objectOf`), as written. */
function object(claim: string): string[] {
  const tokens = tokenize(claim);
  return objectOf(tokens, readClaim(claim, tokens)).map((token) => token.surface);
}

describe("objectOf: what a claim's verb is done to", () => {
  it("reads the phrase after the verb, names included, up to a preposition", () => {
    expect(object("Varn won the Kessel Prize for her 1965 paper")).toEqual(["Kessel", "Prize"]);
    expect(object("the harbour master blames Varn's cranes on the storm")).toEqual(["Varn's", "cranes"]);
  });

  it("reads none after a passive, a pronoun or a verb that takes none", () => {
    expect(object("the crane was built in 1965")).toEqual([]);
    expect(object("the storm leaves them exposed to floods")).toEqual([]);
    expect(object("Varn went to Kessel")).toEqual([]);
  });

  const works = buildIndex(
    [
      parseTxt(
        "works.txt",
        "works",
        `Halden Works at fifty

The seminal paper on harbour cranes by Ilsa Varn (1965) laid out the rules of lifting.

The Kessel Prize went to a ferry builder in 1970.

Halden Works built a crane for the port of Kessel in March.`,
      ),
    ],
    attributeArticle,
  );

  it("is not supported, without the claim's verb, by a passage that lacks the verb's object", () => {
    expect(sources(works, "Ilsa Varn won the Kessel Prize for her 1965 paper").verdict).toBe("near");
    expect(sources(works, "Ilsa Varn wrote a seminal paper on harbour cranes").verdict).toBe("supports");
  });
});

/** The conjunction that joins a second clause to a claim (`joiningWord`), as written. */
function joining(claim: string): string | undefined {
  const tokens = tokenize(claim);
  return joiningWord(claim, tokens, readClaim(claim, tokens))?.surface;
}

describe("joiningWord: a second clause that says why or when", () => {
  it("finds 'because' or 'after' before a clause of its own", () => {
    expect(joining("the ferry left Kessel because the storm had passed")).toBe("because");
    expect(joining("the harbour was closed after officials said three people died")).toBe("after");
  });

  it("finds none before a phrase without a verb, nor at the claim's start", () => {
    expect(joining("the ferry left Kessel after the storm")).toBeUndefined();
    expect(joining("After the storm the ferry left Kessel")).toBeUndefined();
  });

  const port = buildIndex(
    [
      parseTxt(
        "port.txt",
        "port",
        `Ferry leaves Kessel

The ferry left Kessel on Friday with the harbour master on board, carrying forty passengers to Halden.

The council voted to raise harbour fees for the fishing fleet in the spring.`,
      ),
    ],
    attributeArticle,
  );

  it("is not supported by a passage that states only one of the two clauses", () => {
    const claim = "the ferry left Kessel on Friday with the harbour master on board because the council raised fees";
    expect(sources(port, claim).verdict).not.toBe("supports");
    expect(sources(port, "the ferry left Kessel on Friday with the harbour master on board").verdict).toBe("supports");
  });
});

describe("readClaim: the cause a claim gives in a phrase", () => {
  const cause = (claim: string) => readClaim(claim, tokenize(claim)).cause?.map((t) => t.surface);

  it("reads the phrase after 'because of' or 'due to', up to a comma", () => {
    expect(cause("The mill laid off forty workers because of the drought")).toEqual(["drought"]);
    expect(cause("Ferries were halted due to high winds, the operator said")).toEqual(["high", "winds"]);
  });

  it("reads none where the claim gives no cause", () => {
    expect(cause("The mill laid off forty workers in March")).toBeUndefined();
  });
});
