/**
 * 新しいシート: blank sheets for a fiscal year, laid out as the sheets our users keep. A 重点目標管理シート
 * as seed 000 lays it out (title, the block 重点目標 … 目的・効果, the table ①–⑥ with its five headers,
 * 特記事項), and a KPI list as seed 004 does (推進事項, 取組内容, KPI, 基準値 ⇒ 目標値) with an 実績値
 * column for each year of the plan. The plan carries what makes the sheet ready to fill in: column
 * widths, wrapping, print setup, the data validation of 準備 and the computed columns, planned by the
 * same planners as on a user's sheet.
 */
import type { IsoDate } from "../core/calendar";
import { formatFiscalYear } from "../core/messages/formatDate";
import type { Locale } from "../core/messages/formatIssue";
import type { CellValue, SheetGrid } from "../core/sheetTable";
import { columnLetter } from "../core/sheetTable";
import type { Result } from "../core/result";
import type { TemplateInvalid, UseCaseIssue } from "./appIssue";
import { detectTableInGrid } from "./detectTable";
import { freeSheetName } from "./freeSheetName";
import { planComputedColumns } from "./planComputedColumns";
import { REVISED_TARGET_HEADER } from "./planRevisedTarget";
import { planValidation } from "./planValidation";
import { checkSheet } from "./runSubmissionCheck";
import type { WorkbookSettings } from "./settings";
import { withSheetSettings } from "./settings";
import type { ValidationTarget } from "./validationPort";

export type TemplateKind = "goal_sheet" | "kpi_list";

/**
 * The table header of a 重点目標管理シート, as seed 000 words it (scripts/seedGoalSheets.ts builds the
 * sample workbook with these same texts): the item column (①) has none.
 */
export const GOAL_SHEET_HEADER: readonly (string | null)[] = [
  null,
  "取組項目及び方法・手段（何をどのように）",
  "期間・期限（いつ・いつまでに）",
  "数値目標（どの水準まで）",
  "中間報告（目標に対する進捗状況・進捗度）及び（中間報告の時点で取組項目に対する方法・手段の見直しを行った点）",
  "期末報告（目標に対する達成状況・達成度）",
];

/** The title of a 重点目標管理シート without its year. */
export const GOAL_SHEET_TITLE_TEXT = "重点目標管理シート";
/** Seed 000's 特記事項 row. */
const SPECIAL_NOTES = [
  "特記事項",
  "○市民参加・協働の推進、市民満足度の向上を考慮した点",
  "○取組による効果・残された課題",
];
/** Seed 000's items: ① … ⑥. */
const GOAL_ITEMS = ["①", "②", "③", "④", "⑤", "⑥"];
/** Seed 000's nine-column grid (goal 2), in Excel's character widths. */
const GOAL_WIDTHS = [11, 38, 16, 32, 34, 12, 14, 12, 10];
/** Seed 004's header, in its words. */
const KPI_HEADER = [
  "重点項目",
  "推進項目",
  "推進事項",
  "推進事項達成に向けた具体的な取組内容",
  "推進項目のＫＰＩ",
  "基準値",
  "目標値",
];
const KPI_WIDTHS = [14, 16, 22, 30, 26, 12, 12];
/** The 目標値 column of KPI_HEADER (0-based). */
const KPI_TARGET_COLUMN = 6;
const ACTUAL_HEADER = "実績値";
const ACTUAL_WIDTH = 11;
const COMPUTED_WIDTH = 10;
export const DEFAULT_PLAN_YEARS = 4;
export const DEFAULT_KPI_ROWS = 20;
/** A plan longer than this is not a plan a KPI list is kept for. */
const MAX_PLAN_YEARS = 10;
const MAX_KPI_ROWS = 500;

export interface TemplateOptions {
  readonly kind: TemplateKind;
  readonly fiscalYear: number;
  /** KPI list: years of the plan from `fiscalYear` (an 実績値 column each); default 4 (R7～10 in seed 004). */
  readonly planYears?: number;
  /** KPI list: blank rows; default 20. */
  readonly rows?: number;
  /**
   * KPI list: a 目標値（見直し後） column right of 目標値, for targets revised after the next comprehensive
   * plan; off by default.
   */
  readonly revisedTarget?: boolean;
  readonly sheetNames: readonly string[];
  readonly settings: WorkbookSettings;
  readonly asOf: IsoDate;
  readonly locale: Locale;
}

