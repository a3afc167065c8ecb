// No cell stalls a parser: each parser reads each crafted worst case (test/parserWorstCases.ts) of 32,767
// characters, Excel's limit for a cell, in well under a second, and in about the time it takes to read
// four cells of a quarter of the length. Times are the process's CPU time, the fastest of several runs: on a busy
// machine (two cores shared with other work) the wall clock also counts the time other processes run, and
// a run of a few milliseconds that is preempted looks quadratic when it is not. The bounds are far below
// what the quadratic readings took (68 s for resolveDue on `(1)～(99)` repeated, 3.5 s for
// findValueCandidates on `1人` repeated).
import { describe, expect, it } from "vitest";
import { cacheByText } from "../src/core/cacheByText";
import { createCustomFunctionsStandIn } from "../src/functions/customFunctionsStandIn";
import { EXCEL_CELL_LIMIT, PARSERS, WORST_CASES } from "./parserWorstCases";

/** The longest a parser may take on one 32,767-character cell. */
const BOUND_MS = 1000;
/**
 * The same amount of text is read both ways: four quarter-length cells, then one full-length cell. A linear
 * parser takes about as long for both (ratio 1); a quadratic one four times as long for the full cell.
 */
const MAX_RATIO = 2.5;
/**
 * Each measurement repeats its reads until it has used at least this much CPU time: a run of one or two
 * milliseconds is dominated by timer resolution, a garbage-collector pause or a concurrent marking thread
 * (a CI run once measured 0.87 ms against 8.26 ms for a parser that is linear from 2K to 128K characters).
 */
const MIN_BATCH_MS = 15;
/** Measurements per timing: the machine's other work only ever adds time, so the fastest is the cost. */
const RUNS = 3;
/** A ratio above the bound is measured again this many times before it fails: noise passes, growth stays. */
const ATTEMPTS = 3;

interface Timing {
  /** CPU time per batch of four quarter-length reads. */
  readonly quartersMs: number;
  /** CPU time per batch of as many full-length reads. */
  readonly fullMs: number;
  /** Full-length reads per batch. */
  readonly batch: number;
}

/** CPU time used by this process so far (all its threads, the garbage collector's included), in ms. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function cpuTimeOf(times: number, run: () => void): number {
  const start = cpuMs();
  for (let i = 0; i < times; i++) run();
  return cpuMs() - start;
}

/** The fastest batch at each length, the two taken in turn so that a busy spell slows both. */
function time(run: () => void, runQuarter: () => void): Timing {
  // One full read tells how many make a batch long enough to measure (and whether it already fails).
  const once = cpuTimeOf(1, run);
  const batch = once >= BOUND_MS ? 1 : Math.max(1, Math.ceil(MIN_BATCH_MS / Math.max(once, 0.05)));
  let quartersMs = Number.POSITIVE_INFINITY;
  let fullMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    quartersMs = Math.min(quartersMs, cpuTimeOf(4 * batch, runQuarter));
    fullMs = Math.min(fullMs, cpuTimeOf(batch, run));
    // A run this slow already fails the bound: repeating it only makes the failure take longer.
    if (fullMs / batch > BOUND_MS) break;
  }
  return { quartersMs, fullMs, batch };
}

describe.each(PARSERS)("$name", (parser) => {
  it.each(WORST_CASES)("reads $name at 32,767 characters in linear time", (worst) => {
    const quarter = worst.make(Math.floor(EXCEL_CELL_LIMIT / 4));
    const full = worst.make(EXCEL_CELL_LIMIT);
    // Warm-up: the first calls compile the regexes and the parser.
    parser.run(quarter);
    parser.run(full);
    const measure = (): Timing =>
      time(
        () => void parser.run(full),
        () => void parser.run(quarter),
      );
    const ratioOf = (t: Timing): number => t.fullMs / Math.max(t.quartersMs, 0.01);
    let timing = measure();
    for (let attempt = 1; attempt < ATTEMPTS && ratioOf(timing) >= MAX_RATIO; attempt++) timing = measure();
    const { quartersMs, fullMs, batch } = timing;
    const perReadMs = fullMs / batch;
    expect(perReadMs, `${perReadMs.toFixed(1)} ms at ${EXCEL_CELL_LIMIT} characters`).toBeLessThan(BOUND_MS);
    expect(
      ratioOf(timing),
      `${quartersMs.toFixed(2)} ms for ${4 * batch} reads at a quarter of the length, ` +
        `${fullMs.toFixed(2)} ms for ${batch} at the full length`,
    ).toBeLessThan(MAX_RATIO);
  });
});

describe("cacheByText on long texts", () => {
  it("passes 2,000 distinct texts of 20,000 characters, which V8 hashes alike, in linear time", () => {
    const read = cacheByText((text: string) => text.charCodeAt(text.length - 1));
    const body = "研修を実施した。".repeat(2500);
    const start = cpuMs();
    let sum = 0;
    for (let i = 0; i < 2000; i++) sum += read(`${body}${String(i).padStart(8, "0")}`);
    const ms = cpuMs() - start;
    expect(sum).toBeGreaterThan(0);
    // Kept in a map, each would be compared with every one before it: about 20 s.
    expect(ms, `${ms.toFixed(0)} ms`).toBeLessThan(1000);
  });
});

describe("KPI.DONE on long cells", () => {
  it("reads 2,000 distinct reports of 20,000 characters in linear time (V8 hashes them alike)", async () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = createCustomFunctionsStandIn();
    const { kpiDone } = await import("../src/functions/functions");
    const body = "研修を実施した。".repeat(2500);
    const reports = Array.from({ length: 2000 }, (_, i) => `${body}${String(i).padStart(8, "0")}`);
    const start = cpuMs();
    const done = reports.filter((report) => kpiDone(report)).length;
    const ms = cpuMs() - start;
    expect(done).toBe(2000);
    // Kept in the text cache, each report was compared with every one before it: 19.6 s.
    expect(ms, `${ms.toFixed(0)} ms`).toBeLessThan(5000);
  });
});
