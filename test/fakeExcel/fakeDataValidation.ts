/**
 * Data validation for the fake Excel (Range.dataValidation, ExcelApi 1.8): each cell's rule, prompt,
 * error alert and ignoreBlanks, kept beside the workbook state. Loading a range's validation answers
 * as Excel does:
 *
 * - `type`: the rule's type when every cell has the same validation; "None" when no cell has a rule,
 *   also for a cell that has only an input message (Excel's 「すべての値」 with a 入力時メッセージ: the rule
 *   says nothing, `DataValidationType.none` "allow any value", but the prompt is there and reads back);
 *   "MixedCriteria" when some cells have validation and some have none, "Inconsistent" when every cell
 *   has validation but not the same (the definitions of Excel.DataValidationType in
 *   @types/office-js, https://learn.microsoft.com/javascript/api/excel/excel.datavalidationtype).
 *   The rule, prompt, alert and ignoreBlanks of such a range read as null.
 * - A date, time or number rule's formula1/formula2 read back as a string formula (`=45748` for a day
 *   set as `2025-04-01`), whatever was set: "When retrieving the value, it will always be returned as a
 *   string formula" (https://learn.microsoft.com/javascript/api/excel/excel.datetimedatavalidation).
 * - `valid`: true when every cell's value meets its rule, false when none does, null otherwise
 *   (Excel.DataValidation.valid in @types/office-js); list, date and whole-number/decimal rules are
 *   checked, others count as met.
 *
 * Setting a rule on a cell that already has one is refused, so that the adapter clears first, which is
 * what Excel's documentation asks. A prompt set on a cell without validation makes it a prompt-only
 * cell; Microsoft's docs do not say whether Office.js accepts that, so the adapter only does it to put
 * back a prompt-only cell a user had, and a test asserts it.
 */
import type { Area } from "./a1";
import type { FakeRequestContext } from "./fakeExcel";
import type { FakeSheet, FakeWorkbookState } from "./fakeWorkbook";
import { cellKey } from "./fakeWorkbook";
import { toExcelSerial } from "../../src/core/calendar";
import type { IsoDate } from "../../src/core/calendar";
import { MAX_COLUMNS, formatArea } from "./a1";

