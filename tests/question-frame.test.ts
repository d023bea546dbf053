import { describe, expect, it } from "vitest";
import { frameOf } from "../src/text/question-frame.ts";

/** A frame as words: the predicate, the subject, the object, what is counted, the auxiliary. */
function read(question: string) {
  const frame = frameOf(question);
  return {
    predicate: frame.predicate?.surface,
    subject: frame.subject.map((token) => token.surface).join(" "),
    object: frame.object?.surface,
    counted: frame.counted.map((token) => token.surface).join(" "),
    auxiliary: frame.auxiliary,
  };
}

describe("frameOf: what a question's word order says", () => {
  it("finds the main verb after a question word that is its subject", () => {
    expect(read("Who inspected the ferry's engine?")).toMatchObject({
      predicate: "inspected",
      subject: "",
      object: "engine",
    });
    expect(read("Which crew repaired the hull?")).toMatchObject({ predicate: "repaired", object: "hull" });
  });

  it("finds the subject and the verb after 'did', 'does', 'will', whatever the lexicon calls the verb", () => {
    expect(read("What did the harbour master promise the fishermen?")).toMatchObject({
      predicate: "promise",
      subject: "the harbour master",
      auxiliary: "did",
    });
    // "export" and "hit" are nouns to the lexicon: the verb is the word before the object.
    expect(read("How much fish does Port Elling export a year?")).toMatchObject({
      predicate: "export",
      subject: "Port Elling",
    });
    expect(read("When did the waves hit the breakwater?")).toMatchObject({ predicate: "hit", subject: "the waves" });
  });

  it("reads a passive: the participle is the predicate, with or without a subject between", () => {
    expect(read("How many boats were stranded by the storm?")).toMatchObject({
      predicate: "stranded",
      counted: "boats",
    });
    expect(read("When was the harbour wall built?")).toMatchObject({
      predicate: "built",
      subject: "the harbour wall",
      auxiliary: undefined,
    });
    expect(read("How many boats has the storm stranded?")).toMatchObject({ predicate: "stranded", auxiliary: "has" });
  });

  it("takes the event for a verb that only says something took place, and the verb after one that leads to it", () => {
    expect(read("When will the mayor's funeral take place?").predicate).toBe("funeral");
    expect(read("When did the storm happen?").predicate).toBe("storm");
    expect(read("When did the harbour church shooting happen?").predicate).toBe("shooting");
    expect(read("Where was the ferry trying to land?").predicate).toBe("land");
  });

  it("takes the verb after 'to' where the question asks what its verb expects of an object", () => {
    expect(read("How much does the bank expect the economy to grow next year?")).toMatchObject({
      predicate: "grow",
      subject: "the economy",
    });
    expect(read("Who did the mayor want Velka to hire?")).toMatchObject({ predicate: "hire", subject: "Velka" });
    expect(read("What did the mayor expect from the talks to the port?")).toMatchObject({ predicate: "expect" });
    expect(read("What did the mayor expect?")).toMatchObject({ predicate: "expect" });
  });

  it("has no predicate where the verb says nothing of its own", () => {
    expect(read("Who is the chief executive of the ferry company?").predicate).toBeUndefined();
    expect(read("What injuries did the crew have?").predicate).toBeUndefined();
    expect(read("Where is Inish Island located?").predicate).toBeUndefined();
    expect(read("Ferry service suspended").predicate).toBeUndefined();
  });

  it("ends the subject at a clause that says when or why, whose verb is not the question's", () => {
    expect(read("How old was the ferry's captain when he retired?")).toMatchObject({
      predicate: undefined,
      subject: "the ferry's captain",
    });
    expect(read("What did the harbour master say while the storm lasted?")).toMatchObject({
      predicate: "say",
      subject: "the harbour master",
    });
  });

  it("reads a question word as the subject where a negator stands after 'did'", () => {
    expect(read("Who did not inspect the hull?")).toMatchObject({ predicate: "inspect", subject: "" });
  });

  it("keeps a participle that modifies a noun in the noun phrase", () => {
    expect(read("What injuries did the rescued fisherman have?").predicate).toBeUndefined();
    expect(read("What is the best known ferry route?").predicate).toBeUndefined();
  });
});
