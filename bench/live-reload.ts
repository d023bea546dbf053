/**
 * `npx tsx bench/live-reload.ts`: how long the live corpus takes to take in a changed file on the bench's
 * large corpus (25,782 paragraphs, written as `.txt` files to a folder under the system's temporary
 * folder), and the longest the event loop waited meanwhile (a 5 ms timer's worst gap): a reload with
 * nothing changed, a first one-file change, then another. The first run builds the corpus and its cache
 * (a minute or more); later runs reuse them.
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
const live = new LiveCorpus(openCorpus(dir, { cacheDir }), { dir, cacheDir });
console.log(`opened ${live.index.paragraphs.length} paragraphs in ${Math.round(performance.now() - opened)} ms`);

let last = performance.now();
let worst = 0;
const monitor = setInterval(() => {
  const now = performance.now();
  worst = Math.max(worst, now - last);
  last = now;
}, 5);
const files = readdirSync(dir).sort();
for (const [round, file] of [
  ["nothing changed"],
  ["a first file changed", files[0]],
  ["another file changed", files[1]],
]) {
  if (file) appendFileSync(join(dir, file), "\nAn added paragraph about copper.\n\nbench, generated\n");
  worst = 0;
  last = performance.now();
  const started = performance.now();
  const event = await live.reload();
  const ms = Math.round(performance.now() - started);
  const what = event.ok ? `parsed ${event.parsed.length}, attributed ${event.attributed.length}` : event.error;
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(`${round}: ${ms} ms, longest event-loop wait ${Math.round(worst)} ms, ${what}, RSS ${rss} MB`);
}
clearInterval(monitor);
live.close();