export interface FakeValidation {
  rule: Record<string, unknown>;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

const STORE = new WeakMap<FakeSheet, Map<number, FakeValidation>>();

/** A change the adapter made to validation, as it ran: for tests that assert the calls and arguments. */
export interface ValidationCall {
  readonly sheet: string;
  /** The range's A1 address without the sheet. */
  readonly address: string;
  readonly call: "clear" | "rule" | "prompt" | "errorAlert" | "ignoreBlanks";
  readonly value?: unknown;
}

const CALLS = new WeakMap<FakeWorkbookState, ValidationCall[]>();

/** The validation changes made to a workbook, in the order they ran. */
export function validationCallsOf(state: FakeWorkbookState): ValidationCall[] {
  let calls = CALLS.get(state);
  if (calls === undefined) {
    calls = [];
    CALLS.set(state, calls);
  }
  return calls;
}

/** The validation of a sheet's cells, by cell key. */
export function validationsOf(sheet: FakeSheet): Map<number, FakeValidation> {
  let map = STORE.get(sheet);
  if (map === undefined) {
    map = new Map();
    STORE.set(sheet, map);
  }
  return map;
}

/** Puts a user's rule on an area of a sheet, as a test's starting point. */
export function setValidation(sheet: FakeSheet, area: Area, validation: Partial<FakeValidation>): void {
  const map = validationsOf(sheet);
  for (let r = area.r0; r <= area.r1; r++)
    for (let c = area.c0; c <= area.c1; c++)
      map.set(cellKey(r, c), { ...defaultValidation(validation.rule ?? {}), ...clone(validation) });
}

/**
 * Every cell's validation in the workbook, as plain data, for before/after comparisons: as Excel reads
 * it back (a date rule set as `2025-04-01` and one set as `=45748` are the same rule).
 */
export function snapshotValidation(state: FakeWorkbookState): unknown {
  return state.sheets.map((sheet) =>
    [...validationsOf(sheet).entries()]
      .sort(([a], [b]) => a - b)
      .map(([key, v]) => [
        `${Math.floor(key / MAX_COLUMNS)}:${key % MAX_COLUMNS}`,
        { ...clone(v), rule: ruleAsRead(v.rule) },
      ]),
  );
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function defaultValidation(rule: Record<string, unknown>): FakeValidation {
  return {
    rule: clone(rule),
    prompt: { showPrompt: false, title: "", message: "" },
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    ignoreBlanks: true,
  };
}

const TYPES: Readonly<Record<string, string>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function typeOf(rule: Record<string, unknown>): string {
  const key = Object.keys(rule).find((k) => rule[k] !== null && rule[k] !== undefined);
  return key === undefined ? "None" : (TYPES[key] ?? "None");
}

/** The rule as Excel reads it back: a date, time or number rule's operands as string formulas. */
function ruleAsRead(rule: Record<string, unknown>): Record<string, unknown> {
  const out = clone(rule);
  for (const kind of ["date", "time", "wholeNumber", "decimal", "textLength"]) {
    const criteria = out[kind] as Record<string, unknown> | null | undefined;
    if (criteria === null || criteria === undefined) continue;
    for (const name of ["formula1", "formula2"]) {
      if (name in criteria) criteria[name] = asFormula(criteria[name]);
    }
  }
  return out;
}

function asFormula(operand: unknown): unknown {
  if (typeof operand === "number") return `=${operand}`;
  if (typeof operand !== "string" || operand.startsWith("=")) return operand;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(operand);
  if (iso) return `=${toExcelSerial(iso[1] as IsoDate)}`;
  return `=${operand}`;
}

/** Whether a cell's value meets its rule (list, date and number rules; others count as met). */
function meets(validation: FakeValidation, value: unknown): boolean {
  const rule = ruleAsRead(validation.rule);
  if (value === "" || value === null || value === undefined) return validation.ignoreBlanks;
  const list = rule.list as { source?: unknown } | undefined;
  if (list !== undefined && list !== null) {
    return String(list.source ?? "")
      .split(",")
      .map((s) => s.trim())
      .includes(String(value));
  }
  for (const kind of ["date", "wholeNumber", "decimal"]) {
    const criteria = rule[kind] as { operator?: string; formula1?: unknown; formula2?: unknown } | undefined;
    if (criteria === undefined || criteria === null) continue;
    if (typeof value !== "number") return false;
    const bound = (f: unknown): number => Number(String(f ?? "").replace(/^=/, ""));
    const [a, b] = [bound(criteria.formula1), bound(criteria.formula2)];
    switch (criteria.operator) {
      case "Between":
        return value >= a && value <= b;
      case "NotBetween":
        return value < a || value > b;
      case "GreaterThan":
        return value > a;
      case "GreaterThanOrEqualTo":
        return value >= a;
      case "LessThan":
        return value < a;
      case "LessThanOrEqualTo":
        return value <= a;
      case "EqualTo":
        return value === a;
      case "NotEqualTo":
        return value !== a;
      default:
        return true;
    }
  }
  return true;
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

type Target = { readonly sheet: FakeSheet; readonly area: Area };

export class FakeDataValidation {
  private loaded: Record<string, unknown> | null = null;
  private readonly path: string;

  constructor(
    private readonly context: FakeRequestContext,
    path: string,
    private readonly target: () => Target | null,
  ) {
    this.path = context.objectPath(path);
  }

  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((n) => n.trim())
      .filter((n) => n !== "");
    this.context.enqueue({ load: this.path, select: names }, () => {
      const data = this.read(this.require(), names);
      this.loaded = { ...(this.loaded ?? {}), ...data };
      return data;
    });
    return this;
  }

  get valid(): boolean | null {
    return this.get("valid") as boolean | null;
  }
  get type(): string {
    return this.get("type") as string;
  }
  get rule(): Record<string, unknown> | null {
    return this.get("rule") as Record<string, unknown> | null;
  }
  set rule(rule: Record<string, unknown>) {
    const value = clone(rule);
    this.context.enqueue({ set: `${this.path}.rule`, value }, () => {
      if (typeOf(value) === "None") throw officeError("InvalidArgument", "a rule needs one criterion");
      this.each((map, key) => {
        if (map.has(key))
          throw officeError("InvalidOperation", "The range already has data validation: clear it first.");
      });
      this.each((map, key) => map.set(key, defaultValidation(value)));
      this.log("rule", value);
    });
  }
  get prompt(): FakeValidation["prompt"] | null {
    return this.get("prompt") as FakeValidation["prompt"] | null;
  }
  set prompt(prompt: Partial<FakeValidation["prompt"]>) {
    this.setPart("prompt", prompt);
  }
  get errorAlert(): FakeValidation["errorAlert"] | null {
    return this.get("errorAlert") as FakeValidation["errorAlert"] | null;
  }
  set errorAlert(alert: Partial<FakeValidation["errorAlert"]>) {
    this.setPart("errorAlert", alert);
  }
  get ignoreBlanks(): boolean | null {
    return this.get("ignoreBlanks") as boolean | null;
  }
  set ignoreBlanks(value: boolean) {
    this.context.enqueue({ set: `${this.path}.ignoreBlanks`, value }, () => {
      this.each((map, key) => {
        const v = map.get(key);
        if (v === undefined) throw officeError("InvalidOperation", "no data validation to change");
        v.ignoreBlanks = value;
      });
      this.log("ignoreBlanks", value);
    });
  }

  clear(): void {
    this.context.enqueue({ call: `${this.path}.clear` }, () => {
      this.each((map, key) => map.delete(key));
      this.log("clear");
    });
  }

  private setPart(part: "prompt" | "errorAlert", value: object): void {
    const copy = clone(value);
    this.context.enqueue({ set: `${this.path}.${part}`, value: copy }, () => {
      this.each((map, key) => {
        // An input message alone is a validation of its own (type None, any value allowed).
        if (part === "prompt" && !map.has(key)) map.set(key, defaultValidation({}));
        const v = map.get(key);
        if (v === undefined) throw officeError("InvalidOperation", "no data validation to change");
        v[part] = { ...v[part], ...copy } as never;
      });
      this.log(part, copy);
    });
  }

  private log(call: ValidationCall["call"], value?: unknown): void {
    const { sheet, area } = this.require();
    const entry: ValidationCall = { sheet: sheet.name, address: formatArea(area), call };
    validationCallsOf(this.context.state).push(value === undefined ? entry : { ...entry, value });
  }

  private each(visit: (map: Map<number, FakeValidation>, key: number) => void): void {
    const { sheet, area } = this.require();
    const map = validationsOf(sheet);
    for (let r = area.r0; r <= area.r1; r++)
      for (let c = area.c0; c <= area.c1; c++) visit(map, cellKey(r, c));
  }

  private read({ sheet, area }: Target, names: readonly string[]): Record<string, unknown> {
    const map = validationsOf(sheet);
    const seen: (FakeValidation | undefined)[] = [];
    const values: unknown[] = [];
    for (let r = area.r0; r <= area.r1; r++)
      for (let c = area.c0; c <= area.c1; c++) {
        seen.push(map.get(cellKey(r, c)));
        values.push(sheet.cells.get(cellKey(r, c))?.value ?? "");
      }
    const first = seen[0];
    const texts = new Set(seen.map((v) => JSON.stringify(v ?? null)));
    let type: string;
    let uniform: FakeValidation | null = null;
    if (texts.size === 1) {
      type = first === undefined ? "None" : typeOf(first.rule);
      uniform = first ?? null;
    } else {
      // Some cells with validation and some without: MixedCriteria; all with, but not the same: Inconsistent.
      type = seen.some((v) => v === undefined) ? "MixedCriteria" : "Inconsistent";
    }
    const none = type === "None" && uniform === null;
    const data: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "type") data.type = type;
      else if (name === "rule") data.rule = uniform ? ruleAsRead(uniform.rule) : none ? {} : null;
      else if (name === "prompt")
        data.prompt = uniform ? clone(uniform.prompt) : none ? defaultValidation({}).prompt : null;
      else if (name === "errorAlert")
        data.errorAlert = uniform
          ? clone(uniform.errorAlert)
          : none
            ? defaultValidation({}).errorAlert
            : null;
      else if (name === "ignoreBlanks")
        data.ignoreBlanks = uniform ? uniform.ignoreBlanks : none ? true : null;
      else if (name === "valid") {
        const met = seen.map((v, i) => v === undefined || meets(v, values[i]));
        data.valid = met.every(Boolean) ? true : met.some(Boolean) ? null : false;
      } else throw officeError("InvalidArgument", `DataValidation has no property ${name} in the fake`);
    }
    return data;
  }

  private get(name: string): unknown {
    if (this.loaded === null || !(name in this.loaded))
      throw officeError("PropertyNotLoaded", `The property '${name}' of ${this.path} is not loaded.`);
    return this.loaded[name];
  }

  private require(): Target {
    const target = this.target();
    if (target === null) throw officeError("ItemNotFound", `${this.path} does not exist.`);
    return target;
  }
}
