/**
 * The formulas and the sheet check judge a KPI the same way: every KPI row is run through the shipped
 * =KPI.ACHIEVEMENT and =KPI.PROGRESS (the built bundle, loaded as Excel loads it) and through the sheet
 * check (evaluateSheet, checkGrid), and both must give the same achievement and progress rate, or no rate
 * on both sides (an Excel error from the formula, with its message).
 *
 * Rows: every reading pair of the golden value cases (with actuals made from them), the seed KPI list of
 * the fake Excel, every KPI row of the sample workbook in examples/, and crafted rows for the edges (units
 * left out, percentages, missing markers, 以下 reductions, a target of 0, a baseline equal to the target).
 * A goal sheet's row with an 実績値 column is judged against its 数値目標 sub-item by sub-item: the shipped
 * =KPI.GOALRATE and the sheet check must give the same rate, or none on both sides, on crafted rows.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../src/cli/readWorkbook";
import { checkGrid } from "../src/core/checkGrid";
import type { RowEvaluation } from "../src/core/evaluateSheet";
import { evaluateSheet } from "../src/core/evaluateSheet";
import { PAIR_CASES } from "../src/core/golden/valueCases";
import { splitAtArrow } from "../src/core/parseKpiPair";
import type { CellValue, SheetGrid, SheetTable } from "../src/core/sheetTable";
import { StandInCustomFunctionError } from "../src/functions/customFunctionsStandIn";
import { KPI_LIST_ROWS, kpiList } from "./fakeExcel/seedSheets";
import type { LoadedAddin } from "./loadBuiltAddin";
import { loadBuiltAddin } from "./loadBuiltAddin";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const AS_OF = "2025-11-21";

/** One KPI row: its cells as Excel gives them to a formula and to the check. */
interface KpiRow {
  readonly label: string;
  readonly kpi: string | null;
  readonly baseline: CellValue;
  readonly target: CellValue;
  readonly actual: CellValue;
}

/** What one side says of a rate: the number, or the Excel error that stands for no rate. */
type RateOutcome = { readonly rate: number } | { readonly error: string; readonly message: string };

function outcomeOf(call: () => unknown): RateOutcome {
  try {
    const value = call();
    if (typeof value !== "number") throw new Error(`not a number: ${JSON.stringify(value)}`);
    return { rate: value };
  } catch (error) {
    if (error instanceof StandInCustomFunctionError) return { error: error.code, message: error.message };
    throw error;
  }
}

/** A KPI list of the rows, evaluated by the sheet check as the task pane and the checker do. */
function evaluateRows(rows: readonly KpiRow[]): readonly RowEvaluation[] {
  const table: SheetTable = {
    sheetName: "KPI一覧",
    layout: "kpi_list",
    headerRow: 1,
    columns: { kpi: 0, baseline: 1, target: 2, actual: 3 },
    fiscalYear: 2025,
    rows: rows.map((row, i) => ({
      row: i + 2,
      cells: { kpi: row.kpi, baseline: row.baseline, target: row.target, actual: row.actual },
    })),
  };
  return evaluateSheet(table, { asOf: AS_OF, fiscalYear: 2025 }).rows;
}

/**
 * Asserts the formula and the check agree on a row. The add-in's own formulas pass the direction the
 * check took from the KPI's name (排出量 → "decrease"); a row without a name leaves it to the target's
 * wording, as a user typing =KPI.ACHIEVEMENT(D6,E6) does.
 */
function expectParity(addin: LoadedAddin, row: KpiRow, checked: RowEvaluation | undefined): void {
  expect(checked, row.label).toBeDefined();
  if (!checked) return;
  const direction = row.kpi && checked.direction ? [checked.direction] : [];
  const achievement = outcomeOf(() => addin.call("ACHIEVEMENT", row.target, row.actual, ...direction));
  const progress = outcomeOf(() => addin.call("PROGRESS", row.baseline, row.target, row.actual));
  expectSame(achievement, checked.achievementRate, `${row.label}: achievement`);
  expectSame(progress, checked.progressRate, `${row.label}: progress`);
}

function expectSame(formula: RateOutcome, check: number | null, label: string): void {
  if ("rate" in formula) {
    expect(check, `${label}: the formula gives ${formula.rate}`).not.toBeNull();
    expect(formula.rate, label).toBe(check);
  } else {
    expect(check, `${label}: the formula gives ${formula.error} (${formula.message})`).toBeNull();
    // No rate is said with a message the user can read (Excel shows none with #DIV/0!).
    expect(["#N/A", "#VALUE!", "#NUM!"], label).toContain(formula.error);
    expect(formula.message, label).not.toBe("");
  }
}

