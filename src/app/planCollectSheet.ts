/**
 * The 取りまとめ sheet: every file the office collected, checked, as two Excel tables it can filter: the
 * summary (one row per file and sheet: errors, warnings, overdue, achieved / on track / behind) and the
 * findings (file, sheet, cell, severity, message). Values only: the files are not in the workbook, so
 * nothing could be a formula over them.
 *
 * Excel's rules for tables (TableCollection.add, https://learn.microsoft.com/javascript/api/excel/excel.tablecollection):
 * a table may not overlap another ("If the table cannot be added (e.g., because the address is invalid, or
 * the table would overlap with another table), an error will be thrown"), so the two are stacked with a
 * row between them, and never share a row (filtering one hides whole rows); a table's name is unique in the
 * workbook regardless of case, starts with a letter or an underscore, has no spaces and does not look like
 * a cell reference (the name rules of ECMA-376 as Office writes them,
 * https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/1399f3cb-927c-4611-96ee-666143a8be35);
 * its headers are text, none empty, none repeated (Excel would rename them Column1, Column2 …).
 */
import type { IsoDate } from "../core/calendar";
import type { Locale } from "../core/messages/formatIssue";
import { formatDate } from "../core/messages/formatDate";
import { columnLetter } from "../core/sheetTable";
import type { CollectedFile, CollectLine } from "./collectFiles";
import { collectFindings, collectLines, verdictOf } from "./collectFiles";
import type { CollectSheetPlan } from "./summaryPort";

/** The words of the 取りまとめ sheet, per language. */
export const COLLECT_SHEET_TEXT = {
  ja: {
    sheetName: "取りまとめ",
    title: "取りまとめ（重点目標・KPI）",
    lead: (asOf: string, files: number, unreadable: number) =>
      `基準日 ${asOf}・${files}ファイル${unreadable > 0 ? `（読めなかったファイル ${unreadable}）` : ""}`,
    summaryTable: "取りまとめ_集計",
    findingsTable: "取りまとめ_指摘",
    summaryHeaders: [
      "ファイル",
      "シート",
      "状態",
      "エラー",
      "警告",
      "期限超過",
      "達成",
      "順調",
      "遅れ",
      "項目数",
      "備考",
    ],
    findingsHeading: (count: number) => `指摘一覧（${count}件）`,
    noFindings: "指摘はありません。",
    findingsHeaders: ["ファイル", "シート", "セル", "重要度", "指摘"],
    verdicts: {
      fix: "要修正",
      review: "要確認",
      ok: "問題なし",
      skipped: "対象外",
      unreadable: "読めません",
    },
    severities: { error: "エラー", warning: "警告" },
    readerFailed: (detail: string) => `このファイルを読む途中で問題が起きました（${detail}）。`,
  },
  en: {
    sheetName: "Collected",
    title: "Collected goal sheets and KPI lists",
    lead: (asOf: string, files: number, unreadable: number) =>
      `As of ${asOf}, ${files} file${files === 1 ? "" : "s"}${unreadable > 0 ? ` (${unreadable} not readable)` : ""}`,
    summaryTable: "Collected_Summary",
    findingsTable: "Collected_Findings",
    summaryHeaders: [
      "File",
      "Sheet",
      "State",
      "Errors",
      "Warnings",
      "Overdue",
      "Achieved",
      "On track",
      "Behind",
      "Items",
      "Note",
    ],
    findingsHeading: (count: number) => `Findings (${count})`,
    noFindings: "No findings.",
    findingsHeaders: ["File", "Sheet", "Cell", "Severity", "Finding"],
    verdicts: { fix: "Fix", review: "Review", ok: "OK", skipped: "Skipped", unreadable: "Not readable" },
    severities: { error: "Error", warning: "Warning" },
    readerFailed: (detail: string) => `Reading this file failed (${detail}).`,
  },
} as const;

export interface CollectSheetOptions {
  readonly locale: Locale;
  readonly asOf: IsoDate;
  /** Table names in use in the workbook: a new table takes another. */
  readonly tableNames: readonly string[];
}

