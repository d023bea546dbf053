import { describe, expect, it } from "vitest";
import { tokenize } from "../src/text/analyzer.ts";
import {
  type Asked,
  askedFor,
  asksAge,
  asksOrigin,
  asksSpan,
  asksTimeOfDay,
  givesAge,
  givesAsked,
  givesNameInRole,
  givesOrigin,
  givesPlaceAfter,
  givesSpan,
  givesTimeOfDay,
  givesTimeUnclaimed,
  speaksOfFuture,
} from "../src/text/asked.ts";

/** The terms of a question, as `givesAsked` takes them: a quote's word among them gives nothing new. */
const terms = (question: string) => new Set(tokenize(question).flatMap((token) => token.terms));
const gives = (asked: Asked, quote: string, question: string, counts?: Parameters<typeof givesAsked>[4]) =>
  givesAsked(asked, quote, tokenize(quote), terms(question), counts);

describe("givesAsked: whether a quote gives the kind of answer asked for", () => {
  it("takes a run of names after a place preposition for a place, possessives and 'the' included, not a time", () => {
    const question = "Where was Mara Tolle arrested?";
    expect(gives("place", "Tolle was arrested at Brenn's Grand Hotel on Monday.", question)).toBe(true);
    expect(gives("place", "Tolle was arrested at the Velka Mill.", question)).toBe(true);
    expect(gives("place", "Tolle was arrested at the hospital.", question)).toBe(false);
    expect(gives("place", "Tolle was arrested in January.", question)).toBe(false);
    expect(gives("place", "Tolle was arrested by the police.", question)).toBe(false);
    expect(gives("place", "Tolle was arrested after Brenn called.", question)).toBe(false);
  });

  it("takes the name a noun of place takes by 'of' after a place preposition or 'along', not any name after 'of'", () => {
    const question = "Where will the flats be built?";
    expect(gives("place", "The flats will be built along a stretch of Brenner Boulevard.", question)).toBe(true);
    expect(gives("place", "The flats will rise in the area of Tollis Drive and Velka Lane.", question)).toBe(true);
    expect(gives("place", "The flats will be built along the river.", question)).toBe(false);
    expect(gives("place", "The flats are the plan of Brenner Group.", question)).toBe(false);
    expect(gives("place", "The flats will be built with the support of Brenner Group.", question)).toBe(false);
  });

  it("takes a decade, a century (its rank in digits or words) and a year before a name for a time, not a count of years", () => {
    const question = "When did the monks settle on Inish?";
    expect(gives("time", "The monks settled there in the 1060s.", question)).toBe(true);
    expect(gives("time", "In the 11th century the monks settled there.", question)).toBe(true);
    expect(gives("time", "In 1965 Abbot Ruan founded the school.", question)).toBe(true);
    expect(gives("time", "The monks settled there in the sixteenth century.", question)).toBe(true);
    expect(gives("time", "The monks settled there in the mid-18th century.", question)).toBe(true);
    expect(gives("time", "An early-19th-century chapel stands there.", question)).toBe(true);
    expect(gives("time", "The sixteenth abbot settled there.", question)).toBe(false);
    expect(gives("time", "In the century after, 1500 troops came.", question)).toBe(false);
    expect(gives("time", "The monks settled there for good.", question)).toBe(false);
  });

  it("takes a time of day for a time, not a score or a count", () => {
    const question = "What time did the drones strike?";
    expect(gives("time", "The attacks occurred at 4:00 A.M. local time.", question)).toBe(true);
    expect(gives("time", "They struck at 0100 UTC.", question)).toBe(true);
    expect(gives("time", "The first came at 9 p.m. and the second at 10am.", question)).toBe(true);
    expect(gives("time", "Sirens sounded at 3 o'clock.", question)).toBe(true);
    expect(gives("time", "The home side won 3:1 with 4 players hurt.", question)).toBe(false);
    expect(gives("time", "Ten drones hit 4 plants.", question)).toBe(false);
  });

  it("takes a run of names the question does not hold for a name, not one that shares a word with the question's", () => {
    const question = "Who runs Elling Ferries?";
    expect(gives("name", "Port Elling owns the ferry company.", question)).toBe(false);
    expect(gives("name", "The company is run by Tom Reilly.", question)).toBe(true);
  });

  it("takes a figure whose digits the question does not hold, though its unit is one of the question's terms", () => {
    const percent = new Set(["percent", "resident"]);
    const quote = "About 60% of residents live there.";
    expect(givesAsked("number", quote, tokenize(quote), percent)).toBe(true);
    expect(givesAsked("number", quote, tokenize(quote), new Set([...percent, "60"]))).toBe(false);
  });

  it("takes only a number that counts what is asked, where told which", () => {
    const question = "How many people were hurt?";
    const people = (unit: string | undefined) => unit === undefined || unit === "person";
    expect(gives("number", "The ten-storey block collapsed.", question, people)).toBe(false);
    expect(gives("number", "Twelve people were hurt.", question, people)).toBe(true);
    expect(gives("number", "Twelve were hurt.", question, people)).toBe(true);
    expect(gives("number", "The ten-storey block collapsed.", question)).toBe(true);
  });
});

