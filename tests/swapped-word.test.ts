import { describe, expect, it } from "vitest";
import { SwappedWord } from "../src/answer/swapped-word.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { queryWords } from "../src/text/query.ts";
import { ask } from "./helpers/answer.ts";

/** Whether the quote swaps a modifier of the question, where the passage holds none of the question's words but those in `held`. */
function swapped(question: string, quote: string, held: readonly string[] = []): boolean {
  const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
  const reading = new SwappedWord(question, focus);
  return reading.in(quote, tokenize(quote), (w) => held.includes(w.word.surface));
}

/** Whether the quote writes the opposite of a question's word, where the passage holds none of its words but `held`. */
function opposed(question: string, quote: string, held: readonly string[] = []): boolean {
  const focus = queryWords(question).map((word) => ({ word, known: true, bridges: [] }));
  return (
    new SwappedWord(question, focus).opposedIn(tokenize(quote), (w) => held.includes(w.word.surface)) !== undefined
  );
}

describe("SwappedWord.opposedIn", () => {
  it("finds the opposite of a question's word anywhere in the quote", () => {
    expect(opposed("What meetings are closed to the public?", "Committee meetings are open to the public.")).toBe(true);
    expect(opposed("What did Hamas lose in the election?", "In the election, Hamas won the majority of seats.")).toBe(
      true,
    );
    expect(opposed("Who is able to legislate on reserved issues?", "Parliament is unable to legislate on them.")).toBe(
      true,
    );
  });

  it("finds none where the passage holds the word, the opposite is denied, or the question writes it", () => {
    expect(opposed("What meetings are closed?", "Meetings are open, and debates closed.", ["closed"])).toBe(false);
    expect(opposed("What if P and NP are unequal?", "NP is not equal to co-NP.")).toBe(false);
    expect(opposed("Which eastern country, beside western ones?", "Western dominance in Asia.")).toBe(false);
    expect(opposed("Who is not able to legislate?", "Parliament is unable to legislate.")).toBe(false);
  });

  it("finds none in a verb's converse, which tells the same event from the other side", () => {
    expect(opposed("Who bought the rights?", "His nephew sold the rights to Guzmán.")).toBe(false);
    expect(opposed("Who took command in 1753?", "In 1753, Marin was given command.")).toBe(false);
    expect(opposed("What is the term given to the algorithm?", "The time taken is a function of n.")).toBe(false);
    // Where the question names the doer, its converse done by the quote's doer is the other side's event.
    expect(opposed("When did the SNP take seats from Labour?", "Seats were given to the SNP by Labour.")).toBe(false);
    expect(opposed("When did the SNP take seats from Labour?", "Labour gave seats to the SNP.")).toBe(false);
  });

  it("finds a verb's converse where the question names the doer and the quote's verb is active", () => {
    expect(opposed("The SNP gave how many seats to Labour?", "The SNP took 16 seats from Labour.")).toBe(true);
    expect(opposed("What policy took away Britain's dominance?", "A policy of free trade gave it dominance.")).toBe(
      true,
    );
  });

  it("finds a word of the family of a question's word without its negating prefix", () => {
    expect(opposed("What was the plan for unfocused efforts?", "The minister decided to focus on an invasion.")).toBe(
      true,
    );
    // Not where the quote's word has the prefix too, nor for a word that only begins as a prefix does.
    expect(opposed("What was the plan for unfocused efforts?", "The efforts were unfocused.", ["efforts"])).toBe(false);
    expect(opposed("What information did they give?", "They gave a form.")).toBe(false);
  });

  it('finds a word with "-less" against the word it is made from', () => {
    expect(
      opposed("What forces are modeled using friction strings?", "Tension is modeled using frictionless strings."),
    ).toBe(true);
    expect(opposed("Which strings are massless?", "The strings have mass.")).toBe(true);
  });

  it("finds a stop word of large degree against the question's word of small degree", () => {
    expect(opposed("What is considered less fundamental than force?", "Momentum is more fundamental than force.")).toBe(
      true,
    );
    expect(opposed("Very little of the work is done where?", "Much of the work is done in committee.")).toBe(true);
    expect(opposed("Very few ministers are drawn from whom?", "Most ministers are drawn from the MSPs.")).toBe(true);
    // Not one the question writes itself, nor a word WordNet relates to the small one ("lesser").
    expect(opposed("Is less or more of the work done there?", "More of the work is done there.")).toBe(false);
    expect(opposed("Who was the lesser of two evils?", "More dangerous insurgents were the other.")).toBe(false);
  });

  it("finds a noun's opposite as well", () => {
    expect(opposed("Which parties hold the minority of seats?", "The parties that hold the majority govern.")).toBe(
      true,
    );
  });
  it("answers for each question word its own, though each word's tests of a quote's words are remembered", () => {
    for (let round = 0; round < 2; round += 1) {
      expect(opposed("What meetings are closed to the public?", "Committee meetings are open to the public.")).toBe(
        true,
      );
      expect(opposed("What meetings are open to the public?", "Committee meetings are open to the public.")).toBe(
        false,
      );
      expect(opposed("What meetings are open to the public?", "Committee meetings are closed to the public.")).toBe(
        true,
      );
    }
  });
});

