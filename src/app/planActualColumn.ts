/**
 * 実績値 on a goal sheet: a value a person confirmed (a number found in the 中間報告 or typed) goes into a
 * 実績値 column the add-in keeps beside the table, as text in the notation a person reads: `84.3%` for a
 * row whose 数値目標 has no sub-items, else one line per sub-item (`(1) 76点`, `(3) 2校`). This plans the
 * cell; the adapter writes it only where nothing of the user's is in the way.
 */
import type { ValueCandidate } from "../core/findValueCandidates";
import type { Result } from "../core/result";
import type { CellValue, SheetGrid } from "../core/sheetTable";
import { toA1 } from "../core/sheetTable";
import type { UseCaseIssue } from "./appIssue";
import type { ActualCellPlan, ActualColumnState } from "./ports";
import type { SubmissionReport } from "./runSubmissionCheck";

/** The header of the column, in every language: the word the checker reads as 実績値. */
export const ACTUAL_HEADER = "実績値";

/** Which row, and which of its sub-items, a value is for. */
export interface ActualTarget {
  /** ① → 1; null for a row without a marker, which is then found by `row`. */
  readonly item: number | null;
  /** 1-based worksheet row as the check saw it. */
  readonly row: number;
  /** The sub-item of the 数値目標 (`(3)` → 3); null when it has none. */
  readonly subItem: number | null;
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, useGrouping: true });
const SUB_ITEM_LINE = /^\((\d{1,2})\)\s*(.*)$/;

/**
 * A candidate's value as a person writes it: a percentage back from its fraction, thousands grouped.
 * @example actualTextOf({ amount: 0.843, unit: "%" }) // "84.3%"
 * @example actualTextOf({ amount: 1012, unit: "人" }) // "1,012人"
 */
export function actualTextOf(candidate: Pick<ValueCandidate, "amount" | "unit">): string {
  const scale = candidate.unit === "%" ? 100 : candidate.unit === "‰" ? 1000 : 1;
  // 0.843 × 100 is 84.30000000000001 in floating point: twelve significant digits say what was written.
  const shown = Number((candidate.amount * scale).toPrecision(12));
  return `${NUMBER.format(shown)}${candidate.unit}`;
}

/**
 * The cell's text with one sub-item's line set (added, or replacing that sub-item's earlier line), lines in
 * sub-item order; without a sub-item, the value alone.
 * @example withSubItemLine("(1) 76点", 3, "2校") // "(1) 76点\n(3) 2校"
 * @example withSubItemLine("(1) 76点\n(3) 2校", 3, "3校") // "(1) 76点\n(3) 3校"
 * @example withSubItemLine("84.3%", null, "85%") // "85%"
 */
export function withSubItemLine(current: string, subItem: number | null, value: string): string {
  if (subItem === null) return value;
  const lines = new Map<number, string>();
  for (const line of current.split(/\r?\n/)) {
    const match = SUB_ITEM_LINE.exec(line.trim());
    if (match) lines.set(Number(match[1]), match[2] ?? "");
  }
  lines.set(subItem, value);
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, text]) => `(${n}) ${text}`)
    .join("\n");
}

/**
 * The 実績値 cell to write for a confirmed value: the add-in's column if it has one on the sheet (its
 * header still 実績値 on the table's header row), else the first column right of everything on the sheet.
 * Refuses when the row is gone, when the add-in's column was changed, or when the cell holds something
 * the add-in did not write.
 * @example planActualCell(report, grid, null, { item: 6, row: 14, subItem: 1 }, "84.3%")
 * // ok({ column: 9, headerRow: 8, header: "実績値", row: 14, text: "(1) 84.3%" })
 * @example planActualCell(report, grid, null, …) // J14 holds 85%
 * // fail({ code: "actual_cell_occupied", cell: "J14", content: "85%" })
 */
export function planActualCell(
  report: SubmissionReport,
  grid: SheetGrid,
  existing: ActualColumnState | null,
  target: ActualTarget,
  value: string,
): Result<ActualCellPlan, UseCaseIssue> {
  const refuse = (issue: UseCaseIssue): Result<ActualCellPlan, UseCaseIssue> => ({
    ok: false,
    issues: [issue],
  });
  const table = report.detection.table;
  const evaluation =
    target.item !== null
      ? report.evaluation.rows.find((row) => row.item === target.item)
      : report.evaluation.rows.find((row) => row.row === target.row);
  if (evaluation === undefined) {
    return refuse({ code: "actual_row_not_found", row: target.row, item: target.item ?? 0 });
  }
  const headerRow = table.headerRow;
  let column: number;
  if (existing !== null) {
    column = existing.column;
    const header = textAt(grid, existing.headerRow, column);
    if (existing.headerRow !== headerRow || header !== ACTUAL_HEADER) {
      return refuse({ code: "actual_column_changed", cell: toA1(existing.headerRow, column) });
    }
  } else {
    let width = 0;
    for (const row of grid.values) width = Math.max(width, row.length);
    column = grid.firstColumn + width;
  }
  const row = evaluation.row;
  const now = textAt(grid, row, column);
  const mine = existing?.cells[row];
  if (now !== "" && now !== mine) {
    return refuse({ code: "actual_cell_occupied", cell: toA1(row, column), content: now });
  }
  return {
    ok: true,
    value: {
      column,
      headerRow,
      header: ACTUAL_HEADER,
      row,
      text: withSubItemLine(now, target.subItem, value),
    },
  };
}

function textAt(grid: SheetGrid, row: number, column: number): string {
  const value: CellValue | undefined = grid.values[row - grid.firstRow]?.[column - grid.firstColumn];
  return value === null || value === undefined ? "" : String(value);
}
