/* global Excel */
/**
 * The workbook port over Office.js. Each method is one Excel.run with a fixed number of context.sync()
 * calls for a sheet that fits in one request (check: 1–2, flag: 2–3, clear: ≤ 3), more only when the
 * sheet's bytes pass Excel's request limit (see readUsedRange). Reads and writes go by whole ranges. The
 * areas of the user's conditional formats, which flags keep off, are read with the rules, in the same sync.
 *
 * Writes are validated before anything is sent and then go in one batch. Excel runs a batch up to its
 * first failing action and keeps what ran (https://learn.microsoft.com/javascript/api/office/officeextension.error),
 * so each write is ordered for that. Flags: the ownership record first (with what the batch is about to
 * write), then the earlier flags' deletes, the new flags, and the exact record last; a batch that stops
 * part way leaves only flags that 表示を消去 finds and removes, and the failure says so. Clear: deletes
 * first, the record last. Computed columns for a very large table need several batches; if one fails,
 * the blocks sent are undone (their cells were empty, and their number formats were read before writing).
 */
import type {
  ClearOutcome,
  ComputedColumnsPlan,
  ComputedColumnsWrite,
  FlagOutcome,
  FlagPlan,
  Planned,
  ProgressListener,
  SelectedRange,
  WorkbookPort,
} from "../app/ports";
import type { WorkbookOperation } from "../app/workbookFailure";
import { WorkbookFailure, isWorkbookFailure } from "../app/workbookFailure";
import type { SheetGrid } from "../core/sheetTable";
import { columnLetter } from "../core/sheetTable";
import type { ExcelHost } from "./excelHost";
import type { FlagKind } from "../app/flagStyle";
import { FLAG_KINDS_BOTTOM_UP, FLAG_STYLE, flagFormula, isFlagFormula } from "../app/flagStyle";
import { withoutCovered } from "../app/planFlags";
import type { FlagRecord } from "./flagOwnership";
import {
  FLAG_RECORD_KEY,
  hashText,
  isOwnNote,
  isRecordedCell,
  normaliseCell,
  readFlagRecord,
  withSheetNotes,
} from "./flagOwnership";
import { ACTION_BYTES, REQUEST_BUDGET_BYTES, jsonBytes, utf8Length } from "./payload";
import type { ReadLimits } from "./readUsedRange";
import { readUsedRange } from "./readUsedRange";
import { runSession } from "./runSession";
import { toWorkbookFailure } from "./toWorkbookFailure";

export interface WorkbookLimits extends ReadLimits {
  /** Largest request to send, in bytes. */
  readonly requestBytes: number;
  /** Longest list of areas given to one conditional format (characters of its address). */
  readonly areaAddressLength: number;
}

export const DEFAULT_LIMITS: WorkbookLimits = {
  requestBytes: REQUEST_BUDGET_BYTES,
  responseBytes: REQUEST_BUDGET_BYTES,
  firstRows: 100,
  areaAddressLength: 2000,
};

/** Response bytes of one rule's formula and of one note's location, for sizing the read they go with. */
const RULE_BYTES = 80;
/** Response bytes of the areas one rule covers (usually one or two addresses with the sheet's name). */
const RULE_AREA_BYTES = 160;
const LOCATION_BYTES = 64;

/** How many occupied cells a refusal lists (it also gives the count). */
const OCCUPIED_LISTED = 20;

/**
 * The workbook port for the Excel the add-in runs in.
 * @example const workbook = createExcelWorkbook(officeHost()); await workbook.readActiveSheet()
 */
export function createExcelWorkbook(host: ExcelHost, limits: WorkbookLimits = DEFAULT_LIMITS): WorkbookPort {
  const session = <T>(operation: WorkbookOperation, batch: (context: Excel.RequestContext) => Promise<T>) =>
    runSession(host, operation, batch);

  return {
    readActiveSheet: (onProgress) =>
      session("read", (context) =>
        readUsedRange(context, context.workbook.worksheets.getActiveWorksheet(), limits, { onProgress }),
      ),

    readSelection: async () => {
      try {
        return await session("read", async (context) => {
          const range = context.workbook.getSelectedRange();
          range.load("address,rowIndex,columnIndex,rowCount,columnCount");
          await context.sync();
          return selectionOf(range);
        });
      } catch (error) {
        // A chart or a shape is selected: there is no range to map, which is not a failure.
        if ((error as { detail?: string }).detail?.startsWith("InvalidSelection")) return null;
        throw error;
      }
    },

    flagActiveSheet: (planner, onProgress) =>
      aroundUnreadableRules(
        host,
        (skip) =>
          session("flag", (context) =>
            flagSheet(context, host.supportsNotes(), skip, limits, planner, onProgress),
          ),
        "flag",
      ),

    clearFlags: () =>
      aroundUnreadableRules(
        host,
        (skip) => session("clear", (context) => clearSheet(context, host.supportsNotes(), skip)),
        "clear",
      ),

    writeComputedColumns: (planner, onProgress) => writeComputed(host, limits, planner, onProgress),

    selectCell: (sheetName, address) =>
      session("select", async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }),
  };
}

