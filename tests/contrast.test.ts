import { describe, expect, it, vi } from "vitest";
import { relatedTerms } from "../src/answer/bridge.ts";
import { type ContrastInput, clashesAs, contrastOf } from "../src/answer/contrast.ts";
import { consequentOf } from "../src/answer/predicate.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { sources } from "./helpers/answer.ts";

const read = (text: string) => ({ text, tokens: tokenize(text) });

/** A contrast input whose quote is `quote` and whose paragraph goes on with `rest`, read as `contrastOf` reads it. */
function input(claimText: string, quoteText: string, rest: string[], elsewhere = 0.3): ContrastInput {
  const claim = read(claimText);
  const quote = read(quoteText);
  const paragraph = read([quoteText, ...rest].join(" "));
  return {
    claim,
    quote,
    paragraph: () => paragraph,
    claimTerms: new Set(claim.tokens.flatMap((token) => token.terms)),
    inQuote: (token) => (token.terms.some((t) => quote.tokens.some((q) => q.terms.includes(t))) ? 1 : 0),
    inArticle: () => true,
    others: () => {
      let offset = quoteText.length + 1;
      return rest.map((text) => {
        const sentence = { ...read(text), offset };
        offset += text.length + 1;
        return sentence;
      });
    },
    elsewhere,
  };
}

describe("contrastOf: a figure elsewhere in the paragraph", () => {
  const quote = "The old mill stood by the river at Kessel.";
  const rest = ["Its owners rebuilt the mill in 1871, after a fire."];

  it("finds a figure that clashes in another sentence about the same thing, placed against the quote", () => {
    const clash = contrastOf(input("the Kessel mill was rebuilt in 1902", quote, rest));
    expect(clash).toMatchObject({ kind: "date", claim: "1902", article: "1871" });
    const [start, end] = clash?.articleAt ?? [0, 0];
    expect(`${quote} ${rest[0]}`.slice(start, end)).toBe("1871");
  });

  it("does not where that sentence holds too little of the claim, or the knob shuts it", () => {
    expect(contrastOf(input("the Kessel bridge was painted in 1902", quote, rest))).toBeUndefined();
    expect(contrastOf(input("the Kessel mill was rebuilt in 1902", quote, rest, 1.01))).toBeUndefined();
  });

  it("does not take a denial in another sentence as a clash", () => {
    expect(
      contrastOf(input("the owners rebuilt the mill", quote, ["Its owners never rebuilt the mill."])),
    ).toBeUndefined();
  });
});

describe("clashesAs: whether the clash contrastOf finds is of some kinds", () => {
  const figures = new Set(["number", "date", "quantity"] as const);
  const denied = new Set(["negation"] as const);

  it("tells a figure's clash where figures are asked about, and not where denials are", () => {
    const clash = input("the mill was rebuilt in 1902", "The mill was rebuilt in 1871.", []);
    expect(clashesAs(clash, figures)).toBe(true);
    expect(clashesAs(clash, denied)).toBe(false);
  });

  it("tells a denial where denials are asked about, and not where figures are", () => {
    const clash = input("the owners rebuilt the mill", "Its owners never rebuilt the mill.", []);
    expect(contrastOf(clash)?.kind).toBe("negation");
    expect(clashesAs(clash, denied)).toBe(true);
    expect(clashesAs(clash, figures)).toBe(false);
  });

  it("takes no step after the last that can find a clash of those kinds", () => {
    // Another name is looked for by asking whether the article holds each of the claim's words.
    const inArticle = vi.fn(() => true);
    const plain = { ...input("the mill was rebuilt", "The mill stood by the river.", [], 2), inArticle };
    expect(clashesAs(plain, figures)).toBe(false);
    expect(inArticle).not.toHaveBeenCalled();
    expect(contrastOf(plain)).toBeUndefined();
    expect(inArticle).toHaveBeenCalled();
  });

  it("answers for the first clash only: a denial after a figure that clashes is not the clash", () => {
    const both = input("the owners rebuilt the mill in 1902", "Its owners never rebuilt the mill in 1871.", []);
    expect(contrastOf(both)?.kind).toBe("date");
    expect(clashesAs(both, denied)).toBe(false);
    expect(clashesAs(both, new Set([...figures, ...denied]))).toBe(true);
  });
});

