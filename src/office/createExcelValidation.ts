/* global Excel */
/**
 * The validation port over Office.js (Range.dataValidation, ExcelApi 1.8). One Excel.run per action,
 * a fixed number of context.sync() calls whatever the row count:
 *
 * - install: the used range (1–2 syncs, more only past Excel's request limit), then the validation now
 *   on the planned columns and on the add-in's earlier ranges (1), then each cell of a column whose
 *   cells differ (1, only when one does), then every write and the record together (1).
 * - remove: the record (1), the validation now on the recorded ranges (1), the writes (1).
 *
 * The user's rules are read before anything is written, so a refusal (a column with rules of the
 * user's, not agreed to replace) writes nothing. A batch is not a transaction: Excel runs its actions in
 * order and stops at the first that fails, leaving the earlier ones done
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * So the write batch records first: its first action saves every range it is about to touch as
 * `pending` with what the range held, its last saves the final record. When an action between them
 * fails, the pending ranges are put back at once in a new session (install: the sheet as it was;
 * remove: the removal finished); if even that fails, the pending record stays, and 入力規則を外す or
 * 準備 run again puts back exactly what was there.
 */
import type { Planned, ProgressListener } from "../app/ports";
import type { WorkbookOperation } from "../app/workbookFailure";
import { WorkbookFailure } from "../app/workbookFailure";
import type {
  InstallOptions,
  ValidationOutcome,
  ValidationPlan,
  ValidationPort,
  ValidationRemoval,
  ValidationSpec,
  ValidationTarget,
} from "../app/validationPort";
import type { SheetGrid } from "../core/sheetTable";
import { columnLetter } from "../core/sheetTable";
import type { WorkbookLimits } from "./createExcelWorkbook";
import { DEFAULT_LIMITS } from "./createExcelWorkbook";
import type { ExcelHost } from "./excelHost";
import { ACTION_BYTES } from "./payload";
import { readUsedRange } from "./readUsedRange";
import { isExcelError, toWorkbookFailure } from "./toWorkbookFailure";
import type { InstalledRange, SavedValidation, ValidationRecord } from "./validationOwnership";
import {
  VALIDATION_RECORD_KEY,
  previousAt,
  readValidationRecord,
  runsOf,
  savedValidationOf,
  withSheetRanges,
} from "./validationOwnership";

const RULE_TYPES: Readonly<Record<string, string>> = { list: "List", date: "Date", custom: "Custom" };
/** A column's validation as loaded, per cell when the column's cells differ. */
const ALL_PARTS = "type,rule,prompt,errorAlert,ignoreBlanks";
/** A cell's validation read: two actions going, and a rule with its texts coming back. */
const CELL_READ_BYTES = 2 * ACTION_BYTES + 400;

/**
 * The validation port for the Excel the add-in runs in.
 * @example const validation = createExcelValidation(officeHost()); await validation.removeValidation()
 */
export function createExcelValidation(
  host: ExcelHost,
  limits: WorkbookLimits = DEFAULT_LIMITS,
): ValidationPort {
  return {
    installValidation: (planner, options, onProgress) =>
      writeSession(host, "validate", (context, writing) =>
        install(context, limits, planner, options, onProgress, writing),
      ),
    removeValidation: () => {
      const planned: { removal: ValidationRemoval | null } = { removal: null };
      // A removal that stopped half way and whose pending ranges were then put back is done after all.
      return writeSession(
        host,
        "unvalidate",
        (context, writing) => remove(context, writing, planned),
        () => planned.removal,
      );
    },
  };
}

/** Where a write session stands when it fails: on which sheet it had started writing, if it had. */
interface Writing {
  sheetId: string | null;
}

/**
 * One Excel session that writes; when it fails after its write batch began, the ranges it left pending
 * are put back in a new session, and the failure says whether anything may be left written.
 */
async function writeSession<T>(
  host: ExcelHost,
  operation: WorkbookOperation,
  batch: (context: Excel.RequestContext, writing: Writing) => Promise<T>,
  finishedByRestore: () => T | null = () => null,
): Promise<T> {
  const writing: Writing = { sheetId: null };
  try {
    return await host.run((context) => batch(context, writing));
  } catch (error) {
    if (writing.sheetId === null) throw toWorkbookFailure(error, operation);
    const restored = await restorePending(host, writing.sheetId);
    const finished = restored === "restored" ? finishedByRestore() : null;
    if (finished !== null && isExcelError(error)) return finished;
    throw toWorkbookFailure(error, operation, restored === "failed");
  }
}

