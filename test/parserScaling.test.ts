// No cell stalls a parser: each parser reads each crafted worst case (test/parserWorstCases.ts) of 32,767
// characters, Excel's limit for a cell, in well under a second, and in about four times the time it takes
// at a quarter of the length. The times are the fastest of several runs, so a busy machine (two cores
// shared with other work) slows a run but does not fail the test; the bounds are far below what the
// quadratic readings took (68 s for resolveDue on `(1)～(99)` repeated, 3.5 s for findValueCandidates on
// `1人` repeated).
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { EXCEL_CELL_LIMIT, PARSERS, WORST_CASES } from "./parserWorstCases";

/** The longest a parser may take on one 32,767-character cell. */
const BOUND_MS = 1000;
/** A linear parser takes about 4 times as long on 4 times the text; a quadratic one about 16 times. */
const MAX_RATIO = 6;
/** Below this, a time is too short for its ratio to mean anything (timer resolution, a GC pause). */
const NOISE_MS = 4;

function fastestMs(fn: () => void, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
    // A run this slow already fails the bound: repeating it only makes the failure take longer.
    if (best > BOUND_MS) break;
  }
  return best;
}

describe.each(PARSERS)("$name", (parser) => {
  it.each(WORST_CASES)("reads $name at 32,767 characters in linear time", (worst) => {
    const quarter = worst.make(Math.floor(EXCEL_CELL_LIMIT / 4));
    const full = worst.make(EXCEL_CELL_LIMIT);
    parser.run(quarter); // warm-up: the first call compiles the regexes and the parser
    const fullMs = fastestMs(() => void parser.run(full), 5);
    expect(fullMs, `${fullMs.toFixed(1)} ms at ${EXCEL_CELL_LIMIT} characters`).toBeLessThan(BOUND_MS);
    if (fullMs < NOISE_MS) return;
    const quarterMs = Math.max(fastestMs(() => void parser.run(quarter), 7), NOISE_MS / 4);
    const ratio = fullMs / quarterMs;
    expect(
      ratio,
      `${quarterMs.toFixed(2)} ms at a quarter of the length, ${fullMs.toFixed(2)} ms at the full length`,
    ).toBeLessThan(MAX_RATIO);
  });
});
