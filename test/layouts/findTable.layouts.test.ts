// findTable on the layouts other municipalities use: the columns and rows a careful reader takes.
import { describe, expect, it, test } from "vitest";
import { findTable } from "../../src/core/findTable";
import { findUnreadRows } from "../../src/core/findUnreadRows";
import type { SheetTable } from "../../src/core/sheetTable";
import type { Layout } from "./layouts";
import {
  KURAYOSHI_TWO_TABLES,
  KYOTO_TWO_ROW_HEADER,
  KYOTO_YEARLY_TARGETS,
  LAYOUTS,
  MIMA_UNIT_COLUMN,
  NAGAYO_ACTUAL_OF_A_YEAR,
} from "./layouts";

function tableOf(layout: Layout): SheetTable {
  const found = findTable(layout.grid);
  if (!found.ok) throw new Error(`expected a table, got ${JSON.stringify(found.issues)}`);
  return found.value.table;
}

describe("findTable on other municipalities' layouts", () => {
  test.each(Object.entries(LAYOUTS))("reads %s", (_name, layout) => {
    const table = tableOf(layout);
    expect({
      layout: table.layout,
      headerRow: table.headerRow,
      columns: table.columns,
      rows: table.rows.map((row) => row.row),
    }).toEqual(layout.expected);
  });

  it("reads the 単位 column's cells beside the plain numbers", () => {
    const table = tableOf(MIMA_UNIT_COLUMN);
    expect(table.rows[2]?.cells).toMatchObject({
      kpi: "母子・父子相談件数",
      unit: "件",
      baseline: 943,
      target: 1000,
    });
  });

  it("takes `数値 | 年度` under a merged 基準値 as the header's second row, not as a row of data", () => {
    const table = tableOf(KYOTO_TWO_ROW_HEADER);
    expect(table.rows.map((row) => row.cells.baseline)).toEqual(["82.6%", "86人"]);
    expect(table.rows.some((row) => row.cells.baseline === "数値")).toBe(false);
  });

  it("names the year of every target and actual column of a list with a column per year", () => {
    expect(tableOf(KYOTO_YEARLY_TARGETS).yearColumns).toEqual([
      { role: "target", column: 2, fiscalYear: 2021, label: "2021年度 目標" },
      { role: "target", column: 3, fiscalYear: 2022, label: "2022年度 目標" },
      { role: "target", column: 4, fiscalYear: 2023, label: "2023年度 目標" },
      { role: "actual", column: 5, fiscalYear: 2021, label: "2021年度 実績" },
      { role: "actual", column: 6, fiscalYear: 2022, label: "2022年度 実績" },
    ]);
    expect(tableOf(KYOTO_YEARLY_TARGETS).rows[0]?.yearCells).toEqual([
      "900社",
      "1,200社",
      "1,500社",
      "950社",
      "1,100社",
    ]);
  });

  it("reads the years of 実績 sub-columns from the header's second row (R5 | R6)", () => {
    expect(tableOf(KYOTO_TWO_ROW_HEADER).yearColumns).toEqual([
      { role: "actual", column: 4, fiscalYear: 2023, label: "実績 R5" },
      { role: "actual", column: 5, fiscalYear: 2024, label: "R6" },
    ]);
  });

  it("names the year of a lone actual column (令和元年度の現在値)", () => {
    expect(tableOf(NAGAYO_ACTUAL_OF_A_YEAR).yearColumns).toEqual([
      { role: "actual", column: 4, fiscalYear: 2019, label: "令和元年度の現在値" },
    ]);
  });

  it("ends the first table at its ※ note, leaves out the 合計 row and names the second table's rows as unread", () => {
    const table = tableOf(KURAYOSHI_TWO_TABLES);
    expect(table.rows.map((row) => row.cells.kpi)).toEqual(["新たな特産品の開発数", "農商工連携事業者数"]);
    expect(findUnreadRows(KURAYOSHI_TWO_TABLES.grid, table)).toEqual({
      rows: [10],
      stop: { row: 9, reason: "header_repeated" },
    });
  });
});
