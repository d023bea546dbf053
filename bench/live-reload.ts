/**
 * `npx tsx bench/live-reload.ts`: how long the live corpus takes to take in a changed file on the bench's
 * large corpus (25,782 paragraphs, written as `.txt` files to a folder under the system's temporary
 * folder), the longest the event loop waited meanwhile (a 5 ms timer's worst gap) and the process's
 * peak RSS: a reload with nothing changed, a first one-file change, another, then the index cache that the
 * worker writes once the folder is quiet. The first run builds the corpus and its cache (a minute or
 * more); later runs reuse them.
 */
import { appendFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LiveCorpus } from "../src/live/live-corpus.ts";
import { openCorpus } from "../src/open.ts";
import { writeCorpus } from "./cold-start.ts";
import { brownDocuments, factbookDocuments, toArticles } from "./corpus.ts";

const dir = join(tmpdir(), "citebot-bench-live", "corpus");
const cacheDir = join(tmpdir(), "citebot-bench-live", "cache");
if (!existsSync(dir)) writeCorpus(toArticles([...factbookDocuments(), ...brownDocuments()]), dir);
const opened = performance.now();
// The cache is written 1 s after the last change here, to time it too.
const live = new LiveCorpus(await openCorpus(dir, { cacheDir }), { dir, cacheDir, cacheQuietMs: 1000 });
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
console.log(
  `opened ${live.index.paragraphs.length} paragraphs in ${Math.round(performance.now() - opened)} ms, RSS ${mb(process.memoryUsage.rss())} MB`,
);

let last = performance.now();
let worst = 0;
let peak = 0;
const monitor = setInterval(() => {
  const now = performance.now();
  worst = Math.max(worst, now - last);
  last = now;
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5);
const measured = async (round: string, work: () => Promise<string>) => {
  worst = 0;
  peak = 0;
  last = performance.now();
  const started = performance.now();
  const what = await work();
  const ms = Math.round(performance.now() - started);
  console.log(`${round}: ${ms} ms, longest event-loop wait ${Math.round(worst)} ms, ${what}, peak RSS ${mb(peak)} MB`);
};
const files = readdirSync(dir).sort();
for (const [round, file] of [
  ["nothing changed (the worker reads every file once)"],
  ["a first file changed", files[0]],
  ["another file changed", files[1]],
]) {
  if (file) appendFileSync(join(dir, file), "\nAn added paragraph about copper.\n\nbench, generated\n");
  await measured(round ?? "", async () => {
    const event = await live.reload();
    return event.ok ? `parsed ${event.parsed.length}, attributed ${event.attributed.length}` : event.error;
  });
}
const cached = () => readdirSync(cacheDir).filter((name) => name.endsWith(".snapshot"));
const before = new Set(cached());
await measured("the cache written after the quiet time", async () => {
  while (cached().every((name) => before.has(name))) await new Promise((resolve) => setTimeout(resolve, 100));
  return "written by the worker";
});
clearInterval(monitor);
live.close();
