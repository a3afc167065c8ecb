/**
 * 計算列: live formulas beside the table (`=KPI.ACHIEVEMENT(F6,G6)` …) that reference each row's own
 * cells, so they stay right when someone changes a value. A KPI list gets achievement, progress, grade
 * and status; a goal sheet, whose targets are prose, gets the due date and whether it is overdue, and
 * with an 実績値 column the achievement (KPI.GOALRATE, the check's own judgement), grade and status too.
 */
import type { RowEvaluation } from "../core/evaluateSheet";
import type { GradePresetId } from "../core/grade";
import { DEFAULT_GRADE_PRESET } from "../core/grade";
import type { Locale } from "../core/messages/formatIssue";
import { statusLabel } from "../core/messages/formatIssue";
import type { SheetTable, TableRow } from "../core/sheetTable";
import { COLUMN_ROLES, columnLetter, toA1 } from "../core/sheetTable";
import type { Result } from "../core/result";
import type { AppIssue, UseCaseIssue } from "./appIssue";
import type { ComputedColumnsPlan } from "./ports";
import type { SubmissionReport } from "./runSubmissionCheck";
import {
  formulaDate,
  formulaText,
  judgedPeriod,
  judgedTargetExpression,
  statusExpression,
  targetBlankCondition,
} from "./statusFormula";
import { WORKBOOK_TEXT } from "./workbookText";

/** Excel's last column (XFD). */
const LAST_COLUMN = 16_383;

/** Grading presets as KPI.GRADE's help names them, so a reader of the formula recognises the scale. */
export const GRADE_SCALE_TEXT: Readonly<Record<GradePresetId, string>> = {
  abcd_100_80_60: "100/80/60",
  abcd_100_90_80: "100/90/80",
  marks: "◎○△×",
};

const PERCENT = "0.0%";
const GENERAL = "General";
const DATE = "yyyy/mm/dd";

export interface ComputedColumnsOptions {
  /** 0-based worksheet column of the first computed column. */
  readonly firstColumn: number;
  readonly gradePreset: GradePresetId;
  readonly startMonth: number;
  readonly locale: Locale;
}

/**
 * Plans the formula columns for a checked table. Fails when the table cannot have them (a KPI list
 * without an 実績 column, no rows) or when the columns would land on the table itself.
 * @example planComputedColumns(kpiReport, { firstColumn: 7, gradePreset: "abcd_100_80_60", startMonth: 4, locale: "ja" })
 * // ok({ headerRow: 5, firstColumn: 7, headers: ["達成率", "進捗率", "評価", "状況"],
 * //      rows: [{ row: 6, formulas: ["=KPI.ACHIEVEMENT(F6,G6)", "=KPI.PROGRESS(E6,F6,G6)", "=KPI.GRADE(H6)", …] }, …] })
 * @example planComputedColumns(goalReport, { firstColumn: 2, … })
 * // fail({ code: "computed_columns_overlap_table", column: "C" })
 */
export function planComputedColumns(
  report: SubmissionReport,
  options: ComputedColumnsOptions,
): Result<ComputedColumnsPlan, UseCaseIssue> {
  const table = report.detection.table;
  const spec =
    table.layout === "kpi_list" ? kpiColumns(table, report, options) : goalColumns(table, report, options);
  if ("code" in spec) return { ok: false, issues: [spec] };

  const count = spec.headers.length;
  const first = options.firstColumn;
  if (!Number.isInteger(first) || first < 0 || first + count - 1 > LAST_COLUMN) {
    return { ok: false, issues: [{ code: "computed_column_invalid", column: String(first) }] };
  }
  for (const role of COLUMN_ROLES) {
    const column = table.columns[role];
    if (column !== undefined && column >= first && column < first + count) {
      return {
        ok: false,
        issues: [{ code: "computed_columns_overlap_table", column: columnLetter(column) }],
      };
    }
  }

  const rows = spec.rows(first);
  if (rows.length === 0) {
    return { ok: false, issues: [{ code: "computed_columns_unsupported", reason: "no_rows" }] };
  }
  return {
    ok: true,
    value: {
      headerRow: table.headerRow,
      firstColumn: first,
      headers: spec.headers,
      numberFormats: spec.numberFormats,
      rows,
    },
  };
}

interface ColumnSpec {
  readonly headers: readonly string[];
  readonly numberFormats: readonly string[];
  readonly rows: (firstColumn: number) => ComputedColumnsPlan["rows"];
}

