/**
 * 集計 sheet: one row per goal sheet and KPI list with its items achieved, on track, behind, overdue and
 * without status, the item count and the grade distribution, and a stacked-bar chart of the statuses.
 * Every figure is a formula, so Excel updates the sheet and its chart when a value changes:
 *
 * - Below the summary, one row per item (the rows core/summarizeEvaluation counts) holds the item's
 *   status and grade as KPI formulas that reference the item's own cells on its sheet
 *   (`=IFERROR(KPI.STATUS(…'KPI一覧'!G9…),"")`). Nothing is written into the users' sheets.
 * - The summary rows count those cells (`=COUNTIF($C$14:$C$38,"達成")+COUNTIF($C$14:$C$38,"Achieved")`):
 *   both languages, because KPI.STATUS answers in Excel's display language, which may change with the
 *   person who opens the workbook.
 * - The as-of date is one cell (B2): the saved as-of date, or =TODAY(); every formula judges on it.
 *
 * Goal rows are judged per sub-item as the sheet check does: KPI.DONE reads one sub-item's own statements
 * in each report (5 選挙: (1) 執行した is done while (3)(4) 準備を進めた is not); with an 実績値 column a goal
 * row that is not overdue has the status and grade of its rate (KPI.GOALRATE), and test/summarySheetFormulas.test.ts
 * holds the sheet to the core's counts on the sample workbooks. A KPI row with its own 期限 column is
 * judged against the line to that date. A row added to a sheet later is counted after the summary is made
 * again.
 */
import type { IsoDate } from "../core/calendar";
import { findPlanPeriod } from "../core/findPlanPeriod";
import { fiscalYearRange } from "../core/fiscalYear";
import type { GradePresetId } from "../core/grade";
import { DEFAULT_GRADE_PRESET, GRADE_PRESETS } from "../core/grade";
import type { Locale } from "../core/messages/formatIssue";
import { statusLabel } from "../core/messages/formatIssue";
import { resolveDue } from "../core/resolveDue";
import type { CellValue, SheetTable, TableRow } from "../core/sheetTable";
import { columnLetter, toA1 } from "../core/sheetTable";
import type { KpiStatus } from "../core/achievement";
import type { RowEvaluation } from "../core/evaluateSheet";
import { isSummaryItem } from "../core/summarizeEvaluation";
import type { Result } from "../core/result";
import type { UseCaseIssue } from "./appIssue";
import { GRADE_SCALE_TEXT } from "./planComputedColumns";
import {
  judgedPeriod,
  judgedTargetExpression,
  statusExpression,
  targetBlankCondition,
} from "./statusFormula";
import type { SheetSummaryEntry } from "./summarizeWorkbook";
import type { SummarySheetPlan } from "./summaryPort";

export interface SummarySheetOptions {
  readonly locale: Locale;
  /** The saved as-of date; null: the sheet judges on =TODAY(). */
  readonly asOf: IsoDate | null;
  readonly gradePreset: GradePresetId;
  readonly startMonth: number;
}

/** The words of the summary sheet, per language. */
export const SUMMARY_SHEET_TEXT = {
  ja: {
    sheetName: "集計",
    title: "集計（重点目標・KPI）",
    asOf: "基準日",
    note: "数値はすべて各シートを参照する数式です。行を追加したときは、作業ウィンドウの「集計」でもう一度作成してください。",
    sheet: "シート",
    noStatus: "状況なし",
    items: "項目数",
    perRow: "行ごとの判定（上の集計の元になる数式）",
    row: "行",
    status: "状況",
    grade: "評価",
    chartTitle: "状況の内訳（シート別）",
  },
  en: {
    sheetName: "Summary",
    title: "Summary (goal sheets and KPI lists)",
    asOf: "As of",
    note: "Every figure is a formula referencing the sheets. After adding rows, make the summary again from the task pane.",
    sheet: "Sheet",
    noStatus: "No status",
    items: "Items",
    perRow: "Per row (the formulas the summary above counts)",
    row: "Row",
    status: "Status",
    grade: "Grade",
    chartTitle: "Status by sheet",
  },
} as const;

/** The statuses the chart stacks, in the order of the summary's columns B to E. */
const CHART_STATUSES: readonly KpiStatus[] = ["achieved", "on_track", "behind", "overdue"];

/** 1-based row of the summary's header; the sheets' rows follow it. */
const HEADER_ROW = 5;