describe("contrastOf: units WordNet relates", () => {
  it("holds 'five floors' against 'ten-storey'", () => {
    const clash = contrastOf(input("the tower had five floors", "The ten-storey tower fell.", []));
    expect(clash).toMatchObject({ kind: "number", claim: "five", article: "ten-storey" });
  });
});

describe("contrastOf: spans of time as days", () => {
  it("holds 'a week' against 'three days', and lets 'a week' stand with 'seven days'", () => {
    const mourning = (quote: string) => contrastOf(input("the mayor declared a week of mourning", quote, []));
    expect(mourning("The mayor ordered three days of mourning.")).toMatchObject({ claim: "a week", article: "three" });
    expect(mourning("The mayor ordered seven days of mourning.")).toBeUndefined();
  });
});

describe("sources: another doer elsewhere in the paragraph", () => {
  const HARBOUR = `Kessel harbour reopens

Storms struck the Kessel harbour wall on Monday night, and waves broke over the Kessel harbour wall for hours. The old lighthouse and the pier were badly damaged, and the fishing fleet stayed in port. Engineers from the capital inspected the lighthouse on Tuesday. The Brenn Foundation claimed the work.`;
  const index = buildIndex([parseTxt("harbour.txt", "harbour", HARBOUR)], attributeArticle);

  it("holds the claim's doer against another who does its verb in a sentence the quote left out", () => {
    const first = sources(index, "Otto Varn claimed the work on the Kessel harbour wall").results[0];
    expect(first?.verdict).toBe("contradicts");
    expect(first?.contrast).toMatchObject({ kind: "actor", claim: "Otto Varn", article: "Brenn Foundation" });
    // The quote is widened to the clashing sentence, so the words the reply says the article says are shown.
    expect(first?.quote).toMatch(/^Storms struck .* The Brenn Foundation claimed the work\.$/su);
    const [start, end] = first?.contrast?.articleAt ?? [0, 0];
    expect(first?.quote.slice(start, end)).toBe(first?.contrast?.article);
  });
});

describe("sources: a doer whose name is also a word", () => {
  const MILL = `The Kessel mill

The Kessel mill is the oldest building of the town. It was commissioned by Crane, the abbot of Kessel, in the spring.`;
  const index = buildIndex([parseTxt("mill.txt", "mill", MILL)], attributeArticle);

  it("holds a capitalized word after 'by' as another doer, though WordNet knows 'crane'", () => {
    const first = sources(index, "Otto Varn commissioned the Kessel mill").results[0];
    expect(first?.verdict).toBe("contradicts");
    expect(first?.contrast).toMatchObject({ kind: "actor", claim: "Otto Varn", article: "Crane" });
  });
});

describe("contrastOf: a place in the claim's role", () => {
  const place = (claimText: string, quoteText: string) => contrastOf(input(claimText, quoteText, []));

  it("holds a place before the same noun, and one after the claim's verb, against the claim's", () => {
    expect(place("the ferry docked at oslo harbour", "Bergen Harbour saw the ferry dock at noon.")).toMatchObject({
      kind: "place",
      claim: "oslo",
      article: "Bergen",
    });
    expect(
      place("the fleet landed in Norway", "The fleet, landing on the western shores of Sweden, met no one."),
    ).toMatchObject({
      kind: "place",
      claim: "Norway",
      article: "Sweden",
    });
  });

  it("does not where the paragraph names the claim's place too, or the other place is not in the verb's clause", () => {
    expect(
      place("the fleet landed in Norway", "The fleet landed in Sweden and then sailed on to Norway."),
    ).toBeUndefined();
    expect(place("the fleet landed in Norway", "The fleet landed. Sweden was far away.")).toBeUndefined();
  });
});

