/* global Excel */
/**
 * The add-in's flags on a sheet, as found before a write.
 *
 * A conditional format's id is only its place in the priority order (ConditionalFormat.id: "The priority
 * of the conditional format within the current ConditionalFormatCollection",
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat): it shifts whenever someone
 * adds, deletes or reorders a rule, so the add-in keeps no ids. Its rules are found again in each session
 * by their tagged formula, read fresh, and deleted in that session's write batch by their place, the
 * highest first, so that no delete moves a rule still to be deleted. The add-in's rules never share a cell
 * with each other (planFlags), since Excel cannot read back or delete such rules (office-js #5222, #6827,
 * #6835). Nor do they ever share a cell with the user's: before flagging, the areas of every rule that is
 * not the add-in's are read with the rules (ConditionalFormat.getRanges, ExcelApi 1.9, in the same sync),
 * and their cells are cut out of the plan (planFlags.withoutCovered); the pane says how many finding cells
 * were left unflagged for that. Whether Excel can read the ranges of rules that share cells is not reported;
 * if it cannot, the flag refuses (rules_unreadable), naming the rules' places, rather than guess.
 * The user's rules that share cells with each other are left unread (aroundUnreadableRules); when one
 * shares cells with the add-in's (flags set before this rule, or a user's rule added since), its rules
 * cannot all be found, and it refuses, saying why.
 */
import { isFlagFormula } from "../app/flagStyle";
import type { FlagRecord } from "./flagOwnership";
import {
  FLAG_RECORD_KEY,
  hashText,
  isOwnNote,
  isRecordedCell,
  normaliseCell,
  readFlagRecord,
} from "./flagOwnership";

/** Response bytes of one rule's formula and of one note's location, for sizing the read they go with. */
const RULE_BYTES = 80;
/** Response bytes of the areas one rule covers (usually one or two addresses with the sheet's name). */
const RULE_AREA_BYTES = 160;
const LOCATION_BYTES = 64;

export interface ExistingFlags {
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

/**
 * Queues the loads that find the add-in's flags: the first part goes with the next sync, the second
 * (rules and note locations, which need the first) is queued by `second`, and `done` reads it all.
 */
export function loadExistingFlags(
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
export function deleteFlags(
  sheet: Excel.Worksheet,
  formats: Excel.ConditionalFormatCollection,
  flags: ExistingFlags,
) {
  for (const index of [...flags.formatIndexes].sort((a, b) => b - a)) formats.getItemAt(index).delete();
  for (const cell of flags.ownNotes.keys()) sheet.notes.getItem(cell).delete();
}

/** Saves the ownership record, or deletes the saved one when it no longer names a sheet. */
export function writeRecord(context: Excel.RequestContext, record: FlagRecord, saved: boolean): void {
  if (Object.keys(record.sheets).length > 0) context.workbook.settings.add(FLAG_RECORD_KEY, record);
  else if (saved) context.workbook.settings.getItem(FLAG_RECORD_KEY).delete();
}
