import { describe, expect, it } from "vitest";
import { BuildMemory } from "../src/live/build-memory.ts";

/** A memory of doubled numbers, counting how often one was worked out. */
function doubling() {
  const memory = new BuildMemory<number>();
  const worked: number[] = [];
  const recall = (n: number) =>
    memory.recall(String(n), { n }, () => {
      worked.push(n);
      return n * 2;
    });
  return { memory, worked, recall };
}

describe("BuildMemory", () => {
  it("works an item out once while builds ask for it, and forgets it after a build that does not", () => {
    const { memory, worked, recall } = doubling();
    memory.startBuild();
    expect([recall(1), recall(2)]).toEqual([2, 4]);
    expect(memory.fresh).toEqual(["1", "2"]);
    memory.startBuild();
    expect(recall(1)).toBe(2);
    expect(memory.fresh).toEqual([]);
    memory.startBuild();
    recall(2);
    expect(worked).toEqual([1, 2, 2]);
  });

  it("keeps what it knows of an item through a build that only keeps it, working nothing out", () => {
    const { memory, worked, recall } = doubling();
    memory.startBuild();
    recall(1);
    memory.startBuild();
    memory.keep({ n: 1 });
    memory.keep({ n: 3 });
    memory.startBuild();
    expect(recall(1)).toBe(2);
    expect(worked).toEqual([1]);
  });
});