describe("speaksOfFuture", () => {
  it("tells a sentence about what is to come from one about what was", () => {
    const said = (text: string) => speaksOfFuture(tokenize(text));
    expect(said("The ferry will sail again on Friday.")).toBe(true);
    expect(said("Sailings are expected to resume next week.")).toBe(true);
    expect(said("The ferry service was suspended on Tuesday.")).toBe(false);
  });
});

describe("time of day: what a question asking what time needs", () => {
  it("reads 'what time' and 'at what hour' as asking a time of day, not a time period", () => {
    expect(asksTimeOfDay("What time did the ferry leave?")).toBe(true);
    expect(asksTimeOfDay("The vote takes place at what time?")).toBe(true);
    expect(asksTimeOfDay("At which hour was the gate shut?")).toBe(true);
    expect(asksTimeOfDay("What time period does the war cover?")).toBe(false);
    expect(asksTimeOfDay("What time of year do the geese come?")).toBe(false);
    expect(asksTimeOfDay("When did the ferry leave?")).toBe(false);
  });

  it("takes a clock time or an hour's name, not a day or a year", () => {
    const day = (text: string) => givesTimeOfDay(text, tokenize(text));
    expect(day("The ferry left at 9:30 on Monday.")).toBe(true);
    expect(day("The ferry left at 6 p.m.")).toBe(true);
    expect(day("The gate was shut at midnight.")).toBe(true);
    expect(day("The ferry left yesterday.")).toBe(false);
    expect(day("The ferry left on Monday in 2019.")).toBe(false);
  });
});

describe("asksOrigin and givesOrigin: where something comes from", () => {
  it("reads a where question about coming from or originating, not any where question", () => {
    expect(asksOrigin("where does the word Velka come from")).toBe(true);
    expect(asksOrigin("Where did the Elling ferrymen originate?")).toBe(true);
    expect(asksOrigin("Where is the name derived from?")).toBe(true);
    expect(asksOrigin("Where did the ferry come to rest?")).toBe(false);
    expect(asksOrigin("Where was the ferry built?")).toBe(false);
    expect(asksOrigin("When did the word come from France?")).toBe(false);
  });

  it("takes a people, a language or a place after 'from', not a common word or the question's own name", () => {
    const question = "Where does the word Velka come from?";
    const origin = (text: string) => givesOrigin(tokenize(text), terms(question));
    expect(origin('The name "Velka" comes from the Norse word for a well.')).toBe(true);
    expect(origin("It was borrowed from Old Elling in the 9th century.")).toBe(true);
    expect(origin("Miners came from Tobruk.")).toBe(true);
    expect(origin("The word Velka comes from a local dialect.")).toBe(false);
    expect(origin("The Velka mine is named from Velka hill.")).toBe(false);
    expect(origin("The word is Norse.")).toBe(false);
  });
});

describe("asksAge and givesAge: how old someone is", () => {
  const age = (sentence: string, name: string) => givesAge(sentence, tokenize(sentence), terms(name));

  it("reads 'how old' as asking an age", () => {
    expect(asksAge("How old was Roof when he attacked the church?")).toBe(true);
    expect(asksAge("How many people did Roof kill?")).toBe(false);
  });

  it("finds the named one's age however it is written", () => {
    expect(age("Roof, who was 21 at the time, was arrested the next day.", "Roof")).toBe(true);
    expect(age("The 21-year-old Roof was arrested.", "Roof")).toBe(true);
    expect(age("Chopin moved to the city when he was seven months old.", "Chopin")).toBe(true);
    expect(age("Smith, 65, retired.", "Smith")).toBe(true);
  });

  it("takes neither a count, nor another's age, nor an age in a sentence that does not name them", () => {
    expect(age("Roof was found guilty on all 33 counts.", "Roof")).toBe(false);
    expect(age("Roof was inspired by the killing of 17-year-old Trayvon Martin.", "Roof")).toBe(false);
    expect(age("The 21-year-old was arrested the next day.", "Roof")).toBe(false);
  });
});

