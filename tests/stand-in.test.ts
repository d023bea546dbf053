import { describe, expect, it } from "vitest";
import { holdsStandIn } from "../src/answer/stand-in.ts";
import { attributeArticle } from "../src/attribution/extract.ts";
import { parseTxt } from "../src/corpus/parse.ts";
import { buildIndex } from "../src/search/corpus-index.ts";
import { tokenize } from "../src/text/analyzer.ts";
import { sources } from "./helpers/answer.ts";

describe("holdsStandIn: a word that may stand for a name the quote does not write", () => {
  it("finds a personal pronoun", () => {
    expect(holdsStandIn(tokenize("He also approved the harbour fees."))).toBe(true);
    expect(holdsStandIn(tokenize("The council raised their fees."))).toBe(true);
  });

  it("finds none in a quote that names its doer", () => {
    expect(holdsStandIn(tokenize("Other victims included a harbour pilot and a ferry cook."))).toBe(false);
  });
});

describe("a claim about a name only the rest of its article writes", () => {
  const port = buildIndex(
    [
      parseTxt(
        "port.txt",
        "port",
        `Storm hits Kessel

Ilsa Varn, the harbour master, inspected the quay after the storm on Monday.

The council met on Tuesday and counted the damage to the quay and the ferry terminal.

Crossings to Halden were halted for three days.

She said the quay would reopen to ferries on Friday.`,
      ),
    ],
    attributeArticle,
  );

  it("is not supported by a passage that tells it of someone else", () => {
    expect(sources(port, "Ilsa Varn counted the damage to the quay and the ferry terminal").verdict).not.toBe(
      "supports",
    );
  });

  it("is supported by a passage that says the name as a pronoun", () => {
    expect(sources(port, "Ilsa Varn said the quay would reopen to ferries on Friday").verdict).toBe("supports");
  });
});
