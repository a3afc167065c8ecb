/* global Excel */
/**
 * Writing and clearing the add-in's flags on the active sheet, each in the session it is given. Flags:
 * the ownership record first (with what the batch is about to write), then the earlier flags' deletes,
 * the new flags, and the exact record last; a batch that stops part way leaves only flags that 表示を消去
 * finds and removes, and the failure says so. Clear: deletes first, the record last.
 */
import type { ClearOutcome, FlagOutcome, FlagPlan, Planned, ProgressListener } from "../app/ports";
import type { WorkbookOperation } from "../app/workbookFailure";
import { WorkbookFailure } from "../app/workbookFailure";
import type { SheetGrid } from "../core/sheetTable";
import type { FlagKind } from "../app/flagStyle";
import { FLAG_KINDS_BOTTOM_UP, FLAG_STYLE, flagFormula } from "../app/flagStyle";
import { withoutCovered } from "../app/planFlags";
import { unreadableFailure } from "./aroundUnreadableRules";
import type { WorkbookLimits } from "./createExcelWorkbook";
import { hashText, normaliseCell, withSheetNotes } from "./flagOwnership";
import { deleteFlags, loadExistingFlags, writeRecord } from "./loadExistingFlags";
import { ACTION_BYTES, jsonBytes, utf8Length } from "./payload";
import { readUsedRange } from "./readUsedRange";
import { toWorkbookFailure } from "./toWorkbookFailure";

/** Syncs a write batch; a failure there may have left part of it done (Excel does not roll back). */
async function syncWrite(context: Excel.RequestContext, operation: WorkbookOperation): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookFailure(error, operation, true);
  }
}

/**
 * Reads the active sheet, asks `planner` what to flag, and replaces the add-in's flags with those in one
 * write batch (see WorkbookPort.flagActiveSheet).
 */
