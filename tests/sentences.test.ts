import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/text/sentences.ts";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("does not split at abbreviations", () => {
    expect(texts("The U.S. Army met Gen. Smith on Jan. 5 in the capital. Talks followed.")).toEqual([
      "The U.S. Army met Gen. Smith on Jan. 5 in the capital.",
      "Talks followed.",
    ]);
  });

  it("does not split at decimals", () => {
    expect(texts("The deal is worth $4.5 billion. It was signed.")).toEqual([
      "The deal is worth $4.5 billion.",
      "It was signed.",
    ]);
  });

  it("keeps a quotation with its speech tag, quotes included", () => {
    expect(texts("“We are ready,” he said. The vote is today.")).toEqual([
      "“We are ready,” he said.",
      "The vote is today.",
    ]);
    expect(texts('"Stop," she said. "Now." Then silence.')[0]).toBe('"Stop," she said.');
  });

  it("gives verbatim spans that cover the text in order", () => {
    const text = "First one.  Second one!\nThird, “quoted.” Fourth?";
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (let i = 1; i < sentences.length; i++) {
      expect(text.slice(sentences[i - 1]?.end, sentences[i]?.start).trim()).toBe("");
    }
    expect(sentences[0]?.start).toBe(0);
    expect(sentences.at(-1)?.end).toBe(text.length);
  });

  it("gives punctuation that opens a sentence to the sentence it opens", () => {
    expect(texts("Elburn, Ill. -- Farm sales rose. Dealers smiled.")).toEqual([
      "Elburn, Ill.",
      "-- Farm sales rose.",
      "Dealers smiled.",
    ]);
    expect(texts("The talks ended. (They resume today.)")[1]).toBe("(They resume today.)");
  });

  it("returns one sentence for text without end punctuation", () => {
    expect(texts("no full stop here")).toEqual(["no full stop here"]);
  });
});

describe("splitSentences after a closing quotation", () => {
  it("splits where a quoted sentence ends and a new one begins", () => {
    expect(texts("She called it “a ruling that ignores the evidence.” The court closed at noon.")).toEqual([
      "She called it “a ruling that ignores the evidence.”",
      "The court closed at noon.",
    ]);
  });

  it("does not split a quotation closed by a comma or followed by lower case", () => {
    expect(texts("“We are ready,” he said. Then he left.")).toHaveLength(2);
    expect(texts('He said "no." and left.')).toHaveLength(1);
  });
});

describe("splitSentences on names, abbreviations and numbers from news text", () => {
  it("keeps titles, initials and middle initials inside the sentence", () => {
    expect(texts("Defense Secretary Robert M. Gates said the plan would work. Mr. Reeves disagreed.")).toEqual([
      "Defense Secretary Robert M. Gates said the plan would work.",
      "Mr. Reeves disagreed.",
    ]);
    expect(texts("Rep. Dana F. Ortiz, D-Calif., said so. J. David Cox Sr., a union leader, agreed.")).toEqual([
      "Rep. Dana F. Ortiz, D-Calif., said so.",
      "J. David Cox Sr., a union leader, agreed.",
    ]);
  });

  it("ends a sentence at an abbreviation when a word that opens sentences follows", () => {
    expect(texts("He moved to the U.S. He said it was cold.")).toEqual([
      "He moved to the U.S.",
      "He said it was cold.",
    ]);
    expect(texts("The meeting ended at 4 p.m. But talks went on.")).toEqual([
      "The meeting ended at 4 p.m.",
      "But talks went on.",
    ]);
    // A title's full stop is never a sentence's end.
    expect(texts("Lt. Gov. He Wei spoke.")).toEqual(["Lt. Gov. He Wei spoke."]);
  });

  it("keeps a number after 'No.' and a date after a month's abbreviation", () => {
    expect(texts("It was the No. 2 official at the agency. He left.")).toEqual([
      "It was the No. 2 official at the agency.",
      "He left.",
    ]);
    expect(texts("The deal expired on Dec. 18, officials said. Talks resume Jan. 3.")).toEqual([
      "The deal expired on Dec. 18, officials said.",
      "Talks resume Jan. 3.",
    ]);
  });

  it("ends a sentence closed inside brackets", () => {
    expect(texts("The vote was 5-4 (Justice Kennedy dissented.) The court adjourned.")).toEqual([
      "The vote was 5-4 (Justice Kennedy dissented.)",
      "The court adjourned.",
    ]);
  });

  it("keeps a question inside a quotation with the words that attribute it", () => {
    expect(texts("“Is it over?” asked a reporter. Nobody answered.")).toEqual([
      "“Is it over?” asked a reporter.",
      "Nobody answered.",
    ]);
  });
});