describe("contrastOf: a denied presence", () => {
  const presence = (quoteText: string) => contrastOf(input("Otto Varn has never been to Kessel", quoteText, []));

  it("holds 'never been to' a place against a verb that takes the place", () => {
    expect(presence("In 1994 the mayor visited Kessel twice.")).toMatchObject({
      kind: "negation",
      claim: "never been",
      article: "visited Kessel",
    });
    expect(contrastOf(input("Otto Varn isn't in Kessel", "Otto Varn arrived in Kessel on Monday.", []))).toMatchObject({
      kind: "negation",
      article: "arrived in Kessel",
    });
  });

  it("does not where the quote only names the place, or denies the visit too", () => {
    expect(presence("Boats came from the Kessel harbour.")).toBeUndefined();
    expect(presence("The mayor never visited Kessel.")).toBeUndefined();
  });
});

describe("contrastOf: vague shares against percentages", () => {
  const share = (claimText: string) =>
    contrastOf(input(claimText, "In Kessel, 70% of the fishermen voted for the wall.", []));

  it("holds 'a handful' against 70%, and lets 'most' stand with it", () => {
    expect(share("a handful of the Kessel fishermen voted for the wall")).toMatchObject({
      kind: "quantity",
      claim: "a handful",
      article: "70%",
    });
    expect(share("most Kessel fishermen voted for the wall")).toBeUndefined();
  });
});

describe("contrastOf: a denial scoped to the claim's predicate", () => {
  const scoped = (claimText: string, quoteText: string, predicate: string) =>
    contrastOf({ ...input(claimText, quoteText, []), predicate: new Set(tokenize(predicate).flatMap((t) => t.terms)) });

  it("does not take a denial of a shared noun in a sentence without the predicate as a clash", () => {
    const quote = "Every boat of the fleet can be towed to Kessel. Thus no boat of the fleet is larger than the ferry.";
    expect(contrastOf(input("every boat of the fleet can be towed to Kessel", quote, []))?.kind).toBe("negation");
    expect(scoped("every boat of the fleet can be towed to Kessel", quote, "towed")).toBeUndefined();
  });

  it("still takes a denial of the predicate, or of a noun in the predicate's sentence", () => {
    expect(scoped("the owners rebuilt the mill", "The owners never rebuilt the mill.", "rebuilt")?.kind).toBe(
      "negation",
    );
    expect(scoped("inspectors found rust on the pier", "Inspectors found no rust on the pier.", "found")?.kind).toBe(
      "negation",
    );
  });
});

describe("contrastOf: a denial of what the predicate causes or follows from", () => {
  /** The contrast with the claim's predicate (the word `predicate` of the claim) linked by cause or entailment. */
  const linked = (claimText: string, quoteText: string, predicate: string) => {
    const base = input(claimText, quoteText, []);
    const verb = base.claim.tokens.filter((token) => token.surface === predicate);
    return contrastOf({ ...base, consequent: consequentOf(verb, base.claimTerms) });
  };

  it("takes a denial of the event the claim's verb causes as a denial of the claim", () => {
    const clash = linked("fishermen were killed at Kessel", "No deaths were reported at Kessel.", "killed");
    expect(clash?.kind).toBe("negation");
    expect(clash?.claim).toBe("killed");
    expect(clash?.article).toBe("No deaths");
    expect(
      contrastOf(input("fishermen were killed at Kessel", "No deaths were reported at Kessel.", [])),
    ).toBeUndefined();
  });

  it("takes the claim's denial as denied by a quote stating that event", () => {
    expect(linked("no fishermen were killed at Kessel", "Three fishermen died at Kessel.", "killed")?.kind).toBe(
      "negation",
    );
  });

  it("takes the denial only where its clause speaks of the claim's case and no clause states the event for it", () => {
    const quote = "Two sailors at Kessel died; no deaths were reported in the harbour.";
    expect(linked("fishermen were killed in the harbour", quote, "killed")?.kind).toBe("negation");
    expect(linked("fishermen were killed at Kessel", quote, "killed")).toBeUndefined();
    expect(linked("fishermen were killed", "No deaths were reported.", "killed")).toBeUndefined();
  });

  it("does not take a denial of another case as the quote denying alike", () => {
    const quote = "Two sailors at Kessel died; no deaths were reported in the harbour.";
    expect(linked("no sailors were killed at Kessel", quote, "killed")?.kind).toBe("negation");
  });

  it("finds no clash where both state the event", () => {
    expect(linked("fishermen were killed at Kessel", "Three fishermen died at Kessel.", "killed")).toBeUndefined();
  });
});