/**
 * Plans the summary sheet for the checked sheets. Fails when the workbook has no goal sheet or KPI list.
 * @example planSummarySheet([goal2Entry, kpiEntry], { locale: "ja", asOf: null, gradePreset: "abcd_100_80_60", startMonth: 4 })
 * // ok({ cells: [["集計（重点目標・KPI）"], ["基準日", "=TODAY()"], …,
 * //   ["2 行財政改革", "=COUNTIF($C$10:$C$14,\"達成\")+COUNTIF($C$10:$C$14,\"Achieved\")", …]], chart: { source: "A5:E7", … } })
 * @example planSummarySheet([], options) // fail({ code: "summary_no_sheets" })
 */
export function planSummarySheet(
  entries: readonly SheetSummaryEntry[],
  options: SummarySheetOptions,
): Result<SummarySheetPlan, UseCaseIssue> {
  if (entries.length === 0) return { ok: false, issues: [{ code: "summary_no_sheets" }] };
  const text = SUMMARY_SHEET_TEXT[options.locale];
  const labels = GRADE_PRESETS[options.gradePreset].bands.map((band) => band.label);
  const width = 7 + labels.length;

  // The per-row area starts two rows below the summary: its rows are known before the summary's formulas.
  const perRowTitle = HEADER_ROW + entries.length + 2;
  let next = perRowTitle + 2;
  const perRow: (string | number)[][] = [];
  const ranges = entries.map((entry) => {
    const items = itemRows(entry);
    const first = next;
    for (const row of items) perRow.push(perRowCells(entry, row, options));
    next += items.length;
    return { first, last: next - 1, count: items.length };
  });

  const cells: (string | number)[][] = [
    [text.title],
    [text.asOf, options.asOf === null ? "=TODAY()" : excelDate(options.asOf)],
    [text.note],
    [],
    [
      text.sheet,
      ...CHART_STATUSES.map((status) => statusLabel(status, options.locale)),
      text.noStatus,
      text.items,
      ...labels,
    ],
  ];
  entries.forEach((entry, i) => {
    const range = ranges[i] ?? { first: 0, last: 0, count: 0 };
    const row = HEADER_ROW + 1 + i;
    if (range.count === 0) {
      cells.push([entry.sheetName, 0, 0, 0, 0, 0, 0, ...labels.map(() => "")]);
      return;
    }
    const status = `$C$${range.first}:$C$${range.last}`;
    const grade = `$D$${range.first}:$D$${range.last}`;
    const count = (area: string, label: string): string => `COUNTIF(${area},${excelText(`=${label}`)})`;
    const graded = isGraded(entry.report.detection.table);
    cells.push([
      entry.sheetName,
      ...CHART_STATUSES.map(
        (s) => `=${count(status, statusLabel(s, "ja"))}+${count(status, statusLabel(s, "en"))}`,
      ),
      `=G${row}-SUM(B${row}:E${row})`,
      `=ROWS(${status})`,
      ...labels.map((label) => (graded ? `=${count(grade, label)}` : "")),
    ]);
  });
  cells.push([], [text.perRow], [text.sheet, text.row, text.status, text.grade], ...perRow);
  const padded = cells.map((row) => [...row, ...Array.from({ length: width - row.length }, () => "")]);

  const lastSummaryRow = HEADER_ROW + entries.length;
  const chartLeft = columnLetter(width + 1);
  const chartRight = columnLetter(width + 9);
  return {
    ok: true,
    value: {
      cells: padded,
      numberFormats: [{ address: "B2", format: "yyyy/mm/dd" }],
      bold: [
        "A1",
        `A${HEADER_ROW}:${columnLetter(width - 1)}${HEADER_ROW}`,
        `A${perRowTitle}:D${perRowTitle + 1}`,
      ],
      columnWidths: [160, ...Array.from({ length: width - 1 }, () => 56)],
      chart: {
        type: "BarStacked",
        source: `A${HEADER_ROW}:E${lastSummaryRow}`,
        title: text.chartTitle,
        topLeft: `${chartLeft}${HEADER_ROW}`,
        bottomRight: `${chartRight}${Math.max(HEADER_ROW + 16, lastSummaryRow + 2 * entries.length)}`,
      },
    },
  };
}

/** The rows the core counts as items, in sheet order, with what the core computed for them. */
function itemRows(entry: SheetSummaryEntry): { row: TableRow; evaluation: RowEvaluation }[] {
  const { table } = entry.report.detection;
  const evaluations = new Map<number, RowEvaluation>();
  for (const row of entry.report.evaluation.rows) evaluations.set(row.row, row);
  const out: { row: TableRow; evaluation: RowEvaluation }[] = [];
  for (const row of table.rows) {
    const evaluation = evaluations.get(row.row);
    if (evaluation !== undefined && isSummaryItem(table, row, evaluation)) out.push({ row, evaluation });
  }
  return out;
}

