/**
 * Checked files as the reader reports them, for the tests of 取りまとめ (the pane, the planner and the
 * sheet writer): a goal sheet with findings, a KPI list, a file that could not be read; and the
 * 取りまとめ sheet port over a fake Excel.
 */
import type { CollectedCounts, CollectedFile } from "../src/app/collectFiles";
import type { CollectSheetPort } from "../src/app/summaryPort";
import { createExcelCollect } from "../src/office/createExcelCollect";
import type { FakeExcel } from "./fakeExcel/fakeExcel";
import { fakeHost } from "./fakeExcel/fakeHost";

const COUNTS: CollectedCounts = { items: 6, achieved: 1, onTrack: 2, behind: 1, overdue: 2, noStatus: 0 };

/** A department's goal sheet: an overdue item (an error) and a sub-item missing from the report (a warning). */
export function goalFile(path: string, findings = 2): CollectedFile {
  return {
    path,
    sheets: [
      {
        name: "1 防災力",
        summary: COUNTS,
        findings: Array.from({ length: findings }, (_, i) =>
          i % 2 === 0
            ? {
                code: "overdue_not_done",
                severity: "error",
                cell: `C${9 + i}`,
                message: "期限（2025年5月20日）を過ぎていますが、完了の報告がありません。",
              }
            : {
                code: "sub_item_missing_from_report",
                severity: "warning",
                cell: `E${9 + i}`,
                message: "(1) が中間報告にありません。",
              },
        ),
      },
      { name: "メモ", skipped: { code: "table_not_found", message: "表が見つかりません。" }, findings: [] },
    ],
  };
}

/** A KPI list with nothing to say. */
export function kpiFile(path: string): CollectedFile {
  return {
    path,
    sheets: [
      {
        name: "KPI一覧",
        summary: { items: 4, achieved: 2, onTrack: 2, behind: 0, overdue: 0, noStatus: 0 },
        findings: [],
      },
    ],
  };
}

/** A file the reader could not open. */
export function unreadableFile(
  path: string,
  message = "古い形式（.xls）か、パスワード付きのファイルです。",
): CollectedFile {
  return { path, error: { code: "file_unreadable", message }, sheets: [] };
}

/** `n` files, every third unreadable, the rest goal sheets and KPI lists. */
export function manyFiles(n: number): CollectedFile[] {
  return Array.from({ length: n }, (_, i) =>
    i % 3 === 2
      ? unreadableFile(`${i + 1} 課.xls`)
      : i % 3 === 0
        ? goalFile(`${i + 1} 課.xlsx`)
        : kpiFile(`${i + 1} 課.xlsx`),
  );
}

/** The 取りまとめ sheet port over a fake Excel, for tests outside src/office. */
export function fakeCollectSheet(fake: FakeExcel): CollectSheetPort {
  return createExcelCollect(fakeHost(fake));
}