describe("contrastOf: a figure against a range", () => {
  const rubble = (claimText: string) =>
    contrastOf(input(claimText, "Rescuers said between 36 and 40 people were under the Kessel rubble.", []));

  it("lets a figure within the range stand, and holds one outside it against the range", () => {
    expect(rubble("38 people were under the Kessel rubble")).toBeUndefined();
    expect(rubble("50 people were under the Kessel rubble")).toMatchObject({ claim: "50", article: "36 and 40" });
  });
});

describe("contrastOf: a bounded figure and the rest of the article", () => {
  const rubble = "Rescuers said between 36 and 40 people were under the Kessel rubble.";

  it("holds a bound as the values it reaches against a range: 'over 30' fits '36 to 40', 'over a thousand' does not", () => {
    expect(contrastOf(input("over 30 people were under the Kessel rubble", rubble, []))).toBeUndefined();
    expect(contrastOf(input("over a thousand people were under the Kessel rubble", rubble, []))).toMatchObject({
      claim: "a thousand",
      article: "36 and 40",
    });
  });

  it("lets a figure clash stand only where no other paragraph of the article gives the claim's figure", () => {
    const claim = "over a thousand people lived in the Kessel block";
    const elsewhere = [read("The block was home to over 1,000 people.")];
    expect(contrastOf({ ...input(claim, rubble, []), article: () => elsewhere })).toBeUndefined();
    expect(
      contrastOf({ ...input(claim, rubble, []), article: () => [read("The block had ten floors.")] }),
    ).toMatchObject({
      kind: "number",
    });
  });
});

describe("contrastOf: a date and the rest of the article", () => {
  it("lets a year clash stand though another paragraph names the claim's year for something else", () => {
    const claim = "the Kessel mill was rebuilt in 1902";
    const elsewhere = [read("In 1902 the town built a school.")];
    expect(
      contrastOf({ ...input(claim, "Its owners rebuilt the Kessel mill in 1871.", []), article: () => elsewhere }),
    ).toMatchObject({ kind: "date", claim: "1902", article: "1871" });
  });
});

describe("contrastOf: a negative pronoun denies its clause's verb", () => {
  /** The contrast with the claim's predicate read as the word `verb` and those WordNet relates to it. */
  const denying = (claimText: string, quoteText: string, verb: string) => ({
    ...input(claimText, quoteText, []),
    predicate: new Set([...tokenize(verb).flatMap((token) => token.terms), ...relatedTerms(verb)]),
  });

  it("takes 'nobody ... died' as denying the death, however far the verb, not the words between", () => {
    const quote = "Two fishermen died at sea; no deaths were reported in the harbour.";
    expect(contrastOf(denying("nobody in the harbour died", quote, "died"))).toBeUndefined();
    // Read without its verb, as before: the denial took "harbour", which the quote states.
    expect(contrastOf(input("nobody in the harbour died", quote, []))?.kind).toBe("negation");
    expect(contrastOf(denying("nobody at sea died", quote, "died"))).toMatchObject({
      kind: "negation",
      article: "died",
    });
  });

  it("does not read the 'one' of 'no one' as what is denied", () => {
    const quote = "All but one of the crew came home; no deaths were reported in the harbour.";
    expect(contrastOf(denying("no one in the harbour died", quote, "died"))).toBeUndefined();
  });
});

