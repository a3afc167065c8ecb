/**
 * 準備: which of the table's columns get Excel's own data validation, and which rule. Closed sets get a
 * dropdown (a status column; the add-in's computed grade column), a column the sheet keeps as Excel
 * dates gets a date rule for the fiscal year, and the free-text columns the core reads (基準値, 目標値,
 * 実績値, 期間・期限) only a prompt listing the notations it reads: a blocking rule there would refuse
 * `9月末` or `36.4 ％`, which the check understands.
 */
import type { GradePresetId } from "../core/grade";
import { GRADE_PRESETS } from "../core/grade";
import { fiscalYearRange } from "../core/fiscalYear";
import type { Locale } from "../core/messages/formatIssue";
import type { ColumnRole, SheetGrid, SheetTable } from "../core/sheetTable";
import type { Result } from "../core/result";
import type { AppIssue, UseCaseIssue } from "./appIssue";
import type { DetectedTable } from "./detectTable";
import { DEFAULT_STATUS_OPTIONS } from "./settings";
import type { ValidationKind, ValidationPlan, ValidationSpec, ValidationTarget } from "./validationPort";
import type { ValidationText } from "./validationText";
import { VALIDATION_TEXT } from "./validationText";
import { WORKBOOK_TEXT } from "./workbookText";

export interface ValidationOptions {
  readonly gradePreset: GradePresetId;
  readonly startMonth: number;
  /** The status dropdown's entries; absent: DEFAULT_STATUS_OPTIONS. */
  readonly statusOptions?: readonly string[];
  readonly locale: Locale;
}

/** An always-true rule: Excel shows a prompt only with a rule, and this one never refuses an entry. */
export const ADVISORY_FORMULA = "=TRUE";

/** The columns that get a rule, in the order they are planned (left to right in the usual layouts). */
const ADVISORY_ROLES: readonly ColumnRole[] = ["period", "baseline", "target", "baselineTarget", "actual"];

/**
 * Plans the rules for a detected table; fails when the table has no rows or no column to validate.
 * @example planValidation(kpiGrid, detected, { gradePreset: "abcd_100_80_60", startMonth: 4, locale: "ja" })
 * // ok({ targets: [{ kind: "advisory", column: 2, firstRow: 6, lastRow: 28, spec: { rule: { custom: { formula: "=TRUE" } },
 * //   prompt: { title: "入力例", message: "数値と単位で入力します：「111 件」…" }, … } }, …, { kind: "grade", column: 7, … }] })
 * @example planValidation(titleOnlyGrid, detectedWithoutRows, options)
 * // fail({ code: "validation_nothing", reason: "no_rows" })
 */
export function planValidation(
  grid: SheetGrid,
  detected: DetectedTable,
  options: ValidationOptions,
): Result<ValidationPlan, UseCaseIssue> {
  const { table } = detected;
  const first = table.rows[0]?.row;
  const last = table.rows[table.rows.length - 1]?.row;
  if (first === undefined || last === undefined) return nothing("no_rows");

  const text = VALIDATION_TEXT[options.locale];
  const computed = findComputedColumns(grid, table.headerRow);
  const targets: ValidationTarget[] = [];
  const taken = new Set<number>();
  const add = (kind: ValidationKind, column: number, spec: ValidationSpec): void => {
    if (taken.has(column)) return;
    taken.add(column);
    targets.push({ kind, column, firstRow: first, lastRow: last, spec });
  };

  const status = table.columns.status;
  if (status !== undefined && !computed.all.has(status)) {
    const entries = options.statusOptions ?? DEFAULT_STATUS_OPTIONS;
    add("status", status, listSpec(entries, text.status));
  }
  if (computed.grade !== null) {
    const labels = GRADE_PRESETS[options.gradePreset].bands.map((band) => band.label);
    add("grade", computed.grade, listSpec(labels, text.grade));
  }
  for (const role of ADVISORY_ROLES) {
    const column = table.columns[role];
    if (column === undefined || computed.all.has(column)) continue;
    if (role === "period" && holdsDates(table, column)) {
      add("date", column, dateSpec(detected.fiscalYear.value, options.startMonth, text));
      continue;
    }
    const words = role === "period" ? text.period : role === "baselineTarget" ? text.pair : text.value;
    add("advisory", column, advisorySpec(words.title, words.prompt));
  }
  if (targets.length === 0) return nothing("no_columns");
  targets.sort((a, b) => a.column - b.column);
  return { ok: true, value: { targets } };
}

