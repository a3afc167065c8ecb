import { describe, expect, it, test } from "vitest";
import type { CellValue, SheetGrid } from "../core/sheetTable";
import { KPI_LIST_ROWS, goalSheet2, kpiList } from "../../test/fakeExcel/seedSheets";
import { planRevisedTargetColumn, planRevisedTargetRemoval, revisedTargetOf } from "./planRevisedTarget";
import type { SubmissionReport } from "./runSubmissionCheck";
import { checkSheet } from "./runSubmissionCheck";
import type { WorkbookSettings } from "./settings";
import { DEFAULT_SETTINGS } from "./settings";

const ADDED_ON = "2026-04-01";

function gridOf(name: string, values: readonly (readonly CellValue[])[]): SheetGrid {
  return { name, firstRow: 1, firstColumn: 0, values };
}

function checked(grid: SheetGrid, settings = DEFAULT_SETTINGS): SubmissionReport {
  const result = checkSheet(grid, { asOf: ADDED_ON, settings });
  if (!result.ok) throw new Error("the sheet should be checkable");
  return result.value;
}

/** Seed 004 as published: 基準値 ⇒ 目標値 in one cell (`111 件 ⇒ 120 件`). */
function pairedList(): SheetGrid {
  return gridOf("KPI", [
    ["第２期上野町長マニフェスト（R７～10年度）に関連する具体的な取組などの一覧"],
    ["推進事項", "推進項目のＫＰＩ", "基準値 ⇒ 目標値", "実績値"],
    ...KPI_LIST_ROWS.slice(0, 3).map((row) => [
      row[0],
      row[1],
      `${String(row[2])} ⇒ ${String(row[3])}`,
      row[4] ?? null,
    ]),
  ]);
}

describe("planRevisedTargetColumn", () => {
  it("puts the column right of 目標値 on the header row, and records it with the day", () => {
    const spec = kpiList(3);
    const grid = gridOf(spec.name, spec.values);
    const plan = planRevisedTargetColumn(checked(grid), grid, {
      settings: DEFAULT_SETTINGS,
      addedOn: ADDED_ON,
    });
    expect(plan.ok && { ...plan.value, settings: undefined }).toEqual({
      headerRow: 4,
      column: 4,
      header: "目標値（見直し後）",
      settings: undefined,
    });
    if (!plan.ok) return;
    const saved = plan.value.settings(true) as WorkbookSettings;
    expect(revisedTargetOf(saved, spec.name)).toEqual({
      column: 4,
      headerRow: 4,
      inserted: true,
      addedOn: ADDED_ON,
    });
  });

  it("puts it right of the 基準値 ⇒ 目標値 column where one cell holds both", () => {
    const grid = pairedList();
    const plan = planRevisedTargetColumn(checked(grid), grid, {
      settings: DEFAULT_SETTINGS,
      addedOn: ADDED_ON,
    });
    expect(plan.ok && [plan.value.headerRow, plan.value.column]).toEqual([2, 3]);
  });

  it("moves the saved column choices right of an inserted column, and leaves them where nothing was inserted", () => {
    const spec = kpiList(3);
    const grid = gridOf(spec.name, spec.values);
    const settings: WorkbookSettings = {
      ...DEFAULT_SETTINGS,
      sheets: { [spec.name]: { mapping: { kpi: 1, target: 3, actual: 4, status: 6 } } },
    };
    const plan = planRevisedTargetColumn(checked(grid, settings), grid, { settings, addedOn: ADDED_ON });
    if (!plan.ok) throw new Error("should plan");
    const mappingOf = (inserted: boolean) =>
      (plan.value.settings(inserted) as WorkbookSettings).sheets[spec.name]?.mapping;
    expect(mappingOf(true)).toEqual({ kpi: 1, target: 3, actual: 5, status: 7 });
    expect(mappingOf(false)).toEqual({ kpi: 1, target: 3, actual: 4, status: 6 });
  });

  test.each([
    ["a goal sheet", () => gridOf(goalSheet2().name, goalSheet2().values), { reason: "not_kpi_list" }],
  ] as const)("refuses %s", (_, grid, issue) => {
    const sheet = grid();
    expect(
      planRevisedTargetColumn(checked(sheet), sheet, { settings: DEFAULT_SETTINGS, addedOn: ADDED_ON }),
    ).toEqual({
      ok: false,
      issues: [{ code: "revised_target_unsupported", ...issue }],
    });
  });

  it("refuses a KPI list read without a target column", () => {
    const spec = kpiList(3);
    const grid = gridOf(spec.name, spec.values);
    const report = checked(grid);
    const columns = { ...report.detection.table.columns };
    delete columns.target;
    const withoutTarget: SubmissionReport = {
      ...report,
      detection: { ...report.detection, table: { ...report.detection.table, columns } },
    };
    expect(
      planRevisedTargetColumn(withoutTarget, grid, { settings: DEFAULT_SETTINGS, addedOn: ADDED_ON }),
    ).toEqual({
      ok: false,
      issues: [{ code: "revised_target_unsupported", reason: "no_target" }],
    });
  });

  it("refuses a second column where the header is there, recorded or typed by hand", () => {
    const spec = kpiList(3);
    const grid = gridOf(spec.name, withRevisedColumn(spec.values));
    const settings: WorkbookSettings = {
      ...DEFAULT_SETTINGS,
      sheets: {
        [spec.name]: { revisedTarget: { column: 4, headerRow: 4, inserted: true, addedOn: ADDED_ON } },
      },
    };
    for (const saved of [DEFAULT_SETTINGS, settings]) {
      expect(planRevisedTargetColumn(checked(grid), grid, { settings: saved, addedOn: ADDED_ON })).toEqual({
        ok: false,
        issues: [{ code: "revised_target_exists", column: "E" }],
      });
    }
  });

  it("adds a new column where the recorded one was deleted by hand, replacing the record", () => {
    const spec = kpiList(3);
    const plain = gridOf(spec.name, spec.values);
    const settings: WorkbookSettings = {
      ...DEFAULT_SETTINGS,
      sheets: {
        [spec.name]: { revisedTarget: { column: 4, headerRow: 4, inserted: true, addedOn: "2026-01-05" } },
      },
    };
    const plan = planRevisedTargetColumn(checked(plain), plain, { settings, addedOn: ADDED_ON });
    if (!plan.ok) throw new Error("should plan");
    expect(revisedTargetOf(plan.value.settings(true) as WorkbookSettings, spec.name)?.addedOn).toBe(ADDED_ON);
  });
});

