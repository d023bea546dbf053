import { describe, expect, it } from "vitest";
import { attributeArticle } from "../src/attribution/extract.ts";
import { sourceIndex } from "../src/attribution/sources.ts";
import type { Attribution } from "../src/attribution/types.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import type { Article } from "../src/corpus/types.ts";

function article(...paragraphs: string[]): Article {
  return parseTxt("invented.txt", "invented", `An invented headline\n\n${paragraphs.join("\n\n")}\n`);
}

/** Every attribution of an invented article, paragraph by paragraph: the union of its sentences'. */
function attribute(...paragraphs: string[]): Attribution[][] {
  return attributeArticle(article(...paragraphs)).map((sentences) => sentences.flat());
}

/** The sources of each paragraph, with the form the article used at the cue where it differs. */
function sources(...paragraphs: string[]): string[][] {
  return attribute(...paragraphs).map((list) => list.map((a) => (a.surface ? `${a.source} [${a.surface}]` : a.source)));
}

describe("names stay whole across abbreviations and initials", () => {
  it("keeps a title's abbreviation and a middle initial in the name, before and after the verb", () => {
    expect(
      sources(
        "The plan had failed, Mr. Reeves said.",
        "“The plan had failed,” said Mr. Reeves, an aide.",
        "Defense Secretary Robert M. Gates said the war was going well.",
        "State Sen. Dana F. Ortiz (D-Essex) said the bill was dead.",
        "U.S. officials said the talks would resume.",
      ),
    ).toEqual([
      ["Mr. Reeves"],
      ["Mr. Reeves"],
      ["Defense Secretary Robert M. Gates"],
      ["State Sen. Dana F. Ortiz (D-Essex)"],
      ["U.S. officials"],
    ]);
  });

  it("keeps the punctuation of a contraction in place, so a quotation ending in one does not join the name", () => {
    expect(sources("“And he didn’t,” Ortiz said in a phone interview.")).toEqual([["Ortiz"]]);
  });

  it("takes 'Name, a description told' for the name even where the closing comma is missing", () => {
    const [first] = attribute(
      "“It is an inland sea,” Erik van Sebille, an oceanographer at the University of Lund told Reuters.",
    );
    expect(first?.[0]?.source).toBe("Erik van Sebille");
  });

  it("takes a name after a description of it ('its president, Ana Ruiz') and a name with several appositions", () => {
    expect(
      sources(
        "Texas led the recovery, according to a study cited by its president, Ana Ruiz.",
        "Tom Keller, 40, of Opelika, Alabama, who works at a diner, said the jobs were gone.",
      ),
    ).toEqual([["a study", "Ana Ruiz"], ["Tom Keller"]]);
  });
});

describe("only someone or something that can speak is a source", () => {
  it("takes no source from a subject the sentence denies", () => {
    expect(
      sources("No group claimed responsibility for the attack.", "Neither side said when talks would resume."),
    ).toEqual([[], []]);
  });

  it("takes no source from a report asked about, or from a raised passive", () => {
    expect(
      sources(
        "Asked if he believed the witnesses, Ortiz said they had lied.",
        "Neither the gunman, nor a man believed to have accompanied him, has been found, Lt. Ana Ruiz said.",
        "Residents told the press the officers claimed to be seeking a bomb.",
      ),
    ).toEqual([["Ortiz"], ["Lt. Ana Ruiz"], ["Residents"]]);
    expect(attribute("Residents told the press the officers claimed to be seeking a bomb.")[0]?.[0]?.citing).toEqual([
      "the officers",
    ]);
  });

  it("reads a reporting word used as a noun or as a word of a phrase as no report", () => {
    expect(
      sources(
        "He broke his campaign promise based on one conversation.",
        "She wrote that he would wait in front of her mother’s house and the driver replied that he was ready.",
      ),
    ).toEqual([[], ["the driver"]]);
  });

  it("takes any noun phrase that says something for a source ('the president-elect said', 'insiders said')", () => {
    expect(
      sources(
        "In an interview, the president-elect said the general had changed his mind.",
        "So far, insiders said, the governor has done well.",
        "The water is shallow, say oceanographers, but the currents are strong.",
      ),
    ).toEqual([["the president-elect"], ["insiders"], ["oceanographers"]]);
  });
});

