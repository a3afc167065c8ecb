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
import { COLUMN_ROLES, columnIndex, columnLetter, toA1 } from "../core/sheetTable";
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

  return stackBands(
    rows.map((row) => ({
      top: row,
      bottom: row,
      runs: columnRuns(first, last, flaggedColumns.get(row) ?? []),
    })),
  ).map(formatRectangle);
}

/** Rows top…bottom that split into the same runs of columns. */
interface Band {
  readonly top: number;
  readonly bottom: number;
  readonly runs: readonly (readonly [number, number])[];
}

/**
 * Bands, top to bottom, as rectangles: a run continues the rectangle of the band above when it spans the
 * same columns and the bands touch, so a block of rows with the same gaps stays one area.
 */
function stackBands(bands: readonly Band[]): Rectangle[] {
  const closed: Rectangle[] = [];
  let open = new Map<string, Rectangle>();
  for (const band of bands) {
    const next = new Map<string, Rectangle>();
    for (const [left, right] of band.runs) {
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above !== undefined && above.bottom === band.top - 1) {
        above.bottom = band.bottom;
        next.set(key, above);
      } else next.set(key, { top: band.top, bottom: band.bottom, left, right });
    }
    for (const [key, rectangle] of open) if (next.get(key) !== rectangle) closed.push(rectangle);
    open = next;
  }
  closed.push(...open.values());
  return closed.sort((a, b) => a.top - b.top || a.left - b.left);
}