function selectionOf(range: Excel.Range): SelectedRange {
  const address = range.address;
  const bang = address.lastIndexOf("!");
  let sheetName = bang >= 0 ? address.slice(0, bang) : "";
  if (sheetName.startsWith("'") && sheetName.endsWith("'"))
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  return {
    sheetName,
    address: bang >= 0 ? address.slice(bang + 1) : address,
    firstRow: range.rowIndex + 1,
    firstColumn: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

// -------------------------------------------------------------------------------------------------
// The add-in's flags on a sheet, as found before a write
//
// A conditional format's id is only its place in the priority order (ConditionalFormat.id: "The priority
// of the conditional format within the current ConditionalFormatCollection",
// https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat): it shifts whenever someone
// adds, deletes or reorders a rule, so the add-in keeps no ids. Its rules are found again in each session
// by their tagged formula, read fresh, and deleted in that session's write batch by their place, the
// highest first, so that no delete moves a rule still to be deleted. The add-in's rules never share a cell
// with each other (planFlags), since Excel cannot read back or delete such rules (office-js #5222, #6827,
// #6835). Nor do they ever share a cell with the user's: before flagging, the areas of every rule that is
// not the add-in's are read with the rules (ConditionalFormat.getRanges, ExcelApi 1.9, in the same sync),
// and their cells are cut out of the plan (planFlags.withoutCovered); the pane says how many finding cells
// were left unflagged for that. Whether Excel can read the ranges of rules that share cells is not reported;
// if it cannot, the flag refuses (rules_unreadable), naming the rules' places, rather than guess.
// The user's rules that share cells with each other are left unread (aroundUnreadableRules); when one
// shares cells with the add-in's (flags set before this rule, or a user's rule added since), its rules
// cannot all be found, and it refuses, saying why.

interface ExistingFlags {
  /** Places, in the sheet's priority order, of conditional formats whose rule carries the add-in's tag. */
  readonly formatIndexes: readonly number[];
  /** Notes the add-in wrote and nobody edited since: cell → hash of their text. */
  readonly ownNotes: ReadonlyMap<string, string>;
  /** Notes the add-in wrote that were edited since. */
  readonly editedNotes: readonly string[];
  /** Every other note on the sheet: the user's. */
  readonly userNotes: ReadonlySet<string>;
  /** The areas (addresses) of every conditional format that is not the add-in's; empty unless asked for. */
  readonly userRuleAreas: readonly string[];
  readonly record: FlagRecord;
  /** Whether the workbook has a record setting at all (an empty record is deleted, not saved). */
  readonly recordSaved: boolean;
  readonly sheetId: string;
  /**
   * Whether some of the add-in's rules may be among those Excel could not read: fewer found than the
   * last write added, or a write that stopped part way.
   */
  readonly missing: boolean;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * Queues the loads that find the add-in's flags: the first part goes with the next sync, the second
 * (rules and note locations, which need the first) is queued by `second`, and `done` reads it all.
 */
function loadExistingFlags(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  notesSupported: boolean,
  /** Places of rules Excel cannot read (they share cells with another): not asked for. */
  unreadable: ReadonlySet<number>,
  /** Whether to read the areas of the rules too (to keep new flags off the user's rules). */
  withAreas = false,
) {
  sheet.load("id");
  const formats = sheet.getRange().conditionalFormats.load("items/type");
  const notes = notesSupported ? sheet.notes.load("items/content") : null;
  const record = context.workbook.settings.getItemOrNullObject(FLAG_RECORD_KEY).load("value");
  let rules: { index: number; rule: Excel.ConditionalFormatRule }[] = [];
  let locations: { content: string; location: Excel.Range }[] = [];
  let areas: { index: number; ranges: Excel.RangeAreas }[] = [];

  return {
    formats,
    /** Queues the second part; returns the bytes expected back (0: nothing to load). */
    second(): number {
      // Only Custom rules can be the add-in's: other types' rules are never read.
      rules = formats.items.flatMap((format, index) =>
        format.type === "Custom" && !unreadable.has(index)
          ? [{ index, rule: format.custom.rule.load("formula") }]
          : [],
      );
      locations = (notes?.items ?? []).map((note) => ({
        content: note.content,
        location: note.getLocation().load("address"),
      }));
      areas = withAreas
        ? formats.items.map((format, index) => ({ index, ranges: format.getRanges().load("address") }))
        : [];
      return rules.length * RULE_BYTES + locations.length * LOCATION_BYTES + areas.length * RULE_AREA_BYTES;
    },
    done(): ExistingFlags {
      const flagRecord = readFlagRecord(record.isNullObject ? null : record.value);
      const entry = flagRecord.sheets[sheet.id];
      const ownNotes = new Map<string, string>();
      const userNotes = new Set<string>();
      const editedNotes: string[] = [];
      for (const { content, location } of locations) {
        const cell = normaliseCell(location.address);
        if (isOwnNote(entry, cell, content)) ownNotes.set(cell, hashText(content));
        else {
          userNotes.add(cell);
          if (isRecordedCell(entry, cell)) editedNotes.push(cell);
        }
      }
      // A write that stopped between adding a rule and tagging it left Custom rules without a formula:
      // the first ones, as the add-in's rules go on top.
      let untagged = entry?.pendingRules ?? 0;
      const formatIndexes: number[] = [];
      for (const { index, rule } of rules) {
        if (isFlagFormula(rule.formula)) formatIndexes.push(index);
        else if (rule.formula === "" && untagged > 0) {
          formatIndexes.push(index);
          untagged--;
        }
      }
      const own = new Set(formatIndexes);
      return {
        formatIndexes,
        ownNotes,
        editedNotes,
        userNotes,
        userRuleAreas: areas.filter(({ index }) => !own.has(index)).map(({ ranges }) => ranges.address),
        record: flagRecord,
        recordSaved: !record.isNullObject,
        sheetId: sheet.id,
        missing:
          unreadable.size > 0 &&
          (formatIndexes.length < (entry?.rules ?? 0) || (entry?.pendingRules ?? 0) > 0),
      };
    },
  };
}

/**
 * Queues the deletes of the add-in's earlier flags: conditional formats by their place, the highest
 * first (each delete moves only the rules after it up), then its notes.
 */
function deleteFlags(
  sheet: Excel.Worksheet,
  formats: Excel.ConditionalFormatCollection,
  flags: ExistingFlags,
) {
  for (const index of [...flags.formatIndexes].sort((a, b) => b - a)) formats.getItemAt(index).delete();
  for (const cell of flags.ownNotes.keys()) sheet.notes.getItem(cell).delete();
}

/**
 * Runs a flag or clear session. When it fails before writing, for no reason Excel names, the cause may be
 * rules that share cells, which Excel cannot read (office-js #6827, #6835): each Custom rule is then read
 * on its own, and the session runs again without the unreadable ones. It refuses (rules_unreadable) when
 * some of the add-in's own rules may be among them, as it could not tell them from the user's. A flag
 * also reads every rule's area; when Excel will not give a rule's area, the flag refuses, naming the rule's
 * place, as it could not keep its flags off that rule's cells (the docs and reports are silent on this).
 */
async function aroundUnreadableRules<T>(
  host: ExcelHost,
  run: (unreadable: ReadonlySet<number>) => Promise<T>,
  operation: "flag" | "clear",
): Promise<T> {
  try {
    return await run(NONE);
  } catch (error) {
    if (!isWorkbookFailure(error) || error.code !== "general" || error.partialWrite) throw error;
    const unreadable = await unreadableRules(host, operation === "flag");
    if (unreadable === null) throw error;
    if (unreadable.areas.size > 0) throw unreadableAreaFailure(unreadable.areas);
    if (unreadable.formulas.size === 0) throw error;
    return await run(unreadable.formulas);
  }
}

/**
 * The places of the active sheet's Custom rules whose formula Excel will not give, each asked for in a
 * session of its own (a failing read stops its whole batch). Only after a failure, so the extra round
 * trips cost nothing on a sheet Excel can read. Null when even the rules' types cannot be read.
 */
async function unreadableRules(
  host: ExcelHost,
  withAreas: boolean,
): Promise<{ formulas: ReadonlySet<number>; areas: ReadonlySet<number> } | null> {
  let types: string[];
  try {
    types = await host.run(async (context) => {
      const formats = context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats;
      formats.load("items/type");
      await context.sync();
      return formats.items.map((format) => String(format.type));
    });
  } catch {
    return null;
  }
  const formulas = new Set<number>();
  const areas = new Set<number>();
  const probe = async (index: number, load: (format: Excel.ConditionalFormat) => void) => {
    try {
      await host.run(async (context) => {
        const formats = context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats;
        load(formats.getItemAt(index));
        await context.sync();
      });
      return true;
    } catch {
      return false;
    }
  };
  for (const [index, type] of types.entries()) {
    if (type === "Custom" && !(await probe(index, (format) => format.custom.rule.load("formula"))))
      formulas.add(index);
    if (withAreas && !(await probe(index, (format) => format.getRanges().load("address")))) areas.add(index);
  }
  return { formulas, areas };
}

function unreadableAreaFailure(places: ReadonlySet<number>): WorkbookFailure {
  return new WorkbookFailure(
    "rules_unreadable",
    "flag",
    `Excel did not give the cells that conditional formats cover (priority ${[...places].join(", ")}), so flags could land on them and share their cells; nothing was written. Move or delete those rules in Manage Rules, then flag again`,
  );
}

function unreadableFailure(operation: WorkbookOperation, unreadable: ReadonlySet<number>): WorkbookFailure {
  const places = [...unreadable].join(", ");
  return new WorkbookFailure(
    "rules_unreadable",
    operation,
    `conditional formats that share cells cannot be read (priority ${places}); the add-in's may be among them`,
  );
}

/** Syncs a write batch; a failure there may have left part of it done (Excel does not roll back). */
async function syncWrite(context: Excel.RequestContext, operation: WorkbookOperation): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookFailure(error, operation, true);
  }
}

// -------------------------------------------------------------------------------------------------
// Flag

async function flagSheet<T>(
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

function writeRecord(context: Excel.RequestContext, record: FlagRecord, saved: boolean): void {
  if (Object.keys(record.sheets).length > 0) context.workbook.settings.add(FLAG_RECORD_KEY, record);
  else if (saved) context.workbook.settings.getItem(FLAG_RECORD_KEY).delete();
}

// -------------------------------------------------------------------------------------------------
// Clear

async function clearSheet(
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

// -------------------------------------------------------------------------------------------------
// Computed columns

interface Block {
  /** 0-based first row and row count of the block. */
  readonly row: number;
  readonly rows: number;
  readonly formulas: string[][];
  readonly formats: string[][];
  /** The block's number formats before the write, to put back if a later block fails. */
  readonly originalFormats: string[][];
}

async function writeComputed<T>(
  host: ExcelHost,
  limits: WorkbookLimits,
  planner: (grid: SheetGrid) => Planned<T, ComputedColumnsPlan>,
  onProgress: ProgressListener | undefined,
): Promise<{ value: T; write: ComputedColumnsWrite | null }> {
  // Blocks sent to Excel, including one whose batch failed: Excel may have run part of it.
  const attempted: Block[] = [];
  let sheetName = "";
  let column = 0;
  try {
    return await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const grid = await readUsedRange(context, sheet, limits, onProgress ? { onProgress } : {});
      sheetName = grid.name;
      const { value, plan } = planner(grid);
      if (plan === null) return { value, write: null };
      column = plan.firstColumn;

      // What is in the target area now: any value or formula there means no write at all.
      const top = plan.headerRow - 1;
      const bottom = (plan.rows[plan.rows.length - 1]?.row ?? plan.headerRow) - 1;
      const width = plan.headers.length;
      const current = await readFormulasAndFormats(
        context,
        sheet,
        top,
        bottom - top + 1,
        plan.firstColumn,
        width,
        limits,
      );
      const occupied: string[] = [];
      let occupiedCount = 0;
      current.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula === "" || formula === null) return;
          occupiedCount++;
          if (occupied.length < OCCUPIED_LISTED)
            occupied.push(`${columnLetter(plan.firstColumn + c)}${top + r + 1}`);
        }),
      );
      if (occupiedCount > 0) return { value, write: { written: false, occupied, occupiedCount } };

      const blocks = blocksOf(plan, top, bottom, current.formats, limits.requestBytes);
      for (const block of blocks) {
        const range = sheet.getRangeByIndexes(block.row, plan.firstColumn, block.rows, width);
        range.formulas = block.formulas;
        range.numberFormat = block.formats;
        attempted.push(block);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of about 4 MB: more than one only when the data passes Excel's request limit
        await context.sync();
        onProgress?.({ phase: "writing", done: block.row + block.rows - top, total: bottom - top + 1 });
      }
      const address = `${columnLetter(plan.firstColumn)}${top + 1}:${columnLetter(plan.firstColumn + width - 1)}${bottom + 1}`;
      return { value, write: { written: true, address, cells: plan.rows.length * width + width } };
    });
  } catch (error) {
    if (attempted.length === 0) throw toWorkbookFailure(error, "compute");
    const undone = await undoBlocks(host, sheetName, column, attempted);
    throw toWorkbookFailure(error, "compute", !undone);
  }
}