/** The list with the 目標値（見直し後） column inserted at E, as 目標値を見直す leaves it. */
function withRevisedColumn(values: readonly (readonly CellValue[])[]): CellValue[][] {
  return values.map((row, r) => {
    const copy = [...row];
    if (copy.length > 4 || r === 3) copy.splice(4, 0, r === 3 ? "目標値（見直し後）" : null);
    return copy;
  });
}

describe("planRevisedTargetRemoval", () => {
  const spec = kpiList(3);
  const added = withRevisedColumn(spec.values);
  const settings: WorkbookSettings = {
    ...DEFAULT_SETTINGS,
    sheets: {
      [spec.name]: {
        mapping: { actual: 5 },
        revisedTarget: { column: 4, headerRow: 4, inserted: true, addedOn: ADDED_ON },
      },
    },
  };

  it("takes the recorded column away, moving the column choices back", () => {
    const plan = planRevisedTargetRemoval(gridOf(spec.name, added), settings, { confirmed: false });
    expect(plan.ok && plan.value).toMatchObject({
      column: 4,
      headerRow: 4,
      inserted: true,
      confirmed: false,
    });
    expect(plan.ok && (plan.value.settings as WorkbookSettings).sheets[spec.name]).toEqual({
      mapping: { actual: 4 },
    });
  });

  it("says there is nothing to take away without a record", () => {
    expect(
      planRevisedTargetRemoval(gridOf(spec.name, added), DEFAULT_SETTINGS, { confirmed: false }),
    ).toEqual({
      ok: false,
      issues: [{ code: "revised_target_missing" }],
    });
  });

  it("refuses when the recorded column no longer has its header", () => {
    expect(planRevisedTargetRemoval(gridOf(spec.name, spec.values), settings, { confirmed: true })).toEqual({
      ok: false,
      issues: [{ code: "revised_target_moved", column: "E" }],
    });
  });
});

describe("revisedTargetOf", () => {
  it("is null for a sheet without the column, and for an unknown sheet", () => {
    expect(revisedTargetOf(DEFAULT_SETTINGS, "KPI一覧")).toBeNull();
    expect(revisedTargetOf(DEFAULT_SETTINGS, "")).toBeNull();
  });
});
