import { describe, expect, it } from "vitest";
import { ParagraphSearch } from "../src/search/paragraph-search.ts";

describe("ParagraphSearch.termsNear", () => {
  it("answers a search it has made again after paragraphs are added, discarded and vacuumed out", async () => {
    const search = new ParagraphSearch();
    search.add({ id: 0, terms: "gaddafi spoke" });
    expect(search.termsNear("gadafi", 1)).toEqual(new Map([["gaddafi", 1]]));
    search.add({ id: 1, terms: "gaddafi gadafy" });
    expect(search.termsNear("gadafi", 1)).toEqual(
      new Map([
        ["gaddafi", 2],
        ["gadafy", 1],
      ]),
    );
    search.discard(0);
    search.discard(1);
    await search.vacuum();
    expect(search.termsNear("gadafi", 1)).toEqual(new Map());
  });

  it("searches an index loaded from its JSON", () => {
    const search = new ParagraphSearch();
    search.add({ id: 0, terms: "gaddafi spoke" });
    const loaded = ParagraphSearch.fromJS(JSON.parse(JSON.stringify(search)));
    expect(loaded.termsNear("gadafi", 1)).toEqual(new Map([["gaddafi", 1]]));
    expect(loaded.termsNear("gadafi", 1)).toEqual(new Map([["gaddafi", 1]]));
  });
});