function formatRectangle({ top, bottom, left, right }: Rectangle): string {
  return top === bottom && left === right
    ? toA1(top, left)
    : `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
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

/** What is left of a plan once the cells that the user's own conditional formats cover are cut out. */
export interface UncoveredPlan {
  readonly plan: FlagPlan;
  /** Cells with a finding (error or warning) left without a flag because a user's rule covers them. */
  readonly findingCellsCovered: number;
}

/**
 * The plan without the cells of `covered` (areas such as `'Sheet'!$A$2:$B$4`, `C:C`, `3:3`), so that no
 * flag shares a cell with a user's conditional format: Excel cannot read back or delete rules that share
 * cells (OfficeDev/office-js#5222, #6827, #6835), and the add-in's flags must stay clearable. Notes stay:
 * a note is not a conditional format. Null when an area cannot be read as A1 (the caller refuses).
 * @example withoutCovered({ overdueAreas: ["A4:D4"], errorAreas: ["C3"], warningAreas: ["B3"], notes: [] }, ["A2:B4"])
 * // { plan: { overdueAreas: ["C4:D4"], errorAreas: ["C3"], warningAreas: [], notes: [] }, findingCellsCovered: 1 }
 */
export function withoutCovered(plan: FlagPlan, covered: readonly string[]): UncoveredPlan | null {
  const holes: Rectangle[] = [];
  for (const address of covered) {
    const areas = parseAreaList(address);
    if (areas === null) return null;
    holes.push(...areas);
  }
  if (holes.length === 0) return { plan, findingCellsCovered: 0 };
  const cut = (areas: readonly string[]): string[] | null => {
    const out: string[] = [];
    for (const area of areas) {
      const rectangle = parseArea(area);
      if (rectangle === null) return null;
      const inside = holes.filter((hole) => overlaps(hole, rectangle));
      if (inside.length === 0) out.push(area);
      else out.push(...subtract(rectangle, inside).map(formatRectangle));
    }
    return out;
  };
  const overdueAreas = cut(plan.overdueAreas);
  const errorAreas = cut(plan.errorAreas);
  const warningAreas = cut(plan.warningAreas);
  if (overdueAreas === null || errorAreas === null || warningAreas === null) return null;
  const findingCells = (areas: readonly string[]) =>
    areas.reduce((sum, area) => sum + cellCount(parseArea(area)), 0);
  return {
    plan: { overdueAreas, errorAreas, warningAreas, notes: plan.notes },
    findingCellsCovered:
      findingCells(plan.errorAreas) +
      findingCells(plan.warningAreas) -
      findingCells(errorAreas) -
      findingCells(warningAreas),
  };
}

function overlaps(a: Rectangle, b: Rectangle): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function cellCount(area: Rectangle | null): number {
  return area === null ? 0 : (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/**
 * A rectangle less the holes that touch it: cut into bands of rows where the same holes apply, each band
 * into runs of columns, stacked again as in overdueAreasOf.
 */
function subtract(area: Rectangle, holes: readonly Rectangle[]): Rectangle[] {
  const edges = new Set<number>([area.top, area.bottom + 1]);
  for (const hole of holes) {
    if (hole.top > area.top) edges.add(hole.top);
    if (hole.bottom < area.bottom) edges.add(hole.bottom + 1);
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const bands: Band[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const top = sorted[i] as number;
    const bottom = (sorted[i + 1] as number) - 1;
    const excluded: number[] = [];
    for (const hole of holes) {
      if (hole.top > top || hole.bottom < bottom) continue;
      for (let c = Math.max(hole.left, area.left); c <= Math.min(hole.right, area.right); c++)
        excluded.push(c);
    }
    bands.push({ top, bottom, runs: columnRuns(area.left, area.right, excluded) });
  }
  return stackBands(bands);
}

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

/** A comma-separated list of areas, each maybe with its sheet (`'a,b'!$A$1:$B$2,'a,b'!C3`). */
function parseAreaList(address: string): Rectangle[] | null {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of address) {
    if (char === "'") quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  const areas: Rectangle[] = [];
  for (const part of parts) {
    const trimmed = part.trim();
    if (trimmed === "") continue;
    const area = parseArea(trimmed.slice(trimmed.lastIndexOf("!") + 1));
    if (area === null) return null;
    areas.push(area);
  }
  return areas;
}

/** `A1`, `A1:B2`, `A:C` (whole columns) or `2:4` (whole rows), `$` allowed; null for anything else. */
function parseArea(text: string): Rectangle | null {
  const ends = text.replace(/\$/g, "").toUpperCase().split(":");
  if (ends.length > 2) return null;
  const from = ends[0] ?? "";
  const a = parseEnd(from);
  const b = parseEnd(ends[1] ?? from);
  if (a === null || b === null) return null;
  // Both ends of one kind: cells, whole columns or whole rows.
  if ((a.row === null) !== (b.row === null) || (a.column === null) !== (b.column === null)) return null;
  const top = Math.min(a.row ?? 1, b.row ?? 1);
  const bottom = Math.max(a.row ?? MAX_ROW, b.row ?? MAX_ROW);
  const left = Math.min(a.column ?? 0, b.column ?? 0);
  const right = Math.max(a.column ?? MAX_COLUMN - 1, b.column ?? MAX_COLUMN - 1);
  return { top, bottom, left, right };
}

function parseEnd(text: string): { row: number | null; column: number | null } | null {
  const match = /^([A-Z]{0,3})(\d{0,7})$/.exec(text);
  if (match === null || text === "") return null;
  const letters = match[1] ?? "";
  const digits = match[2] ?? "";
  const column = letters === "" ? null : columnIndex(letters);
  if (letters !== "" && column === null) return null;
  const row = digits === "" ? null : Number(digits);
  if (row !== null && (row < 1 || row > MAX_ROW)) return null;
  return { row, column };
}

/**
 * Which of several conditional formats' areas share a cell with another's (by index): Excel will not give
 * such a rule's formula or format (OfficeDev/office-js#6827, #6835). An address that cannot be read as A1
 * counts as sharing, to be safe.
 * @example rulesSharingCells(["A2:B4", "B3", "D1:D9"]) // Set { 0, 1 }
 */
export function rulesSharingCells(addresses: readonly string[]): Set<number> {
  const parsed = addresses.map(parseAreaList);
  const sharing = new Set<number>();
  parsed.forEach((areas, i) => {
    if (areas === null) sharing.add(i);
  });
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      const a = parsed[i];
      const b = parsed[j];
      if (a && b && a.some((x) => b.some((y) => overlaps(x, y)))) {
        sharing.add(i);
        sharing.add(j);
      }
    }
  }
  return sharing;
}
