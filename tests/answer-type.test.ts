import { describe, expect, it } from "vitest";
import { tokenize } from "../src/text/analyzer.ts";
import { asksReason, holdsWho, REASON_STATE, STATES, statesOf, wantedType } from "../src/text/answer-type.ts";

const asked = (question: string) => new Set(tokenize(question).flatMap((token) => token.terms));
const whoIs = (text: string, question = "Who is Dana Whitfield?") =>
  holdsWho("identity", text, tokenize(text), asked(question));

describe("the kind of answer a question asks for", () => {
  it("asks who someone is where who and a form of be stand before a name alone", () => {
    expect(wantedType("Who is Dana Whitfield?")).toBe("identity");
    expect(wantedType("who was Montoya-Lewis")).toBe("identity");
    // Anything else asked about wants a name the question does not hold.
    expect(wantedType("Who was the Norse leader?")).toBe("name");
    expect(wantedType("Who is the chief executive of Saudi Aramco?")).toBe("name");
    expect(wantedType("Who did Nadia Mohamed defeat?")).toBe("name");
  });

  it("reads a 'when' clause that sets a condition before the question proper as no question of time", () => {
    expect(wantedType("When did the ferry sink?")).toBe("time");
    expect(wantedType("When the ferry sank, what did the crew do?")).toBeUndefined();
    expect(wantedType("When the ferry sank, who rescued the crew?")).toBe("name");
    expect(wantedType("When, in the end, did the ferry sink?")).toBe("time");
  });

  it("takes words that describe the name asked about for who someone is", () => {
    expect(whoIs("The lanes open in May, said Dana Whitfield, the county's transport director.")).toBe(true);
    expect(whoIs("Whitfield, 51, took office last year.")).toBe(true);
    expect(whoIs("Dana Whitfield is the county's transport director.")).toBe(true);
    expect(whoIs("The county's transport director Dana Whitfield spoke first.")).toBe(true);
  });

  it("does not take a mere mention of the name for who someone is", () => {
    expect(whoIs("The lanes open next month, said Dana Whitfield.")).toBe(false);
    expect(whoIs("Fares will not rise, Whitfield said.")).toBe(false);
    expect(whoIs("Dana Whitfield, Ana Kovač and the mayor met.")).toBe(true);
  });

  it("takes a description only for who someone is, not for who did something", () => {
    const text = "Dana Whitfield, the transport director, opened the lanes.";
    expect(holdsWho("name", text, tokenize(text), asked("Who opened the lanes with Dana Whitfield?"))).toBe(false);
    expect(holdsWho("identity", text, tokenize(text), asked("Who is Dana Whitfield?"))).toBe(true);
  });

  it("takes no month or weekday for a name: 'due to report next July' names no one", () => {
    const who = (text: string) => holdsWho("name", text, tokenize(text), asked("Who reported the find?"));
    expect(who("The panel is due to report next July.")).toBe(false);
    expect(who("The panel met on Monday and again in September.")).toBe(false);
    expect(who("The panel of Dana Whitfield is due to report next July.")).toBe(true);
  });
});

describe("the kinds of answer a sentence can give", () => {
  const states = (text: string) => statesOf(tokenize(text));

  it("gives a time by a year, a date word or an hour, and a number by any figure", () => {
    for (const text of ["It opened in 2015.", "It ran through the 1990s.", "He left mid-2015."])
      expect(states(text)).toBe(STATES.number | STATES.time);
    expect(states("It sank on Wednesday.")).toBe(STATES.time);
    expect(states("It happened at around 3 a.m.") & STATES.time).toBe(STATES.time);
    expect(states("It ended at 4:00 P.M. sharp") & STATES.time).toBe(STATES.time);
  });

  it("gives a reason by a word that says why or a purpose by 'so that', not by 'so' alone", () => {
    expect(states("Emissions fell because the U.S. burned less coal.")).toBe(REASON_STATE);
    expect(states("The line closed due to the storm.") & REASON_STATE).toBe(REASON_STATE);
    expect(states("We keep the fund stable so that retirees can depend on it.")).toBe(REASON_STATE);
    expect(states("So the fund is stable, and so are the retirees.")).toBe(0);
    expect(asksReason("Why are future shortfalls likely?")).toBe(true);
    expect(asksReason("When the fund fell, why did Lee worry?")).toBe(true);
    expect(asksReason("Who asked why the fund fell?")).toBe(false);
  });

  it("takes no other figure for a time: a count does not say when", () => {
    expect(states("He was found guilty on all 33 counts.")).toBe(STATES.number);
    expect(states("The fire destroyed 12 homes and a school.")).toBe(STATES.number);
  });
});
