import { andMore } from "../../wording/common.ts";

/**
 * `items` one a line, each rendered by `line`, as many as fit in `max` characters with, where some are left
 * out, "…and N more" after them. Lines are rendered only until the list is full, so that a corpus of
 * thousands of articles costs no more than the lines shown.
 */
export function linesWithin<T>(items: readonly T[], line: (item: T) => string, max: number): string {
  const lines: string[] = [];
  let length = 0;
  for (const [index, item] of items.entries()) {
    const next = line(item);
    const more = andMore(items.length - index);
    if (length + next.length + 1 + more.length > max) {
      lines.push(more);
      break;
    }
    lines.push(next);
    length += next.length + 1;
  }
  return lines.join("\n");
}
