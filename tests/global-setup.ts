/**
 * Said once per `npm test`: whether the PostgreSQL store's tests run. They run against the server that
 * `TEST_DATABASE_URL` names (`.ci/run` sets it), and fail if it cannot be reached; without it, the rest runs.
 */
export default function setup(): void {
  // Each of the suite's projects runs the setup: the line is said once.
  if (process.env.TEST_DATABASE_URL?.trim() || process.env.CITEBOT_SAID_POSTGRES) return;
  process.env.CITEBOT_SAID_POSTGRES = "1";
  process.stdout.write(
    "PostgreSQL store tests not run: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (as .ci/run does) to run them.\n",
  );
}
