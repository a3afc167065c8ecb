/**
 * 動作確認's result in words: one line per capability for the pane, and the same as plain text for a
 * user to paste into a support request (in the pane's language).
 */
import type { SelfTestCapability, SelfTestLine, SelfTestReport } from "../app/runSelfTest";
import type { UiStrings } from "./strings/uiStrings";

export interface SelfTestRow {
  readonly capability: SelfTestCapability;
  readonly status: SelfTestLine["status"];
  /** OK / NG / 対象外. */
  readonly statusText: string;
  readonly label: string;
  /** Why it was skipped (worded), or what differed (Excel's or the check's own words); null on a pass. */
  readonly note: string | null;
}

/**
 * The report's lines as the pane shows them.
 * @example selfTestRows(report, ja)[0] // { capability: "read", status: "pass", statusText: "OK", label: "シートの読み取り", note: null }
 */
export function selfTestRows(report: SelfTestReport, strings: UiStrings): SelfTestRow[] {
  const words = strings.selfTest;
  return report.lines.map((line) => ({
    capability: line.capability,
    status: line.status,
    statusText: words.status[line.status],
    label: words.capabilities[line.capability],
    note: line.status === "fail" ? line.detail : line.status === "skip" ? words.skipped[line.reason] : null,
  }));
}

/** The counts line: `OK 9件・NG 1件`. */
export function selfTestSummary(report: SelfTestReport, strings: UiStrings): string {
  const count = (status: SelfTestLine["status"]) => report.lines.filter((l) => l.status === status).length;
  return strings.selfTest.summary(count("pass"), count("fail"), count("skip"));
}

/**
 * The report as text to copy: title with the date, Excel's version and platform, the counts, a line
 * per capability.
 * @example selfTestText(report, ja, "2025-12-01")
 * // "重点目標・KPIチェッカー 動作確認（2025-12-01）\nExcel 16.0.18025.20104（PC、ExcelApi 1.18）\nOK 10件・NG 0件\n[OK] シートの読み取り\n…"
 */
export function selfTestText(report: SelfTestReport, strings: UiStrings, date: string): string {
  const { host } = report;
  return [
    strings.selfTest.reportTitle(date),
    strings.selfTest.host(host.version, host.platform, host.excelApi),
    selfTestSummary(report, strings),
    ...selfTestRows(report, strings).map(
      (row) => `[${row.statusText}] ${row.label}${row.note === null ? "" : ` — ${row.note}`}`,
    ),
  ].join("\n");
}
