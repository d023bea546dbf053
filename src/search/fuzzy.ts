/**
 * What `keysNear` reads of a MiniSearch `SearchableMap`, such as the one a MiniSearch index keeps its terms
 * in: its fuzzy look-up and its view of the keys under a prefix.
 */
interface FuzzyMap<T> {
  fuzzyGet(key: string, maxEditDistance: number): Map<string, [T, number]>;
  atPrefix(prefix: string): FuzzyMap<T>;
}

/**
 * The keys of `map` within `distance` edits of `term`, each with its value. With `keepFirstLetter`, beyond
 * one edit only keys that begin with the term's first letter are searched, since a misspelt name mostly
 * keeps it ("Gadaffi" for "Gaddafi"): two edits over every term of a large corpus took milliseconds a name,
 * and within one first letter take a tenth of that. Edits are counted the same either way, as a shared
 * first letter adds none.
 */
export function keysNear<T>(
  map: FuzzyMap<T>,
  term: string,
  distance: number,
  { keepFirstLetter = false } = {},
): Map<string, T> {
  const near = new Map<string, T>();
  const anyLetter = keepFirstLetter ? Math.min(distance, 1) : distance;
  for (const [key, [value]] of map.fuzzyGet(term, anyLetter)) near.set(key, value);
  const first = term.codePointAt(0);
  if (distance > anyLetter && first !== undefined) {
    const letter = String.fromCodePoint(first);
    for (const [rest, [value]] of map.atPrefix(letter).fuzzyGet(term.slice(letter.length), distance)) {
      near.set(letter + rest, value);
    }
  }
  return near;
}
