/**
 * The settings saved in the workbook, so the next person who opens it checks it the same way: which
 * column plays which role on each sheet, the sheet's fiscal year when its title does not say, the as-of
 * date when one was chosen, the grading preset and the fiscal year's start month.
 *
 * What comes back from the workbook is untrusted: another version of the add-in, or a hand-edited file,
 * may have saved something else. It is validated with a schema; what does not fit falls back to the
 * defaults, with a message, rather than breaking the pane.
 */
import { z } from "zod";
import { isIsoDate } from "../core/calendar";
import type { IsoDate } from "../core/calendar";
import { DEFAULT_START_MONTH } from "../core/fiscalYear";
import type { GradePresetId } from "../core/grade";
import { DEFAULT_GRADE_PRESET, GRADE_PRESETS } from "../core/grade";
import type { ColumnMapping, ColumnRole, SheetLayout } from "../core/sheetTable";
import { COLUMN_ROLES } from "../core/sheetTable";
import type { Result } from "../core/result";
import { fail, ok } from "../core/result";
import type { AppIssue } from "./appIssue";
import type { SettingsPort } from "./ports";

/** Excel's last column is XFD, index 16383. */
const LAST_COLUMN = 16_383;
/** Excel's last row. */
const LAST_ROW = 1_048_576;

const roleSchema = z.enum(COLUMN_ROLES);
const gradePresetSchema = z.enum(Object.keys(GRADE_PRESETS) as [GradePresetId, ...GradePresetId[]]);
const isoDateSchema = z.string().refine(isIsoDate, { message: "not a YYYY-MM-DD date" });

/**
 * What a status column's dropdown offers (準備). A comma would split an entry in Excel's list source,
 * and the list source holds at most 255 characters.
 */
export const DEFAULT_STATUS_OPTIONS: readonly string[] = ["未着手", "実施中", "完了", "中止"];
const statusOptionsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .max(20)
      .regex(/^[^,，、]+$/),
  )
  .min(1)
  .max(20)
  .refine((options) => options.join(",").length <= 255, { message: "longer than Excel's list source" });

/** An item's (or a row's) value candidates: `6:1` is ⑥ (1), `2:` is ② without sub-items, `r14:` row 14. */
const CANDIDATE_KEY = /^(?:\d{1,4}|r\d{1,7}):\d{0,2}$/;

const sheetSettingsSchema = z.object({
  layout: z.enum(["goal_sheet", "kpi_list"]).optional(),
  /** 1-based worksheet row of the header, when the user fixed it. */
  headerRow: z.number().int().min(1).max(LAST_ROW).optional(),
  /** Columns the user chose (0-based); they override recognition. */
  mapping: z.partialRecord(roleSchema, z.number().int().min(0).max(LAST_COLUMN)).optional(),
  /** Roles the user set to "none": recognition's choice for them is dropped. */
  excluded: z.array(roleSchema).optional(),
  /** The sheet's fiscal year as the user entered it; otherwise read from the title. */
  fiscalYear: z.number().int().min(1900).max(2200).optional(),
  /** Items whose value candidates the user dismissed (見送る), by candidateKey: `6:1`, `2:`, `r14:`. */
  dismissedCandidates: z.array(z.string().regex(CANDIDATE_KEY)).max(1000).optional(),
  /** 目標値（見直し後）: the column the add-in added for revised targets, and when. */
  revisedTarget: z
    .object({
      /** 0-based column of the revised-target column. */
      column: z.number().int().min(0).max(LAST_COLUMN),
      /** 1-based row of its header. */
      headerRow: z.number().int().min(1).max(LAST_ROW),
      /** Whether the add-in inserted the column (removing deletes it) or wrote into an empty one (removing empties it). */
      inserted: z.boolean(),
      addedOn: isoDateSchema,
    })
    .optional(),
});

export const settingsSchema = z.object({
  version: z.literal(1),
  gradePreset: gradePresetSchema.default(DEFAULT_GRADE_PRESET),
  startMonth: z.number().int().min(1).max(12).default(DEFAULT_START_MONTH),
  /** null: today, asked of the clock each time. */
  asOf: isoDateSchema.nullable().default(null),
  /** Per sheet, by name: each sheet of a workbook can lay out its table differently. */
  sheets: z.record(z.string(), sheetSettingsSchema).default({}),
  /** The status column's dropdown (準備); absent: DEFAULT_STATUS_OPTIONS. */
  statusOptions: statusOptionsSchema.optional(),
});

export interface SheetSettings {
  readonly layout?: SheetLayout;
  readonly headerRow?: number;
  readonly mapping?: ColumnMapping;
  readonly excluded?: readonly ColumnRole[];
  readonly fiscalYear?: number;
  /** Items whose value candidates the user dismissed (見送る), by candidateKey. */
  readonly dismissedCandidates?: readonly string[];
  readonly revisedTarget?: RevisedTargetRecord;
}

/** 目標値（見直し後）: the column the add-in added beside a KPI list's targets (see addRevisedTargetColumn). */
export interface RevisedTargetRecord {
  /** 0-based worksheet column of the column. */
  readonly column: number;
  /** 1-based worksheet row of its header. */
  readonly headerRow: number;
  /** True: the add-in inserted the column, and removing it deletes it; false: it wrote into an empty column. */
  readonly inserted: boolean;
  /** The day it was added. */
  readonly addedOn: IsoDate;
}