/** Rows made from a golden pair: the target reached, the baseline kept, and half-way as a number cell. */
function rowsOfGoldenPairs(): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const c of PAIR_CASES) {
    if ("issues" in c.expected) continue;
    const sides = splitAtArrow(c.input);
    if (!sides) throw new Error(`golden pair ${c.input} has no arrow`);
    const [baseline, target] = sides;
    const { baseline: b, target: t } = c.expected;
    const label = `golden ${c.input}`;
    rows.push({ label: `${label}, actual = target`, kpi: null, baseline, target, actual: target });
    rows.push({ label: `${label}, actual = baseline`, kpi: null, baseline, target, actual: baseline });
    if (b.amount !== null && t.amount !== null)
      rows.push({
        label: `${label}, actual half-way (a number cell)`,
        kpi: null,
        baseline,
        target,
        actual: (b.amount + t.amount) / 2,
      });
    rows.push({ label: `${label}, no actual`, kpi: null, baseline, target, actual: null });
  }
  return rows;
}

const NINES = "9".repeat(400);

type CraftedRow = KpiRow & { readonly achievement: number | null; readonly progress: number | null };

/** Rows for the edges of the judgement, with what both sides must say. */
// [label, KPI name, baseline, target, actual, achievement, progress]
// prettier-ignore
const CRAFTED: readonly CraftedRow[] = ([
  // a number cell, or a text without a unit, takes the unit of the value it is compared with
  ["target 120 (a number), actual 114 件", null, null, 120, "114 件", 0.95, null],
  ["111, 120 件, 114 as numbers and text", null, 111, "120 件", 114, 0.95, 1 / 3],
  ["texts without units", null, "111", "120", "114", 0.95, 1 / 3],
  ["numbers only", null, 111, 120, 114, 0.95, 1 / 3],
  // a running total measured from a yearly count or a level
  ["年 10 回 ⇒ 期間中 30 回, actual 15 回", null, "年 10 回", "期間中 30 回", "15 回", 0.5, null],
  ["15 人 ⇒ 期間中 30 人, actual 18 人", null, "15 人", "期間中 30 人", "18 人", 0.6, null],
  ["期間中 5 件 ⇒ 期間中 10 件, actual 期間中 7 件", null, "期間中 5 件", "期間中 10 件", "期間中 7 件", 0.7, 0.4],
  // percentages: a fraction is the percentage Excel holds; 45 without its sign is refused
  ["50 % against text 45", null, "36.4 ％", "50 %", "45", null, null],
  ["50 % against a number 45", null, "36.4 ％", "50 %", 45, null, null],
  ["50 % against a % cell 0.45", null, "36.4 ％", "50 %", 0.45, 0.9, (0.45 - 0.364) / (0.5 - 0.364)],
  ["% cells against a % text", null, 0.364, 0.5, "41.0 ％", 0.82, (0.41 - 0.364) / (0.5 - 0.364)],
  // missing markers: missing is not zero
  ["－ 人 ⇒ 1,000 人, actual 420 人", null, "－ 人", "1,000 人", "420 人", 0.42, null],
  ["新規 baseline", null, "新規", "5 件", "3 件", 0.6, null],
  ["actual －", null, "111 件", "120 件", "－", null, null],
  ["an empty actual cell", null, "111 件", "120 件", null, null, null],
  ["an empty target cell", null, "111 件", null, "114 件", null, null],
  // reductions: 以下 and 以内 in the target, or the KPI's name
  ["R4 7,072 ｔ ⇒ 4,352 ｔ以下, actual 5,440 ｔ", null, "R4 7,072 ｔ", "4,352 ｔ以下", "5,440 ｔ", 0.8, (5440 - 7072) / (4352 - 7072)],
  ["以内, actual below the ceiling", null, "7,072 ｔ", "4,352 ｔ以内", "4,000 ｔ", 1.088, (4000 - 7072) / (4352 - 7072)],
  ["CO2 排出量 by its name", "行政事務におけるＣＯ２排出量", "R4 7,072 ｔ", "4,352 ｔ", "5,440 ｔ", 0.8, (5440 - 7072) / (4352 - 7072)],
  ["a reduction whose actual is 0", null, "3 件", "1 件以下", "0 件", null, 1.5],
  // a target of 0, a baseline equal to the target
  ["target 0 件", null, "3 件", "0 件", "1 件", null, 2 / 3],
  ["target 0 as a number", null, 3, 0, 1, null, 2 / 3],
  ["baseline = target", null, "120 件", "120 件", "100 件", 100 / 120, null],
  ["baseline = target, numbers", null, 1, 1, 1, 1, null],
  ["期間中 1 回 ⇒ 期間中 1 回", null, "期間中 1 回", "期間中 1 回", "0 回", 0, null],
  // units that differ
  ["actual in 回 against 件", null, "111 件", "120 件", "118 回", null, null],
  ["baseline in 回 against 件", null, "111 回", "120 件", "114 件", 0.95, null],
  ["6名 against 人", null, "3 人", "5 人", "4名", 0.8, 0.5],
  // floors to keep
  ["81 ％以上, actual 82 ％", null, "83.1 ％", "81 ％以上", "82 ％", 0.82 / 0.81, (0.82 - 0.831) / (0.81 - 0.831)],
  ["維持 without a number", null, "83.1 ％", "維持", "82 ％", null, null],
  // numbers Excel cannot hold
  ["400 nines", null, "1 件", `${NINES} 件`, "5 件", null, null],
  ["target 5e-324", null, null, 5e-324, "15 業務", null, null],
  ["a doubled multiplier", null, "130 万PV", "150万 万PV", "135 万PV", 0.9, 0.25],
  // a target cell that holds its revision (seed 004's 注1): judged against the revised one
  ["120件（見直し後 150件）, actual 135 件", null, "111 件", "120件（見直し後 150件）", "135 件", 0.9, 24 / 39],
  ["120件→150件（R8見直し）, actual 135件", null, "111件", "120件→150件（R8見直し）", "135件", 0.9, 24 / 39],
  ["a revision to a floor, actual above it", null, "27.5 ％", "37.5 ％（修正後 35.0 ％以上）", "36.0 ％", 0.36 / 0.35, (0.36 - 0.275) / (0.35 - 0.275)],
  ["a revision to another unit", null, "5 件", "10件（見直し後 30人）", "12 人", null, null],
  ["two numbers without a revision word", null, "111 件", "120件（150件）", "135 件", null, null],
] as const).map(([label, kpi, baseline, target, actual, achievement, progress]) => ({
  label, kpi, baseline, target, actual, achievement, progress,
}));