export async function flagSheet<T>(
  context: Excel.RequestContext,
  notesSupported: boolean,
  unreadable: ReadonlySet<number>,
  limits: WorkbookLimits,
  planner: (grid: SheetGrid) => Planned<T, FlagPlan>,
  onProgress: ProgressListener | undefined,
): Promise<{ value: T; outcome: FlagOutcome | null }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const existing = loadExistingFlags(context, sheet, notesSupported, unreadable, true);
  const grid = await readUsedRange(context, sheet, limits, {
    afterFirstSync: () => existing.second(),
    ...(onProgress ? { onProgress } : {}),
  });
  const { value, plan: planned } = planner(grid);
  if (planned === null) return { value, outcome: null };
  const flags = existing.done();
  if (flags.missing) throw unreadableFailure("flag", unreadable);
  // Flags never share a cell with the user's rules: Excel could then neither read nor delete them.
  const uncovered = withoutCovered(planned, flags.userRuleAreas);
  if (uncovered === null) {
    throw new WorkbookFailure(
      "rules_unreadable",
      "flag",
      `the cells of a conditional format could not be read as addresses (${flags.userRuleAreas.join(" ; ")}); nothing was written. Move or delete that rule in Manage Rules, then flag again`,
    );
  }
  const plan = uncovered.plan;

  onProgress?.({ phase: "writing", done: 0, total: 0 });
  let bytes = (flags.formatIndexes.length + flags.ownNotes.size) * ACTION_BYTES;
  for (const cell of flags.ownNotes.keys()) bytes += cell.length;

  const additions: { kind: FlagKind; address: string }[] = [];
  const areasOf: Readonly<Record<FlagKind, readonly string[]>> = {
    overdue: plan.overdueAreas,
    warning: plan.warningAreas,
    error: plan.errorAreas,
  };
  for (const kind of FLAG_KINDS_BOTTOM_UP) {
    for (const address of joinAreas(areasOf[kind], limits.areaAddressLength)) {
      additions.push({ kind, address });
      bytes += 5 * ACTION_BYTES + utf8Length(address);
    }
  }
  // The ownership record goes twice: first with what the batch is about to write, last exact.
  const ownHashes = Object.fromEntries(flags.ownNotes);
  bytes +=
    2 * ACTION_BYTES +
    jsonBytes(withSheetNotes(flags.record, flags.sheetId, ownHashes, { pendingRules: additions.length })) +
    jsonBytes(withSheetNotes(flags.record, flags.sheetId, {}, { rules: additions.length }));
  if (bytes > limits.requestBytes) {
    // Thousands of scattered cells on a huge sheet: nothing has been sent yet, so nothing is half done.
    throw new WorkbookFailure("payload_too_large", "flag", `flags need ${bytes} bytes in one request`);
  }

  // The notes that fit, with room for their entries in both records.
  const notes: Record<string, string> = {};
  const texts: { cell: string; text: string }[] = [];
  const skippedForUser: string[] = [];
  let skippedForSize = 0;
  if (notesSupported) {
    let recordBytes = 0;
    for (const note of plan.notes) {
      const cell = normaliseCell(note.cell);
      if (flags.userNotes.has(cell)) {
        skippedForUser.push(cell);
        continue;
      }
      const cost = ACTION_BYTES + jsonBytes(note.text) + cell.length;
      const entries = 2 * (cell.length + 16);
      if (bytes + recordBytes + cost + entries > limits.requestBytes) {
        skippedForSize++;
        continue;
      }
      notes[cell] = hashText(note.text);
      texts.push({ cell, text: note.text });
      bytes += cost;
      recordBytes += entries;
    }
  }

  const record = withSheetNotes(flags.record, flags.sheetId, notes, { rules: additions.length });
  const recordChanged = JSON.stringify(record) !== JSON.stringify(flags.record);
  const removes = flags.formatIndexes.length + flags.ownNotes.size;
  // Nothing to remove and nothing to add (a clean sheet, checked again): no round trip.
  if (recordChanged || additions.length > 0 || texts.length > 0 || removes > 0) {
    // Recorded first: if the batch stops part way, every note it may have left, old or new, is on
    // record, and so are rules it added but had not yet tagged.
    writeRecord(
      context,
      withSheetNotes(flags.record, flags.sheetId, ownHashes, {
        pending: notes,
        pendingRules: additions.length,
      }),
      true,
    );
    deleteFlags(sheet, existing.formats, flags);
    for (const { kind, address } of additions) {
      // Added first in priority, over the user's rules; the add-in's own never share a cell.
      const format = sheet.getRanges(address).conditionalFormats.add("Custom");
      format.custom.rule.formula = flagFormula(kind);
      format.custom.format.fill.color = FLAG_STYLE[kind].fill;
      const font = FLAG_STYLE[kind].font;
      if (font !== null) format.custom.format.font.color = font;
      format.stopIfTrue = false;
    }
    for (const { cell, text } of texts) sheet.notes.add(cell, text);
    writeRecord(context, record, true);
    await syncWrite(context, "flag");
  }
  onProgress?.({ phase: "writing", done: 1, total: 1 });

  return {
    value,
    outcome: {
      conditionalFormatsAdded: additions.length,
      notesWritten: texts.length,
      notesSkippedForUserNotes: skippedForUser,
      notesSkippedForSize: skippedForSize,
      notesSupported,
      previousFlagsRemoved: removes,
      findingCellsUnderUserRules: uncovered.findingCellsCovered,
    },
  };
}

/** Areas joined into comma-separated lists of at most `maxLength` characters (one area may be longer). */
function joinAreas(areas: readonly string[], maxLength: number): string[] {
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + 1 + area.length > maxLength) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? area : `${current},${area}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** Removes the add-in's flags from the active sheet: conditional formats and notes, then their record. */
export async function clearSheet(
  context: Excel.RequestContext,
  notesSupported: boolean,
  unreadable: ReadonlySet<number>,
): Promise<ClearOutcome> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const existing = loadExistingFlags(context, sheet, notesSupported, unreadable);
  await context.sync();
  if (existing.second() > 0) await context.sync();
  const flags = existing.done();
  if (flags.missing) throw unreadableFailure("clear", unreadable);
  const hasRecord = flags.record.sheets[flags.sheetId] !== undefined;
  if (flags.formatIndexes.length === 0 && flags.ownNotes.size === 0 && !hasRecord) {
    return { conditionalFormatsRemoved: 0, notesRemoved: 0, notesKeptAsEdited: [] };
  }
  deleteFlags(sheet, existing.formats, flags);
  // The record goes last: if the batch stops part way, the notes left are still on record.
  writeRecord(context, withSheetNotes(flags.record, flags.sheetId, {}), flags.recordSaved);
  await syncWrite(context, "clear");
  return {
    conditionalFormatsRemoved: flags.formatIndexes.length,
    notesRemoved: flags.ownNotes.size,
    notesKeptAsEdited: flags.editedNotes,
  };
}
