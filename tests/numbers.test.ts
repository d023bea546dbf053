import { describe, expect, it } from "vitest";
import { tokenize } from "../src/text/analyzer.ts";
import { deniesAny, isDenialLike, isNegativePronoun, isNegator, isPrefixNegated } from "../src/text/negation.ts";
import { daysIn, figuresIn } from "../src/text/numbers.ts";
import { phraseAt, type VaguePhrase } from "../src/text/shares.ts";

/** Each figure of a text as [kind, value, unit, bound, its words]. */
function figures(text: string) {
  return figuresIn(text, tokenize(text)).map((f) => [f.kind, f.value, f.unit, f.bound, text.slice(f.start, f.end)]);
}

describe("figuresIn", () => {
  it("reads numbers in digits and in words, with their scale, as values", () => {
    expect(figures("for ten years")).toEqual([["number", 10, "year", "exact", "ten"]]);
    expect(figures("two hundred thousand barrels")).toEqual([
      ["number", 200_000, "barrel", "exact", "two hundred thousand"],
    ]);
    expect(figures("twenty-five people")).toEqual([["number", 25, "person", "exact", "twenty-five"]]);
    expect(figures("It was 5,000 soldiers")).toEqual([["number", 5000, "soldier", "exact", "5,000"]]);
    expect(figures("a five-year closure")).toEqual([["number", 5, "year", "exact", "five-year"]]);
    expect(figures("visited Moscow twice")).toEqual([["number", 2, "time", "exact", "twice"]]);
  });

  it("reads amounts of money and percentages as quantities, whatever their scale is written as", () => {
    expect(figures("the damage at $4.5 million")).toEqual([["quantity", 4_500_000, "$", "exact", "4.5 million"]]);
    expect(figures("deals worth $4bn")).toEqual([["quantity", 4e9, "$", "exact", "4bn"]]);
    expect(figures("where 70% of the population lives")).toEqual([["quantity", 70, "percent", "exact", "70%"]]);
  });

  it("reads a month shortened with its full stop as a date, and its day with it; 'Jan' alone is a name", () => {
    expect(figures("set to begin Jan. 17.")).toEqual([
      ["date", 0, "month", "exact", "Jan"],
      ["date", 17, "day", "exact", "17"],
    ]);
    expect(figures("after the Sept. 11 attacks")).toEqual([
      ["date", 8, "month", "exact", "Sept"],
      ["date", 11, "day", "exact", "11"],
    ]);
    expect(figures("Jan Novak met 3 people")).toEqual([["number", 3, "person", "exact", "3"]]);
  });

  it("reads years, months, weekdays and days as dates, and a year before a comma counts nothing", () => {
    expect(figures("In 2016, Haftar met")).toEqual([["date", 2016, "year", "exact", "2016"]]);
    expect(figures("on Tuesday 3 March").map(([kind, value, unit]) => [kind, value, unit])).toEqual([
      ["date", 1, "weekday"],
      ["date", 3, "day"],
      ["date", 2, "month"],
    ]);
    // A year counts what follows it where that is a plural: "1500 troops" is a number of troops.
    expect(figures("1500 troops")).toEqual([["number", 1500, "troop", "exact", "1500"]]);
    // "may" and "march" are months only with a capital.
    expect(figures("they may march")).toEqual([]);
  });

  it("reads the words that bound a figure", () => {
    expect(figures("for more than two years")[0]?.[3]).toBe("atLeast");
    expect(figures("fewer than 40 boats")[0]?.[3]).toBe("atMost");
    expect(figures("around 300 miners")[0]?.[3]).toBe("about");
  });
});

describe("isNegator", () => {
  it("knows negating words, contractions, and verbs that deny what they govern", () => {
    for (const word of ["not", "never", "no", "nobody", "didn't", "isn’t", "cannot", "denies"]) {
      expect(isNegator(word)).toBe(true);
    }
    expect(isNegator("failed", "to")).toBe(true);
    expect(isNegator("refused", "to")).toBe(true);
    expect(isNegator("failed", "the")).toBe(false);
    for (const word of ["note", "know", "now", "said"]) expect(isNegator(word)).toBe(false);
  });

  it("tells a denial in other words, which only matches a denial on the other side", () => {
    for (const word of ["rejected", "dismisses", "denied"]) expect(isDenialLike(word)).toBe(true);
    expect(isNegator("rejected")).toBe(false);
    expect(isDenialLike("not")).toBe(false);
  });
});

