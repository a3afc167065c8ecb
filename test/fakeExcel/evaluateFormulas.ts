/**
 * A small formula evaluator for the fake Excel, enough for the 集計 sheet's formulas: references
 * (`'2 行財政改革'!C9`, `$C$11:$C$15`), `&`, `+`, `-`, and IF, OR, IFERROR, COUNTIF, SUM, ROWS, DATE, TODAY
 * and the add-in's KPI functions (the real ones from src/functions). It lets a test compare what Excel
 * would show on the summary sheet with what the core counts.
 */
import { toExcelSerial } from "../../src/core/calendar";
import type { IsoDate } from "../../src/core/calendar";
import {
  kpiAchievement,
  kpiBaseline,
  kpiDue,
  kpiGrade,
  kpiDone,
  kpiOverdue,
  kpiProgress,
  kpiStatus,
  kpiTarget,
  kpiValue,
} from "../../src/functions/functions";
import type { FakeSheet, FakeWorkbookState } from "./fakeWorkbook";
import { cellKey } from "./fakeWorkbook";

type Scalar = string | number | boolean | null;
class FormulaError {
  constructor(readonly cause: unknown) {}
}
type Value = Scalar | FormulaError | { readonly range: Scalar[] };

const KPI: Record<string, (...args: unknown[]) => unknown> = {
  "KPI.ACHIEVEMENT": kpiAchievement as (...args: unknown[]) => unknown,
  "KPI.PROGRESS": kpiProgress as (...args: unknown[]) => unknown,
  "KPI.GRADE": kpiGrade as (...args: unknown[]) => unknown,
  "KPI.DUE": kpiDue as (...args: unknown[]) => unknown,
  "KPI.DONE": kpiDone as (...args: unknown[]) => unknown,
  "KPI.OVERDUE": kpiOverdue as (...args: unknown[]) => unknown,
  "KPI.STATUS": kpiStatus as (...args: unknown[]) => unknown,
  "KPI.TARGET": kpiTarget as (...args: unknown[]) => unknown,
  "KPI.BASELINE": kpiBaseline as (...args: unknown[]) => unknown,
  "KPI.VALUE": kpiValue as (...args: unknown[]) => unknown,
};

/**
 * What a custom function receives for a blank cell it refers to: null in Excel on the web, 0 in Excel on
 * Windows (https://github.com/OfficeDev/office-js/issues/4702). Set for one evaluation by
 * displayedValueOf; evaluation is synchronous, so nothing else sees it.
 */
let blankArgument: null | 0 = null;

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z0-9_]+)!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)|(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)(?![A-Za-z.(])|(\d+(?:\.\d+)?)|([A-Za-z][A-Za-z0-9.]*)\s*\(|(TRUE|FALSE)\b|(>=|<=|<>|[-+&,()<>=]))/y;

/**
 * The value a cell of the workbook shows: its constant, or its formula evaluated (`today` for TODAY()).
 * @example valueOf(state, "集計", "B6", "2025-11-21") // 0
 */
export function valueOf(
  state: FakeWorkbookState,
  sheetName: string,
  address: string,
  today: IsoDate,
): Scalar {
  const memo = new Map<string, Value>();
  const value = cellValue(state, sheetName, address, today, memo);
  if (value instanceof FormulaError) return "#ERROR";
  if (value !== null && typeof value === "object") return "#RANGE";
  return value;
}

/**
 * The value Excel shows in a cell, as Range.values reads it: a constant, a formula's result, or the
 * error value (`#N/A`) a custom function threw. `blank` is what a custom function gets for a blank cell.
 * @example displayedValueOf(state, "動作確認", "F3", "2025-11-21") // "#N/A" for =KPI.VALUE(Z1)
 */
export function displayedValueOf(
  state: FakeWorkbookState,
  sheetName: string,
  address: string,
  today: IsoDate,
  blank: null | 0 = null,
): Scalar {
  blankArgument = blank;
  try {
    const value = cellValue(state, sheetName, address, today, new Map());
    if (value instanceof FormulaError) return errorValueOf(value.cause);
    if (value !== null && typeof value === "object") return "#VALUE!";
    return value ?? 0;
  } finally {
    blankArgument = null;
  }
}

/** A thrown custom-function error's Excel value (its code, `#N/A`), else #VALUE!. */
function errorValueOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("#") ? code : "#VALUE!";
}

function position(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell: ${address}`);
  let column = 0;
  for (const ch of m[1] ?? "") column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, column: column - 1 };
}

function sheetOf(state: FakeWorkbookState, name: string): FakeSheet {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function cellValue(
  state: FakeWorkbookState,
  sheetName: string,
  address: string,
  today: IsoDate,
  memo: Map<string, Value>,
): Value {
  const key = `${sheetName}!${address.replace(/\$/g, "")}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const { row, column } = position(address);
  const cell = sheetOf(state, sheetName).cells.get(cellKey(row, column));
  let value: Value = null;
  if (cell?.formula) value = evaluate(cell.formula.slice(1), state, sheetName, today, memo);
  else if (cell !== undefined && cell.value !== "") value = cell.value;
  memo.set(key, value);
  return value;
}

