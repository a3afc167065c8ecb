import type { IsoDate } from "./calendar";
import type { EvaluateOptions, Finding, SheetEvaluation } from "./evaluateSheet";
import { evaluateSheet } from "./evaluateSheet";
import type { TableChoices } from "./findChosenTable";
import { findChosenTable } from "./findChosenTable";
import { findPlanPeriod } from "./findPlanPeriod";
import type { TableMatch } from "./findTable";
import type { UnreadRows } from "./findUnreadRows";
import { findUnreadRows } from "./findUnreadRows";
import { DEFAULT_START_MONTH } from "./fiscalYear";
import type { GradeScale } from "./grade";
import type { Result } from "./result";
import { ok } from "./result";
import type { FiscalYearSource } from "./settleFiscalYear";
import { settleFiscalYear } from "./settleFiscalYear";
import type { ColumnRole, SheetGrid, SheetTable } from "./sheetTable";
import { tableForFiscalYear } from "./yearColumns";
import { COLUMN_ROLES, toA1 } from "./sheetTable";

/** How to check a grid: the as-of date, and what the user has said about the sheet (none of it needed). */
export interface CheckGridOptions extends TableChoices {
  readonly asOf: IsoDate;
  /** The fiscal year to judge by, when the user gives one; else the sheet's title, else the as-of date's. */
  readonly fiscalYear?: number;
  readonly startMonth?: number;
  readonly gradeScale?: GradeScale;
}

export interface GridCheck {
  readonly table: SheetTable;
  readonly recognised: TableMatch["recognised"];
  readonly fiscalYear: number;
  readonly fiscalYearSource: FiscalYearSource;
  readonly evaluation: TableEvaluation;
}

/**
 * A sheet's evaluation with what the table left out: `rows` are the rows evaluated, `unreadRows` the
 * rows below the header that look like rows of the table but were not read (each sheet's report says
 * how many of each; a `rows_not_read` error among the findings names them).
 */
export interface TableEvaluation extends SheetEvaluation {
  /** 1-based worksheet rows that look like rows of the table but were not evaluated. */
  readonly unreadRows: readonly number[];
}

/**
 * Everything a check does with one sheet, as the task pane and the command-line checker both do it
 * (through app/runSubmissionCheck's checkSheet): find the table with the user's choices, settle the
 * fiscal year and the plan period, and evaluate every row.
 * @example checkGrid(grid, { asOf: "2025-11-21" }) // { ok: true, value: { fiscalYear: 2025, evaluation, … } }
 */
export function checkGrid(grid: SheetGrid, options: CheckGridOptions): Result<GridCheck> {
  const startMonth = options.startMonth ?? DEFAULT_START_MONTH;
  const found = findChosenTable(grid, options);
  if (!found.ok) return found;
  const { table, recognised } = found.value;
  const settled = settleFiscalYear(table, { ...options, startMonth });
  const fiscalYear = settled.value;
  const fiscalYearSource = settled.source;
  const evaluation = evaluateTable(grid, table, {
    asOf: options.asOf,
    fiscalYear,
    startMonth,
    ...(options.gradeScale ? { gradeScale: options.gradeScale } : {}),
  });
  // Every edge that goes on from the check (計算列, 表示, 集計, the checker's copies) works on the columns
  // the rows were judged by: with a column per year, the fiscal year's, never the first target's.
  const judged = tableForFiscalYear(table, fiscalYear).table;
  return ok({ table: judged, recognised, fiscalYear, fiscalYearSource, evaluation });
}

/**
 * Evaluates a table found on a grid, with what the grid says beyond the table: a KPI list's plan period
 * from its headers (R6年度末 ⇒ R10年度末), and rows below the header that the table did not take, which
 * are an error (`rows_not_read`): a check that did not read every row is never an all-clear.
 * @example evaluateTable(grid, table, { asOf: "2025-11-21", fiscalYear: 2025 }).rows[0]?.due // "2029-03-31"
 */
function evaluateTable(
  grid: SheetGrid,
  table: SheetTable,
  options: Omit<EvaluateOptions, "plan">,
): TableEvaluation {
  const plan = table.layout === "kpi_list" ? findPlanPeriod(grid, table, options.fiscalYear) : null;
  const evaluation = evaluateSheet(table, { ...options, ...(plan ? { plan } : {}) });
  const unread = findUnreadRows(grid, table);
  const finding = unreadRowsFinding(grid, table, unread);
  return {
    ...evaluation,
    findings: finding === null ? evaluation.findings : [...evaluation.findings, finding],
    unreadRows: unread.rows,
  };
}

/** Runs of consecutive rows, shortest first: `12-14, 20, 31-46`. */
function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length) {
    const start = rows[i] ?? 0;
    let end = start;
    while (rows[i + 1] === end + 1) {
      end++;
      i++;
    }
    parts.push(start === end ? String(start) : `${start}-${end}`);
    i++;
  }
  return parts.join(", ");
}

/** The error naming unread rows, pinned to the first one's KPI (or initiative) cell. */
function unreadRowsFinding(grid: SheetGrid, table: SheetTable, unread: UnreadRows): Finding | null {
  const row = unread.rows[0];
  if (row === undefined) return null;
  const anchor: ColumnRole | undefined =
    table.layout === "kpi_list" && table.columns.kpi !== undefined
      ? "kpi"
      : table.columns.initiative !== undefined
        ? "initiative"
        : COLUMN_ROLES.find((role) => table.columns[role] !== undefined);
  const role = anchor ?? "initiative";
  const column = (anchor === undefined ? undefined : table.columns[anchor]) ?? grid.firstColumn;
  const value = grid.values[row - grid.firstRow]?.[column - grid.firstColumn] ?? null;
  return {
    code: "rows_not_read",
    severity: "error",
    row,
    column,
    cell: toA1(row, column),
    role,
    value,
    issue: {
      code: "rows_not_read",
      sheet: grid.name,
      rows: rowRanges(unread.rows),
      count: unread.rows.length,
      ...(unread.stop ? { stopRow: unread.stop.row, reason: unread.stop.reason } : {}),
    },
  };
}
