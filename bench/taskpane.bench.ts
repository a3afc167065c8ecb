// Round trips of the task pane's actions over the fake Excel: syncs, the largest request and response,
// and the time on this machine, for KPI lists of 10, 1,000 and 50,000 rows made from seed 004.
// `npx tsx bench/taskpane.bench.ts`. Figures, not pass/fail (the adapter's tests hold the limits).
import { performance } from "node:perf_hooks";
import { addComputedColumns } from "../src/app/addComputedColumns";
import { clearFlags } from "../src/app/clearFlags";
import { flagInPlace } from "../src/app/flagInPlace";
import { runSubmissionCheck } from "../src/app/runSubmissionCheck";
import { DEFAULT_SETTINGS } from "../src/app/settings";
import { fakeWorkbook } from "../test/fakeExcel/fakeHost";
import { kpiList } from "../test/fakeExcel/seedSheets";

export interface RoundTrips {
  readonly rows: number;
  readonly action: string;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly ms: number;
}

const OPTIONS = { asOf: "2025-11-21", settings: DEFAULT_SETTINGS, locale: "ja" as const };

/** Each action once, in the order a user would take them, on a fresh workbook per size. */
export async function benchTaskpane(sizes: readonly number[] = [10, 1_000, 50_000]): Promise<RoundTrips[]> {
  const results: RoundTrips[] = [];
  for (const rows of sizes) {
    const { fake, workbook } = fakeWorkbook([kpiList(rows)]);
    const actions: [string, () => Promise<unknown>][] = [
      ["check", () => runSubmissionCheck(workbook, OPTIONS)],
      ["check + flag", () => flagInPlace(workbook, OPTIONS)],
      ["check + flag again", () => flagInPlace(workbook, OPTIONS)],
      ["clear", () => clearFlags(workbook)],
      ["computed columns", () => addComputedColumns(workbook, { ...OPTIONS, firstColumn: null })],
    ];
    for (const [action, run] of actions) {
      fake.resetStats();
      const start = performance.now();
      await run();
      const ms = performance.now() - start;
      results.push({
        rows,
        action,
        syncs: fake.syncs.length,
        maxRequestBytes: Math.max(0, ...fake.syncs.map((s) => s.requestBytes)),
        maxResponseBytes: Math.max(0, ...fake.syncs.map((s) => s.responseBytes)),
        ms,
      });
    }
  }
  return results;
}

export function formatRoundTrips(r: RoundTrips): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(12);
  return `${r.rows.toLocaleString("en").padStart(7)} rows  ${r.action.padEnd(20)} ${String(r.syncs).padStart(2)} syncs  request ≤ ${kb(r.maxRequestBytes)}  response ≤ ${kb(r.maxResponseBytes)}  ${r.ms.toFixed(0).padStart(5)} ms`;
}

if (process.argv[1]?.endsWith("taskpane.bench.ts")) {
  benchTaskpane()
    .then((results) => {
      for (const result of results) console.log(formatRoundTrips(result));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
