/**
 * Reads the corpus of KPI value texts and deadline texts gathered from public documents of
 * municipalities and prefectures (test/corpus/values.tsv, test/corpus/deadlines.tsv), each beside the
 * reading a careful person gives it by hand. Used by the format test and by `npm run corpus`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const CORPUS_DIR = path.resolve(__dirname);

/** What a careful reader takes from one value text. */
export type ExpectedValue =
  | {
      readonly amount: number;
      readonly unit: string;
      readonly qualifier?: "none" | "at_least" | "at_most" | "maintain";
      readonly period?: "snapshot" | "per_year" | "cumulative";
      /** The 達成率 the document prints beside this value, as a fraction (137.4% → 1.374). */
      readonly printedRate?: number;
      /** The 目標値 the printed rate was taken against: amount / rateOf should give printedRate. */
      readonly rateOf?: number;
      /** The 基準値 when the printed rate is progress from a baseline: (amount − rateBase) / (rateOf − rateBase). */
      readonly rateBase?: number;
      /** Written with 約, 程度, 概ね: the reader takes the number and knows it is approximate. */
      readonly approx?: boolean;
    }
  | { readonly missing: true }
  /** The part a reader cannot turn into one number. */
  | { readonly refuse: string };

export type ExpectedPair =
  { readonly baseline: ExpectedValue; readonly target: ExpectedValue } | { readonly refuse: string };

export type ExpectedDeadline =
  | { readonly kind: "date" | "continuous"; readonly due: string; readonly start?: string }
  | { readonly kind: "no_fixed_due" }
  | { readonly kind: "start_only"; readonly start: string }
  | { readonly refuse: string };

export interface CorpusRow<K extends string, E> {
  readonly line: number;
  readonly id: string;
  /** `municipality | document title | URL as stored`. */
  readonly source: string;
  readonly municipality: string;
  readonly kind: K;
  /** Exactly as written in the document (escapes undone). */
  readonly text: string;
  readonly expected: E;
  /** Short words naming what is special about the text (band, approx, note_after, …). */
  readonly tags: readonly string[];
  readonly note: string;
}

export type ValueRow = CorpusRow<"value" | "pair", ExpectedValue | ExpectedPair>;
export interface DeadlineRow extends CorpusRow<"deadline", ExpectedDeadline> {
  /** The fiscal year the document is about (its 年度), which dates without a year belong to. */
  readonly fiscalYear: number;
}

export const VALUE_COLUMNS = ["id", "source", "kind", "text", "expected", "tags", "note"] as const;
export const DEADLINE_COLUMNS = [
  "id",
  "source",
  "kind",
  "fiscal_year",
  "text",
  "expected",
  "tags",
  "note",
] as const;

/** Undoes the escapes of a TSV field: \t, \n and \\. */
export function unescapeField(field: string): string {
  return field.replace(/\\([tn\\])/g, (_, c: string) => (c === "t" ? "\t" : c === "n" ? "\n" : "\\"));
}

export class CorpusFormatError extends Error {}

function readTable(
  file: string,
  columns: readonly string[],
): { line: number; cells: Record<string, string> }[] {
  const text = readFileSync(path.join(CORPUS_DIR, file), "utf8");
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const header = (lines[0] ?? "").split("\t");
  if (header.join("\t") !== columns.join("\t")) {
    throw new CorpusFormatError(`${file}: header must be ${columns.join(", ")}, found ${header.join(", ")}`);
  }
  const rows: { line: number; cells: Record<string, string> }[] = [];
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === "") throw new CorpusFormatError(`${file}:${line}: empty line`);
    const fields = raw.split("\t");
    if (fields.length !== columns.length) {
      throw new CorpusFormatError(`${file}:${line}: ${fields.length} fields, expected ${columns.length}`);
    }
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      cells[column] = unescapeField(fields[i] ?? "");
    });
    rows.push({ line, cells });
  });
  return rows;
}

function parseJson(file: string, line: number, json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new CorpusFormatError(`${file}:${line}: expected is not JSON (${String(error)})`);
  }
}

function municipalityOf(file: string, line: number, source: string): string {
  const parts = source.split(" | ");
  if (parts.length !== 3 || parts.some((part) => part.trim() === "")) {
    throw new CorpusFormatError(`${file}:${line}: source must be "municipality | title | URL"`);
  }
  return parts[0]!.trim();
}

