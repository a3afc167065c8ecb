// The core's speed as a multiple of a floor measured in the same run: normalising each cell of the same
// rows with NFKC and touching every character once, which any reading of the cells must at least do. A
// ratio, not rows per second, is the figure to compare between machines and runs: both sides slow down
// together when the machine is busy. Times are the process's CPU time, the median of several runs taken
// in turn (core, floor, core, floor …), so that a busy spell or a garbage-collector pause does not decide
// the figure.
import { agreeUnits, judgeKpi } from "../src/core/judgeKpi";
import { cacheByText } from "../src/core/cacheByText";
import { evaluateSheet } from "../src/core/evaluateSheet";
import { fiscalYearRange } from "../src/core/fiscalYear";
import { GRADE_PRESETS, gradeOf } from "../src/core/grade";
import { parseKpiPair } from "../src/core/parseKpiPair";
import type { KpiValue } from "../src/core/parseKpiValue";
import { parseKpiValue } from "../src/core/parseKpiValue";
import { isReportedDone, readReport } from "../src/core/readReport";
import { dueOfReading, readDeadline } from "../src/core/readDeadline";
import { findStalePlans } from "../src/core/findStalePlans";
import { findValueCandidates } from "../src/core/findValueCandidates";
import { mentionedSubItems } from "../src/core/splitBySubItem";
import type { ColumnRole, SheetTable } from "../src/core/sheetTable";
import { GOAL_SHEETS } from "../scripts/seedGoalSheets";
import type { BenchResult } from "./measure";
import { kpiTable } from "./seedRows";

const ROWS = 100_000;
/** Runs of each measurement; the median is reported. */
const RUNS = 7;
/** Goal-sheet reports read by the report stage (longer cells than a KPI list's). */
const REPORTS = 10_000;
const AS_OF = "2025-11-21";
const FISCAL_YEAR = 2025;
const PLAN = { start: "2025-04-01", end: "2029-03-31" } as const;
const OPTIONS = { asOf: AS_OF, fiscalYear: FISCAL_YEAR, plan: PLAN };

/** CPU time used by this process so far, in ms: unlike the wall clock, not the time others ran. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Median CPU ms of each task, after one warm-up run of each; the tasks run in turn, RUNS rounds, so that a
 * busy spell slows all of them alike.
 */
function medianCpuMs(tasks: readonly (() => void)[], runs = RUNS): number[] {
  for (const task of tasks) task();
  const times = tasks.map((): number[] => []);
  for (let round = 0; round < runs; round++) {
    tasks.forEach((task, i) => {
      const start = cpuMs();
      task();
      times[i]?.push(cpuMs() - start);
    });
  }
  return times.map(median);
}

/** Every text cell of the table, row by row. */
function cellTexts(table: SheetTable): string[] {
  const texts: string[] = [];
  for (const row of table.rows)
    for (const value of Object.values(row.cells)) if (typeof value === "string") texts.push(value);
  return texts;
}

/** The floor: NFKC of each cell and every character touched once. Returns a sum so nothing is skipped. */
function floorOf(texts: readonly string[]): () => void {
  return () => {
    let sum = 0;
    for (const text of texts) {
      const s = text.normalize("NFKC");
      for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
    }
    if (sum === -1) console.log(sum);
  };
}

interface Stage {
  readonly name: string;
  readonly run: () => void;
  /** Whether evaluateSheet does this work on the KPI list measured (the rest is apart from it). */
  readonly inTable: boolean;
}