/** A blank sheet to insert: everything the adapter writes, as data. */
export interface TemplatePlan {
  readonly sheetName: string;
  /** Values from A1, row by row (null: empty); every row as wide as the widest. */
  readonly values: readonly (readonly (string | null)[])[];
  /** The computed columns' formulas and number formats, by rectangle. */
  readonly formulas: readonly {
    readonly address: string;
    readonly formulas: readonly (readonly string[])[];
  }[];
  /** The computed columns' number formats: one column of rows each. */
  readonly numberFormats: readonly {
    readonly column: number;
    readonly firstRow: number;
    readonly lastRow: number;
    readonly format: string;
  }[];
  readonly merges: readonly string[];
  /** Widths of columns A… in points. */
  readonly columnWidths: readonly number[];
  readonly wrap: readonly string[];
  readonly bold: readonly string[];
  readonly print: {
    readonly orientation: "Landscape";
    /** Rows repeated on each printed page: `$7:$7`. */
    readonly titleRows: string;
  };
  readonly validation: readonly ValidationTarget[];
  /** The 目標値（見直し後） column (0-based) and its header row, when the sheet has one. */
  readonly revisedTarget?: { readonly column: number; readonly headerRow: number };
}

/** Excel's width in points of a column `characters` wide in the default font (7 px a character, 5 px padding). */
function points(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** 2026 → 令和8年度 */
function reiwaYear(year: number): string {
  return formatFiscalYear(year, "ja");
}

/** 2026 → R8 */
function reiwaShort(year: number): string {
  return year >= 2019 ? `R${year - 2018}` : String(year);
}

interface Layout {
  readonly name: string;
  readonly values: (string | null)[][];
  /** Placeholder values that make the blank rows table rows for the planners; never written. */
  readonly standIns: readonly { readonly row: number; readonly column: number; readonly value: string }[];
  readonly merges: string[];
  readonly widths: number[];
  readonly wrap: string[];
  readonly bold: string[];
  readonly headerRow: number;
  /** The computed columns' first column, and the cell of each row whose emptiness keeps them blank. */
  readonly computedColumn: number;
  readonly keyColumn: number;
}

/**
 * Plans a blank goal sheet or KPI list for a fiscal year; fails for a fiscal year, plan length or row
 * count outside what a sheet can be for.
 * @example planTemplate({ kind: "goal_sheet", fiscalYear: 2026, sheetNames: [], settings, asOf, locale: "ja" })
 * // ok({ sheetName: "令和8年度 重点目標", values: [["令和8年度 重点目標管理シート"], …], print: { orientation: "Landscape", titleRows: "$7:$7" }, … })
 * @example planTemplate({ kind: "kpi_list", fiscalYear: 2026, planYears: 40, … })
 * // fail({ code: "template_invalid", field: "planYears" })
 */
export function planTemplate(options: TemplateOptions): Result<TemplatePlan, UseCaseIssue> {
  const { fiscalYear } = options;
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1990 || fiscalYear > 2200) return invalid("fiscalYear");
  const years = options.planYears ?? DEFAULT_PLAN_YEARS;
  if (!Number.isInteger(years) || years < 1 || years > MAX_PLAN_YEARS) return invalid("planYears");
  const rows = options.rows ?? DEFAULT_KPI_ROWS;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_KPI_ROWS) return invalid("rows");

  const revised = options.kind === "kpi_list" && options.revisedTarget === true;
  const layout =
    options.kind === "goal_sheet" ? goalLayout(fiscalYear) : kpiLayout(fiscalYear, years, rows, revised);
  const width = Math.max(...layout.values.map((row) => row.length));
  const values = layout.values.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]);

  // The planners work on tables with rows: the blank rows are filled with stand-ins for them.
  const planned: CellValue[][] = values.map((row) => [...row]);
  for (const { row, column, value } of layout.standIns) {
    const cells = planned[row - 1];
    if (cells !== undefined) cells[column] = value;
  }
  const grid: SheetGrid = { name: layout.name, firstRow: 1, firstColumn: 0, values: planned };
  // The sheet's year is in its title; saying it here too keeps the planners off the as-of date.
  const settings = withSheetSettings(options.settings, layout.name, { fiscalYear });
  const checked = checkSheet(grid, { asOf: options.asOf, settings });
  if (!checked.ok) throw new Error(`the ${options.kind} template has no table: ${checked.issues[0]?.code}`);
  const computed = planComputedColumns(checked.value, {
    firstColumn: layout.computedColumn,
    gradePreset: settings.gradePreset,
    startMonth: settings.startMonth,
    locale: options.locale,
  });
  if (!computed.ok) throw new Error(`the ${options.kind} template has no computed columns`);
  const plan = computed.value;
  const first = columnLetter(plan.firstColumn);
  const last = columnLetter(plan.firstColumn + plan.headers.length - 1);
  const headerCells = values[plan.headerRow - 1];
  plan.headers.forEach((header, i) => {
    if (headerCells !== undefined) headerCells[plan.firstColumn + i] = header;
  });
  const formulas = plan.rows.map(({ row, formulas: cells }) => ({
    address: `${first}${row}:${last}${row}`,
    // Blank until the row is filled in: planComputedColumns' formulas test their own inputs for blanks.
    formulas: [[...cells]],
  }));
  const firstRow = plan.rows[0]?.row ?? plan.headerRow + 1;
  const lastRow = plan.rows[plan.rows.length - 1]?.row ?? firstRow;
  const numberFormats = plan.numberFormats.map((format, i) => ({
    column: plan.firstColumn + i,
    firstRow,
    lastRow,
    format,
  }));

  const detected = detectTableInGrid(grid, settings.sheets[layout.name] ?? {}, {
    asOf: options.asOf,
    startMonth: settings.startMonth,
  });
  const withHeaders: SheetGrid = {
    ...grid,
    values: grid.values.map((row, r) => (r === plan.headerRow - 1 ? (headerCells ?? row) : row)),
  };
  const validation = detected.ok
    ? planValidation(withHeaders, detected.value, {
        gradePreset: settings.gradePreset,
        startMonth: settings.startMonth,
        ...(settings.statusOptions ? { statusOptions: settings.statusOptions } : {}),
        locale: options.locale,
      })
    : null;

  const wide = Math.max(...values.map((row) => row.length));
  return {
    ok: true,
    value: {
      sheetName: freeSheetName(layout.name, options.sheetNames),
      values: values.map((row) => [...row, ...Array<null>(wide - row.length).fill(null)]),
      formulas,
      numberFormats,
      merges: layout.merges,
      columnWidths: [...layout.widths.map(points), ...plan.headers.map(() => points(COMPUTED_WIDTH))],
      wrap: layout.wrap,
      bold: [...layout.bold, `${first}${plan.headerRow}:${last}${plan.headerRow}`],
      print: {
        orientation: "Landscape",
        titleRows: `$${layout.headerRow}:$${layout.headerRow + (options.kind === "kpi_list" ? 1 : 0)}`,
      },
      validation: validation?.ok ? validation.value.targets : [],
      ...(revised ? { revisedTarget: { column: KPI_TARGET_COLUMN + 1, headerRow: layout.headerRow } } : {}),
    },
  };
}

