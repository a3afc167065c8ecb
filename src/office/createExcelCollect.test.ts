import { describe, expect, it, test } from "vitest";
import { buildCollectSheet } from "../app/buildCollectSheet";
import type { CollectedFile } from "../app/collectFiles";
import { isWorkbookFailure } from "../app/workbookFailure";
import { goalFile, kpiFile, manyFiles, unreadableFile } from "../../test/collectedFiles";
import { formatsOf } from "../../test/fakeExcel/fakeCharts";
import { FakeExcel } from "../../test/fakeExcel/fakeExcel";
import { fakeHost } from "../../test/fakeExcel/fakeHost";
import { allTables, snapshotTables, tablesOf } from "../../test/fakeExcel/fakeTables";
import type { FakeSheet, SheetSpec } from "../../test/fakeExcel/fakeWorkbook";
import { cellKey, createWorkbookState, snapshotWorkbook } from "../../test/fakeExcel/fakeWorkbook";
import { goalSheet2 } from "../../test/fakeExcel/seedSheets";
import { formatArea } from "../../test/fakeExcel/a1";
import { COLLECT_RECORD_KEY, createExcelCollect } from "./createExcelCollect";

const OPTIONS = { asOf: "2025-11-21", locale: "ja" } as const;
const MEMO: SheetSpec = { name: "メモ", values: [["会議メモ"]] };
const FILES: CollectedFile[] = [
  goalFile("総務課.xlsx"),
  kpiFile("企画課.xlsx"),
  unreadableFile("財政課.xls"),
];

function setup(sheets: readonly SheetSpec[] = [goalSheet2(), MEMO], settings: Record<string, unknown> = {}) {
  const fake = new FakeExcel(createWorkbookState(sheets, settings));
  return { fake, port: createExcelCollect(fakeHost(fake)) };
}

function sheetNamed(fake: FakeExcel, name: string): FakeSheet {
  const sheet = fake.state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A row of values of a sheet, from column A, as far as `width` columns. */
function row(sheet: FakeSheet, r: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, c) => sheet.cells.get(cellKey(r - 1, c))?.value ?? "");
}

function tables(sheet: FakeSheet): { name: string; area: string; headers: readonly string[] }[] {
  return tablesOf(sheet).map((t) => ({ name: t.name, area: formatArea(t.area), headers: t.headers }));
}