describe("contrastOf: which figure of the article agrees, and which clashes", () => {
  /** `input`, with the article's other paragraphs `others`. */
  const withArticle = (claim: string, quote: string, others: string[]) => ({
    ...input(claim, quote, []),
    article: () => others.map(read),
  });

  it("holds an exact figure against the quote's though the article elsewhere gives a word's range that fits it", () => {
    const clash = contrastOf(
      withArticle("84 percent of members back the plan", "Of the members, 74 percent back the plan.", [
        "Most members of the other party were against it.",
      ]),
    );
    expect(clash).toMatchObject({ kind: "quantity", claim: "84", article: "74" });
  });

  it("holds a count against the quote's though the article elsewhere gives a figure that counts nothing said", () => {
    const clash = contrastOf(
      withArticle("30 ships and 50 aircraft searched the bay", "Around 30 ships and 21 aircraft searched the bay.", [
        "The bay is only 50 to 100 (150 to 300 feet) metres deep.",
      ]),
    );
    expect(clash).toMatchObject({ kind: "number", claim: "50", article: "21" });
    // A figure elsewhere that counts the claim's thing still says the quote's is of another.
    expect(
      contrastOf(
        withArticle("50 aircraft searched the bay", "Around 21 aircraft searched the bay on Monday.", [
          "By Tuesday 50 aircraft had joined.",
        ]),
      ),
    ).toBeUndefined();
  });

  it("names, of two clashing figures, the one with the claim's words around it", () => {
    const clash = contrastOf(
      input(
        "84 percent of Republican insiders expect Pence to win",
        "All Democratic insiders, 97 percent, back Kaine. In comparison, three in four Republicans, 74 percent, think Pence will win.",
        [],
      ),
    );
    expect(clash).toMatchObject({ claim: "84", article: "74" });
  });
});

describe("contrastOf: a denial both sides make", () => {
  it("takes no clash where the claim's 'nothing' denies the word the quote's does", () => {
    const sentence = "Divers searched the bay but found nothing connected to the missing boat, the coastguard said.";
    // The claim's predicate, which its "nothing" does not govern.
    const predicate = new Set(read("searched").tokens.flatMap((token) => token.terms));
    expect(contrastOf({ ...input(sentence, sentence, []), predicate })).toBeUndefined();
    // A quote that denies what the claim states still clashes.
    expect(
      contrastOf(
        input("the wreck was connected to the missing boat", "Nothing was connected to the missing boat.", []),
      ),
    ).toMatchObject({ kind: "negation" });
  });
  it("still clashes where the quote denies a word of the claim only in a sentence without its predicate", () => {
    const claim = "New rules on emissions in 1990 did not prompt plant operators to burn Kessel coal";
    const quote =
      "New rules on emissions in 1990 prompted plant operators to burn Kessel coal. Until recently, operators did not have to install emissions-control technology because Kessel coal burns cleanly.";
    const predicate = new Set(read("prompt").tokens.flatMap((token) => token.terms));
    expect(contrastOf({ ...input(claim, quote, []), predicate })).toMatchObject({
      kind: "negation",
      claim: "not prompt",
      article: "prompted",
    });
  });
});

describe("contrastOf: an opposite in the sentence that says the claim best", () => {
  const quote =
    "Kessel fought and lost a bitter war in Brenn. Later Kessel won the war in Ardia, and its king granted Ardia a charter.";

  it("holds the opposite where the quote has the claim's word only in a sentence that says less of the claim", () => {
    expect(contrastOf(input("Kessel lost the war in Ardia", quote, []))).toMatchObject({
      kind: "antonym",
      claim: "lost",
      article: "won",
    });
  });

  it("does not where the sentence with the claim's word says as much of it, or where the claim denies", () => {
    expect(contrastOf(input("Kessel lost the war in Brenn", quote, []))).toBeUndefined();
    expect(contrastOf(input("Kessel never lost a war", quote, []))?.kind).not.toBe("antonym");
  });
});

describe("contrastOf: two denials that cancel", () => {
  it("reads 'did not fail to' as stating what 'fail to' governs, against a quote that fails to", () => {
    const quote = "In these first raids, the Vikings failed to make any headway into Kessel.";
    expect(contrastOf(input("the Vikings did not fail to make headway into Kessel", quote, []))).toMatchObject({
      kind: "negation",
    });
    expect(contrastOf(input("the Vikings never failed to make headway into Kessel", quote, []))).toMatchObject({
      kind: "negation",
    });
    // Stated as the quote states it, it agrees.
    expect(contrastOf(input("the Vikings failed to make headway into Kessel", quote, []))).toBeUndefined();
  });
});

