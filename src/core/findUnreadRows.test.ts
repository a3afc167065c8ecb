import { describe, expect, it } from "vitest";
import { findTable } from "./findTable";
import { _, expectOk, grid, KPI_HEADER_TOP, KPI_ROWS } from "./findTable.fixtures";
import { findUnreadRows } from "./findUnreadRows";
import type { CellValue, SheetGrid } from "./sheetTable";

describe("findUnreadRows", () => {
  const kpiGrid = (values: CellValue[][]): SheetGrid => grid([["KPI一覧"], KPI_HEADER_TOP, ...values]);

  it("finds nothing when the table took every row, notes below it aside", () => {
    const values = kpiGrid([
      ...KPI_ROWS,
      [],
      ["※１ 基準値の列に記載の「期間中」とは令和３年度～６年度の４年間を指します。"],
      ["簡単にいえば、「ちゃんと目標に近づいているかどうかを数値で見える化するものです。"],
      ["作成：企画課", _, _, _, "令和7年4月1日"],
    ]);
    const { table } = expectOk(findTable(values));
    expect(findUnreadRows(values, table)).toEqual({ rows: [], stop: null });
  });

  it("names the rows below a header repeated inside the table, an initiative without a KPI included", () => {
    const values = kpiGrid([
      KPI_ROWS[0] ?? [],
      KPI_HEADER_TOP,
      [_, _, "R6年度末", "R10年度末", "R7年度"],
      ...KPI_ROWS.slice(1),
    ]);
    const { table } = expectOk(findTable(values));
    expect(table.rows.map((r) => r.row)).toEqual([3]);
    // Row 8's 期間中 cells are header words, but one kind thrice is not a header.
    expect(findUnreadRows(values, table)).toEqual({
      rows: [6, 7, 8],
      stop: { row: 4, reason: "header_repeated" },
    });
  });

  it("names the rows after a ※ note inside the table", () => {
    const values = kpiGrid([KPI_ROWS[0] ?? [], ["※ 以下は参考指標"], ...KPI_ROWS.slice(2)]);
    const { table } = expectOk(findTable(values));
    expect(findUnreadRows(values, table)).toEqual({ rows: [5, 6], stop: { row: 4, reason: "note" } });
  });

  it("names the rows of the next goal sheet below the 特記事項, and not the 特記事項 block", () => {
    const header: CellValue[] = [_, "取組項目", "期間・期限", "数値目標", "中間報告", "期末報告"];
    const values: CellValue[][] = [
      ["令和7年度 重点目標管理シート"],
      header,
      ["①", "○ 危機管理防災体制の強化", "通年", "(1) 研修の実施", _, _],
      ["特記事項", "○市民参加・協働の推進", _, "○取組による効果・残された課題", _, _],
      [_, "市民説明会を2回開催した。", _, "課題は周知の方法。", _, _],
      ["令和7年度 重点目標管理シート"],
      header,
      ["①", "○ 選挙啓発の強化", "5月から8月まで", "20点以上の作品を募る。", _, _],
      ["②", "○ 投票環境の向上", "年度内", _, _, _],
    ];
    const { table } = expectOk(findTable(grid(values)));
    expect(table.rows.map((r) => r.row)).toEqual([3]);
    expect(findUnreadRows(grid(values), table)).toEqual({
      rows: [8, 9],
      stop: { row: 6, reason: "sheet_title" },
    });
  });
});

describe("findUnreadRows below totals and a second table", () => {
  it("does not count a 合計 row, inside or under the table, as unread", () => {
    const values = grid([
      KPI_HEADER_TOP,
      ...KPI_ROWS.slice(0, 2),
      ["小計", _, "111 件", "120 件", "114 件"],
      ...KPI_ROWS.slice(2),
      ["合計", _, _, _, _],
    ]);
    const { table } = expectOk(findTable(values));
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 5, 6]);
    expect(findUnreadRows(values, table)).toEqual({ rows: [], stop: null });
  });

  it("names another table's header, not the note under the first table, as where the table ended", () => {
    const values = grid([
      KPI_HEADER_TOP,
      KPI_ROWS[0] ?? [],
      ["※ 基準値は令和6年度末"],
      ["取組", "指標名", "現状値", "目標値", "実績"],
      KPI_ROWS[3] ?? [],
    ]);
    const { table } = expectOk(findTable(values));
    expect(findUnreadRows(values, table)).toEqual({ rows: [5], stop: { row: 4, reason: "header_repeated" } });
  });
});