/** Each stage of a KPI row's evaluation on its own, over the same rows. */
function stagesOf(table: SheetTable): Stage[] {
  const cells = (role: ColumnRole): (string | null)[] =>
    table.rows.map((row) => {
      const value = row.cells[role];
      return typeof value === "string" ? value : null;
    });
  const baselines = cells("baseline");
  const targets = cells("target");
  const actuals = cells("actual");
  const periods = cells("period");
  const kpis = cells("kpi");
  const valueCells = [...baselines, ...targets, ...actuals].filter((c): c is string => c !== null);
  const pairs = table.rows.map((_, i) => `${baselines[i] ?? ""} ⇒ ${targets[i] ?? ""}`);
  const read = (text: string | null): KpiValue | null => {
    if (text === null) return null;
    const result = parseKpiValue(text);
    return result.ok ? result.value : null;
  };
  const values = table.rows.map((_, i) => ({
    baseline: read(baselines[i] ?? null),
    target: read(targets[i] ?? null),
    actual: read(actuals[i] ?? null),
  }));
  const judgement = { asOf: AS_OF, plan: PLAN, fiscalYear: fiscalYearRange(FISCAL_YEAR) };
  const scale = GRADE_PRESETS.abcd_100_80_60;
  const reports = goalReports(REPORTS);

  let sink = 0;
  return [
    {
      name: "values (parseKpiValue, 3 cells a row)",
      inTable: true,
      run: () => {
        const readValue = cacheByText(parseKpiValue);
        for (const text of valueCells) if (readValue(text).ok) sink++;
      },
    },
    {
      name: "pairs (parseKpiPair on `基準値 ⇒ 目標値`)",
      inTable: false,
      run: () => {
        const readPair = cacheByText(parseKpiPair);
        for (const text of pairs) if (readPair(text).ok) sink++;
      },
    },
    {
      name: "deadlines (readDeadline, dueOfReading)",
      inTable: true,
      run: () => {
        for (const text of periods) {
          const reading = readDeadline(text, FISCAL_YEAR);
          if (reading.ok && dueOfReading(reading.value, null).ok) sink++;
        }
      },
    },
    {
      name: "achievement/judgement (agreeUnits, judgeKpi, gradeOf)",
      inTable: true,
      run: () => {
        values.forEach((row, i) => {
          if (agreeUnits(row).ok) sink++;
          if (row.target === null || row.target.missing) return;
          const result = judgeKpi({ ...row, target: row.target }, judgement, kpis[i]);
          if (result.achievementRate.ok)
            sink += gradeOf(result.achievementRate.value, scale, result.status ?? undefined).length;
        });
      },
    },
    {
      name: `report reading (${REPORTS.toLocaleString("en")} goal-sheet 中間報告 cells)`,
      inTable: false,
      run: () => {
        for (const text of reports) {
          sink += readReport(text).length + mentionedSubItems(text).length;
          sink += findStalePlans(text, FISCAL_YEAR, AS_OF, 4).length;
          sink += findValueCandidates(text, "100 件").length;
          if (isReportedDone(text)) sink++;
        }
        if (sink === -1) console.log(sink);
      },
    },
  ];
}

/** The seed's 中間報告 cells, each made distinct by a row number at its end, `n` in all. */
function goalReports(n: number): string[] {
  const seeds = GOAL_SHEETS.flatMap((sheet) => sheet.items.map((item) => item[4] ?? "")).filter(
    (text) => text.trim() !== "",
  );
  return Array.from({ length: n }, (_, i) => `${seeds[i % seeds.length] ?? ""} (${i})`);
}

export interface CoreBench {
  readonly results: BenchResult[];
  /** The lines that explain the figures: the ratio to the floor and the breakdown by stage. */
  readonly lines: string[];
}

/** Evaluating KPI rows: values, deadlines, achievement, progress, grade, status and findings. */
export function benchCore(): CoreBench {
  const table = kpiTable(ROWS);
  const distinct = kpiTable(ROWS, true);
  const texts = cellTexts(distinct);
  const [seedMs = 0, distinctMs = 0, floorMs = 0] = medianCpuMs([
    () => void evaluateSheet(table, OPTIONS),
    () => void evaluateSheet(distinct, OPTIONS),
    floorOf(texts),
  ]);
  const results: BenchResult[] = [
    result(`evaluateSheet: ${ROWS.toLocaleString("en")} KPI rows (seed texts)`, seedMs),
    result(`evaluateSheet: ${ROWS.toLocaleString("en")} KPI rows, every value distinct`, distinctMs),
    result(`floor: NFKC and every character of the same rows' cells`, floorMs),
  ];

  const stages = stagesOf(distinct);
  const stageMs = medianCpuMs(stages.map((stage) => stage.run));
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const lines = [
    `core ÷ floor (${ROWS.toLocaleString("en")} distinct KPI rows, ${characters.toLocaleString("en")} characters, CPU ms, median of ${RUNS}): ${(distinctMs / floorMs).toFixed(1)}×   (${distinctMs.toFixed(0)} ms ÷ ${floorMs.toFixed(0)} ms; aim ≤ 5×)`,
    `  by stage, each alone over the same rows (× floor):`,
  ];
  let accounted = 0;
  stages.forEach((stage, i) => {
    const ms = stageMs[i] ?? 0;
    if (stage.inTable) accounted += ms;
    lines.push(
      `    ${stage.name.padEnd(62)} ${ms.toFixed(0).padStart(6)} ms ${(ms / floorMs).toFixed(1).padStart(6)}×${stage.inTable ? "" : "  (not part of the KPI list above)"}`,
    );
  });
  const rest = distinctMs - accounted;
  lines.push(
    `    ${"findings, row records, the loop, garbage collection (the rest)".padEnd(62)} ${rest.toFixed(0).padStart(6)} ms ${(rest / floorMs).toFixed(1).padStart(6)}×`,
  );
  return { results, lines };
}

function result(name: string, ms: number): BenchResult {
  return { name, perSecond: (ROWS / ms) * 1000, unit: "rows", medianMs: ms };
}