describe("isPrefixNegated", () => {
  it("reads an adjective made its opposite by a prefix, not a word that only starts like one", () => {
    expect(isPrefixNegated("unrelated")).toBe(true);
    expect(isPrefixNegated("unfit")).toBe(true);
    // "under" is not "un-" before "der", though WordNet lists "der" too.
    expect(isPrefixNegated("under")).toBe(false);
  });
});

describe("deniesAny", () => {
  const asked = (question: string) => new Set(tokenize(question).flatMap((token) => token.terms));
  const denies = (text: string, question: string) => deniesAny(tokenize(text), asked(question));

  it("finds a denial of one of the question's words, near it, in a negator, a denial, a non- word or a prefix", () => {
    expect(denies("The meetings were not open to the public.", "What meetings were not open?")).toBe(true);
    expect(denies("The minister rejected the plan.", "Who did not accept the plan?")).toBe(true);
    expect(denies("It was open to non-members.", "Who may not join as members?")).toBe(true);
    expect(denies("Parliament is unable to legislate.", "Who is not able to legislate?")).toBe(true);
  });

  it("finds none where the text denies nothing, or something else far from the question's words", () => {
    expect(denies("The meetings were open to the public.", "What meetings were not open?")).toBe(false);
    expect(
      denies("The civil war was fought between warlords and did not lead to peace.", "Which war was not fought?"),
    ).toBe(false);
  });
});

describe("figuresIn: spans of time", () => {
  it("reads 'a week' as one week, but not a rate ('twice a week') nor 'a' before anything else", () => {
    expect(figures("declared a week of mourning")).toEqual([["number", 1, "week", "exact", "a week"]]);
    expect(figures("met twice a week")).toEqual([["number", 2, "time", "exact", "twice"]]);
    expect(figures("a house fell")).toEqual([]);
  });

  it("knows how many days a unit of time spans, and no other unit", () => {
    expect(daysIn("week")).toBe(7);
    expect(daysIn(figuresIn("two centuries", tokenize("two centuries"))[0]?.unit)).toBe(36525);
    expect(daysIn("floor")).toBeUndefined();
  });
});

describe("figuresIn: vague shares", () => {
  /** Each figure of a text as [its range, its words]. */
  const shares = (text: string) =>
    figuresIn(text, tokenize(text)).map((f) => [f.range, f.unit, text.slice(f.start, f.end)]);

  it("reads 'most', 'a handful' and 'almost all' as the percentages they leave open", () => {
    expect(shares("most Libyans live there")).toEqual([[[50, 100], "percent", "most"]]);
    expect(shares("only a handful of people")).toEqual([[[0, 15], "percent", "a handful"]]);
    expect(shares("almost all of them")).toEqual([[[85, 100], "percent", "almost all"]]);
  });

  it("does not read 'the most', 'at most' or 'most' before an adjective as a share", () => {
    expect(shares("the most important question")).toEqual([]);
    expect(shares("most important of all")).toEqual([]);
    expect(shares("at most")).toEqual([]);
  });
});

describe("figuresIn: ranges", () => {
  const ranges = (text: string) =>
    figuresIn(text, tokenize(text)).map((f) => [f.range, f.unit, text.slice(f.start, f.end)]);

  it("reads 'between 36 and 40', '36 to 40' and '20-30' as one range of what the second end counts", () => {
    expect(ranges("between 36 and 40 people")).toEqual([[[36, 40], "person", "36 and 40"]]);
    expect(ranges("36 to 40 people")).toEqual([[[36, 40], "person", "36 to 40"]]);
    expect(ranges("some 20-30 people")).toEqual([[[20, 30], "person", "20-30"]]);
  });

  it("reads a range whose unit is written after each end as one ('between 0.50 percent and 0.75 percent')", () => {
    expect(ranges("between 0.50 percent and 0.75 percent")).toEqual([
      [[0.5, 0.75], "percent", "0.50 percent and 0.75"],
    ]);
    expect(ranges("10 miles to 20 miles")).toEqual([[[10, 20], "mile", "10 miles to 20"]]);
    // Two ends that count different things are two figures.
    expect(ranges("between 36 women and 40 men")).toHaveLength(2);
  });

  it("leaves a change ('from 10 to 20'), 'and' without 'between', and dates as two figures", () => {
    expect(ranges("rose from 10 to 20 people")).toHaveLength(2);
    expect(ranges("36 and 40 people")).toHaveLength(2);
    expect(ranges("between 1990 and 1995")).toHaveLength(2);
  });
});

