// The whole check (checkGrid: find the table, settle the fiscal year, judge every row) on the layouts
// other municipalities use: what a person checking the sheet would be told.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/core/calendar";
import type { GridCheck } from "../../src/core/checkGrid";
import { checkGrid } from "../../src/core/checkGrid";
import type { Layout } from "./layouts";
import {
  KITAMI_UNIT_COLUMN,
  KURAYOSHI_TWO_TABLES,
  KYOTO_TWO_ROW_HEADER,
  KYOTO_YEARLY_TARGETS,
  MIMA_UNIT_COLUMN,
  NAGAYO_ACTUAL_OF_A_YEAR,
  SHIRAOI_GOAL_SHEET,
  TOTTORI_PROCESS_COLUMN,
} from "./layouts";

function check(layout: Layout, asOf: IsoDate, fiscalYear?: number): GridCheck {
  const result = checkGrid(layout.grid, { asOf, ...(fiscalYear === undefined ? {} : { fiscalYear }) });
  if (!result.ok) throw new Error(`expected a check, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

const findingsOf = (checked: GridCheck): [string, string, string][] =>
  checked.evaluation.findings.map((f) => [f.code, f.severity, f.cell]);

describe("checkGrid on other municipalities' layouts", () => {
  describe("a 単位 column beside plain numbers", () => {
    it("reads each value with the row's unit (美馬市)", () => {
      const checked = check(MIMA_UNIT_COLUMN, "2019-11-21", 2019);
      expect(
        checked.evaluation.rows.map((r) => [r.baseline?.amount, r.target?.amount, r.target?.unit]),
      ).toEqual([
        [0, 0, "人"],
        [1, 3, "箇所"],
        [943, 1000, "件"],
      ]);
      expect(checked.evaluation.findings).toEqual([]);
    });

    it("reads ％ in the 単位 column as a percentage and judges 実績値 against 目標値 (北見市)", () => {
      const checked = check(KITAMI_UNIT_COLUMN, "2025-11-21");
      expect(checked.fiscalYear).toBe(2025);
      const rows = checked.evaluation.rows;
      expect(rows.map((r) => [r.target?.amount, r.actual?.amount ?? null])).toEqual([
        [20, 18],
        [0.8, 0.689],
        [12, null],
      ]);
      expect(rows[0]?.achievementRate).toBeCloseTo(0.9);
      expect(rows[1]?.achievementRate).toBeCloseTo(0.689 / 0.8);
      expect(rows[2]?.achievementRate).toBeNull();
      // No "percent written without ％" or unit mismatch: the unit column gives the units.
      expect(checked.evaluation.findings).toEqual([]);
    });
  });

  describe("actual columns per year under a two-row header (京都府)", () => {
    it("judges FY2024 against the R6 column, not the R5 value beside an empty R6", () => {
      const checked = check(KYOTO_TWO_ROW_HEADER, "2024-11-21", 2024);
      const rows = checked.evaluation.rows;
      expect(rows[0]?.actual?.amount).toBe(0.865);
      expect(rows[0]?.achievementRate).toBeCloseTo(0.865 / 0.9);
      // 待機児童: R5 says 12人, R6 is empty: not reported yet for FY2024.
      expect(rows[1]?.actual).toMatchObject({ missing: true, amount: null });
      expect(checked.evaluation.findings.map((f) => f.code)).not.toContain("value_unreadable");
    });

    it("says FY2025 has no actual column instead of judging an older year's", () => {
      const checked = check(KYOTO_TWO_ROW_HEADER, "2025-11-21", 2025);
      expect(checked.evaluation.rows.map((r) => r.actual)).toEqual([null, null]);
      expect(checked.evaluation.findings).toEqual([
        expect.objectContaining({
          code: "year_column_missing",
          severity: "error",
          cell: "F1",
          issue: { code: "year_column_missing", side: "actual", fiscalYear: 2025, years: "2023, 2024" },
        }),
      ]);
    });
  });

  describe("a target and an actual column per year (京都府)", () => {
    it("judges each fiscal year's actual against the same year's target", () => {
      const fy2022 = check(KYOTO_YEARLY_TARGETS, "2022-11-21", 2022).evaluation.rows[0];
      expect([fy2022?.target?.amount, fy2022?.actual?.amount]).toEqual([1200, 1100]);
      expect(fy2022?.achievementRate).toBeCloseTo(1100 / 1200);
      const fy2021 = check(KYOTO_YEARLY_TARGETS, "2021-11-21", 2021).evaluation.rows[0];
      expect([fy2021?.target?.amount, fy2021?.actual?.amount]).toEqual([900, 950]);
    });

    it("reports a missing year's actual column and leaves the rows unjudged", () => {
      const checked = check(KYOTO_YEARLY_TARGETS, "2023-11-21", 2023);
      expect(checked.evaluation.rows.map((r) => [r.target?.amount, r.actual, r.achievementRate])).toEqual([
        [1500, null, null],
        [0.8, null, null],
      ]);
      expect(findingsOf(checked)).toEqual([["year_column_missing", "error", "G1"]]);
    });

    it("reports a missing year's target column", () => {
      const checked = check(KYOTO_YEARLY_TARGETS, "2020-11-21", 2020);
      expect(checked.evaluation.rows.map((r) => r.target)).toEqual([null, null]);
      expect(checked.evaluation.findings.map((f) => f.issue)).toEqual([
        { code: "year_column_missing", side: "target", fiscalYear: 2020, years: "2021, 2022, 2023" },
        { code: "year_column_missing", side: "actual", fiscalYear: 2020, years: "2021, 2022" },
      ]);
    });
  });

  describe("a lone actual column naming its year (長与町)", () => {
    it("judges it without a word in the year it names", () => {
      const checked = check(NAGAYO_ACTUAL_OF_A_YEAR, "2019-11-21", 2019);
      expect(checked.evaluation.rows[0]?.achievementRate).toBeCloseTo(13200 / 15000);
      expect(checked.evaluation.findings).toEqual([]);
    });

    it("warns when the sheet is judged in another year", () => {
      const checked = check(NAGAYO_ACTUAL_OF_A_YEAR, "2025-11-21");
      expect(checked.fiscalYear).toBe(2025);
      expect(checked.evaluation.findings).toEqual([
        expect.objectContaining({
          code: "actual_year_differs",
          severity: "warning",
          cell: "E1",
          issue: { code: "actual_year_differs", fiscalYear: 2025, year: 2019, label: "令和元年度の現在値" },
        }),
      ]);
    });
  });

  describe("goal sheets with other headings", () => {
    it("flags an item past its 実施時期 with nothing in 進捗状況（上半期） (白老町)", () => {
      const checked = check(SHIRAOI_GOAL_SHEET, "2025-11-21");
      expect(checked.fiscalYear).toBe(2025);
      expect(checked.evaluation.rows.map((r) => [r.row, r.due, r.overdue])).toEqual([
        [3, "2025-09-30", true],
        [4, "2026-03-31", false],
        [5, "2025-07-31", false],
      ]);
      expect(findingsOf(checked)).toEqual([["overdue_not_done", "warning", "D3"]]);
    });

    it("reads sub-item deadlines in a 工程 column against the 上半期 report (鳥取県)", () => {
      const checked = check(TOTTORI_PROCESS_COLUMN, "2025-11-21");
      expect(checked.evaluation.rows[0]).toMatchObject({ due: "2025-12-31", overdue: false });
      expect(checked.evaluation.findings).toEqual([]);
    });
  });

  it("judges the first of two tables, leaves out its 合計 row, and says the second was not read (倉吉市)", () => {
    const checked = check(KURAYOSHI_TWO_TABLES, "2025-11-21");
    expect(checked.evaluation.rows.map((r) => [r.row, r.achievementRate])).toEqual([
      [3, 0.5],
      [4, 1.075],
    ]);
    expect(checked.evaluation.unreadRows).toEqual([10]);
    expect(checked.evaluation.findings).toEqual([
      expect.objectContaining({
        code: "rows_not_read",
        severity: "error",
        cell: "A10",
        issue: expect.objectContaining({ rows: "10", stopRow: 9, reason: "header_repeated" }),
      }),
    ]);
  });
});
