import { parentPort, workerData } from "node:worker_threads";
import { CorpusError } from "../corpus/errors.ts";
import { openCorpus } from "../open.ts";
import { toSnapshot } from "../search/snapshot.ts";
import type { BuildRequest, BuildResult } from "./protocol.ts";

// Builds an index off the main thread, so that the bot keeps answering from the old one meanwhile.
const { dir, ...options } = workerData as BuildRequest;
const warnings: string[] = [];
let result: BuildResult;
try {
  const index = openCorpus(dir, { ...options, onWarning: (warning) => warnings.push(warning) });
  result = { ok: true, snapshot: toSnapshot(index), warnings };
} catch (error) {
  result = { ok: false, error: error instanceof CorpusError ? error.message : `citebot: ${String(error)}` };
}
parentPort?.postMessage(result);
