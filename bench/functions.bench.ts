// Calls per second of the custom functions as Excel makes them: one call per cell, the same texts down
// thousands of rows. Runs outside Excel with a stand-in CustomFunctions, so an error result costs what it
// costs in Excel (an Error object and its message).
import { createCustomFunctionsStandIn } from "../src/functions/customFunctionsStandIn";
import { kpiAchievement, kpiDue, kpiValue } from "../src/functions/functions";
import type { BenchResult } from "./measure";
import { measure } from "./measure";
import { KPI_ROWS, PERIOD_CELLS } from "./seedRows";

const CALLS = 100_000;

/** Runs fn on each input in turn, `CALLS` times in all; an Excel error counts as a call like any other. */
function callEach<T>(inputs: readonly T[], fn: (input: T) => unknown): () => void {
  return () => {
    let sink = 0;
    for (let i = 0; i < CALLS; i++) {
      try {
        const result = fn(inputs[i % inputs.length] as T);
        if (typeof result === "number") sink += result;
      } catch {
        sink++;
      }
    }
    if (sink === Number.MIN_VALUE) console.log(sink);
  };
}

function errorCount<T>(inputs: readonly T[], fn: (input: T) => unknown): number {
  let errors = 0;
  for (const input of inputs) {
    try {
      fn(input);
    } catch {
      errors++;
    }
  }
  return errors;
}

/** Texts no cell repeats: seed notations with a different number in each. */
function distinctValueTexts(n: number): string[] {
  const templates = [
    (i: number) => `${i} 件`,
    (i: number) => `${(i / 10).toFixed(1)} ％`,
    (i: number) => `${i} 万PV`,
    (i: number) => `R4 ${i.toLocaleString("en")} ｔ`,
    (i: number) => `期間中 ${i} 件`,
    (i: number) => `△${i}`,
    (i: number) => `${(i % 9) + 1}万${i % 10_000}回`,
    (i: number) => `${i.toLocaleString("en")} 千枚`,
  ];
  return Array.from({ length: n }, (_, i) => templates[i % templates.length]?.(i) ?? "");
}

export function benchFunctions(): BenchResult[] {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = createCustomFunctionsStandIn();
  const calls = `${CALLS.toLocaleString("en")} calls`;

  const numbers = Array.from({ length: 1000 }, (_, i) => i * 1.5);
  const seedTexts = KPI_ROWS.flatMap(([, baseline, target, actual]) => [baseline, target, actual]);
  const distinct = distinctValueTexts(CALLS);
  const numberPairs = KPI_ROWS.map((_, i) => [100 + i, 90 + i] as const);
  const textPairs = KPI_ROWS.map(([, , target, actual]) => [target, actual] as const);
  const value = (text: unknown): unknown => kpiValue(text);
  const achievement = ([target, actual]: readonly [unknown, unknown]): unknown =>
    kpiAchievement(target, actual);
  const due = (text: string): unknown => kpiDue(text, 2025);
  const dueOfFirst = (text: string): unknown => kpiDue(text, "令和7年度", 1);

  const seedErrors = errorCount(seedTexts, value);
  const pairErrors = errorCount(textPairs, achievement);
  const dueErrors = errorCount(PERIOD_CELLS, due);
  return [
    measure(`KPI.VALUE: numbers, ${calls}`, CALLS, "calls", callEach(numbers, value)),
    measure(
      `KPI.VALUE: ${seedTexts.length} seed texts repeated (${seedErrors} give errors)`,
      CALLS,
      "calls",
      callEach(seedTexts, value),
    ),
    measure(`KPI.VALUE: ${calls}, every text distinct`, CALLS, "calls", callEach(distinct, value)),
    measure(`KPI.ACHIEVEMENT: numbers, ${calls}`, CALLS, "calls", callEach(numberPairs, achievement)),
    measure(
      `KPI.ACHIEVEMENT: ${textPairs.length} seed texts repeated (${pairErrors} give errors)`,
      CALLS,
      "calls",
      callEach(textPairs, achievement),
    ),
    measure(
      `KPI.DUE: ${PERIOD_CELLS.length} seed period cells (${dueErrors} give errors)`,
      CALLS,
      "calls",
      callEach(PERIOD_CELLS, due),
    ),
    measure(
      `KPI.DUE: seed period cells, sub-item 1, 令和7年度`,
      CALLS,
      "calls",
      callEach(PERIOD_CELLS, dueOfFirst),
    ),
  ];
}