function kpiColumns(
  table: SheetTable,
  report: SubmissionReport,
  options: ComputedColumnsOptions,
): ColumnSpec | AppIssue {
  const { columns } = table;
  if (columns.actual === undefined) return { code: "computed_columns_unsupported", reason: "no_actual" };
  if (columns.target === undefined && columns.baselineTarget === undefined) {
    return { code: "computed_columns_unsupported", reason: "no_target" };
  }
  const hasBaseline = columns.baseline !== undefined || columns.baselineTarget !== undefined;
  const text = WORKBOOK_TEXT[options.locale].computedHeaders;
  const headers = hasBaseline
    ? [text.achievement, text.progress, text.grade, text.status]
    : [text.achievement, text.grade, text.status];
  const numberFormats = hasBaseline ? [PERCENT, PERCENT, GENERAL, GENERAL] : [PERCENT, GENERAL, GENERAL];
  const evaluations = new Map<number, RowEvaluation>();
  for (const row of report.evaluation.rows) evaluations.set(row.row, row);
  const scale =
    options.gradePreset === DEFAULT_GRADE_PRESET ? "" : `,"${GRADE_SCALE_TEXT[options.gradePreset]}"`;

  return {
    headers,
    numberFormats,
    rows: (first) =>
      table.rows.filter(isKpiRow).map((row) => {
        const r = row.row;
        const cell = (column: number): string => toA1(r, column);
        const pair = columns.baselineTarget === undefined ? null : cell(columns.baselineTarget);
        // The revised target (目標値（見直し後）) where the row's cell is not blank, as the core judges it.
        const revised = columns.revisedTarget === undefined ? null : cell(columns.revisedTarget);
        const target =
          columns.target !== undefined
            ? judgedTargetExpression(cell(columns.target), (t) => t, revised)
            : judgedTargetExpression(pair ?? "", (t) => `KPI.TARGET(${t})`, revised);
        const baseline =
          columns.baseline !== undefined
            ? cell(columns.baseline)
            : pair === null
              ? null
              : `KPI.BASELINE(${pair})`;
        const actual = cell(columns.actual ?? 0);
        // The cells a blank makes the row not reported yet. Excel on Windows hands a custom function 0
        // for an empty cell where Excel on the web hands it null (office-js #4702): left to KPI.ACHIEVEMENT,
        // an unfilled 実績値 would read as 0% and grade D on Windows. So the formulas test for blanks first.
        const targetKey = columns.target !== undefined ? cell(columns.target) : (pair ?? "");
        const baselineKey = columns.baseline !== undefined ? baseline : pair;
        // The core also reads direction from the KPI's name (排出量 → decrease); a target cell alone may not say it.
        const direction = evaluations.get(r)?.direction ?? null;
        const directionArg = direction === "decrease" || direction === "maintain" ? `,"${direction}"` : "";
        const achievementCell = cell(first);
        const progressCell = hasBaseline ? cell(first + 1) : null;
        const gradeFormula = `=IF(${achievementCell}="","",KPI.GRADE(${achievementCell}${scale}))`;
        const dueCell = columns.period !== undefined ? cell(columns.period) : null;
        // Without a deadline column a KPI is due at the end of the period it is judged over, as the core judges it.
        const evaluation = evaluations.get(r);
        const period = judgedPeriod(
          { target: evaluation?.target ?? null },
          report.evaluation.plan,
          report.evaluation.fiscalYear,
          options.startMonth,
        );
        const due =
          dueCell !== null ? `KPI.DUE(${dueCell},${report.evaluation.fiscalYear})` : formulaDate(period.end);
        const rate =
          progressCell === null
            ? achievementCell
            : `IF(ISNUMBER(${progressCell}),${progressCell},${achievementCell})`;
        // Not reported yet: no status, unless the row's own deadline has passed (the core's overdue).
        const unreported =
          dueCell === null
            ? `""`
            : `IF(${dueCell}="","",IF(KPI.OVERDUE(${due}${columns.status !== undefined ? `,${cell(columns.status)}` : ""}),${formulaText(statusLabel("overdue", options.locale))},""))`;
        const status = statusExpression({
          rate,
          achievement: achievementCell,
          due,
          asOf: "",
          period,
          direction: direction ?? null,
          locale: options.locale,
        });
        const statusFormula = `=IF(${achievementCell}="",${unreported},${status})`;
        const targetBlank = targetKey === "" ? null : targetBlankCondition(targetKey, revised);
        const blank = (...conditions: (string | null)[]): string =>
          conditions.filter((c, i, all): c is string => c !== null && all.indexOf(c) === i).join(",");
        const isBlank = (key: string | null): string | null =>
          key === null || key === "" ? null : `${key}=""`;
        const achievement = `=IF(OR(${blank(isBlank(actual), targetBlank)}),"",KPI.ACHIEVEMENT(${target},${actual}${directionArg}))`;
        const formulas =
          baseline === null || progressCell === null
            ? [achievement, gradeFormula, statusFormula]
            : [
                achievement,
                `=IF(OR(${blank(isBlank(actual), targetBlank, isBlank(baselineKey))}),"",KPI.PROGRESS(${baseline},${target},${actual}))`,
                gradeFormula,
                statusFormula,
              ];
        return { row: r, formulas };
      }),
  };
}

