/**
 * How the build grows with the corpus: citebot's `buildIndex` (then attributing every article, which a
 * running bot does for an article when first quoting it, timed apart) against the
 * strong baseline, MiniSearch with stop words and a Porter stemmer, on the first 1,000 and 5,000
 * paragraphs of the large corpus and on all of it. Each build runs in a fresh process (bench/worker.ts),
 * the engines in turn, so that no build finds another's word caches or JIT warm.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/corpus/types.ts";
import { measureInChild, percentile } from "./measure.ts";
import type { EngineResult, Workload } from "./worker.ts";

const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** The engines timed, by their names in bench/engines.ts. */
export const BUILD_ENGINES = ["citebot", "MiniSearch stop words + Porter"] as const;

/** One size's median build time for each engine, and then citebot's attributing every article, in milliseconds. */
export interface BuildScale {
  paragraphs: number;
  runs: number;
  ms: Record<(typeof BUILD_ENGINES)[number], number>;
  attributeAllMs: number;
}

/** Paragraph counts to build at; the whole corpus is the last. Smaller sizes are timed three times. */
const SIZES = [1000, 5000, Number.POSITIVE_INFINITY];

export async function buildScaling(articles: Article[], scratch: string): Promise<BuildScale[]> {
  const scales: BuildScale[] = [];
  for (const size of SIZES) {
    const subset = firstParagraphs(articles, size);
    const paragraphs = subset.reduce((sum, article) => sum + article.paragraphs.length, 0);
    const file = join(scratch, `build-${paragraphs}.json`);
    writeFileSync(file, JSON.stringify({ articles: subset, queries: [] } satisfies Workload));
    const runs = Number.isFinite(size) ? 3 : 1;
    const times = new Map<string, number[]>(BUILD_ENGINES.map((name) => [name, []]));
    const deferred: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      for (const name of BUILD_ENGINES) {
        process.stderr.write(`bench: build ${paragraphs} paragraphs: ${name}…\n`);
        const result = await measureInChild<EngineResult>(WORKER, [file, name]);
        times.get(name)?.push(result.buildMs);
        if (result.deferredMs !== undefined) deferred.push(result.deferredMs);
      }
    }
    const median = (values: number[]) =>
      percentile(
        [...values].sort((a, b) => a - b),
        0.5,
      );
    scales.push({
      paragraphs,
      runs,
      ms: Object.fromEntries(BUILD_ENGINES.map((name) => [name, median(times.get(name) ?? [])])) as BuildScale["ms"],
      attributeAllMs: median(deferred),
    });
  }
  return scales;
}

/** The first articles of `articles` that hold at least `count` paragraphs between them (all of them at most). */
function firstParagraphs(articles: Article[], count: number): Article[] {
  const taken: Article[] = [];
  let paragraphs = 0;
  for (const article of articles) {
    if (paragraphs >= count) break;
    taken.push(article);
    paragraphs += article.paragraphs.length;
  }
  return taken;
}
