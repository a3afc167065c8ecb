// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { checkSheet } from "../../../app/runSubmissionCheck";
import type { SubmissionReport } from "../../../app/runSubmissionCheck";
import { DEFAULT_SETTINGS } from "../../../app/settings";
import type { SheetSpec } from "../../../../test/fakeExcel/fakeWorkbook";
import { GOAL_SHEET_2_ROWS, goalSheet2, kpiList } from "../../../../test/fakeExcel/seedSheets";
import { ja } from "../../strings/ja";
import { renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { CheckResults } from "./CheckResults";

function report(spec: SheetSpec): SubmissionReport {
  const checked = checkSheet(
    { name: spec.name, firstRow: 1, firstColumn: 0, values: spec.values },
    { asOf: "2025-11-21", settings: DEFAULT_SETTINGS },
  );
  if (!checked.ok) throw new Error("the seed sheet should be checkable");
  return checked.value;
}

function render(value: SubmissionReport | null) {
  const onSelect = vi.fn();
  const view = renderInPane(
    <CheckResults report={value} strings={ja} locale="ja" disabled={false} onSelect={onSelect} />,
  );
  return { ...view, onSelect };
}

const findingButtons = () => textsOf(screen.getAllByRole("button"));

describe("CheckResults", () => {
  it("says the goal sheet can be submitted and lists its warnings by cell", async () => {
    const checked = report(goalSheet2());
    const { user, onSelect } = render(checked);
    const { warnings, overdueRows } = checked.summary;
    expect(textOf()).toContain(
      `提出できます（警告 ${warnings}件・期限超過 ${overdueRows}行を確認してください）`,
    );
    expect(findingButtons().map((text) => text.split(" ")[0])).toEqual(["C9", "C10", "E11", "E12"]);
    // Clicking a finding selects its cell.
    await user.click(screen.getByRole("button", { name: /^E11 / }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ cell: "E11" }));
  });

  it("says the KPI list needs fixing and lists its error first", () => {
    render(report(kpiList()));
    expect(textOf()).toContain("提出前に修正が必要です");
    expect(findingButtons()[0]).toMatch(/^E25 実績値「未集計」を数値として読み取れません/);
  });

  it("says how many rows it checked", () => {
    render(report(kpiList()));
    expect(textOf()).toContain("23行をチェック");
    expect(textOf()).not.toContain("読み取れず");
  });

  it("says how many rows it could not read, and that the sheet is not ready", () => {
    // Goal 2 with its header repeated above item ④: items ④ and ⑤ are not read.
    const rows = GOAL_SHEET_2_ROWS;
    const values = [...rows.slice(0, 11), rows[7] ?? [], ...rows.slice(11)];
    render(report({ name: "2 行財政改革", values }));
    const text = textOf();
    expect(text).toContain("3行をチェック");
    expect(text).toContain("（2行は読み取れず、チェックしていません）");
    expect(text).toContain("提出前に修正が必要です");
    expect(findingButtons()[0]).toMatch(/^B13 13-14行目（2行）は表の行として読み取られず/);
  });

  it("shows nothing before the first check", () => {
    const { container } = render(null);
    expect(textOf(container)).toBe("");
  });
});
