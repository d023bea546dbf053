import { describe, expect, it } from "vitest";
import { baseVerbTerms, TOKEN, termsOf, tokenize, words } from "../src/text/analyzer.ts";

const termsIn = (text: string) => tokenize(text).flatMap((token) => token.terms);

describe("the analyzer", () => {
  it("folds case and diacritics", () => {
    expect(termsOf("Kovač")).toEqual(termsOf("kovac"));
    expect(termsOf("CAFÉ")).toEqual(["cafe"]);
  });

  it("drops English stop words but keeps reporting verbs", () => {
    expect(termsIn("What does the harbour do")).toEqual(termsOf("harbour"));
    expect(termsOf("said")).toEqual(termsOf("say"));
    expect(termsOf("said")).not.toEqual([]);
  });

  it("stems, and brings irregular forms to their base first", () => {
    expect(termsOf("reports")).toEqual(termsOf("reported"));
    expect(termsOf("sent")).toEqual(termsOf("send"));
    expect(termsOf("lost")).toEqual(termsOf("lose"));
    expect(termsOf("met")).toEqual(termsOf("meeting"));
  });

  it("takes no base form compromise's rules make up: 'own' is no form of an 'ow'", () => {
    expect(termsOf("own")).toEqual(termsOf("owns"));
    expect(termsOf("own")).toEqual(termsOf("owned"));
  });

  it("reads a word as a verb's base form where asked: 'found' is then to found, not the past of 'find'", () => {
    expect(termsOf("found")).toEqual(termsOf("find"));
    expect(baseVerbTerms("found")).toEqual(termsOf("founded"));
    expect(baseVerbTerms("send")).toEqual(termsOf("sent"));
  });

  it("joins the forms of one word, never words a reader keeps apart", () => {
    expect(termsOf("executions")).toEqual(termsOf("execution"));
    expect(termsOf("carrying")).toEqual(termsOf("carried"));
    expect(termsOf("leaves")).toEqual(termsOf("leaf"));
    expect(termsOf("expects")).toEqual(termsOf("expect"));
    for (const [one, other] of [
      ["executive", "executions"],
      ["university", "universe"],
      ["news", "new"],
      ["organization", "organ"],
      ["community", "communication"],
      ["ground", "grind"],
    ]) {
      expect(termsOf(one ?? "")).not.toEqual(termsOf(other ?? ""));
    }
  });

  it("stems a word too rare for the table, so that its forms still meet", () => {
    expect(termsOf("exfiltrated")).toEqual(termsOf("exfiltrates"));
  });

  it("gives a word too rare for the table the term of the common words that share its stem", () => {
    expect(termsOf("embeddings")).toEqual(termsOf("embedding"));
    expect(termsOf("propagator")).toEqual(termsOf("propagated"));
    expect(termsOf("annotators")).toEqual(termsOf("annotate"));
    expect(termsOf("landed")).toEqual(termsOf("land"));
  });

  it("keeps hyphenated forms whole and in parts", () => {
    expect(termsOf("S-300")).toEqual(["s300", "300"]);
    expect(termsOf("north-east")).toEqual(expect.arrayContaining(["northeast", "north", "east"]));
    expect(termsOf("el-Sisi")).toContain("sisi");
    expect(termsOf("S300")).toEqual(["s300"]);
  });

  it("drops possessives, straight or curly", () => {
    expect(termsOf("Libya’s")).toEqual(termsOf("Libya"));
    expect(termsOf("Haftar's")).toEqual(termsOf("haftar"));
  });

  it("keeps numbers whole: decimals, thousands, percentages", () => {
    expect(termsIn("$4.5 billion")).toEqual(["4.5", "billion"]);
    expect(termsOf("1,000")).toEqual(["1000"]);
    expect(termsOf("70%")).toEqual(["70", "percent"]);
    expect(termsIn("70 percent")).toEqual(["70", "percent"]);
  });

  it("gives the plural of initials the initials' term", () => {
    expect(termsOf("ARTIs")).toEqual(termsOf("ARTI"));
    expect(termsOf("UAVs")).toEqual(termsOf("UAV"));
    expect(termsOf("IDs")).toEqual(termsOf("ID"));
    expect(termsOf("IDs")).not.toEqual([]);
    // Only capitals and a lower-case s: a word that ends in a capital S is not a plural.
    expect(termsOf("ARTIS")).not.toEqual(termsOf("ARTI"));
  });

  it("tells the United States from the pronoun", () => {
    expect(termsOf("US")).toEqual(["us"]);
    expect(termsOf("U.S.")).toEqual(["us"]);
    expect(termsOf("us")).toEqual([]);
  });

  it("lets a demonym stand for its country too", () => {
    expect(termsOf("Libyan")).toEqual(expect.arrayContaining(termsOf("Libya")));
    expect(termsOf("Iraqi")).toEqual(expect.arrayContaining(termsOf("Iraq")));
  });

  it("gives each word its place in the text", () => {
    const text = "Mayor Kovač’s office";
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.surface);
    expect(tokenize(text).map((t) => t.surface)).toEqual(["Mayor", "Kovač’s", "office"]);
  });

  it("reads every word of a text from its start, numbers, initials and joined words whole", () => {
    const text = "In 2019, 1,000 U.S. troops left north-east Libya’s ports; 70% stayed.";
    const expected = [
      "In",
      "2019",
      "1,000",
      "U.S.",
      "troops",
      "left",
      "north-east",
      "Libya’s",
      "ports",
      "70%",
      "stayed",
    ];
    expect(words(text)).toEqual(expected);
    // Again after another text, read from its own start.
    expect(tokenize("other words").map((token) => token.surface)).toEqual(["other", "words"]);
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.surface)).toEqual(expected);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.surface);
  });

  it("reads ASCII words fast and every other word as the unicode expression does, wherever they meet", () => {
    const byToken = (text: string) =>
      Array.from(text.matchAll(new RegExp(TOKEN.source, TOKEN.flags)), (match) => `${match.index}:${match[0]}`);
    const read = (text: string) => tokenize(text).map((token) => `${token.start}:${token.surface}`);
    // An ASCII word whose greedy parts go on in a character past the ASCII: another script's digit after a
    // decimal point, a letter after a hyphen, a capital initial, a curly joiner, a combining mark, an astral letter.
    for (const text of ["4.٣ left", "abc-é", "A.É.", "U.S.É. x", "Libya’s", "cafe\u0301s", "x𝐀y", "9%", "“Quoted”—and"])
      expect(read(text), text).toEqual(byToken(text));
    // Every string of up to 12 of these characters drawn at random (seeded): where the two readings part, one of these meets.
    const pieces = [
      "a",
      "Z",
      "0",
      ".",
      ",",
      "%",
      "'",
      "-",
      "’",
      "‑",
      " ",
      "é",
      "É",
      "٣",
      "\u0301",
      "𝐀",
      "\uD835",
      "U.",
      "4.",
      "—",
    ];
    let seed = 19;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 20_000; i += 1) {
      let text = "";
      for (let length = 1 + Math.floor(next() * 12); length > 0; length -= 1)
        text += pieces[Math.floor(next() * pieces.length)];
      expect(read(text), JSON.stringify(text)).toEqual(byToken(text));
      expect(words(text)).toEqual(byToken(text).map((found) => found.slice(found.indexOf(":") + 1)));
    }
  });

  it("gives each word its own terms, though words read one after another share a slot of the recent words", () => {
    // "Aa" and "BB", "AaAa" and "BBBB": the letters' hash is the same, so each takes the other's slot in turn.
    const text = "Aa BB Aa BB AaAa BBBB AaBB BBAa Aa";
    for (const token of tokenize(text)) expect(token.terms, token.surface).toEqual(termsOf(token.surface));
    expect(new Set(tokenize(text).map((token) => token.terms.join())).size).toBe(6);
  });
});
