import { describe, expect, it } from "vitest";
import type { SheetSummary } from "../core/summarizeEvaluation";
import { summaryBars } from "./summaryView";
import { failureView, noticeView } from "./viewModel";
import { en } from "./strings/en";
import { ja } from "./strings/ja";

const NO_GRADES = [
  { label: "A", count: 0 },
  { label: "B", count: 0 },
  { label: "C", count: 0 },
  { label: "D", count: 0 },
];

function summary(partial: Partial<SheetSummary>): SheetSummary {
  return {
    layout: "kpi_list",
    items: 0,
    achieved: 0,
    onTrack: 0,
    behind: 0,
    overdue: 0,
    noStatus: 0,
    grades: NO_GRADES,
    ungraded: 0,
    ...partial,
  };
}

describe("summaryBars", () => {
  it("sizes each bar by its items against the longest, with its counts in words", () => {
    const bars = summaryBars(
      [
        {
          sheetName: "2 行財政改革",
          summary: summary({ layout: "goal_sheet", items: 5, overdue: 4, noStatus: 1 }),
        },
        {
          sheetName: "KPI一覧",
          summary: summary({
            items: 10,
            achieved: 1,
            onTrack: 7,
            behind: 2,
            grades: [
              { label: "A", count: 1 },
              { label: "B", count: 5 },
              { label: "C", count: 0 },
              { label: "D", count: 4 },
            ],
          }),
        },
      ],
      ja,
    );
    expect(bars[0]).toMatchObject({
      width: "50%",
      segments: [
        { bucket: "overdue", count: 4 },
        { bucket: "no_status", count: 1 },
      ],
      itemsText: "5項目",
      label: "2 行財政改革：達成 0、順調 0、遅れ 0、期限超過 4、状況なし 1",
      countsText: "期限超過 4 · 状況なし 1",
    });
    expect(bars[1]).toMatchObject({
      width: "100%",
      countsText: "達成 1 · 順調 7 · 遅れ 2 · 評価 A 1 B 5 D 4",
    });
    expect(bars[1]?.legend.map((l) => l.text)).toEqual(["達成", "順調", "遅れ", "期限超過", "状況なし"]);
  });

  it("draws an empty bar for a sheet without items, in English", () => {
    const [bar] = summaryBars([{ sheetName: "KPI", summary: summary({}) }], en);
    expect(bar).toMatchObject({
      width: "0%",
      segments: [],
      itemsText: "0 items",
      label: "KPI: Achieved 0, On track 0, Behind 0, Overdue 0, No status 0",
      countsText: "",
    });
  });

  it("draws nothing for no sheets", () => {
    expect(summaryBars([], ja)).toEqual([]);
  });
});

describe("noticeView for the summary sheet", () => {
  it("says the sheet was made, made again, deleted, or that there was none", () => {
    const written = { sheetName: "集計", address: "A1:K14", replaced: false };
    expect(noticeView({ id: 1, kind: "summarySheet", written }, "ja", ja)).toEqual({
      intent: "success",
      lines: ["集計シート「集計」を作成しました。"],
    });
    expect(
      noticeView({ id: 2, kind: "summarySheet", written: { ...written, replaced: true } }, "en", en).lines,
    ).toEqual(['The summary sheet "集計" was made again.']);
    expect(noticeView({ id: 3, kind: "summarySheetRemoved", sheetName: "集計" }, "ja", ja)).toEqual({
      intent: "success",
      lines: ["集計シート「集計」を削除しました。"],
    });
    expect(noticeView({ id: 4, kind: "summarySheetRemoved", sheetName: null }, "ja", ja)).toEqual({
      intent: "info",
      lines: ["このアドインが作成した集計シートはありません。"],
    });
  });
});

describe("failureView for the summary sheet", () => {
  it("says a half-made summary sheet may be left when even the undo failed", () => {
    const failure = { code: "general", operation: "summary", detail: "x", partialWrite: true } as const;
    expect(failureView(failure, ja).written).toBe(ja.summary.partialWrite);
    expect(failureView({ ...failure, partialWrite: false }, ja).written).toBe(ja.nothingWritten);
  });
});
