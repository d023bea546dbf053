import fc from "fast-check";

/**
 * Discord-flavoured trouble: mentions, markdown, code fences, links and stray brackets that could make one,
 * marks that hide or reorder text, and `String.replace`'s replacement patterns (`$&`, `$'`), which a
 * template filled with user text must not obey.
 */
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
  "[",
  "]",
  "](https://evil.example/claim)",
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
  "$&",
  "$'",
  "$$",
  "{}",
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

/**
 * Runs of the whole property suite (`tests/fuzz`): 2,000 in `npm test`, which keeps the suite within two
 * minutes on two cores, or `FUZZ_RUNS` when set (`npm run fuzz` sets 100,000, for the deep search). Each
 * property takes its share, so the total is what the variable says.
 */
export const FUZZ_TOTAL = Number(process.env.FUZZ_RUNS ?? 2000);

/** Each property's share of {@link FUZZ_TOTAL}; they add up to 1. */
export const FUZZ_SHARES = {
  core: 0.3,
  replies: 0.3,
  autocomplete: 0.2,
  notices: 0.1,
  articles: 0.088,
  pages: 0.01,
  corpora: 0.002,
} as const;

/**
 * fast-check parameters for one property: its share of the runs, and `FUZZ_SEED` when set so that a
 * failure reported by `npm run fuzz` can be replayed (fast-check prints the seed and path on failure).
 */
export function fuzzParams(part: keyof typeof FUZZ_SHARES): { numRuns: number; seed?: number } {
  const numRuns = Math.max(1, Math.round(FUZZ_TOTAL * FUZZ_SHARES[part]));
  return process.env.FUZZ_SEED ? { numRuns, seed: Number(process.env.FUZZ_SEED) } : { numRuns };
}

/** A test timeout generous enough for `runs` on a slow machine: 20 ms a run, at least a minute. */
export function fuzzTimeout(part: keyof typeof FUZZ_SHARES): number {
  return Math.max(60_000, fuzzParams(part).numRuns * 20);
}

/** Text a user pastes into a short field (an article id, a search as typed): up to 120 characters of anything. */
export function shortText(corpusWords: string[], ids: string[] = []): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.string({ unit: "binary", maxLength: 12 }),
    fc.constantFrom(...TROUBLE),
    fc.constantFrom(...corpusWords),
    ...(ids.length > 0 ? [fc.constantFrom(...ids)] : []),
  );
  return fc.oneof(
    fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(" ").slice(0, 120)),
    fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")),
    fc.string({ unit: "binary", maxLength: 120 }),
  );
}

/** Text that is anything at all but short, for names and titles that a renderer must cut: up to 400 characters. */
export function anyText(): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom(...TROUBLE));
  return fc.oneof(
    fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")),
    fc.string({ unit: "grapheme", maxLength: 400 }),
  );
}
