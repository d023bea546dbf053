import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { sources } from "./helpers/answer.ts";

const COLLAPSE = `Magnitogorsk apartment house collapses after explosion

An apartment house collapsed on Monday in Magnitogorsk, a city in the Ural region. A gas leak led to an explosion.

The 1973 building was home to over 1,000 people; 48 apartments were damaged. The building was evacuated.

Rescuers worked through the night in the cold.`;

const STORM = `Storm closes Elling port

A storm closed the port of Elling on Monday. Ships waited outside the harbour, and a row of flats lost power.

The port reopened on Tuesday, and the city built a new sea wall.`;

const COUNCIL = `Elling council meets

The council of Elling met on Wednesday to plan the new school. The mayor spoke first, and the works begin in spring.`;

const index = buildIndex(
  [
    parseTxt("collapse.txt", "collapse", COLLAPSE),
    parseTxt("storm.txt", "storm", STORM),
    parseTxt("council.txt", "council", COUNCIL),
  ],
  attributeArticle,
);

describe("sources: a name that its article's headline holds counts as much as one the article holds", () => {
  it("finds the clash in a paragraph that leaves the name to the headline and the lead", () => {
    const answer = sources(index, "the Magnitogorsk flats were built in 1990");
    expect(answer.verdict).toBe("contradicts");
    expect(answer.results[0]).toMatchObject({ articleId: "collapse", paragraph: 2, contrast: { kind: "date" } });
  });
});
