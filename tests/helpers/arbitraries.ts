import fc from "fast-check";

/** Discord-flavoured trouble: mentions, markdown, code fences, links, and marks that hide or reorder text. */
const TROUBLE = [
  "@everyone",
  "@here",
  "<@123>",
  "<@!123>",
  "<@&123>",
  "<#123>",
  "```",
  "`",
  "**",
  "__",
  "~~",
  "||",
  "> ",
  "# ",
  "[link](https://example.org)",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u2066",
  "\u0301",
  "\ud83d\ude00",
  "\ud835\udd4f",
  "\u0000",
  "\n",
  "\r\n",
  "\t",
];

/**
 * User text as it comes: 0 to 6,000 characters from all of Unicode (astral planes, controls, lone
 * surrogates), the trouble above, and the corpus's own words so that some inputs do match.
 */
export function userText(corpusWords: string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(...TROUBLE),
    fc.constantFrom(...corpusWords),
    fc.constant(" "),
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(" ")) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.array(piece, { minLength: 200, maxLength: 400 }).map((parts) => parts.join(" ").slice(0, 6000)),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 5500, maxLength: 6000 }) },
  );
}
