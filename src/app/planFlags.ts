/**
 * What to mark in the sheet itself after a check, so a reader sees it without the pane: overdue rows,
 * cells with errors, cells with warnings, and a note on each flagged cell saying what is wrong. The
 * plan is pure data; the Office adapter turns it into conditional formats and notes it owns, and the
 * command-line checker's annotated copies can use the same plan.
 *
 * No two areas of a plan share a cell: a cell with a finding is cut out of its overdue row's area and
 * carries the finding's colour alone. Excel's API cannot reliably read back or delete a conditional
 * format that shares cells with another one (OfficeDev/office-js#5222, #6827, #6835), so flags that
 * overlapped each other could not be found again or cleared.
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
 * // { overdueAreas: ["A9:B10", "D9:G10", "A11:D12", "F11:G12"], errorAreas: [],
 * //   warningAreas: ["C9:C10", "E11:E12"],
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
    overdueAreas: overdueAreasOf(table, evaluation, flagged),
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

/**
 * Overdue rows across the table's columns, less the cells flagged for a finding (their own area covers
 * them). In each row the rest falls into runs of columns; a run continues the area of the row above
 * when it spans the same columns, so a block of overdue rows without findings stays one area.
 */
function overdueAreasOf(
  table: SheetTable,
  evaluation: SheetEvaluation,
  flagged: readonly FlaggedCell[],
): string[] {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const role of COLUMN_ROLES) {
    const column = table.columns[role];
    if (column === undefined) continue;
    first = Math.min(first, column);
    last = Math.max(last, column);
  }
  if (last < 0) return [];
  const rows = [...new Set(evaluation.rows.filter((row) => row.overdue).map((row) => row.row))].sort(
    (a, b) => a - b,
  );
  const flaggedColumns = new Map<number, number[]>();
  for (const cell of flagged) {
    if (cell.column < first || cell.column > last) continue;
    const columns = flaggedColumns.get(cell.row);
    if (columns) columns.push(cell.column);
    else flaggedColumns.set(cell.row, [cell.column]);
  }

  const closed: Rectangle[] = [];
  let open = new Map<string, Rectangle>();
  for (const row of rows) {
    const next = new Map<string, Rectangle>();
    for (const [left, right] of columnRuns(first, last, flaggedColumns.get(row) ?? [])) {
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above !== undefined && above.bottom === row - 1) {
        above.bottom = row;
        next.set(key, above);
      } else next.set(key, { top: row, bottom: row, left, right });
    }
    for (const [key, rectangle] of open) if (next.get(key) !== rectangle) closed.push(rectangle);
    open = next;
  }
  closed.push(...open.values());
  closed.sort((a, b) => a.top - b.top || a.left - b.left);
  return closed.map(({ top, bottom, left, right }) =>
    top === bottom && left === right
      ? toA1(top, left)
      : `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`,
  );
}

interface Rectangle {
  readonly top: number;
  bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The columns first…last without the excluded ones, as [left, right] runs. */
function columnRuns(first: number, last: number, excluded: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  const skip = new Set(excluded);
  let start = -1;
  for (let column = first; column <= last + 1; column++) {
    const inside = column <= last && !skip.has(column);
    if (inside && start < 0) start = column;
    if (!inside && start >= 0) {
      runs.push([start, column - 1]);
      start = -1;
    }
  }
  return runs;
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