describe("verbs that report only with words around them", () => {
  it("takes 'noted that', 'observed', 'asked' and 'data show' where words or a clause go with them", () => {
    expect(
      sources(
        "For instance, Ortiz noted that the mayor had declined.",
        "“It looks strategic,” a Colorado Democrat observed.",
        "Asked a Pennsylvania Republican: “Is it just me?”",
        "“He gets down with the people,” added a Florida Democrat.",
        "Hourly earnings rose 2 percent, Labor Department data show.",
      ),
    ).toEqual([
      ["Ortiz"],
      ["a Colorado Democrat"],
      ["a Pennsylvania Republican"],
      ["a Florida Democrat"],
      ["Labor Department data"],
    ]);
  });

  it("takes none where the verb has its other sense", () => {
    expect(
      sources(
        "The firm added 200 jobs last year.",
        "He asked her to leave the room.",
        "The video shows a fire near the port.",
        "Companies seek bids for new construction projects, Ortiz said.",
        "Over 1,000 rescuers responded.",
      ),
    ).toEqual([[], [], [], ["Ortiz"], []]);
  });
});

describe("a report inside another source's claim", () => {
  it("makes its speaker whom the outer source relies on, not a source of its own", () => {
    const [first] = attribute(
      "Defense attorney Nic Cocis said Avalos did not plan the attack. Avalos believed he would be beaten up, not shot, Cocis said.",
    );
    expect(first?.map((a) => a.source)).toEqual(["Defense attorney Nic Cocis", "Defense attorney Nic Cocis"]);
    expect(first?.[1]?.citing).toEqual(["Avalos"]);
  });
});

describe("one person, one source, under the fullest name the article gives", () => {
  it("takes a surname or a title with it for the person named in full, however far back", () => {
    expect(
      sources(
        "President Marian Holt visited the port on Monday.",
        "Dock workers said they were glad.",
        "The unions agreed.",
        "Shipping firms said the visit went well.",
        "Mrs. Holt said the port would grow. “We will build,” she said.",
        "Later, President Holt said the money was ready.",
        "Holt added that work would start in May.",
      ).slice(4),
    ).toEqual([
      ["President Marian Holt [Mrs. Holt]", "President Marian Holt [she]"],
      ["President Marian Holt [President Holt]"],
      ["President Marian Holt [Holt]"],
    ]);
  });

  it("names a person by a fuller name the article gives only later, and lists them once in the source index", () => {
    const text = article(
      "Mr. Tolland said the vote would be close.",
      "Senate leader Peter Tolland said on Tuesday that he had the votes.",
    );
    const attribution = attributeArticle(text);
    expect(attribution.flat(2).map((a) => a.source)).toEqual([
      "Senate leader Peter Tolland",
      "Senate leader Peter Tolland",
    ]);
    expect(sourceIndex(text, attribution).map((entry) => entry.source)).toEqual(["Senate leader Peter Tolland"]);
  });

  it("finds the full name in the article's text where the tagger did not know it for a person's", () => {
    expect(
      sources(
        "A jury found Tavish Orrin guilty on Monday.",
        "Orrin said he would appeal.",
        "He also said: “I am sorry.”",
      ).slice(1),
    ).toEqual([["Tavish Orrin [Orrin]"], ["Tavish Orrin [He]"]]);
  });

  it("keeps two people who share a surname apart", () => {
    expect(
      sources(
        "Rep. Ron Ashby said the bill would pass.",
        "Sen. Rand Ashby said it would not.",
        "Ashby later said he was wrong.",
      ),
    ).toEqual([["Rep. Ron Ashby"], ["Sen. Rand Ashby"], ["Sen. Rand Ashby [Ashby]"]]);
  });
});