/**
 * Puts back what the pending ranges of a sheet held and drops them from the record (2 syncs): "none"
 * when nothing was pending (the failed batch stopped at its first action, so none of it ran).
 */
async function restorePending(host: ExcelHost, sheetId: string): Promise<"restored" | "none" | "failed"> {
  try {
    let found = false;
    await host.run(async (context) => {
      const setting = loadRecord(context);
      await context.sync();
      const { record, saved } = recordOf(setting);
      const ranges = record.sheets[sheetId]?.ranges ?? [];
      const pending = ranges.filter((range) => range.pending === true);
      if (pending.length === 0) return;
      found = true;
      const sheet = context.workbook.worksheets.getItem(sheetId);
      for (const range of pending) restore(sheet, range);
      const kept = ranges.filter((range) => range.pending !== true);
      writeRecord(context, withSheetRanges(record, sheetId, kept), saved);
      await context.sync();
    });
    return found ? "restored" : "none";
  } catch {
    return "failed";
  }
}

/** The ranges as written before their cells: pending, so that a failure part way can be put back. */
function pendingRanges(ranges: readonly InstalledRange[]): InstalledRange[] {
  return ranges.map((range) => ({ ...range, pending: true }));
}

/** A range as the final record keeps it (no longer pending). */
function settled(range: InstalledRange): InstalledRange {
  const { column, firstRow, lastRow, type, promptMessage, previous } = range;
  return { column, firstRow, lastRow, type, promptMessage, previous };
}

/** `F6:F28` */
function addressOf(range: { column: number; firstRow: number; lastRow: number }): string {
  const letter = columnLetter(range.column);
  return range.firstRow === range.lastRow
    ? `${letter}${range.firstRow}`
    : `${letter}${range.firstRow}:${letter}${range.lastRow}`;
}

function rangeOf(
  sheet: Excel.Worksheet,
  range: { column: number; firstRow: number; lastRow: number },
): Excel.Range {
  return sheet.getRangeByIndexes(range.firstRow - 1, range.column, range.lastRow - range.firstRow + 1, 1);
}

interface Loaded {
  readonly type: string;
  readonly rule: unknown;
  readonly prompt: unknown;
  readonly errorAlert: unknown;
  readonly ignoreBlanks: unknown;
}

function loadedOf(validation: Excel.DataValidation): Loaded {
  return {
    type: validation.type,
    rule: validation.rule,
    prompt: validation.prompt,
    errorAlert: validation.errorAlert,
    ignoreBlanks: validation.ignoreBlanks,
  };
}

/**
 * Whether a recorded range is still the add-in's to take off: it carries the rule as installed, or it
 * is pending (a write that stopped half way may have left it in any state).
 */
function isIntact(validation: Excel.DataValidation, range: InstalledRange): boolean {
  if (range.pending === true) return true;
  const prompt = validation.prompt as { message?: unknown } | null;
  return validation.type === range.type && prompt?.message === range.promptMessage;
}

function loadRecord(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(VALIDATION_RECORD_KEY).load("value");
}

function recordOf(setting: Excel.Setting): { record: ValidationRecord; saved: boolean } {
  return {
    record: readValidationRecord(setting.isNullObject ? null : setting.value),
    saved: !setting.isNullObject,
  };
}

function writeRecord(context: Excel.RequestContext, record: ValidationRecord, saved: boolean): void {
  if (Object.keys(record.sheets).length > 0) context.workbook.settings.add(VALIDATION_RECORD_KEY, record);
  else if (saved) context.workbook.settings.getItem(VALIDATION_RECORD_KEY).delete();
}

/** Queues putting back what a recorded range held: its rule off, then each run's earlier validation. */
function restore(sheet: Excel.Worksheet, range: InstalledRange): void {
  rangeOf(sheet, range).dataValidation.clear();
  for (const run of range.previous) {
    if (run.validation !== null)
      applyValidation(rangeOf(sheet, { column: range.column, ...run }).dataValidation, run.validation);
  }
}