const GOAL_5_ITEM_2 =
  "(1) 市内小・中・高校等に依頼し、 20点以上の作品を募る。 (2) 明るい選挙推進大会を実施し、 市民50人以上の参加を促す。 (3) 15校以上への貸出を実施。  (4) 小・中・高校からの要請に基づ き、出前講座を行う。";
const GOAL_1_ITEM_6 = "(1) 消防団員の確保（定員1,850人）充足率90% (2) 消防団員へ周知、利用促進";

/** Goal rows: 数値目標, 実績値, and the rate both sides must give (null: none, an error from the formula). */
// prettier-ignore
const GOAL_ROWS: readonly (readonly [label: string, numericTarget: string, actual: CellValue, rate: number | null])[] = [
  ["seed 000 goal 1 ⑥, (1) 84.3%", GOAL_1_ITEM_6, "(1) 84.3%", 0.843 / 0.9],
  ["seed 000 goal 1 ⑥, 84.3% without a marker", GOAL_1_ITEM_6, "84.3%", 0.843 / 0.9],
  ["seed 000 goal 5 ②, (2) not given yet", GOAL_5_ITEM_2, "(1) 79点\n(3) 2校", null],
  ["seed 000 goal 5 ②, the lowest of three", GOAL_5_ITEM_2, "(1) 79点\n(2) 60人\n(3) 2校", 2 / 15],
  ["seed 000 goal 5 ②, one value for three sub-items", GOAL_5_ITEM_2, "79点", null],
  ["a target without markers answered under (1)", "充足率90%", "(1) 84.3%", 0.843 / 0.9],
  ["a unit that differs", "(1) 20点以上", "(1) 2校", null],
  ["a target naming no number", "今年度実施する選挙を公正に管理執行する。", "1件", null],
  ["a part that cannot be read", "(1) 20点以上 (2) 50人", "(1) 30点\n(2) たくさん", null],
  ["a value outside the markers", "(1) 20点以上 (2) 50人", "全体で 30点\n(1) 30点\n(2) 60人", null],
  ["an empty 実績値", "(1) 20点以上", null, null],
  ["a missing marker", "(1) 20点以上", "－", null],
];