describe("asksSpan and givesSpan: how long", () => {
  const span = (sentence: string) => givesSpan(sentence, tokenize(sentence));

  it("reads 'how long' as asking a span", () => {
    expect(asksSpan("How long did the jury deliberate?")).toBe(true);
    expect(asksSpan("How many jurors deliberated?")).toBe(false);
  });

  it("finds a span of time or a length, or dates that bound one", () => {
    expect(span("The jury deliberated for about two hours.")).toBe(true);
    expect(span("Roof gave a two-hour taped interview.")).toBe(true);
    expect(span("The river runs 1,233 km to the sea.")).toBe(true);
    expect(span("The theatre was in operation from 1870 to 1939.")).toBe(true);
    expect(span("The group has been active since 2001.")).toBe(true);
    expect(span("The French and Indian War (1754–1763) was part of a wider war.")).toBe(true);
  });

  it("takes neither a count nor a date alone", () => {
    expect(span("Roof was found guilty on all 33 counts.")).toBe(false);
    expect(span("Trump said he could be taught at least one thing.")).toBe(false);
    expect(span("The company filed for bankruptcy in September 2014.")).toBe(false);
  });
});

describe("givesNameInRole: a name given the role asked about", () => {
  const inRole = (sentence: string, question: string, role: string) =>
    givesNameInRole(sentence, tokenize(sentence), terms(question), terms(role));

  it("finds a name beside the role, as a title, in apposition, or after a form of 'be'", () => {
    const question = "What is the name of Avalos's boyfriend?";
    expect(inRole("Her boyfriend, Juan Lopez, was not hurt.", question, "boyfriend")).toBe(true);
    expect(inRole("Police said Captain Iriyanto had flown for years.", "Who was the captain?", "captain")).toBe(true);
    expect(inRole("The first director was Isaiah Bowman.", "Who was the first director?", "director")).toBe(true);
    expect(inRole("The regime was under the leadership of Hassan al-Turabi.", "Who was the leader?", "leader")).toBe(
      true,
    );
  });

  it("takes no name given another role, one a verb stands between, nor one without the role", () => {
    const question = "What is the name of Avalos's boyfriend?";
    expect(
      inRole(
        "Defense attorney Nic Cocis said Avalos did not seek to have her boyfriend killed.",
        question,
        "boyfriend",
      ),
    ).toBe(false);
    expect(inRole("The boyfriend waited outside in the Jeep while Avalos went in.", question, "boyfriend")).toBe(false);
    expect(
      inRole(
        "Flight QZ8501 had sought permission from Indonesian air traffic control.",
        "Who was the captain of flight QZ8501?",
        "captain",
      ),
    ).toBe(false);
  });

  it("asks a name where the question asks the name of someone by their role", () => {
    expect(askedFor("What is the name of Avalos's boyfriend?")).toBe("name");
    expect(askedFor("What was the name of the imperialistic policy in China?")).toBeUndefined();
  });

  it("asks a number where the question asks a measure by its noun", () => {
    expect(askedFor("What is the unemployment rate in New Mexico?")).toBe("number");
    expect(askedFor("What was Warsaw's population in 1901?")).toBe("number");
    expect(askedFor("What is the capital of New Mexico?")).toBeUndefined();
  });
});

describe("givesPlaceAfter: where the verb's event took place, said without a name", () => {
  const place = (sentence: string, verb: string) =>
    givesPlaceAfter(tokenize(sentence), (token) => token.surface.toLowerCase() === verb);

  it("finds a place after the verb's preposition", () => {
    expect(place("Avalos was arrested at the hospital where she was visiting him.", "arrested")).toBe(true);
    expect(place("The body was found in a field near the road.", "found")).toBe(true);
  });

  it("takes no time, no figure, and no place of another verb", () => {
    expect(place("Avalos was arrested in the evening.", "arrested")).toBe(false);
    expect(place("Avalos was arrested in the 1990s.", "arrested")).toBe(false);
    expect(place("Avalos was arrested after she went to the hospital.", "arrested")).toBe(false);
  });
});

describe("givesTimeUnclaimed: a time no other verb claims", () => {
  const unclaimed = (sentence: string) => givesTimeUnclaimed(sentence, tokenize(sentence), new Set());

  it("takes a time in a clause without a verb of its own", () => {
    expect(unclaimed("Historians John Gallagher (1919–1980) and Ronald Robinson constructed a framework.")).toBe(true);
    expect(unclaimed("The casino, open since 1984, employs 3,000 people.")).toBe(true);
  });

  it("takes no time another verb claims", () => {
    expect(unclaimed("Trump Entertainment Resorts filed for bankruptcy protection in September.")).toBe(false);
    expect(unclaimed("Zia-ul-Haq was killed in 1988 but Islamization remains important.")).toBe(false);
  });
});
