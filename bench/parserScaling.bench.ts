// Time against length for the parsers on crafted worst cases (test/parserWorstCases.ts): a linear parser
// takes about 32 times as long at 32K characters as at 1K; a quadratic one about 1,000 times. Also the
// text cache on long cells: 2,000 distinct reports longer than 16,383 characters through KPI.DONE, where
// V8 gives every such string the same hash.
import { performance } from "node:perf_hooks";
import { createCustomFunctionsStandIn } from "../src/functions/customFunctionsStandIn";
import { kpiDone } from "../src/functions/functions";
import { EXCEL_CELL_LIMIT, PARSERS, WORST_CASES, repeatTo } from "../test/parserWorstCases";

const LENGTHS = [1024, 4096, 16_384, EXCEL_CELL_LIMIT];
/** A run longer than this is not repeated; a size slower than the skip bound ends the row. */
const REPEAT_BELOW_MS = 1000;
const SKIP_AFTER_MS = 15_000;

/** CPU time used by this process so far, in ms: unlike the wall clock, not the time others ran. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The fastest of a few runs (a loaded machine only ever adds time), in CPU milliseconds. */
function fastestMs(fn: () => void, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    fn();
    const ms = cpuMs() - start;
    best = Math.min(best, ms);
    if (ms > REPEAT_BELOW_MS) break;
  }
  return best;
}

function formatMs(ms: number): string {
  return (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(9);
}

/**
 * One line per parser and worst case, printed as it is measured: CPU milliseconds at 1K, 4K, 16K and
 * 32,767 characters.
 */
export function benchParserScaling(print: (line: string) => void, filter?: string): void {
  print(
    `${"parser".padEnd(30)} ${"worst case".padEnd(34)} ${LENGTHS.map((n) => `${n} ch`.padStart(9)).join(" ")}  (CPU ms)`,
  );
  for (const parser of PARSERS) {
    if (filter !== undefined && !parser.name.includes(filter)) continue;
    for (const worst of WORST_CASES) {
      const cells: string[] = [];
      let skipped = false;
      for (const length of LENGTHS) {
        if (skipped) {
          cells.push("skipped".padStart(9));
          continue;
        }
        const text = worst.make(length);
        const ms = fastestMs(() => void parser.run(text));
        cells.push(formatMs(ms));
        if (ms > SKIP_AFTER_MS) skipped = true;
      }
      print(`${parser.name.padEnd(30)} ${worst.name.slice(0, 34).padEnd(34)} ${cells.join(" ")}`);
    }
  }
}

/** KPI.DONE over distinct reports of `length` characters, each read once: what the text cache costs. */
export function benchDoneOnLongCells(cells = 2000, length = 20_000): string {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = createCustomFunctionsStandIn();
  const body = repeatTo("研修を実施した。", length - 8);
  const reports = Array.from({ length: cells }, (_, i) => `${body}${String(i).padStart(8, "0")}`);
  const start = performance.now();
  const startCpu = cpuMs();
  let done = 0;
  for (const report of reports) if (kpiDone(report)) done++;
  const cpu = cpuMs() - startCpu;
  const ms = performance.now() - start;
  return `KPI.DONE on ${cells.toLocaleString("en")} distinct cells of ${length.toLocaleString("en")} characters: ${ms.toFixed(0)} ms (${cpu.toFixed(0)} CPU ms; ${done} done)`;
}
