// The command-line checker on workbooks laid out as other municipalities lay them out: what the report says.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/cli/checkFiles";
import { checkInProcess } from "../runCheck";
import type { FixtureCell } from "../xlsxFixtures";
import { kpiRows, rowXml, sheetXml, workbookParts, writeZip } from "../xlsxFixtures";
import type { Layout } from "./layouts";
import {
  KITAMI_UNIT_COLUMN,
  KURAYOSHI_TWO_TABLES,
  KYOTO_YEARLY_TARGETS,
  NAGAYO_ACTUAL_OF_A_YEAR,
  UENO_REVISED_TARGETS,
} from "./layouts";

let dir: string;

/** A workbook of one sheet holding the layout's grid from A1. */
function writeBook(name: string, layout: Layout): string {
  const file = path.join(dir, `${name}.xlsx`);
  const rows = layout.grid.values.map((row, index) =>
    rowXml(
      layout.grid.firstRow + index,
      row.map((value): FixtureCell => (typeof value === "boolean" ? String(value) : value)),
    ),
  );
  writeZip(file, workbookParts([{ name: layout.grid.name, chunks: sheetXml(rows) }]));
  return file;
}

async function report(...args: string[]): Promise<{ code: number; report: Report }> {
  const run = await checkInProcess([...args, "--format", "json"]);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "kpi-layouts-"));
});

describe("npm run check on other municipalities' layouts", () => {
  it("judges plain numbers with the 単位 column's units (北見市)", async () => {
    const { report: r } = await report(writeBook("kitami", KITAMI_UNIT_COLUMN));
    const sheet = r.files[0]?.sheets[0];
    expect(sheet?.layout).toBe("kpi_list");
    expect(sheet?.rows.map((row) => row.achievementRate)).toEqual([0.9, expect.closeTo(0.861, 3), null]);
    expect(sheet?.findings).toEqual([]);
  });

  it("judges --fiscal-year 2022 against the 2022 columns, and reports 2023's missing actual column", async () => {
    const file = writeBook("kyoto", KYOTO_YEARLY_TARGETS);
    const fy2022 = (await report(file, "--fiscal-year", "2022")).report.files[0]?.sheets[0];
    expect(fy2022?.rows[0]?.achievementRate).toBeCloseTo(1100 / 1200);
    expect(fy2022?.findings).toEqual([]);

    const fy2023 = await report(file, "--fiscal-year", "R5");
    const sheet = fy2023.report.files[0]?.sheets[0];
    expect(sheet?.rows.map((row) => row.achievementRate)).toEqual([null, null]);
    expect(sheet?.findings).toEqual([
      {
        code: "year_column_missing",
        severity: "error",
        cell: "G1",
        message: expect.stringContaining("2023年度の列がありません"),
      },
    ]);
    expect(fy2023.code).not.toBe(0);
  });

  it("warns that the only actual column is another year's", async () => {
    const { report: r } = await report(writeBook("nagayo", NAGAYO_ACTUAL_OF_A_YEAR));
    const sheet = r.files[0]?.sheets[0];
    expect(sheet?.fiscalYear).toBe(2025);
    expect(sheet?.findings).toEqual([
      {
        code: "actual_year_differs",
        severity: "warning",
        cell: "E1",
        message: expect.stringContaining("「令和元年度の現在値」は2019年度の実績ですが、2025年度として判定"),
      },
    ]);
  });

  it("warns when a KPI list judged in FY2026 has only R7's actual column, and judges that actual", async () => {
    const file = path.join(dir, "r7-actuals.xlsx");
    writeZip(file, workbookParts([{ name: "KPI一覧", chunks: sheetXml(kpiRows(2)) }]));
    const fy2026 = (await report(file, "--fiscal-year", "R8")).report.files[0]?.sheets[0];
    expect(fy2026?.findings.filter((f) => f.code === "actual_year_differs")).toEqual([
      {
        code: "actual_year_differs",
        severity: "warning",
        cell: "E3",
        message: expect.stringContaining("2025年度の実績ですが、2026年度として判定"),
      },
    ]);
    const fy2025 = (await report(file, "--fiscal-year", "R7")).report.files[0]?.sheets[0];
    expect(fy2025?.findings.map((f) => f.code)).not.toContain("actual_year_differs");
  });

  it("says the second table on a sheet was not read", async () => {
    const { code, report: r } = await report(writeBook("kurayoshi", KURAYOSHI_TWO_TABLES));
    const sheet = r.files[0]?.sheets[0];
    expect([sheet?.rowsEvaluated, sheet?.rowsNotRead]).toEqual([2, 1]);
    expect(sheet?.findings.map((f) => [f.code, f.cell])).toEqual([["rows_not_read", "A10"]]);
    expect(code).not.toBe(0);
  });

  it("judges a revised target and names the original beside it (seed 004, revised)", async () => {
    const file = writeBook("ueno-revised", UENO_REVISED_TARGETS);
    const { report: r } = await report(file);
    const sheet = r.files[0]?.sheets[0];
    const [revised, kept, otherUnit] = sheet?.rows ?? [];
    expect(revised).toMatchObject({
      row: 3,
      target: { amount: 150, unit: "件", text: "150 件" },
      originalTarget: { amount: 120, unit: "件", text: "120 件" },
      achievementRate: 0.9,
    });
    // A row whose revised cell is blank keeps its target, and has no originalTarget at all.
    expect(kept).toMatchObject({ target: { amount: 12, unit: "箇所" } });
    expect(kept && "originalTarget" in kept).toBe(false);
    expect(otherUnit).toMatchObject({
      target: { unit: "人" },
      originalTarget: { unit: "件" },
      achievementRate: null,
    });
    expect(sheet?.findings).toEqual([
      {
        code: "target_revision_unit_changed",
        severity: "warning",
        cell: "E5",
        message: expect.stringContaining("単位（人）が当初の目標値「期間中 10 件」の単位（件）と異なります"),
      },
    ]);

    const table = await checkInProcess([file]);
    expect(table.stdout).toMatch(/目標/);
    expect(table.stdout).toContain("150 件（当初 120 件）");
    const english = await checkInProcess([file, "--lang", "en"]);
    expect(english.stdout).toContain("150 件 (originally 120 件)");
    const markdown = await checkInProcess([file, "--format", "md"]);
    expect(markdown.stdout).toContain("| 3 | 行かない窓口での手続き申請件数 | 150 件（当初 120 件） |");
  });
});