/**
 * Queues a validation onto cells that have none (clear them first): the rule, then its prompt, alert
 * and ignoreBlanks, which Excel takes only once there is a rule. A user's cell with only an input
 * message (type None, an empty rule) gets its prompt back, and with it its alert and ignoreBlanks.
 * @example applyValidation(range.dataValidation, target.spec)
 */
export function applyValidation(
  validation: Excel.DataValidation,
  saved: SavedValidation | ValidationSpec,
): void {
  if (Object.keys(saved.rule).length > 0) validation.rule = saved.rule as Excel.DataValidationRule;
  else if (saved.prompt === null) return;
  if (saved.prompt !== null) validation.prompt = saved.prompt as Excel.DataValidationPrompt;
  if (saved.errorAlert !== null) validation.errorAlert = saved.errorAlert as Excel.DataValidationErrorAlert;
  if (saved.ignoreBlanks !== null) validation.ignoreBlanks = saved.ignoreBlanks;
}

/**
 * Excel's type of a rule the add-in installs, as DataValidation.type reads it back.
 * @example ruleTypeOf({ rule: { list: { inCellDropDown: true, source: "未着手,完了" } }, … }) // "List"
 */
export function ruleTypeOf(spec: ValidationSpec): string {
  const key = Object.keys(spec.rule)[0] ?? "";
  return RULE_TYPES[key] ?? key;
}

// -------------------------------------------------------------------------------------------------
// Install

async function install<T>(
  context: Excel.RequestContext,
  limits: WorkbookLimits,
  planner: (grid: SheetGrid) => Planned<T, ValidationPlan>,
  options: InstallOptions,
  onProgress: ProgressListener | undefined,
  writing: Writing,
): Promise<{ value: T; outcome: ValidationOutcome | null }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("id");
  const setting = loadRecord(context);
  const grid = await readUsedRange(context, sheet, limits, onProgress ? { onProgress } : {});
  const { value, plan } = planner(grid);
  if (plan === null) return { value, outcome: null };
  onProgress?.({ phase: "writing", done: 0, total: 0 });

  const { record } = recordOf(setting);
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded above, with the first sync of readUsedRange
  const sheetId = sheet.id;
  const earlier = record.sheets[sheetId]?.ranges ?? [];
  const earlierNow = earlier.map((range) => rangeOf(sheet, range).dataValidation.load("type,prompt"));
  const targetsNow = plan.targets.map((target) => rangeOf(sheet, target).dataValidation.load(ALL_PARTS));
  await context.sync();

  const intact = earlier.filter((range, i) => {
    const now = earlierNow[i];
    return now !== undefined && isIntact(now, range);
  });

  // Columns whose cells differ are read cell by cell, in one more sync (more only past the request limit).
  const cells = new Map<number, Excel.DataValidation[]>();
  let queued = 0;
  for (const [i, target] of plan.targets.entries()) {
    const type = targetsNow[i]?.type;
    if (type !== "Inconsistent" && type !== "MixedCriteria") continue;
    const list: Excel.DataValidation[] = [];
    for (let row = target.firstRow; row <= target.lastRow; row++) {
      list.push(sheet.getRangeByIndexes(row - 1, target.column, 1, 1).dataValidation.load(ALL_PARTS));
      queued += CELL_READ_BYTES;
      if (queued > limits.requestBytes) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of about 4 MB: more than one only when the data passes Excel's request limit
        await context.sync();
        queued = 0;
      }
    }
    cells.set(i, list);
  }
  if (queued > 0) await context.sync();

  const installed: { target: ValidationTarget; range: InstalledRange; replaced: boolean }[] = [];
  const skipped: string[] = [];
  plan.targets.forEach((target, i) => {
    const whole = targetsNow[i];
    const perCell = cells.get(i);
    const rows: { row: number; validation: SavedValidation | null }[] = [];
    let userRules = false;
    for (let row = target.firstRow; row <= target.lastRow; row++) {
      // A row under the add-in's own earlier rule: what it replaced then is what was there.
      const mine = intact.find(
        (range) => range.column === target.column && previousAt(range, row) !== undefined,
      );
      if (mine !== undefined) {
        rows.push({ row, validation: previousAt(mine, row) ?? null });
        continue;
      }
      const now = perCell?.[row - target.firstRow] ?? whole;
      const validation = now === undefined ? null : savedValidationOf(loadedOf(now));
      if (validation !== null) userRules = true;
      rows.push({ row, validation });
    }
    if (userRules && !options.replaceExisting) {
      skipped.push(addressOf(target));
      return;
    }
    installed.push({
      target,
      replaced: userRules,
      range: {
        column: target.column,
        firstRow: target.firstRow,
        lastRow: target.lastRow,
        type: ruleTypeOf(target.spec),
        promptMessage: target.spec.prompt.message,
        previous: runsOf(rows),
      },
    });
  });

  const ranges = installed.map(({ range }) => range);
  // Ranges of the add-in's someone changed since are theirs now: forgotten, not restored.
  const next = withSheetRanges(record, sheetId, ranges);
  const changed =
    intact.length > 0 || installed.length > 0 || JSON.stringify(next) !== JSON.stringify(record);
  if (!changed) {
    onProgress?.({ phase: "writing", done: 1, total: 1 });
    return { value, outcome: { installed: [], skipped, replaced: [] } };
  }

  // First the record of every range about to be touched, pending; the earlier rules' previous
  // validation is what a failure puts back, also where a new range covers the same rows.
  writeRecord(context, withSheetRanges(record, sheetId, pendingRanges([...intact, ...ranges])), true);
  // The add-in's earlier rules come off (what they replaced goes back), then the new ones go on:
  // Excel runs the batch in order, so the cells end with the new rule.
  let bytes = 2 * ACTION_BYTES;
  for (const range of intact) {
    restore(sheet, range);
    bytes += ACTION_BYTES * (1 + 4 * range.previous.length);
  }
  for (const { target } of installed) {
    const range = rangeOf(sheet, target);
    const validation = range.dataValidation;
    validation.clear();
    applyValidation(validation, target.spec);
    bytes += ACTION_BYTES * 5;
  }
  writeRecord(context, withSheetRanges(next, sheetId, ranges.map(settled)), true);
  if (bytes > limits.requestBytes) {
    // Thousands of scattered earlier rules: nothing has been sent yet, so nothing is half done.
    throw new WorkbookFailure("payload_too_large", "validate", `validation needs ${bytes} bytes`);
  }
  writing.sheetId = sheetId;
  await context.sync();
  onProgress?.({ phase: "writing", done: 1, total: 1 });
  return {
    value,
    outcome: {
      installed: installed.map(({ target }) => addressOf(target)),
      skipped,
      replaced: installed.filter((i) => i.replaced).map(({ target }) => addressOf(target)),
    },
  };
}