/** Column widths in points: file and sheet names wide, counts narrow, the notes widest. */
const COLUMN_WIDTHS = [180, 110, 70, 56, 56, 56, 56, 56, 56, 56, 320];
const WIDTH = COLUMN_WIDTHS.length;
/** The summary table's first row (its headers): the title, the lead and a blank row above it. */
const SUMMARY_TOP = 4;

/**
 * Plans the 取りまとめ sheet for the files checked.
 * @example planCollectSheet([{ path: "総務部.xlsx", sheets: [goal] }], { locale: "ja", asOf: "2025-11-21", tableNames: [] })
 * // { cells: [["取りまとめ（重点目標・KPI）", …], …], tables: [{ name: "取りまとめ_集計", address: "A4:K5" },
 * //   { name: "取りまとめ_指摘", address: "A8:E12" }], … }
 */
export function planCollectSheet(
  files: readonly CollectedFile[],
  options: CollectSheetOptions,
): CollectSheetPlan {
  const text = COLLECT_SHEET_TEXT[options.locale];
  const lines = collectLines(files);
  const findings = collectFindings(files, "file");
  const unreadable = lines.filter((line) => line.state === "unreadable").length;
  const taken = options.tableNames.map((name) => name.toLowerCase());
  const summaryName = freeTableName(text.summaryTable, taken);
  const findingsName = freeTableName(text.findingsTable, [...taken, summaryName.toLowerCase()]);

  const rows: (string | number)[][] = [
    [text.title],
    [text.lead(formatDate(options.asOf, options.locale), files.length, unreadable)],
    [],
    [...text.summaryHeaders],
  ];
  for (const line of lines) rows.push(summaryRow(line, text));
  // A table needs a body row: with no file at all, one empty row (not reachable from the pane).
  if (lines.length === 0) rows.push([]);
  const summaryBottom = rows.length;
  rows.push([]);
  const headingRow = rows.length + 1;
  rows.push([findings.length === 0 ? text.noFindings : text.findingsHeading(findings.length)]);
  const tables = [
    { name: summaryName, address: `A${SUMMARY_TOP}:${columnLetter(WIDTH - 1)}${summaryBottom}` },
  ];
  if (findings.length > 0) {
    const top = rows.length + 1;
    rows.push([...text.findingsHeaders]);
    for (const finding of findings) {
      rows.push([
        asText(finding.file),
        asText(finding.sheet),
        finding.cell,
        text.severities[finding.severity],
        asText(finding.message),
      ]);
    }
    tables.push({
      name: findingsName,
      address: `A${top}:${columnLetter(text.findingsHeaders.length - 1)}${rows.length}`,
    });
  }
  return {
    cells: rows.map((row) => [...row, ...Array<string>(WIDTH - row.length).fill("")]),
    tables,
    bold: ["A1", `A${headingRow}`],
    columnWidths: COLUMN_WIDTHS,
  };
}

type SheetText = (typeof COLLECT_SHEET_TEXT)[Locale];

function summaryRow(line: CollectLine, text: SheetText): (string | number)[] {
  const counts = line.counts;
  const checked = line.state === "checked";
  return [
    asText(line.file),
    asText(line.sheet ?? ""),
    text.verdicts[verdictOf(line)],
    checked ? line.errors : "",
    checked ? line.warnings : "",
    counts?.overdue ?? "",
    counts?.achieved ?? "",
    counts?.onTrack ?? "",
    counts?.behind ?? "",
    counts?.items ?? "",
    asText(line.reason ?? ""),
  ];
}

/**
 * Text as Excel keeps it: a value that starts with = + - or @ would be taken for a formula, so it gets
 * Excel's text prefix, an apostrophe, which Excel does not show (office-js #6687 shows Excel keeping
 * such a cell as text and the apostrophe as its prefix).
 * @example asText("=SUM(A1)") // "'=SUM(A1)"
 * @example asText("総務部.xlsx") // "総務部.xlsx"
 */
export function asText(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/**
 * `wanted`, or with 2, 3 … after it, whichever no table of the workbook has (names compared without case).
 * @example freeTableName("取りまとめ_指摘", ["取りまとめ_指摘"]) // "取りまとめ_指摘2"
 */
export function freeTableName(wanted: string, tableNames: readonly string[]): string {
  const taken = new Set(tableNames.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