function invalid(field: TemplateInvalid["field"]): Result<TemplatePlan, UseCaseIssue> {
  return { ok: false, issues: [{ code: "template_invalid", field }] };
}

/** Seed 000's layout on the nine-column grid of goal 2, blank. */
function goalLayout(fiscalYear: number): Layout {
  const headerRow = 7;
  const values: (string | null)[][] = [
    [`${reiwaYear(fiscalYear)} ${GOAL_SHEET_TITLE_TEXT}`],
    [],
    ["重点目標", null, null, null, "部局名", null, null, "優先順位"],
    ["総合計画における位置付け"],
    ["現況・課題"],
    ["目的・効果", null, null, null, "該当するSDGsの目標"],
    [...GOAL_SHEET_HEADER.slice(0, 5), null, GOAL_SHEET_HEADER[5] ?? null],
    ...GOAL_ITEMS.map((item) => [item]),
    [SPECIAL_NOTES[0] ?? null, SPECIAL_NOTES[1] ?? null, null, null, SPECIAL_NOTES[2] ?? null],
  ];
  const itemRows = GOAL_ITEMS.map((_, i) => headerRow + 1 + i);
  const notesRow = headerRow + GOAL_ITEMS.length + 1;
  return {
    name: `${reiwaYear(fiscalYear)} 重点目標`,
    values,
    standIns: itemRows.flatMap((row) => [
      { row, column: 1, value: "○" },
      { row, column: 2, value: "通年" },
    ]),
    merges: [
      "A1:I1",
      "A3:B3",
      "C3:D3",
      "F3:G3",
      "A4:B4",
      "C4:I4",
      "B5:I5",
      "B6:D6",
      "F6:I6",
      `E${headerRow}:F${headerRow}`,
      `G${headerRow}:I${headerRow}`,
      ...itemRows.flatMap((row) => [`E${row}:F${row}`, `G${row}:I${row}`]),
      `B${notesRow}:D${notesRow}`,
      `E${notesRow}:I${notesRow}`,
    ],
    widths: GOAL_WIDTHS,
    wrap: [`A3:I${notesRow}`],
    bold: ["A1", "A3:A6", "E3", "H3", "E6", `A${headerRow}:I${headerRow}`, `A${notesRow}`],
    headerRow,
    computedColumn: GOAL_WIDTHS.length,
    keyColumn: 2,
  };
}

