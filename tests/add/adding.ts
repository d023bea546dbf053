import { readdirSync } from "node:fs";
import { expect } from "vitest";
import type { AddOptions } from "../../src/add/add.ts";
import { Refusal } from "../../src/add/refusal.ts";
import { loadCorpus } from "../../src/corpus/load.ts";

/** The ferry page's article id: the slug of its headline. */
export const FERRY_ID = "lake-morrow-ferry-suspended-after-crack-found-in-hull";

/** Options for adding to `dir`, with what it holds already as the loader reads it; private addresses allowed unless `more` says otherwise. */
export function into(dir: string, more: Partial<AddOptions> = {}): AddOptions {
  return { dir, allowPrivate: true, existing: loadCorpus(dir), ...more };
}

/** The refusal an add ends in, after checking that the folder is as it was. */
export async function refused(dir: string, add: () => Promise<unknown> | unknown): Promise<Refusal> {
  const before = readdirSync(dir).sort();
  const error = await Promise.resolve()
    .then(add)
    .then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
  expect(error).toBeInstanceOf(Refusal);
  expect(readdirSync(dir).sort()).toEqual(before);
  return error as Refusal;
}