describe("contrastOf: a comparison of amount reversed", () => {
  it("holds 'more ... than' against 'fewer ... than', and leaves bounds on figures to the values", () => {
    const clash = contrastOf(
      input(
        "Kessel has closed more coal plants than Brenn",
        "Kessel has closed fewer coal-fired plants than Brenn.",
        [],
      ),
    );
    expect(clash).toMatchObject({ kind: "antonym", claim: "more", article: "fewer" });
    expect(
      contrastOf(input("Kessel closed more than 30 coal plants", "Kessel closed fewer than 40 coal plants.", [])),
    ).toBeUndefined();
  });
});

describe("contrastOf: an antonym within a name", () => {
  it("takes no clash from a word of a name of several words ('New' in 'The New York Times')", () => {
    expect(
      contrastOf(
        input(
          "Kessel blames the fire on an old grudge",
          "In a letter obtained by The New York Times, Kessel blames the fire on a grudge.",
          [],
        ),
      ),
    ).toBeUndefined();
  });

  it("still holds the antonym where it stands alone, or where the claim's word names too", () => {
    expect(
      contrastOf(input("Kessel blames the fire on an old grudge", "Kessel blames the fire on a new grudge.", [])),
    ).toMatchObject({ kind: "antonym", claim: "old", article: "new" });
    expect(
      contrastOf(input("South Kessel blamed the fire on Brenn", "North Kessel blamed the fire on Brenn.", [])),
    ).toMatchObject({ kind: "antonym", claim: "South", article: "North" });
  });
});

describe("contrastOf: the claim's predicate held only for another doer", () => {
  const claim = "Kessel praises the harbour plan";
  const quote = "Kessel has criticized the harbour plan, which is praised by armed groups.";
  const withPredicate = (byOthers: boolean): ContrastInput => ({
    ...input(claim, quote, []),
    predicate: new Set(tokenize("praises").flatMap((token) => token.terms)),
    predicateByOthers: byOthers,
  });

  it("takes the quote's antonym of the predicate where the quote has the predicate itself only for someone else", () => {
    expect(contrastOf(withPredicate(true))).toMatchObject({ kind: "antonym", claim: "praises", article: "criticized" });
  });

  it("takes none where the quote may say the claim's subject does it", () => {
    expect(contrastOf(withPredicate(false))).toBeUndefined();
  });
});

describe("contrastOf: another light verb denied before the claim's object", () => {
  const withLight = (claim: string, quote: string) => {
    const base = input(claim, quote, []);
    const light = base.claim.tokens.find((token) => token.surface === "gave");
    return contrastOf({ ...base, ...(light && { light }) });
  };

  it("takes 'not going to offer ... advice' as denying 'gave ... advice'", () => {
    expect(
      withLight("Otto gave Brenn advice on the harbour", "“I am not going to offer Brenn advice,” Otto said."),
    ).toMatchObject({
      kind: "negation",
      claim: "gave",
    });
  });

  it("does not where the claim's object does not follow the denied light verb", () => {
    expect(
      withLight(
        "Otto gave Brenn advice on the harbour",
        "Otto would not hold talks with Brenn or the council, and gave advice.",
      ),
    ).toBeUndefined();
  });
});

describe("contrastOf: a light verb a claim denies", () => {
  it("is not stated by a word one of its WordNet senses shares ('give' for 'open')", () => {
    const claim = "the port refused to give the guild the names of its dockers";
    expect(
      contrastOf(input(claim, "The guild has an open mind about the names of the port's dockers.", [])),
    ).toBeUndefined();
    expect(contrastOf(input(claim, "The port gave the guild the names of its dockers.", []))).toMatchObject({
      kind: "negation",
    });
  });
});