/**
 * Seed 004's layout, blank, with an 実績値 column for each year of the plan, and, when asked, a
 * 目標値（見直し後） column right of 目標値.
 */
function kpiLayout(fiscalYear: number, years: number, rows: number, revised: boolean): Layout {
  const headerRow = 4;
  const lastYear = fiscalYear + years - 1;
  const header = revised ? [...KPI_HEADER, REVISED_TARGET_HEADER] : KPI_HEADER;
  const actualColumns = Array.from({ length: years }, (_, i) => header.length + i);
  const values: (string | null)[][] = [
    [`${reiwaYear(fiscalYear)} KPI一覧（計画期間 ${reiwaShort(fiscalYear)}～${reiwaShort(lastYear)}年度）`],
    [],
    [],
    [...header, ...actualColumns.map(() => ACTUAL_HEADER)],
    [
      null,
      null,
      null,
      null,
      null,
      `${reiwaShort(fiscalYear - 1)}年度末`,
      `${reiwaShort(lastYear)}年度末`,
      // Left empty under 目標値（見直し後）: a year here would make it a second yearly target column.
      ...(revised ? [null] : []),
      ...actualColumns.map((_, i) => `${reiwaShort(fiscalYear + i)}年度`),
    ],
    ...Array.from({ length: rows }, () => []),
  ];
  const firstRow = headerRow + 2;
  const lastRow = firstRow + rows - 1;
  const lastColumn = columnLetter(header.length + years - 1);
  return {
    name: `${reiwaYear(fiscalYear)} KPI一覧`,
    values,
    standIns: Array.from({ length: rows }, (_, i) => [
      { row: firstRow + i, column: 4, value: "KPI" },
      { row: firstRow + i, column: 6, value: "1 件" },
    ]).flat(),
    merges: [],
    widths: [
      ...KPI_WIDTHS,
      ...(revised ? [KPI_WIDTHS[KPI_TARGET_COLUMN] ?? 12] : []),
      ...actualColumns.map(() => ACTUAL_WIDTH),
    ],
    wrap: [`A${headerRow}:${lastColumn}${lastRow}`],
    bold: ["A1", `A${headerRow}:${lastColumn}${headerRow + 1}`],
    headerRow,
    computedColumn: header.length + years,
    // Blank computed cells until this year's actual is in.
    keyColumn: header.length,
  };
}
