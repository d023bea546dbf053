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
