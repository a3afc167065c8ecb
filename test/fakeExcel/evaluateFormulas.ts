/**
 * A small formula evaluator for the fake Excel, enough for the formulas the add-in writes (the 集計
 * sheet, the computed columns): references (`'2 行財政改革'!C9`, `$C$11:$C$15`), `&`, `+`, `-`,
 * comparisons, and IF, OR, AND, NOT, ISNUMBER, IFERROR, COUNTIF, SUM, ROWS, DATE, TODAY and the add-in's
 * KPI functions (the real ones from src/functions). It lets a test compare what Excel would show with
 * what the core computes.
 *
 * An empty cell reaches a custom function differently by platform: Excel on the web passes `null`,
 * Excel on Windows passes `0`, for a single cell and inside a range
 * (https://github.com/OfficeDev/office-js/issues/4702, #5262, #1951). `platform` picks the convention,
 * so a test can hold the add-in's formulas to the same result under both.
 */
import { toExcelSerial } from "../../src/core/calendar";
import type { IsoDate } from "../../src/core/calendar";
import {
  kpiAchievement,
  kpiBaseline,
  kpiDue,
  kpiGrade,
  kpiDone,
  kpiGoalRate,
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

/** How an empty cell reaches a custom function: `null` on the web, `0` on Windows (office-js #4702). */
export type EmptyCellConvention = "web" | "windows";

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
  "KPI.GOALRATE": kpiGoalRate as (...args: unknown[]) => unknown,
};

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
  platform: EmptyCellConvention = "web",
): Scalar {
  const memo = new Map<string, Value>();
  const value = cellValue(state, sheetName, address, { today, platform }, memo);
  if (value instanceof FormulaError) return "#ERROR";
  if (value !== null && typeof value === "object") return "#RANGE";
  return value;
}

/**
 * The value Excel shows in a cell, as Range.values reads it: a constant, a formula's result, or the
 * error value (`#N/A`) a custom function threw. `platform` picks what a custom function gets for a blank cell.
 * @example displayedValueOf(state, "動作確認", "F3", "2025-11-21") // "#N/A" for =KPI.VALUE(Z1)
 */
export function displayedValueOf(
  state: FakeWorkbookState,
  sheetName: string,
  address: string,
  today: IsoDate,
  platform: EmptyCellConvention = "web",
): Scalar {
  const value = cellValue(state, sheetName, address, { today, platform }, new Map());
  if (value instanceof FormulaError) return errorValueOf(value.cause);
  if (value !== null && typeof value === "object") return "#VALUE!";
  return value ?? 0;
}

/** A thrown custom-function error's Excel value (its code, `#N/A`), else #VALUE!. */
function errorValueOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("#") ? code : "#VALUE!";
}

interface Environment {
  readonly today: IsoDate;
  readonly platform: EmptyCellConvention;
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
  env: Environment,
  memo: Map<string, Value>,
): Value {
  const key = `${sheetName}!${address.replace(/\$/g, "")}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const { row, column } = position(address);
  const cell = sheetOf(state, sheetName).cells.get(cellKey(row, column));
  let value: Value = null;
  if (cell?.formula) value = evaluate(cell.formula.slice(1), state, sheetName, env, memo);
  else if (cell !== undefined && cell.value !== "") value = cell.value;
  memo.set(key, value);
  return value;
}

function evaluate(
  formula: string,
  state: FakeWorkbookState,
  sheetName: string,
  env: Environment,
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
    if (to === undefined) return cellValue(state, sheet, from ?? "", env, memo);
    const a = position(from ?? "");
    const b = position(to);
    const cells: Scalar[] = [];
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.column; c <= b.column; c++) {
        const v = cellValue(state, sheet, `${columnName(c)}${r + 1}`, env, memo);
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
        const args: Argument[] = [];
        while (peek()?.text !== ")") {
          const start = at;
          // An omitted argument (`KPI.OVERDUE(J9,,B2)`) is empty.
          if (peek()?.text !== ",") compare(); // skip over to find the end; re-evaluated lazily below
          const end = at;
          const only = end === start + 1 ? tokens[start] : undefined;
          args.push({
            reference: only?.kind === "ref" || only?.kind === "sheetRef",
            value: () => {
              if (end === start) return null;
              const saved = at;
              at = start;
              const v = compare();
              if (at !== end) throw new Error("argument misread");
              at = saved;
              return v;
            },
          });
          if (peek()?.text === ",") next();
        }
        next(); // )
        return call(token.text.toUpperCase(), args, env);
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
    if (op === "=") return isEqual(v, w);
    if (op === "<>") return !isEqual(v, w);
    const [a, b] = [Number(v ?? 0), Number(w ?? 0)];
    return { ">=": a >= b, "<=": a <= b, "<": a < b, ">": a > b }[op];
  };
  try {
    return compare();
  } catch (error) {
    return new FormulaError(error);
  }
}

/** One argument of a call: whether it is a bare reference (`H6`, `'KPI一覧'!E9`), and its value. */
interface Argument {
  readonly reference: boolean;
  readonly value: () => Value;
}

/**
 * `=` as Excel compares: an empty cell equals both "" and 0, text compares without case, and a number
 * never equals a text.
 */
function isEqual(v: Value, w: Value): boolean {
  if (v === null && w === null) return true;
  if (v === null) return w === "" || w === 0 || w === false;
  if (w === null) return v === "" || v === 0 || v === false;
  if (typeof v === "string" && typeof w === "string") return v.toLowerCase() === w.toLowerCase();
  return v === w;
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

function call(name: string, args: readonly Argument[], env: Environment): Value {
  const arg = (i: number): Value => args[i]?.value() ?? null;
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
    case "OR":
    case "AND": {
      const values = args.map((_, i) => arg(i));
      const error = values.find((v) => v instanceof FormulaError);
      if (error) return error;
      return name === "OR" ? values.some((v) => v === true) : values.every((v) => v === true);
    }
    case "NOT": {
      const v = arg(0);
      return v instanceof FormulaError ? v : v !== true;
    }
    case "ISNUMBER":
      return typeof arg(0) === "number";
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
      return toExcelSerial(env.today);
    case "DATE": {
      const [y, m, d] = [arg(0), arg(1), arg(2)].map(Number);
      return toExcelSerial(
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as IsoDate,
      );
    }
    default: {
      const fn = KPI[name];
      if (!fn) throw new Error(`no function ${name}`);
      const values = args.map((argument, i) => customFunctionArgument(argument, arg(i), env.platform));
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

/**
 * What a custom function receives for an argument: an empty cell is `null` on the web and `0` on
 * Windows, alone and inside a range (office-js #4702, #5262, #1951). A formula's own "" stays "".
 */
function customFunctionArgument(argument: Argument, value: Value, platform: EmptyCellConvention): unknown {
  const empty = platform === "windows" ? 0 : null;
  if (value !== null && typeof value === "object" && "range" in value) {
    return [value.range.map((v) => (v === null ? empty : v))];
  }
  if (value === null && argument.reference) return empty;
  return value;
}
