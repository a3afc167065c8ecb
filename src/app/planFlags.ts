/**
 * What to mark in the sheet itself after a check, so a reader sees it without the pane: overdue rows,
 * cells with errors, cells with warnings, and a note on each flagged cell saying what is wrong. The
 * plan is pure data; the Office adapter turns it into conditional formats and notes it owns, and the
 * command-line checker's annotated copies can use the same plan.
 */
import type { Finding, SheetEvaluation } from "../core/evaluateSheet";
import type { Locale } from "../core/messages/formatIssue";
import { formatIssue } from "../core/messages/formatIssue";
import type { SheetTable } from "../core/sheetTable";
import { COLUMN_ROLES, columnLetter, toA1 } from "../core/sheetTable";
import type { CellNote, FlagPlan } from "./ports";
import { WORKBOOK_TEXT } from "./workbookText";

/** Excel shows long notes in a box that grows off screen; the pane has the full list anyway. */
export const NOTE_MAX_LENGTH = 1000;

interface FlaggedCell {
  readonly row: number;
  readonly column: number;
  error: boolean;
  readonly messages: string[];
}

/**
 * Plans the flags for a checked table.
 * @example planFlags(table, evaluateSheet(table, { asOf: "2025-11-21", fiscalYear: 2025 }), "ja")
 * // { overdueAreas: ["A9:G12"], errorAreas: [], warningAreas: ["C9:C10", "E11:E12"],
 * //   notes: [{ cell: "C9", text: "KPIチェッカー（基準日 2025-11-21）\n・(1) 期限（…）を過ぎていますが…" }, …] }
 */
export function planFlags(table: SheetTable, evaluation: SheetEvaluation, locale: Locale): FlagPlan {
  const cells = new Map<string, FlaggedCell>();
  for (const finding of evaluation.findings) addFinding(cells, finding, locale);

  const flagged = [...cells.values()];
  const errorCells = flagged.filter((cell) => cell.error);
  const warningCells = flagged.filter((cell) => !cell.error);

  const title = WORKBOOK_TEXT[locale].noteTitle(evaluation.asOf);
  const notes: CellNote[] = [...errorCells.sort(bySheetOrder), ...warningCells.sort(bySheetOrder)].map(
    (cell) => ({ cell: toA1(cell.row, cell.column), text: noteText(title, cell.messages) }),
  );

  return {
    overdueAreas: overdueAreasOf(table, evaluation),
    errorAreas: cellAreas(errorCells),
    warningAreas: cellAreas(warningCells),
    notes,
  };
}

function addFinding(cells: Map<string, FlaggedCell>, finding: Finding, locale: Locale): void {
  let cell = cells.get(finding.cell);
  if (cell === undefined) {
    cell = { row: finding.row, column: finding.column, error: false, messages: [] };
    cells.set(finding.cell, cell);
  }
  if (finding.severity === "error") cell.error = true;
  const message = formatIssue(finding.issue, locale);
  if (!cell.messages.includes(message)) cell.messages.push(message);
}

function noteText(title: string, messages: readonly string[]): string {
  const text = [title, ...messages.map((message) => `・${message}`)].join("\n");
  return text.length > NOTE_MAX_LENGTH ? `${text.slice(0, NOTE_MAX_LENGTH - 1)}…` : text;
}

function bySheetOrder(a: FlaggedCell, b: FlaggedCell): number {
  return a.row - b.row || a.column - b.column;
}

/** Overdue rows across the table's columns, adjacent rows merged into one area. */
function overdueAreasOf(table: SheetTable, evaluation: SheetEvaluation): string[] {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const role of COLUMN_ROLES) {
    const column = table.columns[role];
    if (column === undefined) continue;
    first = Math.min(first, column);
    last = Math.max(last, column);
  }
  if (last < 0) return [];
  const rows: number[] = [];
  for (const row of evaluation.rows) if (row.overdue) rows.push(row.row);
  rows.sort((a, b) => a - b);
  const from = columnLetter(first);
  const to = columnLetter(last);
  return runsOf(rows).map(([top, bottom]) => `${from}${top}:${to}${bottom}`);
}

/** Cells as areas: in each column, runs of adjacent rows become one area (`E11:E12`). */
function cellAreas(cells: readonly FlaggedCell[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const rows = byColumn.get(cell.column);
    if (rows) rows.push(cell.row);
    else byColumn.set(cell.column, [cell.row]);
  }
  const areas: string[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const letter = columnLetter(column);
    const rows = (byColumn.get(column) ?? []).sort((a, b) => a - b);
    for (const [top, bottom] of runsOf(rows)) {
      areas.push(top === bottom ? `${letter}${top}` : `${letter}${top}:${letter}${bottom}`);
    }
  }
  return areas;
}

/** Sorted, distinct-or-not row numbers as [top, bottom] runs of adjacent rows. */
function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const current = runs[runs.length - 1];
    if (current && row <= current[1] + 1) current[1] = Math.max(current[1], row);
    else runs.push([row, row]);
  }
  return runs;
}
