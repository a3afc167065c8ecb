import { evaluateSheet } from "../src/core/evaluateSheet";
import { kpiTable } from "./seedRows";
import type { BenchResult } from "./measure";
import { measure } from "./measure";

/** Evaluating KPI rows: values, deadlines, achievement, progress, grade, status and findings. */
export function benchCore(): BenchResult[] {
  const rows = 100_000;
  const table = kpiTable(rows);
  const distinct = kpiTable(rows, true);
  const options = { asOf: "2025-11-21", fiscalYear: 2025, plan: { start: "2025-04-01", end: "2029-03-31" } };
  return [
    measure(`evaluateSheet: ${rows.toLocaleString("en")} KPI rows (seed texts)`, rows, "rows", () => {
      evaluateSheet(table, options);
    }),
    measure(
      `evaluateSheet: ${rows.toLocaleString("en")} KPI rows, every value distinct`,
      rows,
      "rows",
      () => {
        evaluateSheet(distinct, options);
      },
    ),
  ];
}
