import { performance } from "node:perf_hooks";

export interface BenchResult {
  readonly name: string;
  readonly perSecond: number;
  readonly unit: string;
  readonly medianMs: number;
}

/**
 * Runs `fn` (which does `count` units of work) a few times after a warm-up and reports the median, so a
 * single slow run (a GC pause, the other core busy) does not decide the figure.
 */
export function measure(name: string, count: number, unit: string, fn: () => void, runs = 5): BenchResult {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  return { name, perSecond: (count / medianMs) * 1000, unit, medianMs };
}

export async function measureAsync(
  name: string,
  count: number,
  unit: string,
  fn: () => Promise<void>,
  runs = 3,
): Promise<BenchResult> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  return { name, perSecond: (count / medianMs) * 1000, unit, medianMs };
}

export function formatResult(r: BenchResult): string {
  const rate = Math.round(r.perSecond).toLocaleString("en");
  return `${r.name.padEnd(58)} ${rate.padStart(14)} ${r.unit}/s   (median ${r.medianMs.toFixed(1)} ms)`;
}
