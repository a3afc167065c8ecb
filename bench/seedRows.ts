// Rows for the benchmarks, made from the seeds' own texts so the parsers meet what staff type.
import type { CellValue, SheetTable, TableRow } from "../src/core/sheetTable";
import { KPI_LIST_ROWS } from "../test/fakeExcel/seedSheets";

/** Seed 004's KPI rows (KPI name, baseline, target, actual), from the fixture the tests use. */
export const KPI_ROWS: readonly (readonly [string, string, string, string])[] = KPI_LIST_ROWS.filter(
  (row) => row[1] !== null,
).map(
  ([, kpi, baseline, target, actual]) => [kpi ?? "", baseline ?? "", target ?? "", actual ?? ""] as const,
);

/** Seed 000's 期間・期限 cells. */
export const PERIOD_CELLS: readonly string[] = [
  "(1)5月、1月 (2)(3)年度内 (4)通年",
  "(1)8月30日 (2)通年",
  "(1) R7. 4月 (2) R7. 5月～R8. 1月 (3) R8. 3月",
  "(1) R7. 10月 (2) R8. 3月 (3) R8. 3月",
  "(1) R7. 10月  (2) R7. 12月",
  "(1)(2)(3)(4)(5)(6)年度内",
  "(1) 通年  (2) 年度内 (3) 年度内 (4) 通年",
  "任期満了日前30日以内に 実施する。  選挙期日 (1) 令和7年5月20日 任期満了日 (2) 令和7年7月28日 (3) 令和8年4月8日 (4) 令和8年4月8日",
  "(1) 5月から8月まで  (2) 年末  (3) 随時  (4) 随時  (5) 選挙時",
  "年度末まで",
];

/** The seed text with its first number replaced by one that depends on the row: no two rows alike. */
function withNumber(text: string, n: number): string {
  return text.replace(/[0-9][0-9,.]*/, String(n));
}

/**
 * A KPI list of n rows cycling through the seed rows, each with a deadline from seed 000. With
 * `distinct`, every row's numbers differ, so no value is read from a cache: the worst case.
 */
export function kpiTable(n: number, distinct = false): SheetTable {
  const rows: TableRow[] = [];
  for (let i = 0; i < n; i++) {
    const [kpi, baseline, target, actual] = KPI_ROWS[i % KPI_ROWS.length] ?? KPI_ROWS[0]!;
    const vary = (text: string, offset: number): string =>
      distinct ? withNumber(text, 100 + i + offset) : text;
    const cells: Record<string, CellValue> = {
      kpi,
      baseline: vary(baseline, 0),
      target: vary(target, 50),
      actual: actual === "" ? null : vary(actual, 20),
      period: PERIOD_CELLS[i % PERIOD_CELLS.length] ?? null,
    };
    rows.push({ row: 6 + i, cells });
  }
  return {
    sheetName: "KPI",
    layout: "kpi_list",
    headerRow: 5,
    columns: { kpi: 4, baseline: 5, target: 6, actual: 7, period: 8 },
    rows,
    fiscalYear: 2025,
  };
}