describe("contrastOf: what a claim denies, stated in the quote", () => {
  /** The contrast with the claim's subject read as the terms of `about`. */
  const about = (claimText: string, quoteText: string, rest: string[], subject: string) => ({
    ...input(claimText, quoteText, rest),
    subject: new Set(tokenize(subject).flatMap((token) => token.terms)),
  });

  it("takes it as stated only in a sentence that names whom the claim is about, or a person by a pronoun", () => {
    const claim = "the Kessel agency did not say who started the fire";
    const other = "Mayor Otto Varn said the fire started in the mill.";
    expect(contrastOf(about(claim, other, [], "agency"))).toBeUndefined();
    expect(
      contrastOf(about(claim, "The Kessel agency said the fire started in the mill.", [], "agency")),
    ).toMatchObject({ kind: "negation", article: "said" });
    expect(contrastOf(about("Varn did not visit the mill", "He visited the mill on Monday.", [], "Varn"))?.kind).toBe(
      "negation",
    );
    // Where whom the claim is about is not known, any sentence states it, as before.
    expect(contrastOf(input(claim, other, []))?.kind).toBe("negation");
  });

  it("does not take it as stated where the quote has the predicate only for someone else (`predicateByOthers`)", () => {
    const quote = "Mayor Otto Varn approved the plan for the Kessel mill.";
    const claim = "the council did not approve the plan for the Kessel mill";
    expect(contrastOf(input(claim, quote, []))?.kind).toBe("negation");
    expect(contrastOf({ ...input(claim, quote, []), predicateByOthers: true })).toBeUndefined();
  });

  it("finds no clash where the quote's paragraph denies the word as the claim does", () => {
    const quote = "The barge drifted into the Kessel sheds.";
    const rest = ["Nobody was in the sheds, the harbour master said."];
    expect(contrastOf(input("nobody was in the sheds", quote, rest))).toBeUndefined();
    expect(contrastOf(input("nobody was in the sheds", quote, []))?.kind).toBe("negation");
  });
});

describe("contrastOf: the claim's predicate denied beside the quote", () => {
  /** `input` with the claim's predicate read as `verb` and whom it is about as `subject`. */
  const beside = (claimText: string, quoteText: string, rest: string[], verb: string, subject: string) => ({
    ...input(claimText, quoteText, rest, 0.25),
    predicate: new Set([...tokenize(verb).flatMap((token) => token.terms), ...relatedTerms(verb)]),
    subject: new Set(tokenize(subject).flatMap((token) => token.terms)),
  });
  const quote = "The Kessel register records the ships of the harbour and their owners.";

  it("finds a denial of the predicate in a sentence naming the subject, or opening with 'it', moved against the quote", () => {
    const rest = ["It does not, however, list the barge Marta."];
    const clash = contrastOf(beside("the Kessel register lists the barge Marta", quote, rest, "lists", "register"));
    expect(clash).toMatchObject({ kind: "negation", claim: "lists", article: "not, however, list" });
    const [start, end] = clash?.articleAt ?? [0, 0];
    expect(`${quote} ${rest[0]}`.slice(start, end)).toBe("not, however, list");
  });

  it("does not where the denial is of another word, the sentence is about someone else, or the claim denies", () => {
    const other = ["The mayor does not list the barge Marta."];
    expect(
      contrastOf(beside("the Kessel register lists the barge Marta", quote, other, "lists", "register")),
    ).toBeUndefined();
    const owner = ["It does not name the owner of the barge Marta."];
    expect(
      contrastOf(beside("the Kessel register names the barge Marta", quote, owner, "records", "register")),
    ).toBeUndefined();
    expect(
      contrastOf(
        beside(
          "the Kessel register does not list the barge Marta",
          quote,
          ["It does not list the barge Marta."],
          "list",
          "register",
        ),
      ),
    ).toBeUndefined();
  });
});

