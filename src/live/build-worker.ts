import { parentPort } from "node:worker_threads";
import { RememberedAttribution } from "../attribution/remembered.ts";
import { CorpusError } from "../corpus/errors.ts";
import { openCorpus } from "../open.ts";
import { toSnapshot } from "../search/snapshot.ts";
import type { BuildRequest, BuildResult } from "./protocol.ts";

// Builds indexes off the main thread, one per request, so that the bot keeps answering from the old one
// meanwhile. It lives as long as the live corpus, remembering who says what in each article it has seen.
const remembered = new RememberedAttribution();

parentPort?.on("message", ({ dir, ...options }: BuildRequest) => {
  const warnings: string[] = [];
  let result: BuildResult;
  remembered.startBuild();
  try {
    const index = openCorpus(dir, {
      ...options,
      attribute: remembered.attribute,
      onWarning: (warning) => warnings.push(warning),
    });
    result = { ok: true, snapshot: toSnapshot(index), warnings, attributed: remembered.attributed };
  } catch (error) {
    result = { ok: false, error: error instanceof CorpusError ? error.message : `citebot: ${String(error)}` };
  }
  parentPort?.postMessage(result);
});