async function readFormulasAndFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  rows: number,
  column: number,
  columns: number,
  limits: WorkbookLimits,
): Promise<{ formulas: unknown[][]; formats: string[][] }> {
  // An empty cell comes back as "" and "General": about 14 bytes; the budget allows for more.
  const perRow = columns * 32;
  const blockRows = Math.max(1, Math.floor(limits.responseBytes / perRow));
  const formulas: unknown[][] = [];
  const formats: string[][] = [];
  for (let start = 0; start < rows; start += blockRows) {
    const range = sheet
      .getRangeByIndexes(row + start, column, Math.min(blockRows, rows - start), columns)
      .load("formulas,numberFormat");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of about 4 MB: more than one only when the data passes Excel's request limit
    await context.sync();
    formulas.push(...range.formulas);
    formats.push(...(range.numberFormat as string[][]));
  }
  return { formulas, formats };
}

/** The target area as blocks of rows, each small enough for one request. */
function blocksOf(
  plan: ComputedColumnsPlan,
  top: number,
  bottom: number,
  formats: readonly string[][],
  budget: number,
): Block[] {
  const width = plan.headers.length;
  const byRow = new Map<number, readonly string[]>();
  for (const row of plan.rows) byRow.set(row.row - 1, row.formulas);
  const blocks: Block[] = [];
  let block: { row: number; formulas: string[][]; formats: string[][]; originalFormats: string[][] } | null =
    null;
  let bytes = 0;
  for (let r = top; r <= bottom; r++) {
    const original = [...(formats[r - top] ?? Array.from({ length: width }, () => "General"))];
    const formulas =
      r === top ? [...plan.headers] : [...(byRow.get(r) ?? Array.from({ length: width }, () => ""))];
    // The header row and rows between table rows keep their format; formula rows get the column's.
    const rowFormats = byRow.has(r) ? [...plan.numberFormats] : original;
    const rowBytes = jsonBytes(formulas) + jsonBytes(rowFormats) + 2;
    if (block !== null && bytes + rowBytes > budget) {
      blocks.push({ ...block, rows: block.formulas.length });
      block = null;
    }
    if (block === null) {
      block = { row: r, formulas: [], formats: [], originalFormats: [] };
      bytes = 2 * ACTION_BYTES;
    }
    block.formulas.push(formulas);
    block.formats.push(rowFormats);
    block.originalFormats.push(original);
    bytes += rowBytes;
  }
  if (block !== null) blocks.push({ ...block, rows: block.formulas.length });
  return blocks;
}

/**
 * Undoes blocks written before a failure: their cells were empty, so emptying them and putting back
 * the number formats read before the write restores them. One batch per block, as each was written.
 * True when the undo went through.
 */
async function undoBlocks(
  host: ExcelHost,
  sheetName: string,
  column: number,
  blocks: readonly Block[],
): Promise<boolean> {
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      for (const block of blocks) {
        const width = block.formulas[0]?.length ?? 1;
        const range = sheet.getRangeByIndexes(block.row, column, block.rows, width);
        range.formulas = block.formulas.map((row) => row.map(() => ""));
        range.numberFormat = block.originalFormats;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of about 4 MB: more than one only when the data passes Excel's request limit
        await context.sync();
      }
    });
    return true;
  } catch {
    return false;
  }
}
