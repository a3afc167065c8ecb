import { describe, expect, it } from "vitest";
import { evaluateSheet } from "../core/evaluateSheet";
import type { SheetTable } from "../core/sheetTable";
import type { Area } from "../../test/fakeExcel/a1";
import { parseArea } from "../../test/fakeExcel/a1";
import { NOTE_MAX_LENGTH, planFlags, rulesSharingCells, withoutCovered } from "./planFlags";
import type { FlagPlan } from "./ports";

function kpiTable(rows: [string, string, string, string][]): SheetTable {
  return {
    sheetName: "KPI一覧",
    layout: "kpi_list",
    headerRow: 4,
    columns: { kpi: 1, baseline: 2, target: 3, actual: 4 },
    rows: rows.map(([kpi, baseline, target, actual], i) => ({
      row: 6 + i,
      cells: { kpi, baseline, target, actual },
    })),
    fiscalYear: 2025,
  };
}

function plan(table: SheetTable, asOf = "2025-11-21", locale: "ja" | "en" = "ja") {
  return planFlags(table, evaluateSheet(table, { asOf, fiscalYear: 2025 }), locale);
}

describe("planFlags", () => {
  it("marks an error cell and a warning cell with one note each, errors first", () => {
    const flags = plan(
      kpiTable([
        ["町ホームページのアクセス数", "130 万PV", "150万 万PV", "135 万PV"],
        ["多言語配信サービスのダウンロード件数", "59 件", "100 件", "未集計"],
      ]),
    );
    expect(flags.errorAreas).toEqual(["E7"]);
    expect(flags.warningAreas).toEqual(["D6"]);
    expect(flags.notes.map((n) => n.cell)).toEqual(["E7", "D6"]);
    expect(flags.notes[1]?.text).toBe(
      "KPIチェッカー（基準日 2025-11-21）\n・目標値「150万 万PV」は単位が重複しています（万）。入力ミスではないか確認してください。",
    );
  });

  it("merges adjacent flagged cells of a column into one area", () => {
    const flags = plan(
      kpiTable([
        ["A", "1 件", "2 件", "未集計"],
        ["B", "1 件", "2 件", "不明"],
        ["C", "1 件", "2 件", "2 件"],
        ["D", "1 件", "2 件", "調査中"],
      ]),
    );
    expect(flags.errorAreas).toEqual(["E6:E7", "E9"]);
  });

  it("marks overdue rows across the table's columns", () => {
    const flags = plan(
      kpiTable([["行かない窓口での手続き申請件数", "111 件", "120 件", "114 件"]]),
      "2026-04-30",
    );
    expect(flags.overdueAreas).toEqual(["B6:E6"]);
  });

  it("cuts a cell with a finding out of its overdue row, so that no cell has two flags", () => {
    // Row 6 is overdue on 2026-04-30 and its target 150万 万PV has a warning (D6).
    const flags = plan(
      kpiTable([
        ["町ホームページのアクセス数", "130 万PV", "150万 万PV", "135 万PV"],
        ["行かない窓口での手続き申請件数", "111 件", "120 件", "114 件"],
      ]),
      "2026-04-30",
    );
    expect(flags.warningAreas).toEqual(["D6"]);
    expect(flags.overdueAreas).toEqual(["B6:C6", "E6", "B7:E7"]);
    expectNoSharedCell(flags);
  });

  it("keeps a block of overdue rows without findings as one area", () => {
    const rows: [string, string, string, string][] = [];
    for (let i = 0; i < 30; i++)
      rows.push(
        i === 10 ? [`指標${i}`, "130 万PV", "150万 万PV", "135 万PV"] : [`指標${i}`, "1 件", "2 件", "1 件"],
      );
    const flags = plan(kpiTable(rows), "2026-04-30");
    expect(flags.warningAreas).toEqual(["D16"]);
    expect(flags.overdueAreas).toEqual(["B6:E15", "B16:C16", "E16", "B17:E35"]);
    expectNoSharedCell(flags);
  });

  it("writes its notes in English when asked", () => {
    const flags = plan(kpiTable([["X", "59 件", "100 件", "未集計"]]), "2025-11-21", "en");
    expect(flags.notes[0]?.text.startsWith("KPI Sheet Checker (as of 2025-11-21)\n・")).toBe(true);
  });

  it("shortens a note that would be too long to read in Excel", () => {
    const long = `${"未集計".repeat(400)}`;
    const flags = plan(kpiTable([["X", "59 件", "100 件", long]]));
    expect(flags.notes[0]?.text.length).toBe(NOTE_MAX_LENGTH);
    expect(flags.notes[0]?.text.endsWith("…")).toBe(true);
  });

  it("plans nothing for a table without findings or overdue rows", () => {
    expect(plan(kpiTable([["X", "111 件", "120 件", "114 件"]]))).toEqual({
      overdueAreas: [],
      errorAreas: [],
      warningAreas: [],
      notes: [],
    });
  });
});

