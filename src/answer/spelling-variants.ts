/**
 * British and American spellings of one word, by the regular correspondences of their endings (the ones
 * spelling guides list: "centre"/"center", "colour"/"color", "organise"/"organize", "analyse"/"analyze",
 * "defence"/"defense", "catalogue"/"catalog"). WordNet lists the two as synonyms but links only one of them
 * to its word family ("center" -> "central"), so a claim written in the other spelling meets none of it.
 */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ["re", "er"],
  ["our", "or"],
  ["ise", "ize"],
  ["yse", "yze"],
  ["ence", "ense"],
  ["ogue", "og"],
];

/** Whether `a` and `b` (lower case) are one word in its British and American spellings. */
export function isSpellingVariant(a: string, b: string): boolean {
  return ENDINGS.some(([british, american]) => sameBut(a, b, british, american) || sameBut(b, a, british, american));
}

function sameBut(a: string, b: string, british: string, american: string): boolean {
  if (!a.endsWith(british) || !b.endsWith(american)) return false;
  const stem = a.slice(0, -british.length);
  // A stem of a letter or two is a short word of its own ("ore"/"or"), not a spelling.
  return stem.length > 2 && stem === b.slice(0, -american.length);
}

/**
 * The American spellings `word` (lower case) could be a British spelling of, inflected or derived as it is:
 * "colours" -> "colors", "organised" -> "organized", "centres" -> "centers". Candidates only: whoever asks
 * keeps those its dictionary knows ("timbre" gives "timber", another word, which only a dictionary of
 * meanings would tell apart).
 */
export function americanSpellings(word: string): string[] {
  const found = new Set<string>();
  for (const [british, american] of ENDINGS) {
    for (let at = word.indexOf(british, 3); at >= 0; at = word.indexOf(british, at + 1)) {
      found.add(word.slice(0, at) + american + word.slice(at + british.length));
    }
  }
  return [...found];
}
