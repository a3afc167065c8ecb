/**
 * 集計: the state of one sheet at a glance, counted from what evaluateSheet computed for each row. The
 * task pane's chart, the command-line checker's `--summary` and the 集計 sheet's rows all count the same
 * way, so a person comparing them sees the same figures.
 */
import type { RowEvaluation, SheetEvaluation } from "./evaluateSheet";
import type { GradeScale } from "./grade";
import type { SheetLayout, SheetTable, TableRow } from "./sheetTable";

/** Where an item stands for the summary: a status, or none (a goal sheet's item that is not late). */
export type SummaryBucket = "achieved" | "on_track" | "behind" | "overdue" | "no_status";

/** The summary's buckets in the order a chart stacks them and a table lists them. */
export const SUMMARY_BUCKETS: readonly SummaryBucket[] = [
  "achieved",
  "on_track",
  "behind",
  "overdue",
  "no_status",
];

export interface SheetSummary {
  readonly layout: SheetLayout;
  /** Rows that are items: see summarizeEvaluation. */
  readonly items: number;
  readonly achieved: number;
  readonly onTrack: number;
  readonly behind: number;
  readonly overdue: number;
  /** Items with no status: a goal sheet's item not past due, a KPI without a rate. */
  readonly noStatus: number;
  /** One count per label of the grade scale, in the scale's order (A, B, C, D; ◎ ○ △ ×). */
  readonly grades: readonly { readonly label: string; readonly count: number }[];
  /** Items without a grade (no achievement rate; every item of a goal sheet). */
  readonly ungraded: number;
}

/**
 * Whether a table row is an item the summary counts: on a goal sheet, a row whose 項目 cell holds an
 * item marker (①, 1, (1) …); on a KPI list, a row with a KPI name, or with a target when the list has
 * no KPI column (an initiative without a KPI, 電子決裁の導入, is not an item).
 * @example isSummaryItem(kpiTable, { row: 9, cells: { kpi: "防災士の数", target: "120 人" } }, evaluation) // true
 */
export function isSummaryItem(table: SheetTable, row: TableRow, evaluation: RowEvaluation): boolean {
  if (table.layout === "goal_sheet") return evaluation.item !== null;
  if (table.columns.kpi !== undefined) return hasText(row.cells.kpi);
  return hasText(row.cells.target) || hasText(row.cells.revisedTarget) || hasText(row.cells.baselineTarget);
}

/**
 * The bucket an evaluated row falls in. Overdue wins: a row past its due date and not done is overdue
 * whatever else it says (on a goal sheet, also when only one sub-item is late). Otherwise the row's
 * status, and without one "no_status" (a goal sheet's rows have no rate, so no other status).
 * @example summaryBucketOf({ status: "on_track", overdue: false, … }) // "on_track"
 * @example summaryBucketOf({ status: null, overdue: true, … }) // "overdue"
 */
export function summaryBucketOf(evaluation: Pick<RowEvaluation, "status" | "overdue">): SummaryBucket {
  if (evaluation.overdue || evaluation.status === "overdue") return "overdue";
  return evaluation.status ?? "no_status";
}

/**
 * Counts a checked sheet's items by status and by grade. Each item row is counted exactly once among
 * achieved, on track, behind, overdue and no status (they add up to `items`), and at most once among
 * the grades (grades plus `ungraded` add up to `items`). Rows that are not items (a goal sheet's row
 * without an item marker, a KPI list's initiative without a KPI) are not counted at all. A grade that
 * is not one of the scale's labels cannot occur (the core grades on the same scale) and is not counted.
 * @example summarizeEvaluation(table, evaluate(table, { asOf: "2025-11-21", fiscalYear: 2025 }), GRADE_PRESETS.abcd_100_80_60)
 * // { layout: "goal_sheet", items: 5, achieved: 0, onTrack: 0, behind: 0, overdue: 4, noStatus: 1,
 * //   grades: [{ label: "A", count: 0 }, …], ungraded: 5 }
 */
export function summarizeEvaluation(
  table: SheetTable,
  evaluation: SheetEvaluation,
  scale: GradeScale,
): SheetSummary {
  const counts: Record<SummaryBucket, number> = {
    achieved: 0,
    on_track: 0,
    behind: 0,
    overdue: 0,
    no_status: 0,
  };
  const gradeCounts = new Map<string, number>(scale.bands.map((band) => [band.label, 0]));
  const rows = new Map<number, TableRow>();
  for (const row of table.rows) rows.set(row.row, row);
  let items = 0;
  let graded = 0;
  for (const evaluated of evaluation.rows) {
    const row = rows.get(evaluated.row);
    if (row === undefined || !isSummaryItem(table, row, evaluated)) continue;
    items++;
    counts[summaryBucketOf(evaluated)]++;
    if (evaluated.grade !== null) {
      const count = gradeCounts.get(evaluated.grade);
      if (count !== undefined) {
        gradeCounts.set(evaluated.grade, count + 1);
        graded++;
      }
    }
  }
  return {
    layout: table.layout,
    items,
    achieved: counts.achieved,
    onTrack: counts.on_track,
    behind: counts.behind,
    overdue: counts.overdue,
    noStatus: counts.no_status,
    grades: [...gradeCounts].map(([label, count]) => ({ label, count })),
    ungraded: items - graded,
  };
}

function hasText(value: unknown): boolean {
  return value !== null && value !== undefined && String(value).trim() !== "";
}