describe("SwappedWord", () => {
  it("finds another name, ordinal or number beside the word the question's stands beside", () => {
    expect(swapped("Who sits in the Second Chamber?", "The First Chamber seats the Lord Advocate.")).toBe(true);
    expect(swapped("What did the Liberal victory change?", "After the Conservative victory, rules changed.")).toBe(
      true,
    );
    expect(swapped("What did the United States Parliament pass?", "The United Kingdom Parliament passed it.")).toBe(
      true,
    );
    expect(swapped("What lasts three months?", "The poll may be moved by one month.")).toBe(true);
    // A name after a preposition after a word of the question.
    expect(swapped("Who was born in Wola?", "One famous person born in Warsaw was Curie.", ["Wola"])).toBe(true);
    expect(swapped("What came after the work of Galileo?", "It was named after the work of Newton.")).toBe(true);
    expect(swapped("Who was born in Warsaw?", "One famous person born in Warsaw was Curie.", ["Warsaw"])).toBe(false);
    expect(swapped("Who was born in Wola?", "One famous person born in Wola, Warsaw, was Curie.", ["Wola"])).toBe(
      false,
    );
    // A name no lexicon knows is one at a sentence's start too.
    expect(swapped("Where is Ekstraklasa's home venue?", "Polonia's home venue is at Konwiktorska Street.")).toBe(true);
  });

  it("reads a people's adjective and a title before a name at the question's start as names", () => {
    const held = ["architect", "Miralles", "Robert", "Dinwiddie", "Wilson"];
    expect(
      swapped("French architect Miralles designed what?", "It was designed by Spanish architect Miralles.", held),
    ).toBe(true);
    expect(
      swapped("Minister Robert Dinwiddie invested in what?", "Governor Robert Dinwiddie was an investor.", held),
    ).toBe(true);
    expect(swapped("President Wilson committed to what?", "It led Prime Minister Wilson to commit.", held)).toBe(true);
    expect(
      swapped("Governor Robert Dinwiddie invested in what?", "Governor Robert Dinwiddie was an investor.", held),
    ).toBe(false);
    // A question word before a name is no title.
    expect(swapped("When Wilson committed, what did he end?", "Sir Harold Wilson committed to it.", held)).toBe(false);
  });

  it("finds an adjective only in its opposite, by WordNet or a negating prefix", () => {
    expect(swapped("Who are elected by an open ballot?", "They are elected by a closed ballot.")).toBe(true);
    expect(swapped("Where does the smallest party sit?", "The largest party sits in the middle.")).toBe(true);
    expect(swapped("What does the abnormal force do?", "The normal force acts on the object.")).toBe(true);
    // A paraphrase keeps the noun and changes its adjective to a word WordNet does not oppose to it.
    expect(swapped("What is the observable effect of decay?", "Its most familiar effect is decay.")).toBe(false);
  });

  it("finds nothing where the passage holds the question's word, or says it in other words", () => {
    expect(
      swapped("Who sits in the Second Chamber?", "The First Chamber seats him, the Second Chamber her.", ["Second"]),
    ).toBe(false);
    expect(swapped("What did France build its global empire on?", "France rebuilt its worldwide empire.")).toBe(false);
    expect(swapped("What was Abu Hamaz charged with?", "Abu Hamza was charged.")).toBe(false);
    expect(swapped("What did the small council decide?", "The council decided.")).toBe(false);
    // A name's initials for the name written out, either way round.
    expect(swapped("What does EU law override?", "European Union law overrides national law.")).toBe(false);
    expect(swapped("What does European Union law override?", "EU law overrides national law.")).toBe(false);
    expect(swapped("What does EU law override?", "European Community law overrides national law.")).toBe(true);
  });

  it("finds, where the passage holds the question's word elsewhere, an opposite in its slot, or another name before a noun of a quote without it", () => {
    const strong = "The strong force is due to the exchange of what?";
    expect(swapped(strong, "The weak force is due to the exchange of bosons.", ["strong"])).toBe(true);
    expect(swapped("What started with a zero velocity?", "It started with a non-zero velocity.", ["zero"])).toBe(true);
    expect(swapped("What city served as Prussia's capital?", "Kraków served as the Polish capital.", ["Prussia"])).toBe(
      true,
    );
    // The quote writes the question's own word in the slot as well; a name it writes elsewhere may be the one asked.
    expect(swapped(strong, "The strong and weak force, and the strong force is due to it.", ["strong"])).toBe(false);
    expect(swapped("Which NP-complete problems?", "Combinatorial Problems are NP-complete.", ["NP-complete"])).toBe(
      false,
    );
    // Another adjective than the opposite, or a name before the question's verb, says nothing.
    expect(swapped("What did the small council decide?", "The local council decided.", ["small"])).toBe(false);
    expect(swapped("When did Edward return?", "Edward the Confessor returned in 1041.", ["Edward"])).toBe(false);
  });

  it("finds the question's order in time reversed", () => {
    const question = "Before the bill has been passed, who submits it?";
    expect(swapped(question, "After the bill has been passed, the Presiding Officer submits it.")).toBe(true);
    expect(swapped(question, "Before the bill has been passed, the Presiding Officer submits it.")).toBe(false);
    // The quote writes both: the order it gives is not read.
    expect(swapped(question, "After the debate and before the bill has been passed, the Officer submits it.")).toBe(
      false,
    );
  });

  it("reads another of the question's own words beside the neighbour as no swap", () => {
    expect(swapped("Is the French Empire or the Ethiopian Empire older?", "The Ethiopian Empire predates it.")).toBe(
      false,
    );
  });
});

const PARLIAMENT = `The chamber

Private bills are scrutinised by a committee of four members.

The largest party in the Parliament sits in the middle of the semicircle.

Its debates are public.`;

const index = buildIndex([parseTxt("chamber.txt", "chamber", PARLIAMENT)], attributeArticle);

describe("ask: a question whose modifier the passage swaps", () => {
  it("comes near, where the same question with the passage's word answers", () => {
    expect(ask(index, "The largest party in the Parliament sits in the middle of what?").verdict).toBe("answers");
    expect(ask(index, "The smallest party in the Parliament sits in the middle of what?").verdict).toBe("near");
    expect(ask(index, "What scrutinises private bills?").verdict).toBe("answers");
    expect(ask(index, "What scrutinises public bills?").verdict).toBe("near");
  });

  it("comes near where the quote writes the opposite of the question's adjective anywhere", () => {
    expect(ask(index, "Which debates are public?").verdict).toBe("answers");
    const answer = ask(index, "Which debates are private?");
    expect(answer.verdict).toBe("near");
    expect(answer.results[0]?.missing?.words[0]).toBe("private");
  });
});
