import { type Latency, median } from "./measure.ts";

/**
 * The order engines are asked in, round `round` (from 0): each round starts one engine further along, so
 * that none always runs first after the others' idle spell or always right after the same one.
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const start = items.length === 0 ? 0 : round % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** The median round: the median, over rounds, of each round's p50, p99 and mean, each taken apart. */
export function medianRound(rounds: readonly Latency[]): Pick<Latency, "p50" | "p99" | "mean"> {
  return {
    p50: median(rounds.map((round) => round.p50)),
    p99: median(rounds.map((round) => round.p99)),
    mean: median(rounds.map((round) => round.mean)),
  };
}

/** The lowest and highest of the rounds' ratios `numerators[i] / denominators[i]`, round by round. */
export function ratioRange(
  numerators: readonly number[],
  denominators: readonly number[],
): { low: number; high: number } {
  if (numerators.length !== denominators.length) throw new Error("bench: ratios of rounds need as many of each");
  const ratios = numerators.map((value, i) => value / (denominators[i] ?? Number.NaN));
  return { low: Math.min(...ratios), high: Math.max(...ratios) };
}
