/**
 * What the pane's summary chart shows for each sheet: its bar's length and segments, and the same
 * counts as words, for the bar's accessible name and the line of text under it.
 */
import type { SummaryBucket } from "../core/summarizeEvaluation";
import { SUMMARY_BUCKETS } from "../core/summarizeEvaluation";
import type { WorkbookSummaryRow } from "./paneController";
import type { UiStrings } from "./strings/uiStrings";

export interface SummaryBar {
  readonly sheetName: string;
  /** The bar's length as a CSS percentage of the longest sheet's (`60%`). */
  readonly width: string;
  /** Non-empty buckets in the chart's order. */
  readonly segments: readonly { readonly bucket: SummaryBucket; readonly count: number }[];
  readonly itemsText: string;
  /** Every count in words, for screen readers. */
  readonly label: string;
  /** The non-zero counts and the grades, as the line under the bar. */
  readonly countsText: string;
  readonly legend: readonly { readonly bucket: SummaryBucket; readonly text: string }[];
}

/**
 * The bars for the summary rows, longest sheet 100%.
 * @example summaryBars([{ sheetName: "2 行財政改革", summary: { items: 5, overdue: 4, noStatus: 1, … } }], ja)[0]
 * // { width: "100%", segments: [{ bucket: "overdue", count: 4 }, { bucket: "no_status", count: 1 }],
 * //   label: "2 行財政改革：達成 0、順調 0、遅れ 0、期限超過 4、状況なし 1", countsText: "期限超過 4・状況なし 1", … }
 */
export function summaryBars(rows: readonly WorkbookSummaryRow[], strings: UiStrings): SummaryBar[] {
  const s = strings.summary;
  const longest = Math.max(1, ...rows.map((row) => row.summary.items));
  const legend = SUMMARY_BUCKETS.map((bucket) => ({ bucket, text: s.buckets[bucket] }));
  return rows.map(({ sheetName, summary }) => {
    const counts: Record<SummaryBucket, number> = {
      achieved: summary.achieved,
      on_track: summary.onTrack,
      behind: summary.behind,
      overdue: summary.overdue,
      no_status: summary.noStatus,
    };
    const all = SUMMARY_BUCKETS.map((bucket) => s.count(s.buckets[bucket], counts[bucket]));
    const shown = SUMMARY_BUCKETS.filter((bucket) => counts[bucket] > 0).map((bucket) =>
      s.count(s.buckets[bucket], counts[bucket]),
    );
    const graded = summary.grades.filter((grade) => grade.count > 0);
    if (graded.length > 0) shown.push(s.grades(graded.map((g) => `${g.label} ${g.count}`).join(" ")));
    return {
      sheetName,
      width: `${Math.round((summary.items / longest) * 1000) / 10}%`,
      segments: SUMMARY_BUCKETS.filter((bucket) => counts[bucket] > 0).map((bucket) => ({
        bucket,
        count: counts[bucket],
      })),
      itemsText: s.items(summary.items),
      label: s.barLabel(sheetName, all.join(s.separator)),
      countsText: shown.join(" · "),
      legend,
    };
  });
}