function evaluate(
  formula: string,
  state: FakeWorkbookState,
  sheetName: string,
  today: IsoDate,
  memo: Map<string, Value>,
): Value {
  const tokens: { kind: string; text: string }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`cannot read ${formula.slice(TOKEN.lastIndex)}`);
    const kinds = ["string", "sheetRef", "ref", "number", "call", "boolean", "op"];
    const i = m.slice(1).findIndex((g) => g !== undefined);
    tokens.push({ kind: kinds[i] ?? "op", text: m[i + 1] ?? "" });
    if (kinds[i] === "call") tokens.push({ kind: "op", text: "(" });
  }
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];

  const range = (sheet: string, ref: string): Value => {
    const [from, to] = ref.split(":");
    if (to === undefined) return cellValue(state, sheet, from ?? "", today, memo);
    const a = position(from ?? "");
    const b = position(to);
    const cells: Scalar[] = [];
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.column; c <= b.column; c++) {
        const v = cellValue(state, sheet, `${columnName(c)}${r + 1}`, today, memo);
        cells.push(v instanceof FormulaError || (v !== null && typeof v === "object") ? null : v);
      }
    return { range: cells };
  };

  const primary = (): Value => {
    const token = next();
    if (!token) throw new Error("unexpected end");
    switch (token.kind) {
      case "string":
        return token.text.slice(1, -1).replace(/""/g, '"');
      case "number":
        return Number(token.text);
      case "boolean":
        return token.text === "TRUE";
      case "ref":
        return range(sheetName, token.text.replace(/\$/g, ""));
      case "sheetRef": {
        const bang = token.text.lastIndexOf("!");
        const sheet = token.text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
        return range(sheet, token.text.slice(bang + 1).replace(/\$/g, ""));
      }
      case "call": {
        next(); // (
        const args: (() => Value)[] = [];
        while (peek()?.text !== ")") {
          const start = at;
          compare(); // skip over to find the end; re-evaluated lazily below
          const end = at;
          args.push(() => {
            const saved = at;
            at = start;
            const v = compare();
            if (at !== end) throw new Error("argument misread");
            at = saved;
            return v;
          });
          if (peek()?.text === ",") next();
        }
        next(); // )
        return call(token.text.toUpperCase(), args, today);
      }
      default:
        if (token.text === "(") {
          const v = concat();
          next();
          return v;
        }
        if (token.text === "-") return -Number(primary());
        throw new Error(`unexpected ${token.text}`);
    }
  };
  const additive = (): Value => {
    let v = primary();
    while (peek()?.text === "+" || peek()?.text === "-") {
      const op = next()?.text;
      const w = primary();
      if (v instanceof FormulaError) return v;
      if (w instanceof FormulaError) return w;
      v = op === "+" ? Number(v) + Number(w) : Number(v) - Number(w);
    }
    return v;
  };
  const concat = (): Value => {
    let v = additive();
    while (peek()?.text === "&") {
      next();
      const w = additive();
      if (v instanceof FormulaError) return v;
      if (w instanceof FormulaError) return w;
      v = `${text(v)}${text(w)}`;
    }
    return v;
  };
  const compare = (): Value => {
    const v = concat();
    const op = peek()?.text;
    if (op !== ">=" && op !== "<=" && op !== "<>" && op !== "<" && op !== ">" && op !== "=") return v;
    next();
    const w = concat();
    if (v instanceof FormulaError) return v;
    if (w instanceof FormulaError) return w;
    const [a, b] = [Number(v), Number(w)];
    return { ">=": a >= b, "<=": a <= b, "<>": a !== b, "<": a < b, ">": a > b, "=": a === b }[op];
  };
  try {
    return compare();
  } catch (error) {
    return new FormulaError(error);
  }
}

function text(v: Value): string {
  if (v === null || v instanceof FormulaError || typeof v === "object") return "";
  return String(v);
}

function columnName(column: number): string {
  let name = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

function call(name: string, args: (() => Value)[], today: IsoDate): Value {
  const arg = (i: number): Value => args[i]?.() ?? null;
  const cells = (i: number): Scalar[] => {
    const v = arg(i);
    return v !== null && typeof v === "object" && "range" in v ? v.range : [];
  };
  switch (name) {
    case "IF": {
      const c = arg(0);
      if (c instanceof FormulaError) return c;
      return c ? arg(1) : arg(2);
    }
    case "OR": {
      const values = args.map((_, i) => arg(i));
      const error = values.find((v) => v instanceof FormulaError);
      return error ?? values.some((v) => v === true);
    }
    case "IFERROR": {
      const v = arg(0);
      return v instanceof FormulaError ? arg(1) : v;
    }
    case "COUNTIF": {
      const criteria = String(arg(1)).replace(/^=/, "").toLowerCase();
      return cells(0).filter((v) => v !== null && String(v).toLowerCase() === criteria).length;
    }
    case "SUM":
      return cells(0).reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0);
    case "ROWS":
      return cells(0).length;
    case "TODAY":
      return toExcelSerial(today);
    case "DATE": {
      const [y, m, d] = [arg(0), arg(1), arg(2)].map(Number);
      return toExcelSerial(
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as IsoDate,
      );
    }
    default: {
      const fn = KPI[name];
      if (!fn) throw new Error(`no function ${name}`);
      const values = args.map((_, i) => arg(i)).map((v) => (v === null ? blankArgument : v));
      const error = values.find((v) => v instanceof FormulaError);
      if (error) return error;
      try {
        return fn(...values) as Scalar;
      } catch (cause) {
        return new FormulaError(cause);
      }
    }
  }
}