/**
 * The add-in's computed columns beside a table (計算列を追加), found by their headers in the header row:
 * a grade column is one headed 評価 (Grade) with 状況 (Status) right of it.
 * @example findComputedColumns(kpiGridWithComputedColumns, 4) // { grade: 7, all: Set { 5, 6, 7, 8 } }
 */
export function findComputedColumns(
  grid: SheetGrid,
  headerRow: number,
): { readonly grade: number | null; readonly all: ReadonlySet<number> } {
  const header = grid.values[headerRow - grid.firstRow] ?? [];
  const at = (column: number): string => {
    const value = header[column - grid.firstColumn];
    return typeof value === "string" ? value.trim() : "";
  };
  const all = new Set<number>();
  let grade: number | null = null;
  for (const locale of ["ja", "en"] as const) {
    const names = WORKBOOK_TEXT[locale].computedHeaders;
    for (let offset = 0; offset < header.length; offset++) {
      const column = grid.firstColumn + offset;
      if (at(column) === names.grade && at(column + 1) === names.status) {
        const achievement =
          at(column - 1) === names.achievement
            ? column - 1
            : at(column - 2) === names.achievement
              ? column - 2
              : null;
        if (achievement === null) continue;
        grade = column;
        for (let c = achievement; c <= column + 1; c++) all.add(c);
      }
      if (at(column) === names.due && at(column + 1) === names.overdue) {
        all.add(column);
        all.add(column + 1);
      }
    }
  }
  return { grade, all };
}

function nothing(reason: "no_rows" | "no_columns"): Result<ValidationPlan, UseCaseIssue> {
  const issue: AppIssue = { code: "validation_nothing", reason };
  return { ok: false, issues: [issue] };
}

/** A period column the sheet keeps as Excel dates (every filled cell a date serial). */
function holdsDates(table: SheetTable, column: number): boolean {
  const role = (Object.keys(table.columns) as ColumnRole[]).find((r) => table.columns[r] === column);
  if (role === undefined) return false;
  let dates = 0;
  for (const row of table.rows) {
    const value = row.cells[role];
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "number") return false;
    dates++;
  }
  return dates > 0;
}

function listSpec(
  entries: readonly string[],
  words: {
    readonly title: string;
    readonly prompt: (e: string) => string;
    readonly alert: (e: string) => string;
  },
): ValidationSpec {
  const shown = entries.join("、");
  return {
    rule: { list: { inCellDropDown: true, source: entries.join(",") } },
    prompt: { showPrompt: true, title: words.title, message: words.prompt(shown) },
    errorAlert: { showAlert: true, style: "Stop", title: words.title, message: words.alert(shown) },
    ignoreBlanks: true,
  };
}

function dateSpec(fiscalYear: number, startMonth: number, text: ValidationText): ValidationSpec {
  const { start, end } = fiscalYearRange(fiscalYear, startMonth);
  const year = text.fiscalYear(fiscalYear);
  return {
    rule: { date: { operator: "Between", formula1: start, formula2: end } },
    prompt: {
      showPrompt: true,
      title: text.date.title,
      message: text.date.prompt(year, text.day(start), text.day(end)),
    },
    // A warning, not a stop: the check also reads 年度内 or 9月末 here, and a date beyond the year is
    // the check's finding to make, not Excel's to refuse.
    errorAlert: { showAlert: true, style: "Warning", title: text.date.title, message: text.date.alert(year) },
    ignoreBlanks: true,
  };
}

function advisorySpec(title: string, message: string): ValidationSpec {
  return {
    rule: { custom: { formula: ADVISORY_FORMULA } },
    prompt: { showPrompt: true, title, message },
    errorAlert: { showAlert: false, style: "Information", title, message: "" },
    ignoreBlanks: true,
  };
}