describe("he and she", () => {
  it("agree with the person's sex, as a title, a word or a given name tells it", () => {
    expect(
      sources(
        "Judy Avalos was arrested at the hospital. Her boyfriend told investigators he had been shot at.",
        "When investigators questioned Avalos, she said she had dreamt it. She denied any part in it.",
      ),
    ).toEqual([["Her boyfriend"], ["Judy Avalos [she]", "Judy Avalos [She]"]]);
  });

  it("learn a person's sex from a pronoun that stood for them", () => {
    expect(
      sources(
        "Kisha Renner, who works at Dunmore Field, said the pay was low.",
        "“We hardly get breaks,” she said.",
        "Omar Lind, a baggage handler, agreed. “It is hard,” she said.",
      ).slice(1),
    ).toEqual([["Kisha Renner [she]"], ["Kisha Renner [she]"]]);
  });

  it("prefer whom the sentence or clause was about over a name inside a relative clause", () => {
    expect(
      sources("Lena Ortiz, who works with Sam Keel at the port, said the cranes had failed.", "“We saw it,” she said."),
    ).toEqual([["Lena Ortiz"], ["Lena Ortiz [she]"]]);
  });

  it("do not take 'the mayor' for whoever was named last", () => {
    expect(sources("The judge called the fine appropriate.", "Fine, the mayor said, let them come.")).toEqual([
      ["The judge"],
      ["the mayor"],
    ]);
  });
});

describe("a quotation announced by a report ending in a colon", () => {
  it("takes the report's source, relying on whom the quotation itself names", () => {
    const [, first, second] = attribute(
      "Defense attorney Ada Brook asked the jury for mercy. The Harbor Ledger reported on her closing argument:",
      "\" 'There is hatred here, but it goes further than that,' [Brook] said.",
      "\" 'He simply repeats slogans he read online.' \"",
    );
    expect(first?.map((a) => [a.source, a.citing])).toEqual([["The Harbor Ledger", ["Ada Brook"]]]);
    expect(second?.map((a) => [a.source, a.citing])).toEqual([["The Harbor Ledger", ["Ada Brook"]]]);
  });
});

describe("subjects a report reaches through another word", () => {
  it("takes the subject of the verb a report goes on from, not of one that reports nothing yet", () => {
    expect(
      sources(
        "The central bank continued to describe that pace as “gradual.”",
        "Ana Ortiz went on to suggest that talks would resume. She declined to say whether they would.",
        "The union plans to announce a strike.",
      ),
    ).toEqual([["The central bank"], ["Ana Ortiz"], []]);
  });

  it("takes a relative pronoun's antecedent that can speak, and reads '-ing' after 'for' as a noun", () => {
    expect(
      sources(
        "Apple is appealing a ruling that said it had engaged in price-fixing.",
        "P models those computational tasks that admit an efficient algorithm.",
        "The chief refused to comment on his penchant for tweeting about companies.",
      ),
    ).toEqual([["a ruling"], [], []]);
  });

  it("keeps a quotation left open at a paragraph's end with its speaker, however many sentences it ran", () => {
    const [, second] = attribute(
      "“We heard from our staff,” said Eben Marsh, a spokesman. “Our staff is the backbone of the agency. We will respect their independence.",
      "“We will not be providing any names.” His email put the last sentence in bold.",
    );
    expect(second?.map((a) => a.source)).toEqual(["Eben Marsh"]);
  });

  it("takes 'called that a ...' for a judgement, and a known surname the tagger misreads for a name", () => {
    expect(
      sources(
        "Fed Chair Janet Yellen said the outlook was good.",
        "Markets fell.",
        "Gold fell.",
        "Yellen called that a “very modest adjustment.” The increase reflects confidence, she said.",
      ).slice(3),
    ).toEqual([["Fed Chair Janet Yellen [Yellen]", "Fed Chair Janet Yellen [she]"]]);
  });
});