describe("figuresIn: counts given by their scale", () => {
  const read = (text: string) =>
    figuresIn(text, tokenize(text)).map((f) => [f.value, f.unit, f.bound, f.range, text.slice(f.start, f.end)]);

  it("reads 'a thousand' and 'a hundred' as one of their scale, keeping the bound before the article", () => {
    expect(read("over a thousand people lived there")).toEqual([[1000, "person", "atLeast", undefined, "a thousand"]]);
    expect(read("more than a hundred soldiers")).toEqual([[100, "soldier", "atLeast", undefined, "a hundred"]]);
    expect(read("about a million barrels")).toEqual([[1e6, "barrel", "about", undefined, "a million"]]);
    expect(read("a house fell")).toEqual([]);
  });

  it("reads a currency named after a figure as its sign, so 'a million dollar prize' is '$1,000,000'", () => {
    const [prize] = figuresIn("a million dollar prize", tokenize("a million dollar prize"));
    const [stated] = figuresIn("a US$1,000,000 prize", tokenize("a US$1,000,000 prize"));
    expect(prize).toMatchObject({ kind: "quantity", value: 1e6, unit: "$" });
    expect(stated).toMatchObject({ kind: "quantity", value: 1e6, unit: "$" });
  });

  it("reads 'thousands of' and 'hundreds of thousands' as ranges of what follows 'of'", () => {
    expect(read("thousands of people fled")).toEqual([[500_499.5, "person", "exact", [1e3, 1e6 - 1], "thousands"]]);
    expect(read("hundreds of thousands of barrels")[0]?.slice(1, 5)).toEqual([
      "barrel",
      "exact",
      [1e5, 1e6 - 1],
      "hundreds of thousands",
    ]);
    expect(read("dozens of boats")[0]?.[3]).toEqual([12, 199]);
  });

  it("reads 'a few' as a small count of what follows, not in 'quite a few' nor before a scale", () => {
    expect(read("only a few economists agreed")[0]?.slice(1, 5)).toEqual(["economist", "exact", [2, 9], "a few"]);
    expect(read("quite a few economists agreed")).toEqual([]);
    expect(read("a few hundred economists agreed")).toEqual([]);
  });
});

describe("figuresIn and isNegator: 'no one'", () => {
  it("reads 'no one' as a denial, not a count of one", () => {
    expect(figures("no one was hurt")).toEqual([]);
    expect(figures("one was hurt")).toEqual([["number", 1, undefined, "exact", "one"]]);
    expect(isNegator("no-one")).toBe(true);
    expect(isNegativePronoun("no", "one")).toBe(true);
    expect(isNegativePronoun("no", "deaths")).toBe(false);
  });
});

describe("phraseAt", () => {
  const table: VaguePhrase[] = [
    { words: ["a", "few"], range: [2, 5] },
    { words: ["dozens", "of"], range: [24, 100] },
    { words: ["a"], range: [1, 1] },
  ];

  it("finds the first phrase of the table, in its order, whose words stand there and that fits", () => {
    expect(phraseAt(table, ["only", "a", "few"], 1)).toEqual({ words: ["a", "few"], range: [2, 5], last: 2 });
    expect(phraseAt(table, ["only", "a", "few"], 1, ({ words }) => words.length === 1)?.words).toEqual(["a"]);
    expect(phraseAt(table, ["dozens", "of", "a"], 0)?.last).toBe(1);
    expect(phraseAt(table, ["few", "dozens"], 0)).toBeUndefined();
    expect(phraseAt(table, ["a"], 1)).toBeUndefined();
  });
});

describe("figuresIn: words that start none", () => {
  it("finds figures among many words that start none, wherever they stand", () => {
    const text =
      "Officials said twice that nearly all of the 1,200 workers, a dozen of them, left in May, three years ago.";
    const figures = figuresIn(text, tokenize(text)).map((f) => text.slice(f.start, f.end));
    expect(figures).toEqual(["twice", "nearly all", "1,200", "dozen", "May", "three"]);
  });
});
