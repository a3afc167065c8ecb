import type { IsoDate } from "./calendar";
import { DEFAULT_START_MONTH, fiscalYearOf } from "./fiscalYear";
import type { SheetTable } from "./sheetTable";

/**
 * Where a check's fiscal year came from, in every report of it (the task pane's hint, the checker's
 * `fiscalYearSource`): `option`, the user's (the pane's 年度 field, `--fiscal-year`); `sheet`, the sheet's
 * title (令和7年度 …); `as_of`, the as-of date's year, assumed because neither says.
 */
export type FiscalYearSource = "option" | "sheet" | "as_of";

export interface FiscalYearReading {
  readonly value: number;
  readonly source: FiscalYearSource;
}

export interface FiscalYearInputs {
  readonly asOf: IsoDate;
  /** The fiscal year the user gave, which wins over the title. */
  readonly fiscalYear?: number;
  readonly startMonth?: number;
}

/**
 * The fiscal year a table is judged by: the user's when given, else the one its title names, else the
 * as-of date's.
 * @example settleFiscalYear(goalSheet2Table, { asOf: "2025-11-21" }) // { value: 2025, source: "sheet" }
 * @example settleFiscalYear({ ...table, fiscalYear: null }, { asOf: "2026-03-31" }) // { value: 2025, source: "as_of" }
 */
export function settleFiscalYear(table: SheetTable, inputs: FiscalYearInputs): FiscalYearReading {
  if (inputs.fiscalYear !== undefined) return { value: inputs.fiscalYear, source: "option" };
  if (table.fiscalYear !== null) return { value: table.fiscalYear, source: "sheet" };
  // A sheet without a year in its title is most likely for the year being worked in.
  return { value: fiscalYearOf(inputs.asOf, inputs.startMonth ?? DEFAULT_START_MONTH), source: "as_of" };
}
