// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../../app/runSubmissionCheck";
import type { SubmissionReport } from "../../../app/runSubmissionCheck";
import { DEFAULT_SETTINGS } from "../../../app/settings";
import { parseKpiValue } from "../../../core/parseKpiValue";
import { kpiList } from "../../../../test/fakeExcel/seedSheets";
import { ja } from "../../strings/ja";
import { renderInPane, textOf } from "../../testing/renderInPane";
import { CheckResults } from "./CheckResults";

function checked(): SubmissionReport {
  const spec = kpiList(3);
  const result = checkSheet(
    { name: spec.name, firstRow: 1, firstColumn: 0, values: spec.values },
    { asOf: "2026-04-01", settings: DEFAULT_SETTINGS },
  );
  if (!result.ok) throw new Error("the seed sheet should be checkable");
  return result.value;
}

/** The report with row 6 judged against a revised target of 150 件 (the original 120 件 beside it). */
function revised(report: SubmissionReport): SubmissionReport {
  const target = parseKpiValue("150 件");
  if (!target.ok) throw new Error("150 件 should read");
  const rows = report.evaluation.rows.map((row) =>
    row.row === 6 ? { ...row, target: target.value, originalTarget: row.target } : row,
  );
  return { ...report, evaluation: { ...report.evaluation, rows } };
}

describe("CheckResults with revised targets", () => {
  it("shows a revised row's target with the original beside it", () => {
    renderInPane(
      <CheckResults
        report={revised(checked())}
        strings={ja}
        locale="ja"
        disabled={false}
        onSelect={() => {}}
      />,
    );
    expect(textOf()).toContain("見直した目標値");
    expect(textOf()).toContain("6行目 行かない窓口での手続き申請件数: 目標 150件（当初 120件）");
  });

  it("shows nothing of revisions where no row has one", () => {
    renderInPane(
      <CheckResults report={checked()} strings={ja} locale="ja" disabled={false} onSelect={() => {}} />,
    );
    expect(textOf()).not.toContain("見直した目標値");
    expect(textOf()).not.toContain("当初");
  });
});
