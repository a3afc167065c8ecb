import type { IsoDate } from "./calendar";
import type { EvaluateOptions, SheetEvaluation } from "./evaluateSheet";
import { evaluateSheet } from "./evaluateSheet";
import { findPlanPeriod } from "./findPlanPeriod";
import type { TableMatch } from "./findTable";
import { findTable } from "./findTable";
import { DEFAULT_START_MONTH, fiscalYearOf } from "./fiscalYear";
import type { GradeScale } from "./grade";
import type { Result } from "./result";
import { ok } from "./result";
import type { ColumnMapping, SheetGrid, SheetTable } from "./sheetTable";

export interface CheckGridOptions {
  readonly asOf: IsoDate;
  /** The fiscal year to judge by, when the user gives one; else the sheet's title, else the as-of date's. */
  readonly fiscalYear?: number;
  readonly startMonth?: number;
  readonly mapping?: ColumnMapping;
  readonly headerRow?: number;
  readonly gradeScale?: GradeScale;
}

/** Where a check's fiscal year came from, so a report can say when it was assumed. */
export type FiscalYearSource = "option" | "sheet" | "as_of";

export interface GridCheck {
  readonly table: SheetTable;
  readonly recognised: TableMatch["recognised"];
  readonly fiscalYear: number;
  readonly fiscalYearSource: FiscalYearSource;
  readonly evaluation: SheetEvaluation;
}

/**
 * Everything a check does with one sheet, as the task pane and the command-line checker both do it: find
 * the table, settle the fiscal year and the plan period, and evaluate every row.
 * @example checkGrid(grid, { asOf: "2025-11-21" }) // { ok: true, value: { fiscalYear: 2025, evaluation, … } }
 */
export function checkGrid(grid: SheetGrid, options: CheckGridOptions): Result<GridCheck> {
  const startMonth = options.startMonth ?? DEFAULT_START_MONTH;
  const found = findTable(grid, {
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
  });
  if (!found.ok) return found;
  const { table, recognised } = found.value;
  const [fiscalYear, fiscalYearSource]: [number, FiscalYearSource] =
    options.fiscalYear !== undefined
      ? [options.fiscalYear, "option"]
      : table.fiscalYear !== null
        ? [table.fiscalYear, "sheet"]
        : [fiscalYearOf(options.asOf, startMonth), "as_of"];
  const evaluation = evaluateTable(grid, table, {
    asOf: options.asOf,
    fiscalYear,
    startMonth,
    ...(options.gradeScale ? { gradeScale: options.gradeScale } : {}),
  });
  return ok({ table, recognised, fiscalYear, fiscalYearSource, evaluation });
}

/**
 * Evaluates a table found on a grid, with what the grid says beyond the table: a KPI list's plan period
 * from its headers (R6年度末 ⇒ R10年度末). The task pane, which finds tables with a user's saved choices,
 * evaluates through here too.
 * @example evaluateTable(grid, table, { asOf: "2025-11-21", fiscalYear: 2025 }).rows[0]?.due // "2029-03-31"
 */
export function evaluateTable(
  grid: SheetGrid,
  table: SheetTable,
  options: Omit<EvaluateOptions, "plan">,
): SheetEvaluation {
  const plan = table.layout === "kpi_list" ? findPlanPeriod(grid, table, options.fiscalYear) : null;
  return evaluateSheet(table, { ...options, ...(plan ? { plan } : {}) });
}
