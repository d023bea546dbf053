import { stemmer } from "stemmer";
import { describe, expect, it } from "vitest";
import { deriveTermTable } from "../scripts/term-table.ts";
import { termAmongStemMates } from "../src/text/analyzer.ts";

/** A small vocabulary with its dictionary forms, as wink-lemmatizer would give them. */
const LEMMAS: Record<string, string> = {
  execution: "execution",
  executions: "execution",
  executive: "executive",
  executives: "executive",
  propagate: "propagate",
  propagated: "propagate",
  propagation: "propagation",
  embedding: "embed",
  embedded: "embed",
  land: "land",
  landed: "land",
  landing: "landing",
  leaves: "leaf",
  leaf: "leaf",
  leave: "leave",
  leaving: "leave",
  build: "build",
  built: "build",
  building: "build",
  buildings: "building",
};
const { terms, stems } = deriveTermTable({
  vocabulary: Object.keys(LEMMAS),
  lemmatize: (word) => LEMMAS[word] ?? word,
  stem: stemmer,
});
/** A word's term as the analyzer works it out from the derived tables. */
const termOf = (word: string) =>
  terms.get(word) ?? termAmongStemMates(word, stemmer(word), stems.get(stemmer(word)) ?? []);

describe("the term table", () => {
  it("joins the forms of a common word and keeps apart the words that share a stem", () => {
    expect(termOf("executions")).toBe(termOf("execution"));
    expect(termOf("executive")).not.toBe(termOf("execution"));
    expect(termOf("propagated")).toBe(termOf("propagate"));
    expect(termOf("propagation")).not.toBe(termOf("propagate"));
    expect(termOf("embedded")).toBe(termOf("embedding"));
    expect(termOf("landed")).toBe(termOf("land"));
    expect(termOf("leaves")).toBe(termOf("leaf"));
    expect(termOf("leaves")).not.toBe(termOf("leaving"));
  });

  it("brings a plural to its singular's term where the lemmatizer reads the singular as a form", () => {
    expect(termOf("buildings")).toBe(termOf("building"));
    expect(termOf("buildings")).toBe(termOf("built"));
  });

  it("gives a rare word the term of the common words that share its stem, the one spelt most like it", () => {
    // Porter stems "embeddings" to "embed" and "embedding"'s dictionary form to "emb".
    expect(termOf("embeddings")).toBe(termOf("embedding"));
    expect(termOf("propagator")).toBe(termOf("propagate"));
    expect(termOf("executioner")).toBe(termOf("execution"));
  });

  it("writes only the common words whose term the fallback would not give", () => {
    expect(terms.has("landed")).toBe(false);
    // The stem of "leaves" is "leave"'s: spelling alone would take it for a form of "leave".
    expect(terms.get("leaves")).toBe("leaf");
  });
});