function evaluateGoalRows(rows: typeof GOAL_ROWS): readonly RowEvaluation[] {
  const table: SheetTable = {
    sheetName: "重点目標",
    layout: "goal_sheet",
    headerRow: 1,
    columns: { item: 0, initiative: 1, period: 2, numericTarget: 3, actual: 4 },
    fiscalYear: 2025,
    rows: rows.map(([, numericTarget, actual], i) => ({
      row: i + 2,
      cells: { item: "①", initiative: "取組", period: "年度内", numericTarget, actual },
    })),
  };
  return evaluateSheet(table, { asOf: AS_OF, fiscalYear: 2025 }).rows;
}

describe("the formulas and the sheet check give the same rates", () => {
  let addin: LoadedAddin;
  beforeAll(() => {
    addin = loadBuiltAddin("ja-JP");
  });

  it("on every reading pair of the golden value cases", () => {
    const rows = rowsOfGoldenPairs();
    expect(rows.length).toBeGreaterThan(100);
    const checked = evaluateRows(rows);
    rows.forEach((row, i) => expectParity(addin, row, checked[i]));
  });

  it("on the seed KPI list of the fake Excel", () => {
    const spec = kpiList();
    const grid: SheetGrid = { name: spec.name, firstRow: 1, firstColumn: 0, values: spec.values };
    const check = checkGrid(grid, { asOf: AS_OF });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const { table, evaluation } = check.value;
    expect(table.rows.length).toBe(KPI_LIST_ROWS.length);
    table.rows.forEach((row, i) => {
      const kpiRow = rowOfTable(`seed row ${row.row}`, row.cells);
      expectParity(addin, kpiRow, evaluation.rows[i]);
    });
  });

  it("on every KPI row of the sample workbook in examples/", async () => {
    const file = path.join(ROOT, "examples", "マニフェストKPI一覧_R7-R10.xlsx");
    const workbook = await readWorkbook(file);
    expect(workbook.ok).toBe(true);
    if (!workbook.ok) return;
    let compared = 0;
    for (const grid of workbook.value.sheets) {
      const check = checkGrid(grid, { asOf: AS_OF });
      if (!check.ok || check.value.table.layout !== "kpi_list") continue;
      const { table, evaluation } = check.value;
      table.rows.forEach((row, i) => {
        if (row.cells.target === null || row.cells.target === undefined) return;
        expectParity(addin, rowOfTable(`${grid.name}!${row.row}`, row.cells), evaluation.rows[i]);
        compared++;
      });
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it("on crafted rows, each with the rates both must give", () => {
    const checked = evaluateRows(CRAFTED);
    CRAFTED.forEach((row, i) => {
      expectParity(addin, row, checked[i]);
      const rates = checked[i];
      if (row.achievement === null) expect(rates?.achievementRate, row.label).toBeNull();
      else expect(rates?.achievementRate, row.label).toBeCloseTo(row.achievement, 12);
      if (row.progress === null) expect(rates?.progressRate, row.label).toBeNull();
      else expect(rates?.progressRate, row.label).toBeCloseTo(row.progress, 12);
    });
  });

  it("on goal rows with an 実績値, each with the rate both must give", () => {
    const checked = evaluateGoalRows(GOAL_ROWS);
    GOAL_ROWS.forEach(([label, numericTarget, actual, rate], i) => {
      const evaluation = checked[i];
      expect(evaluation, label).toBeDefined();
      expectSame(
        outcomeOf(() => addin.call("GOALRATE", numericTarget, actual)),
        evaluation?.achievementRate ?? null,
        label,
      );
      if (rate === null) expect(evaluation?.achievementRate, label).toBeNull();
      else expect(evaluation?.achievementRate, label).toBeCloseTo(rate, 12);
    });
  });
});

function rowOfTable(label: string, cells: Partial<Record<string, CellValue>>): KpiRow {
  const kpi = cells.kpi;
  return {
    label,
    kpi: typeof kpi === "string" && kpi.trim() !== "" ? kpi : null,
    baseline: cells.baseline ?? null,
    target: cells.target ?? null,
    actual: cells.actual ?? null,
  };
}
