import { Worker } from "node:worker_threads";

/**
 * Starts a worker thread on a TypeScript module with `workerData`. The worker registers tsx's loader
 * itself, since a worker inherits no loader from a test runner, then imports `entry`.
 */
export function startTsWorker(entry: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