/** One item's row in the per-row area: its sheet, its row, a status formula and a grade formula. */
function perRowCells(
  entry: SheetSummaryEntry,
  item: { row: TableRow; evaluation: RowEvaluation },
  options: SummarySheetOptions,
): (string | number)[] {
  const { table } = entry.report.detection;
  const fiscalYear = entry.report.evaluation.fiscalYear;
  const cell = (column: number): string => `${quoteSheet(entry.sheetName)}!${toA1(item.row.row, column)}`;
  if (table.layout === "goal_sheet") {
    const overdue = goalOverdue(table, item.row, cell, fiscalYear, options);
    const judged = goalActualFormulas(entry, item, cell, overdue, options);
    if (judged !== null) return [entry.sheetName, item.row.row, ...judged];
    const label = excelText(statusLabel("overdue", options.locale));
    const status = overdue === null ? "" : `=IF(${overdue.period}="","",IF(${overdue.any},${label},""))`;
    return [entry.sheetName, item.row.row, status, ""];
  }
  return [entry.sheetName, item.row.row, ...kpiFormulas(entry, item, cell, options)];
}

/** Whether the grade columns count the sheet's items: a KPI list's, and a goal sheet's with an 実績値 column. */
function isGraded(table: SheetTable): boolean {
  if (table.layout === "kpi_list") return true;
  return table.columns.actual !== undefined && table.columns.numericTarget !== undefined;
}

/**
 * Whether a goal row is overdue: its 期間・期限 cell, and the condition that any of its deadlines passed
 * with its sub-item not done, as the check reads it; null without a 期間・期限 column.
 */
function goalOverdue(
  table: SheetTable,
  row: TableRow,
  cell: (column: number) => string,
  fiscalYear: number,
  options: SummarySheetOptions,
): { readonly period: string; readonly any: string } | null {
  const { period, finalReport, midtermReport } = table.columns;
  if (period === undefined) return null;
  const reports = [finalReport, midtermReport]
    .filter((column): column is number => column !== undefined)
    .map(cell);
  // An empty 期間・期限 has no deadline (the core's reading); KPI.DUE of it would be #N/A on the web and
  // a 0 on Windows (office-js #4702), so the formula tests for it rather than rely on either.
  const periodCell = cell(period);
  const terms = subItemsOf(row.cells.period, fiscalYear, options.startMonth).map((subItem) => {
    const n = subItem === null ? "" : `,${subItem}`;
    const due = `KPI.DUE(${cell(period)},${fiscalYear}${n})`;
    // As the sheet check reads it: done when either report says so, for this sub-item's own statements.
    const done = reports.length === 0 ? "" : `OR(${reports.map((r) => `KPI.DONE(${r}${n})`).join(",")})`;
    return `IFERROR(KPI.OVERDUE(${due},${done},$B$2),FALSE)`;
  });
  return { period: periodCell, any: `OR(${terms.join(",")})` };
}

/**
 * A goal row's status and grade where the sheet has an 実績値 column: overdue stays overdue; otherwise the
 * status and grade of its achievement rate (KPI.GOALRATE, the check's own judgement), judged over the
 * period the check judges it over; none while the row has no rate. Null without such a column.
 */
function goalActualFormulas(
  entry: SheetSummaryEntry,
  item: { row: TableRow; evaluation: RowEvaluation },
  cell: (column: number) => string,
  overdue: { readonly period: string; readonly any: string } | null,
  options: SummarySheetOptions,
): [string, string] | null {
  const { table } = entry.report.detection;
  const { actual, numericTarget } = table.columns;
  if (!isGraded(table) || actual === undefined || numericTarget === undefined) return null;
  const fiscalYear = entry.report.evaluation.fiscalYear;
  // Both cells tested for blanks here: on Windows an empty 実績値 would reach KPI.GOALRATE as 0.
  const unreported = `OR(${cell(actual)}="",${cell(numericTarget)}="")`;
  const rate = `KPI.GOALRATE(${cell(numericTarget)},${cell(actual)})`;
  const period = judgedPeriod(item.evaluation, entry.report.evaluation.plan, fiscalYear, options.startMonth);
  const judged = statusExpression({
    rate,
    achievement: rate,
    due: excelDate(period.end).slice(1),
    asOf: "$B$2",
    period,
    direction: item.evaluation.direction,
    locale: options.locale,
  });
  const scale =
    options.gradePreset === DEFAULT_GRADE_PRESET ? "" : `,"${GRADE_SCALE_TEXT[options.gradePreset]}"`;
  const status = `IFERROR(IF(${unreported},"",${judged}),"")`;
  const label = excelText(statusLabel("overdue", options.locale));
  return [
    overdue === null ? `=${status}` : `=IF(IF(${overdue.period}="",FALSE,${overdue.any}),${label},${status})`,
    `=IFERROR(IF(${unreported},"",KPI.GRADE(${rate}${scale})),"")`,
  ];
}

