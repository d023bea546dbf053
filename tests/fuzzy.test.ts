import SearchableMap from "minisearch/SearchableMap";
import { describe, expect, it } from "vitest";
import { keysNear } from "../src/search/fuzzy.ts";

const names = SearchableMap.from<number>([
  ["gaddafi", 1],
  ["qaddafi", 2],
  ["gadafy", 3],
  ["roussel", 4],
  ["russell", 5],
]);

const FIRST_LETTER = { keepFirstLetter: true };

describe("keysNear", () => {
  it("finds keys one edit away whatever their first letter, and two edits away with the term's first letter", () => {
    expect(keysNear(names, "gaddafy", 1, FIRST_LETTER)).toEqual(
      new Map([
        ["gaddafi", 1],
        ["gadafy", 3],
      ]),
    );
    expect(keysNear(names, "qaddafy", 1, FIRST_LETTER)).toEqual(new Map([["qaddafi", 2]]));
    expect([...keysNear(names, "gadaffi", 2, FIRST_LETTER).keys()].sort()).toEqual(["gadafy", "gaddafi"]);
    expect([...keysNear(names, "rousell", 2, FIRST_LETTER).keys()].sort()).toEqual(["roussel", "russell"]);
  });

  it("finds keys two edits away whatever their first letter unless told to keep it", () => {
    expect([...keysNear(names, "xaddafy", 2).keys()].sort()).toEqual(["gadafy", "gaddafi", "qaddafi"]);
  });

  it("finds nothing two edits away under a first letter no key has, and nothing for an empty term", () => {
    // Two edits from "gaddafi", "qaddafi" and "gadafy", none of which begins with "x".
    expect(keysNear(names, "xaddafy", 2, FIRST_LETTER)).toEqual(new Map());
    expect(keysNear(names, "", 2, FIRST_LETTER)).toEqual(new Map());
  });
});
