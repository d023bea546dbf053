/**
 * What this tree's answer path costs against another checkout's (issue 19: "the bench says what the verdict
 * costs"): citebot's whole `ask` on the answer bench's large corpus and its two query sets (bench/answers.ts),
 * each tree timed by its own compiled `bench/answer-worker.ts` in a process of its own, the rounds interleaved
 * so that a slow spell of this shared machine falls on both alike. Prints each tree's median over the rounds of
 * each round's p50 and p99, and this tree's over the other's.
 *
 *   git worktree add --detach ../base 34de7c7 && (cd ../base && npm ci && npm run build)
 *   npx tsx bench/paired.ts --vs ../base [--rounds 9]
 *
 * The other tree must have the same worker protocol (`bench/answer-worker.ts`, `bench/measure.ts`), as every
 * commit since the answer bench's peers were added does. Not part of `npm run bench`: it needs a second build.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { realQuestions } from "./answers.ts";
import { brownDocuments, factbookDocuments, toArticles } from "./corpus.ts";
import type { MeasuringChild } from "./measure.ts";
import { makeQueries } from "./queries.ts";

interface Latency {
  p50: number;
  p99: number;
}

const { values } = parseArgs({ options: { vs: { type: "string" }, rounds: { type: "string", default: "9" } } });
if (values.vs === undefined) {
  console.error("usage: npx tsx bench/paired.ts --vs OTHER_TREE [--rounds N]");
  process.exit(2);
}
const rounds = Number(values.rounds);
const here = resolve(import.meta.dirname, "..");
const trees = [resolve(values.vs), here];

const articles = toArticles([...factbookDocuments(), ...brownDocuments()]);
const sets = [
  { name: "drawn", queries: makeQueries(articles, 1000) },
  { name: "real", queries: realQuestions(here) ?? [] },
];
const scratch = mkdtempSync(join(tmpdir(), "citebot-paired-"));
const workload = join(scratch, "workload.json");
writeFileSync(workload, JSON.stringify({ articles, sets }));

const children: Array<{ tree: string; child: MeasuringChild }> = [];
for (const tree of trees) {
  // Each tree's own runner, so that each worker speaks the protocol it was built with.
  const { startMeasuring } = (await import(join(tree, "bench/measure.ts"))) as typeof import("./measure.ts");
  process.stderr.write(`paired: building citebot in ${tree}…\n`);
  const child = startMeasuring(join(tree, "bench/answer-worker.ts"), [workload, "citebot"]);
  await child.next();
  children.push({ tree, child });
}

const figures = new Map<string, Map<string, Latency[]>>();
for (let round = 0; round < rounds; round += 1) {
  for (let i = 0; i < children.length; i += 1) {
    const { tree, child } = children[(i + round) % children.length] as (typeof children)[number];
    const got = await child.ask<Record<string, { answer: Latency }>>("round");
    for (const [set, parts] of Object.entries(got)) {
      const bySet = figures.get(tree) ?? new Map<string, Latency[]>();
      figures.set(tree, bySet.set(set, [...(bySet.get(set) ?? []), parts.answer]));
    }
  }
  process.stderr.write(`paired: round ${round + 1} of ${rounds}\n`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const of = (tree: string, set: string, part: keyof Latency) =>
  median((figures.get(tree)?.get(set) ?? []).map((latency) => latency[part]));
const [other, self] = trees as [string, string];
console.log(`| Set | ${other} p50 | p99 | this tree p50 | p99 | p50 ratio | p99 ratio |`);
console.log("|---|--:|--:|--:|--:|--:|--:|");
for (const { name } of sets) {
  const cells = [of(other, name, "p50"), of(other, name, "p99"), of(self, name, "p50"), of(self, name, "p99")];
  const [op50 = 0, op99 = 0, sp50 = 0, sp99 = 0] = cells;
  console.log(
    `| ${name} | ${cells.map((ms) => ms.toFixed(3)).join(" | ")} | ${(sp50 / op50).toFixed(2)}× | ${(sp99 / op99).toFixed(2)}× |`,
  );
}
await Promise.all(children.map(({ child }) => child.stop()));
rmSync(scratch, { recursive: true, force: true });