/** The sub-items a deadline names ((1) R7. 10月 (2) R8. 3月 → 1, 2), or null for the whole cell. */
function subItemsOf(value: CellValue | undefined, fiscalYear: number, startMonth: number): (number | null)[] {
  if (typeof value !== "string") return [null];
  const reading = resolveDue(value, fiscalYear, { startMonth });
  if (!reading.ok) return [null];
  const out: (number | null)[] = [];
  for (const entry of reading.value.entries) {
    for (const subItem of entry.subItems ?? [null]) if (!out.includes(subItem)) out.push(subItem);
  }
  return out.length === 0 ? [null] : out;
}

/** A KPI row's status and grade, as the computed columns write them, judged on the plan's period. */
function kpiFormulas(
  entry: SheetSummaryEntry,
  item: { row: TableRow; evaluation: RowEvaluation },
  cell: (column: number) => string,
  options: SummarySheetOptions,
): [string, string] {
  const { table } = entry.report.detection;
  const { columns } = table;
  if (columns.actual === undefined || (columns.target === undefined && columns.baselineTarget === undefined))
    return ["", ""];
  const fiscalYear = entry.report.evaluation.fiscalYear;
  const pair = columns.baselineTarget === undefined ? null : cell(columns.baselineTarget);
  // The revised target (目標値（見直し後）) where the row's cell is not blank, as the core judges it.
  const revised = columns.revisedTarget === undefined ? null : cell(columns.revisedTarget);
  const target =
    columns.target !== undefined
      ? judgedTargetExpression(cell(columns.target), (t) => t, revised)
      : judgedTargetExpression(pair ?? "", (t) => `KPI.TARGET(${t})`, revised);
  const baseline =
    columns.baseline !== undefined ? cell(columns.baseline) : pair === null ? null : `KPI.BASELINE(${pair})`;
  const actual = cell(columns.actual);
  // Empty cells are tested here, not left to the KPI functions: Excel on Windows passes them 0 where the
  // web passes null (office-js #4702), and an unfilled 実績値 read as 0 would count as 遅れ and grade D.
  const targetKey = columns.target !== undefined ? cell(columns.target) : (pair ?? "");
  const baselineKey = columns.baseline !== undefined ? baseline : pair;
  const unreported = `OR(${actual}="",${targetBlankCondition(targetKey, revised)})`;
  const direction = item.evaluation.direction;
  const directionArg = direction === "decrease" || direction === "maintain" ? `,"${direction}"` : "";
  const achievement = `KPI.ACHIEVEMENT(${target},${actual}${directionArg})`;
  const progress = `IFERROR(KPI.PROGRESS(${baseline ?? ""},${target},${actual}),${achievement})`;
  const rate =
    baseline === null || baselineKey === null
      ? achievement
      : `IF(${baselineKey}="",${achievement},${progress})`;
  // As the core judges: a per-year target (年 2 回) against its fiscal year, others against the plan.
  const period = judgedPeriod(
    item.evaluation,
    findPlanPeriod(entry.grid, table, fiscalYear) ?? fiscalYearRange(fiscalYear, options.startMonth),
    fiscalYear,
    options.startMonth,
  );
  const due =
    columns.period !== undefined
      ? `KPI.DUE(${cell(columns.period)},${fiscalYear})`
      : excelDate(period.end).slice(1);
  const scale =
    options.gradePreset === DEFAULT_GRADE_PRESET ? "" : `,"${GRADE_SCALE_TEXT[options.gradePreset]}"`;
  const judged = statusExpression({
    rate,
    achievement,
    due,
    asOf: "$B$2",
    period,
    direction,
    locale: options.locale,
  });
  // Not reported yet: no status, unless the row's own deadline (期限) has passed, as the core judges it.
  const done = columns.status === undefined ? "" : cell(columns.status);
  const notReported =
    columns.period === undefined
      ? `""`
      : `IF(${cell(columns.period)}="","",IF(KPI.OVERDUE(${due},${done},$B$2),${excelText(statusLabel("overdue", options.locale))},""))`;
  return [
    `=IFERROR(IF(${unreported},${notReported},${judged}),"")`,
    `=IFERROR(IF(${unreported},"",KPI.GRADE(${achievement}${scale})),"")`,
  ];
}

/** A sheet name as a formula refers to it: always quoted, quotes doubled (`'2 行財政改革'`). */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A string literal in a formula. */
function excelText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `=DATE(2025,11,21)`: a day that reads the same in every locale. */
function excelDate(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `=DATE(${y},${m},${d})`;
}