export interface WorkbookSettings {
  readonly version: 1;
  readonly gradePreset: GradePresetId;
  readonly startMonth: number;
  readonly asOf: IsoDate | null;
  readonly sheets: Readonly<Record<string, SheetSettings>>;
  /** The status column's dropdown (準備); absent: DEFAULT_STATUS_OPTIONS. */
  readonly statusOptions?: readonly string[];
}

export const DEFAULT_SETTINGS: WorkbookSettings = {
  version: 1,
  gradePreset: DEFAULT_GRADE_PRESET,
  startMonth: DEFAULT_START_MONTH,
  asOf: null,
  sheets: {},
};

/**
 * Reads saved settings: none saved gives the defaults; anything that does not fit the schema fails with a
 * settings_invalid issue naming the first field at fault (the caller then works with DEFAULT_SETTINGS
 * and says so).
 * @example readSettings({ version: 1, gradePreset: "marks", startMonth: 4, asOf: "2025-11-21", sheets: {} })
 * // ok({ …, gradePreset: "marks", asOf: "2025-11-21" })
 * @example readSettings({ version: 1, startMonth: 13 })
 * // fail({ code: "settings_invalid", field: "startMonth" })
 */
export function readSettings(raw: unknown): Result<WorkbookSettings, AppIssue> {
  if (raw === null || raw === undefined) return ok(DEFAULT_SETTINGS);
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  const field = first && first.path.length > 0 ? first.path.map(String).join(".") : "(root)";
  return fail({ code: "settings_invalid", field });
}

/**
 * Loads the workbook's settings through the port (see readSettings for what happens to bad ones).
 * @example await loadSettings(port) // ok(DEFAULT_SETTINGS) for a new workbook
 */
export async function loadSettings(port: SettingsPort): Promise<Result<WorkbookSettings, AppIssue>> {
  return readSettings(await port.load());
}

/**
 * The settings a reading gives, or the defaults when the saved ones cannot be read.
 * @example settingsOrDefaults(readSettings({ version: 1, startMonth: 13 })) // DEFAULT_SETTINGS
 */
export function settingsOrDefaults(read: Result<WorkbookSettings, AppIssue>): WorkbookSettings {
  return read.ok ? read.value : DEFAULT_SETTINGS;
}

/**
 * Saves the settings, validated first so that a bug never writes what the next load would reject.
 * Throws RangeError for settings that do not fit the schema.
 * @example await saveSettings(port, { ...DEFAULT_SETTINGS, asOf: "2025-11-21" })
 */
export async function saveSettings(port: SettingsPort, settings: WorkbookSettings): Promise<void> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) throw new RangeError(`settings do not fit the schema: ${parsed.error.message}`);
  await port.save(parsed.data);
}

/**
 * The settings of one sheet ({} when none were saved).
 * @example sheetSettingsOf(settings, "2 行財政改革") // { mapping: { actual: 7 } }
 */
export function sheetSettingsOf(settings: WorkbookSettings, sheetName: string): SheetSettings {
  return settings.sheets[sheetName] ?? {};
}

/**
 * The settings with one sheet's entry replaced; an empty entry is dropped.
 * @example withSheetSettings(DEFAULT_SETTINGS, "KPI", { fiscalYear: 2025 }).sheets // { KPI: { fiscalYear: 2025 } }
 */
export function withSheetSettings(
  settings: WorkbookSettings,
  sheetName: string,
  sheet: SheetSettings,
): WorkbookSettings {
  const sheets: Record<string, SheetSettings> = { ...settings.sheets };
  const cleaned = dropUndefined(sheet);
  if (Object.keys(cleaned).length === 0) delete sheets[sheetName];
  else sheets[sheetName] = cleaned;
  return { ...settings, sheets };
}

function dropUndefined(sheet: SheetSettings): SheetSettings {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sheet)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === "mapping" && Object.keys(value as object).length === 0) continue;
    out[key] = value;
  }
  return out as SheetSettings;
}

/** How a person lists a dropdown's choices in one box: separated by 、 , ， ・ / or line breaks. */
const STATUS_OPTION_SEPARATORS = /[、,，・/／\n]+/;

/**
 * Reads the status dropdown's choices as a person types them (未着手、実施中、完了、中止). The saved
 * settings' rules apply: 1 to 20 choices of up to 20 characters each, no duplicates.
 * @example parseStatusOptions("未着手、実施中、完了") // ok(["未着手", "実施中", "完了"])
 * @example parseStatusOptions("") // fail({ code: "status_options_invalid", text: "" })
 */
export function parseStatusOptions(text: string): Result<readonly string[], AppIssue> {
  const options = text
    .split(STATUS_OPTION_SEPARATORS)
    .map((option) => option.trim())
    .filter((option) => option !== "");
  const parsed = statusOptionsSchema.safeParse(options);
  if (!parsed.success || new Set(options).size !== options.length) {
    return fail({ code: "status_options_invalid", text });
  }
  return ok(parsed.data);
}

/**
 * The key of an item's (or sub-item's) value candidates, as 見送る remembers it: by the item's number, so
 * that it holds when rows are inserted above; by the row only for a row without a marker.
 * @example candidateKey({ item: 6, row: 14, subItem: 1 }) // "6:1"
 * @example candidateKey({ item: null, row: 14, subItem: null }) // "r14:"
 */
export function candidateKey(target: {
  readonly item: number | null;
  readonly row: number;
  readonly subItem: number | null;
}): string {
  return `${target.item ?? `r${target.row}`}:${target.subItem ?? ""}`;
}
