import { z } from "zod";
import type { IsoDate } from "../core/calendar";
import { parseFiscalYear } from "../core/fiscalYear";
import type { Locale } from "../core/messages/formatIssue";
import { parseDateText } from "../core/parseDateText";
import type { ColumnMapping } from "../core/sheetTable";
import type { OptionText } from "./cliText";
import { OPTION_TEXT } from "./cliText";
import { parseColumnMapping } from "./parseColumnMapping";

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
  /** Write the report into this file instead of the standard output (CSV with its BOM at byte 0). */
  readonly output?: string;
  readonly locale: Locale;
  readonly help: boolean;
  /** Add the figures of the 集計 sheet per file and sheet (items by status, grades). */
  readonly summary?: boolean;
}

/** What the command line gives, before it is checked: every option as text, once. */
function rawOptionsSchema(text: OptionText) {
  return z
    .object({
      paths: z.array(z.string().min(1)),
      "as-of": z.string().optional(),
      "fiscal-year": z.string().optional(),
      format: z.enum(REPORT_FORMATS, { error: () => text.formatInvalid(REPORT_FORMATS) }).optional(),
      map: z.string().optional(),
      sheet: z.string().min(1, text.needsValue("sheet")).optional(),
      annotate: z.string().min(1, text.needsValue("annotate")).optional(),
      output: z.string().min(1, text.needsValue("output")).optional(),
      lang: z.enum(["ja", "en"], { error: () => text.langInvalid }).optional(),
      help: z.boolean(),
      summary: z.boolean().optional(),
      force: z.boolean().optional(),
    })
    .strict();
}

const VALUE_OPTIONS = new Set([
  "as-of",
  "fiscal-year",
  "format",
  "map",
  "sheet",
  "annotate",
  "output",
  "lang",
]);

export type ParsedOptions = { ok: true; options: CliOptions } | { ok: false; error: string; locale: Locale };

/**
 * The language of what the checker says about its own command line: `--lang` when it is given and valid
 * (before anything else is read, so that a mistake elsewhere is already told in that language), else the
 * system's.
 */
export function localeOfArguments(argv: readonly string[], defaultLocale: Locale): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "ja" || value === "en") return value;
  }
  return defaultLocale;
}

/**
 * Reads the command line: files and folders, then `--option value` or `--option=value`. `today` and the
 * default language come from the caller (the edge that may read the clock and the environment). A refusal
 * is one line in the language the user chose, saying what is wrong and what to type instead.
 */
export function parseCliOptions(
  argv: readonly string[],
  today: IsoDate,
  defaultLocale: Locale,
): ParsedOptions {
  const locale = localeOfArguments(argv, defaultLocale);
  const text = OPTION_TEXT[locale];
  const refuse = (error: string): ParsedOptions => ({ ok: false, error, locale });
  const raw: Record<string, unknown> = { paths: [], help: false };
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") {
      raw.help = true;
      continue;
    }
    if (arg === "--summary" || arg === "--force") {
      const name = arg.slice(2);
      if (name in raw) return refuse(text.givenTwice(name));
      raw[name] = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!VALUE_OPTIONS.has(name)) return refuse(text.unknownOption(arg));
    if (name in raw) return refuse(text.givenTwice(name));
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) return refuse(text.needsValue(name));
    raw[name] = value;
  }
  raw.paths = paths;
  const parsed = rawOptionsSchema(text).safeParse(raw);
  if (!parsed.success) return refuse(parsed.error.issues.map((i) => i.message).join("; "));
  const o = parsed.data;
  if (o.help)
    return {
      ok: true,
      options: { paths, asOf: today, format: "table", locale: o.lang ?? defaultLocale, help: true },
    };
  if (paths.length === 0) return refuse(text.noPaths);
  if (o.force && !o.annotate) return refuse(text.forceWithoutAnnotate);

  let asOf = today;
  if (o["as-of"] !== undefined) {
    const date = parseDateText(o["as-of"], "asOf");
    if (!date.ok) return refuse(text.asOfInvalid(o["as-of"]));
    asOf = date.value;
  }
  let fiscalYear: number | undefined;
  if (o["fiscal-year"] !== undefined) {
    const fy = parseFiscalYear(o["fiscal-year"]);
    if (!fy.ok) return refuse(text.fiscalYearInvalid(o["fiscal-year"]));
    fiscalYear = fy.value;
  }
  let mapping: ColumnMapping | undefined;
  if (o.map !== undefined) {
    const m = parseColumnMapping(o.map);
    if (!m.ok) {
      return refuse(
        text.mapInvalid(m.issues.map((i) => (i.code === "mapping_unreadable" ? i.text : "")).join(", ")),
      );
    }
    mapping = m.value;
  }
  if (o.output !== undefined && /\.(xlsx|xlsm|xls)$/i.test(o.output))
    return refuse(text.outputIsWorkbook(o.output));
  // CSV holds one table: the per-sheet summary's other columns go into a file of their own beside the report.
  if (o.summary && (o.format ?? "table") === "csv" && o.output === undefined)
    return refuse(text.csvSummaryNeedsOutput);
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
      ...(o.output ? { output: o.output } : {}),
      ...(o.summary ? { summary: true } : {}),
      ...(o.force ? { force: true } : {}),
    },
  };
}

export { usageOf } from "./cliText";