/** Fails when two areas of the plan, of the same kind or not, cover one cell. */
function expectNoSharedCell(flags: FlagPlan): void {
  const areas: [string, Area][] = [...flags.overdueAreas, ...flags.errorAreas, ...flags.warningAreas].map(
    (address) => [address, parseArea(address)],
  );
  for (let i = 0; i < areas.length; i++)
    for (let j = i + 1; j < areas.length; j++) {
      const [a, x] = areas[i]!;
      const [b, y] = areas[j]!;
      const shared = x.r0 <= y.r1 && y.r0 <= x.r1 && x.c0 <= y.c1 && y.c0 <= x.c1;
      expect(shared, `${a} and ${b} share a cell`).toBe(false);
    }
}

describe("withoutCovered", () => {
  const plan: FlagPlan = {
    overdueAreas: ["A4:D4", "A9:G12"],
    errorAreas: ["C3"],
    warningAreas: ["B3", "E6:E8"],
    notes: [{ cell: "B3", text: "…" }],
  };

  it("cuts the cells of the user's rules out of every area and counts the finding cells left out", () => {
    expect(withoutCovered(plan, ["'動作確認'!$A$2:$B$4", "Sheet1!E7,Sheet1!C10:D11"])).toEqual({
      plan: {
        overdueAreas: ["C4:D4", "A9:G9", "A10:B11", "E10:G11", "A12:G12"],
        errorAreas: ["C3"],
        warningAreas: ["E6", "E8"],
        notes: plan.notes,
      },
      findingCellsCovered: 2,
    });
  });

  it("takes whole columns and rows, and leaves a plan no rule touches as it is", () => {
    expect(withoutCovered(plan, ["$E:$E", "12:12"])?.plan.overdueAreas).toEqual([
      "A4:D4",
      "A9:D11",
      "F9:G11",
    ]);
    expect(withoutCovered(plan, ["Z1:Z99"])).toEqual({ plan, findingCellsCovered: 0 });
  });

  it("gives null for an area it cannot read, so the caller refuses rather than guess", () => {
    expect(withoutCovered(plan, ["#REF!"])).toBeNull();
    expect(withoutCovered(plan, ["A:3"])).toBeNull();
  });

  it("never leaves a flag on a covered cell (every cell checked)", () => {
    const covered = ["B2:C10", "F1", "A12:G12"];
    const cut = withoutCovered(plan, covered)?.plan;
    const cells = (areas: readonly string[]) =>
      areas.flatMap((text) => {
        const a: Area = parseArea(text);
        const out: string[] = [];
        for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) out.push(`${r}:${c}`);
        return out;
      });
    const before = new Set(cells([...plan.overdueAreas, ...plan.errorAreas, ...plan.warningAreas]));
    const holes = new Set(cells(covered));
    const after = cells([
      ...(cut?.overdueAreas ?? []),
      ...(cut?.errorAreas ?? []),
      ...(cut?.warningAreas ?? []),
    ]);
    expect(new Set(after).size).toBe(after.length);
    expect(new Set(after)).toEqual(new Set([...before].filter((cell) => !holes.has(cell))));
  });
});

describe("rulesSharingCells", () => {
  it("names the rules that share a cell with another, and any it cannot read", () => {
    expect(rulesSharingCells(["A2:B4", "B3", "D1:D9", "oops!?"])).toEqual(new Set([0, 1, 3]));
  });
});
