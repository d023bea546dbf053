import { type ResourceLimits, Worker } from "node:worker_threads";
import { COMPILED, type EntryPoint, entryPointUrl } from "./entry-points.ts";

/**
 * Starts a worker thread on one of citebot's entry points with `workerData`: the compiled file, or from
 * source its TypeScript. `resourceLimits` caps its heap and stack (none by default).
 */
export function startWorker(name: EntryPoint, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const entry = entryPointUrl(name);
  return COMPILED
    ? new Worker(entry, { workerData, ...(resourceLimits && { resourceLimits }) })
    : startTypeScriptWorker(entry, workerData, resourceLimits);
}

/**
 * Starts a worker thread on a TypeScript module with `workerData`, through a bootstrap that registers
 * tsx's loader first, since a worker inherits no loader from a test runner.
 */
export function startTypeScriptWorker(entry: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, ...(resourceLimits && { resourceLimits }) });
}