function isExpectedValue(value: unknown): value is ExpectedValue {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if ("refuse" in v) return typeof v.refuse === "string" && v.refuse !== "";
  if ("missing" in v) return v.missing === true;
  if (typeof v.amount !== "number" || !Number.isFinite(v.amount) || typeof v.unit !== "string") return false;
  if (
    v.qualifier !== undefined &&
    !["none", "at_least", "at_most", "maintain"].includes(v.qualifier as string)
  ) {
    return false;
  }
  if (v.period !== undefined && !["snapshot", "per_year", "cumulative"].includes(v.period as string))
    return false;
  if (v.printedRate !== undefined && typeof v.printedRate !== "number") return false;
  if (v.rateOf !== undefined && typeof v.rateOf !== "number") return false;
  if (v.rateBase !== undefined && typeof v.rateBase !== "number") return false;
  if (v.approx !== undefined && typeof v.approx !== "boolean") return false;
  return true;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isExpectedDeadline(value: unknown): value is ExpectedDeadline {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if ("refuse" in v) return typeof v.refuse === "string" && v.refuse !== "";
  switch (v.kind) {
    case "date":
    case "continuous":
      return (
        typeof v.due === "string" &&
        ISO.test(v.due) &&
        (v.start === undefined || (typeof v.start === "string" && ISO.test(v.start)))
      );
    case "no_fixed_due":
      return true;
    case "start_only":
      return typeof v.start === "string" && ISO.test(v.start);
    default:
      return false;
  }
}

export function loadValueRows(file = "values.tsv"): ValueRow[] {
  return readTable(file, VALUE_COLUMNS).map(({ line, cells }) => {
    const kind = cells.kind;
    if (kind !== "value" && kind !== "pair")
      throw new CorpusFormatError(`${file}:${line}: kind must be value or pair`);
    const expected = parseJson(file, line, cells.expected ?? "");
    const valid =
      kind === "value"
        ? isExpectedValue(expected)
        : typeof expected === "object" &&
          expected !== null &&
          (("refuse" in expected && typeof (expected as { refuse: unknown }).refuse === "string") ||
            (isExpectedValue((expected as { baseline?: unknown }).baseline) &&
              isExpectedValue((expected as { target?: unknown }).target)));
    if (!valid) throw new CorpusFormatError(`${file}:${line}: expected does not have the shape of a ${kind}`);
    if ((cells.text ?? "") === "") throw new CorpusFormatError(`${file}:${line}: empty text`);
    return {
      line,
      id: cells.id ?? "",
      source: cells.source ?? "",
      municipality: municipalityOf(file, line, cells.source ?? ""),
      kind,
      text: cells.text ?? "",
      expected: expected as ExpectedValue | ExpectedPair,
      tags: (cells.tags ?? "").split(",").filter((tag) => tag !== ""),
      note: cells.note ?? "",
    };
  });
}

export function loadDeadlineRows(file = "deadlines.tsv"): DeadlineRow[] {
  return readTable(file, DEADLINE_COLUMNS).map(({ line, cells }) => {
    if (cells.kind !== "deadline") throw new CorpusFormatError(`${file}:${line}: kind must be deadline`);
    const fiscalYear = Number(cells.fiscal_year);
    if (!Number.isInteger(fiscalYear) || fiscalYear < 1989 || fiscalYear > 2100) {
      throw new CorpusFormatError(`${file}:${line}: fiscal_year must be a year such as 2025`);
    }
    const expected = parseJson(file, line, cells.expected ?? "");
    if (!isExpectedDeadline(expected))
      throw new CorpusFormatError(`${file}:${line}: expected is not a deadline reading`);
    if ((cells.text ?? "") === "") throw new CorpusFormatError(`${file}:${line}: empty text`);
    return {
      line,
      id: cells.id ?? "",
      source: cells.source ?? "",
      municipality: municipalityOf(file, line, cells.source ?? ""),
      kind: "deadline",
      fiscalYear,
      text: cells.text ?? "",
      expected,
      tags: (cells.tags ?? "").split(",").filter((tag) => tag !== ""),
      note: cells.note ?? "",
    };
  });
}
