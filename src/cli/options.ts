import { z } from "zod";
import type { IsoDate } from "../core/calendar";
import { isIsoDate } from "../core/calendar";
import { parseColumnMapping } from "./parseColumnMapping";
import { parseFiscalYear } from "../core/fiscalYear";
import type { Locale } from "../core/messages/formatIssue";
import type { ColumnMapping } from "../core/sheetTable";

export const REPORT_FORMATS = ["table", "json", "md", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface CliOptions {
  readonly paths: readonly string[];
  readonly asOf: IsoDate;
  readonly fiscalYear?: number;
  readonly format: ReportFormat;
  readonly mapping?: ColumnMapping;
  readonly sheet?: string;
  readonly annotateDir?: string;
  /** With --annotate: replace copies already in the folder (never an input file). */
  readonly force?: boolean;
  readonly locale: Locale;
  readonly help: boolean;
  /** Add the figures of the 集計 sheet per file and sheet (items by status, grades). */
  readonly summary?: boolean;
}

/** What the command line gives, before it is checked: every option as text, once. */
const RawOptions = z
  .object({
    paths: z.array(z.string().min(1)),
    "as-of": z.string().optional(),
    "fiscal-year": z.string().optional(),
    format: z
      .enum(REPORT_FORMATS, { error: () => `--format must be one of ${REPORT_FORMATS.join(", ")}` })
      .optional(),
    map: z.string().optional(),
    sheet: z.string().min(1, "--sheet needs a sheet name").optional(),
    annotate: z.string().min(1, "--annotate needs a folder").optional(),
    lang: z.enum(["ja", "en"], { error: () => "--lang must be ja or en" }).optional(),
    help: z.boolean(),
    summary: z.boolean().optional(),
    force: z.boolean().optional(),
  })
  .strict();

const VALUE_OPTIONS = new Set(["as-of", "fiscal-year", "format", "map", "sheet", "annotate", "lang"]);

export type ParsedOptions = { ok: true; options: CliOptions } | { ok: false; error: string };

/**
 * Reads the command line: files and folders, then `--option value` or `--option=value`. `today` and the
 * default language come from the caller (the edge that may read the clock and the environment).
 */
export function parseCliOptions(
  argv: readonly string[],
  today: IsoDate,
  defaultLocale: Locale,
): ParsedOptions {
  const raw: Record<string, unknown> = { paths: [], help: false };
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") {
      raw.help = true;
      continue;
    }
    if (arg === "--summary") {
      if ("summary" in raw) return { ok: false, error: "--summary is given twice" };
      raw.summary = true;
      continue;
    }
    if (arg === "--force") {
      if ("force" in raw) return { ok: false, error: "--force is given twice" };
      raw.force = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!VALUE_OPTIONS.has(name)) return { ok: false, error: `unknown option ${arg}` };
    if (name in raw) return { ok: false, error: `--${name} is given twice` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--")))
      return { ok: false, error: `--${name} needs a value` };
    raw[name] = value;
  }
  raw.paths = paths;
  const parsed = RawOptions.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join("; ") };
  const o = parsed.data;
  if (o.help)
    return {
      ok: true,
      options: { paths, asOf: today, format: "table", locale: o.lang ?? defaultLocale, help: true },
    };
  if (paths.length === 0) return { ok: false, error: "give at least one .xlsx file or folder" };
  if (o.force && !o.annotate) return { ok: false, error: "--force goes with --annotate DIR" };

  const asOf = o["as-of"] ?? today;
  if (!isIsoDate(asOf)) return { ok: false, error: `--as-of must be a date as YYYY-MM-DD, got "${asOf}"` };
  let fiscalYear: number | undefined;
  if (o["fiscal-year"] !== undefined) {
    const fy = parseFiscalYear(o["fiscal-year"]);
    if (!fy.ok)
      return {
        ok: false,
        error: `--fiscal-year must be like 2025, R7 or 令和7年度, got "${o["fiscal-year"]}"`,
      };
    fiscalYear = fy.value;
  }
  let mapping: ColumnMapping | undefined;
  if (o.map !== undefined) {
    const m = parseColumnMapping(o.map);
    if (!m.ok) {
      const bad = m.issues.map((i) => String(i.text ?? "")).join(", ");
      return {
        ok: false,
        error: `--map must be role=COLUMN pairs such as initiative=B,period=C; cannot read: ${bad}`,
      };
    }
    mapping = m.value;
  }
  return {
    ok: true,
    options: {
      paths,
      asOf,
      format: o.format ?? "table",
      locale: o.lang ?? defaultLocale,
      help: false,
      ...(fiscalYear !== undefined ? { fiscalYear } : {}),
      ...(mapping ? { mapping } : {}),
      ...(o.sheet ? { sheet: o.sheet } : {}),
      ...(o.annotate ? { annotateDir: o.annotate } : {}),
      ...(o.summary ? { summary: true } : {}),
      ...(o.force ? { force: true } : {}),
    },
  };
}

export const USAGE = `Usage: npm run check -- <files or folders…> [options]

Checks every .xlsx given (folders recursively): finds each sheet's goal sheet (重点目標管理シート) or KPI list,
runs every validation rule, computes achievement, progress, due dates and overdue items, and reports.

Options:
  --as-of YYYY-MM-DD     the day to judge on (default: today)
  --fiscal-year FY       2025, R7 or 令和7年度 (default: read from each sheet's title)
  --format FORMAT        table (default), json, md or csv
  --map role=COLUMN,…    columns for a layout that is not recognised, e.g. kpi=E,baseline=F,target=G,actual=H
                         roles: ${"item, initiative, period, numericTarget, midtermReport, finalReport, kpi, baseline, target, baselineTarget, actual, status"}
  --sheet NAME           check only this sheet
  --annotate DIR         write flagged copies into DIR, a folder outside the checked ones (the input
                         files are never modified); copies of same-named files are named after their
                         folder (総務部_X.xlsx); a copy that would lose a chart, pivot table, shape,
                         macro or data validation is not written
  --force                with --annotate: replace copies already in DIR (never an input file)
  --lang ja|en           language of the messages (default: the system's)
  --summary              add a summary per file and sheet: items achieved, on track, behind, overdue,
                         and the grade distribution (the figures of the add-in's 集計 sheet)
  -h, --help             this text

Exit code: 0 no errors found, 1 errors found, 2 could not run (unreadable file, bad options, a copy
that could not be written).`;