// -------------------------------------------------------------------------------------------------
// Remove

async function remove(
  context: Excel.RequestContext,
  writing: Writing,
  planned: { removal: ValidationRemoval | null },
): Promise<ValidationRemoval> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("id");
  const setting = loadRecord(context);
  await context.sync();
  const { record, saved } = recordOf(setting);
  const sheetId = sheet.id;
  const ranges = record.sheets[sheetId]?.ranges ?? [];
  if (ranges.length === 0) return { removed: [], restored: [], keptAsEdited: [] };

  const now = ranges.map((range) => rangeOf(sheet, range).dataValidation.load("type,prompt"));
  await context.sync();
  const removed: string[] = [];
  const restored: string[] = [];
  const keptAsEdited: string[] = [];
  const mine = ranges.filter((range, i) => {
    const current = now[i];
    if (current === undefined || !isIntact(current, range)) {
      keptAsEdited.push(addressOf(range));
      return false;
    }
    removed.push(addressOf(range));
    if (range.previous.some((run) => run.validation !== null)) restored.push(addressOf(range));
    return true;
  });
  // Pending first: a removal that stops half way is finished from the record (see restorePending).
  if (mine.length > 0) writeRecord(context, withSheetRanges(record, sheetId, pendingRanges(mine)), true);
  for (const range of mine) restore(sheet, range);
  writeRecord(context, withSheetRanges(record, sheetId, []), saved || mine.length > 0);
  planned.removal = { removed, restored, keptAsEdited };
  writing.sheetId = sheetId;
  await context.sync();
  return { removed, restored, keptAsEdited };
}