describe("contrastOf: a denied light verb or verb of belief, stated by the words after it", () => {
  it("takes the words after it, all in one sentence of the quote, as stating what the claim denies", () => {
    const quote = "Marta was rescued alive and flown to Kessel for treatment.";
    expect(contrastOf(input("Marta was not taken to Kessel for treatment", quote, []))).toMatchObject({
      kind: "negation",
      claim: "not taken",
      article: "Kessel",
    });
    const found = "Mayor Varn found the closure of the mill justified.";
    expect(contrastOf(input("Varn didn't think the closure was justified", found, []))?.kind).toBe("negation");
  });

  it("does not where the quote lacks one of them, or they are names only", () => {
    expect(contrastOf(input("Marta was not taken to Kessel for treatment", "Marta stayed in Kessel.", []))).toBe(
      undefined,
    );
    const prize = "The Kessel problem is one of the Varn Prize Problems.";
    expect(contrastOf(input("the Kessel board has never paid out a Varn Prize", prize, []))).toBeUndefined();
  });
});

describe("contrastOf: what the claim or its article says itself", () => {
  const terms = (text: string) => new Set(tokenize(text).flatMap((token) => token.terms));

  it("finds a denied predicate stated in another sentence of the paragraph, by the claim's subject", () => {
    const claim = "Kessel did not sell the mill";
    const quote = "The old mill stood by the river.";
    const rest = ["The mill, which was sold by Kessel in 1871, burned down."];
    const found = contrastOf({ ...input(claim, quote, rest), predicate: terms("sell"), subject: terms("Kessel") });
    expect(found).toMatchObject({ kind: "negation", claim: "not sell", article: "sold" });
    const byOthers = { ...input(claim, quote, rest), predicate: terms("sell"), byOthers: () => true };
    expect(contrastOf(byOthers)).toBeUndefined();
  });

  it("does not take a denial the claim makes itself, by another negator, as the quote meeting its denial", () => {
    const quote = "Searchers had investigated the area but had found nothing connected to the plane.";
    const claim = "Searchers had not investigated the area but had found nothing connected to the plane";
    expect(contrastOf({ ...input(claim, quote, []), predicate: terms("investigated") })).toMatchObject({
      kind: "negation",
      claim: "not investigated",
      article: "investigated",
    });
    const alike = "Searchers had found nothing connected to the plane and had not investigated the area.";
    expect(contrastOf({ ...input(claim, alike, []), predicate: terms("investigated") })).toBeUndefined();
  });

  it("reads a stop word's opposite where it stands as a main verb with its object", () => {
    const quote = "The council said the town would have a new harbour wall.";
    expect(contrastOf(input("the town would lack a new harbour wall", quote, []))).toMatchObject({
      kind: "antonym",
      claim: "lack",
      article: "have",
    });
    const auxiliary = "The council said the town would have built a new harbour wall.";
    expect(contrastOf(input("the town would lack a new harbour wall", auxiliary, []))).toBeUndefined();
  });

  it("takes no antonym for a clash where the claim writes the quote's word as often as the quote", () => {
    const quote = "The mayor said she would break up the old deal.";
    expect(contrastOf(input("the mayor will keep the tax and break up the old deal", quote, []))).toBeUndefined();
    expect(contrastOf(input("the mayor will keep the old deal", quote, []))).toMatchObject({
      kind: "antonym",
      claim: "keep",
      article: "break",
    });
  });

  it("takes the headline's figure as the paragraph's", () => {
    const claim = "the mill fire killed dozens of workers";
    const quote = "The mill fire killed three workers.";
    expect(contrastOf(input(claim, quote, []))).toMatchObject({ kind: "number", claim: "dozens" });
    expect(
      contrastOf({ ...input(claim, quote, []), headline: () => read("Mill fire kills dozens of workers") }),
    ).toBeUndefined();
  });

  it("takes a date the article gives where it says what the claim does as agreeing", () => {
    const claim = "the mill burned on Monday";
    const quote = "Work at the mill stopped on Tuesday.";
    const base = { ...input(claim, quote, []), predicate: terms("burned") };
    expect(contrastOf(base)).toMatchObject({ kind: "date", claim: "Monday", article: "Tuesday" });
    expect(contrastOf({ ...base, article: () => [read("The mill burned on Monday.")] })).toBeUndefined();
    expect(contrastOf({ ...base, article: () => [read("The town met on Monday.")] })).toMatchObject({ kind: "date" });
  });
});