describe("createExcelCollect: writeCollectSheet through buildCollectSheet", () => {
  it("adds 取りまとめ with a summary table and a findings table, records it and shows it, in 3 syncs", async () => {
    const { fake, port } = setup();
    const result = await buildCollectSheet(port, FILES, OPTIONS);
    expect(result).toEqual({
      ok: true,
      value: {
        sheetName: "取りまとめ",
        address: "A1:K13",
        replaced: false,
        tables: ["取りまとめ_集計", "取りまとめ_指摘"],
      },
    });
    expect(fake.syncs).toHaveLength(3);
    const sheet = sheetNamed(fake, "取りまとめ");
    expect(fake.state.sheets[fake.state.activeSheet]).toBe(sheet);
    expect(row(sheet, 1, 1)).toEqual(["取りまとめ（重点目標・KPI）"]);
    expect(row(sheet, 2, 1)).toEqual(["基準日 2025年11月21日・3ファイル（読めなかったファイル 1）"]);
    expect(tables(sheet)).toEqual([
      {
        name: "取りまとめ_集計",
        area: "A4:K8",
        headers: [
          "ファイル",
          "シート",
          "状態",
          "エラー",
          "警告",
          "期限超過",
          "達成",
          "順調",
          "遅れ",
          "項目数",
          "備考",
        ],
      },
      { name: "取りまとめ_指摘", area: "A11:E13", headers: ["ファイル", "シート", "セル", "重要度", "指摘"] },
    ]);
    expect(row(sheet, 5, 11)).toEqual(["総務課.xlsx", "1 防災力", "要修正", 1, 1, 2, 1, 2, 1, 6, ""]);
    expect(row(sheet, 6, 11)).toEqual([
      "総務課.xlsx",
      "メモ",
      "対象外",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "表が見つかりません。",
    ]);
    expect(row(sheet, 8, 11)).toEqual([
      "財政課.xls",
      "",
      "読めません",
      ...Array<string>(7).fill(""),
      "古い形式（.xls）か、パスワード付きのファイルです。",
    ]);
    expect(row(sheet, 10, 1)).toEqual(["指摘一覧（2件）"]);
    expect(row(sheet, 12, 5)).toEqual([
      "総務課.xlsx",
      "1 防災力",
      "C9",
      "エラー",
      "期限（2025年5月20日）を過ぎていますが、完了の報告がありません。",
    ]);
    expect(formatsOf(sheet).bold).toEqual(["A1", "A10"]);
    expect(formatsOf(sheet).columnWidths.get(0)).toBe(180);
    expect(fake.state.settings.get(COLLECT_RECORD_KEY)).toEqual({ version: 1, sheetId: sheet.id });
  });

  test.each([1, 200])("makes the sheet for %i files in the same 3 syncs", async (count) => {
    const { fake, port } = setup();
    const result = await buildCollectSheet(port, manyFiles(count), OPTIONS);
    expect(result.ok).toBe(true);
    expect(fake.syncs).toHaveLength(3);
    const sheet = sheetNamed(fake, "取りまとめ");
    const lines = count === 1 ? 2 : 267; // a goal file is two lines (its table and its memo sheet)
    expect(tables(sheet)[0]?.area).toBe(`A4:K${4 + lines}`);
  });

  it("replaces its own earlier sheet in place, its tables taking the next free names while it goes", async () => {
    const { fake, port } = setup([goalSheet2(), MEMO, { name: "後ろ", values: [["x"]] }]);
    await buildCollectSheet(port, FILES, OPTIONS);
    const first = sheetNamed(fake, "取りまとめ");
    // The user moves it between their sheets; the new one takes its place.
    fake.state.sheets.splice(fake.state.sheets.indexOf(first), 1);
    fake.state.sheets.splice(1, 0, first);
    fake.resetStats();
    const again = await buildCollectSheet(port, [kpiFile("企画課.xlsx")], OPTIONS);
    expect(again).toMatchObject({
      ok: true,
      value: { replaced: true, tables: ["取りまとめ_集計2"] },
    });
    expect(fake.syncs).toHaveLength(3);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([goalSheet2().name, "取りまとめ", "メモ", "後ろ"]);
    // No findings: no findings table, a line saying so.
    const sheet = sheetNamed(fake, "取りまとめ");
    expect(tables(sheet).map((t) => t.name)).toEqual(["取りまとめ_集計2"]);
    // The earlier sheet went, and its tables with it.
    expect(fake.state.sheets).not.toContain(first);
    expect(allTables(fake.state).map((t) => t.name)).toEqual(["取りまとめ_集計2"]);
    expect(row(sheet, 7, 1)).toEqual(["指摘はありません。"]);
    expect(fake.state.settings.get(COLLECT_RECORD_KEY)).toEqual({ version: 1, sheetId: sheet.id });
  });

  it("refuses a sheet of the user's with the name, writes nothing, and names a free one to use", async () => {
    const { fake, port } = setup([
      goalSheet2(),
      { name: "取りまとめ", values: [["課の取りまとめ（手入力）"]] },
    ]);
    const before = snapshotWorkbook(fake.state);
    const result = await buildCollectSheet(port, FILES, OPTIONS);
    expect(result).toEqual({
      ok: false,
      issues: [{ code: "collect_sheet_taken", sheet: "取りまとめ", freeName: "取りまとめ (2)" }],
    });
    expect(snapshotWorkbook(fake.state)).toEqual(before);

    const written = await buildCollectSheet(port, FILES, { ...OPTIONS, sheetName: "取りまとめ (2)" });
    expect(written).toMatchObject({ ok: true, value: { sheetName: "取りまとめ (2)", replaced: false } });
    // Asked again, the pane is pointed at the add-in's own sheet, which it may replace.
    const asked = await buildCollectSheet(port, FILES, OPTIONS);
    expect(asked).toMatchObject({ ok: false, issues: [{ freeName: "取りまとめ (2)" }] });
  });

  it("keeps clear of the user's tables' names", async () => {
    const { fake, port } = setup();
    const memo = sheetNamed(fake, "メモ");
    tablesOf(memo).push({
      name: "取りまとめ_集計",
      area: { r0: 0, c0: 0, r1: 1, c1: 0 },
      headers: ["会議メモ"],
    });
    const result = await buildCollectSheet(port, FILES, OPTIONS);
    expect(result).toMatchObject({ ok: true, value: { tables: ["取りまとめ_集計2", "取りまとめ_指摘"] } });
    expect(snapshotTables(fake.state)).toMatchObject([[], [{ name: "取りまとめ_集計" }], expect.any(Array)]);
  });

  it("refuses a sheet larger than one request before writing anything", async () => {
    const fake = new FakeExcel(createWorkbookState([goalSheet2()]));
    const port = createExcelCollect(fakeHost(fake), 5_000);
    const before = snapshotWorkbook(fake.state);
    const error: unknown = await buildCollectSheet(port, manyFiles(30), OPTIONS).catch((e: unknown) => e);
    expect(isWorkbookFailure(error) && error.code).toBe("payload_too_large");
    expect(isWorkbookFailure(error) && error.partialWrite).toBe(false);
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });

  it("writes nothing for no files", async () => {
    const { fake, port } = setup();
    expect(await buildCollectSheet(port, [], OPTIONS)).toEqual({
      ok: false,
      issues: [{ code: "collect_no_files" }],
    });
    expect(fake.syncs).toHaveLength(0);
  });
});