/** A row with a KPI or a target: initiative-only rows (電子決裁の導入) have nothing to compute. */
function isKpiRow(row: TableRow): boolean {
  const { kpi, target, revisedTarget, baselineTarget } = row.cells;
  return hasText(kpi) || hasText(target) || hasText(revisedTarget) || hasText(baselineTarget);
}

function goalColumns(
  table: SheetTable,
  report: SubmissionReport,
  options: ComputedColumnsOptions,
): ColumnSpec | AppIssue {
  const { columns } = table;
  if (columns.period === undefined) return { code: "computed_columns_unsupported", reason: "no_period" };
  const period = columns.period;
  const fiscalYear = report.detection.fiscalYear.value;
  const text = WORKBOOK_TEXT[options.locale].computedHeaders;
  const reports = [columns.finalReport, columns.midtermReport].filter(
    (column): column is number => column !== undefined,
  );
  // With a 実績値 column the row's numeric sub-items are judged as the check judges them (KPI.GOALRATE).
  const judged =
    columns.actual !== undefined && columns.numericTarget !== undefined
      ? { actual: columns.actual, numericTarget: columns.numericTarget }
      : null;
  const evaluations = new Map<number, RowEvaluation>();
  for (const row of report.evaluation.rows) evaluations.set(row.row, row);
  const scale =
    options.gradePreset === DEFAULT_GRADE_PRESET ? "" : `,"${GRADE_SCALE_TEXT[options.gradePreset]}"`;
  return {
    headers:
      judged === null
        ? [text.due, text.overdue]
        : [text.due, text.overdue, text.achievement, text.grade, text.status],
    numberFormats: judged === null ? [DATE, GENERAL] : [DATE, GENERAL, PERCENT, GENERAL, GENERAL],
    rows: (first) =>
      table.rows
        .filter((row) => hasText(row.cells.period) || (judged !== null && hasText(row.cells.numericTarget)))
        .map((row) => {
          const r = row.row;
          const done = reports.map((column) => toA1(r, column)).join(`&" "&`);
          const dueCell = toA1(r, first);
          const overdueCell = toA1(r, first + 1);
          // Blank while the deadline is: KPI.DUE of an empty cell is an error (#N/A on the web, a
          // 0 on Windows read as no date: office-js #4702), which the 期限超過 column would repeat.
          const formulas = [
            `=IF(${toA1(r, period)}="","",KPI.DUE(${toA1(r, period)},${fiscalYear}))`,
            `=IF(${dueCell}="","",KPI.OVERDUE(${dueCell}${done === "" ? "" : `,${done}`}))`,
          ];
          if (judged === null) return { row: r, formulas };
          const target = toA1(r, judged.numericTarget);
          const actual = toA1(r, judged.actual);
          const achievement = toA1(r, first + 2);
          // The goal's status is judged over the period the core judges it over (its lowest sub-item's).
          const evaluation = evaluations.get(r);
          const judgedOver = judgedPeriod(
            { target: evaluation?.target ?? null },
            report.evaluation.plan,
            report.evaluation.fiscalYear,
            options.startMonth,
          );
          const status = statusExpression({
            rate: achievement,
            achievement,
            due: formulaDate(judgedOver.end),
            asOf: "",
            period: judgedOver,
            direction: evaluation?.direction ?? null,
            locale: options.locale,
          });
          const overdue = formulaText(statusLabel("overdue", options.locale));
          formulas.push(
            // Both cells tested for blanks here: on Windows an empty 実績値 would reach KPI.GOALRATE as 0.
            `=IF(OR(${actual}="",${target}=""),"",KPI.GOALRATE(${target},${actual}))`,
            `=IF(ISNUMBER(${achievement}),KPI.GRADE(${achievement}${scale}),"")`,
            // Overdue stays overdue, as in the check; otherwise a status only where there is a rate.
            `=IF(${overdueCell}=TRUE,${overdue},IF(ISNUMBER(${achievement}),${status},""))`,
          );
          return { row: r, formulas };
        }),
  };
}

function hasText(value: unknown): boolean {
  return value !== null && value !== undefined && String(value).trim() !== "";
}
