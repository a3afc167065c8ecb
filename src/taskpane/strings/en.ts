import type { ComputedColumnsUnsupported } from "../../app/appIssue";
import { formatFiscalYear } from "../../core/messages/formatDate";
import { formatItemMarker } from "../../core/text";
import type { UiStrings } from "./uiStrings";

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const UNSUPPORTED: Readonly<Record<ComputedColumnsUnsupported["reason"], string>> = {
  no_actual:
    "There is no actual (実績値) column, so achievement cannot be computed. Map the actual column first.",
  no_target:
    "There is no target (目標値) column, so achievement cannot be computed. Map the target column first.",
  no_period: "There is no deadline (期間・期限) column, so due dates cannot be computed. Map it first.",
  no_rows: "There are no rows to compute.",
};

/** What an insert or deletion may not keep, for revised_target_blocked. */
const BLOCKERS = {
  table: "an Excel table",
  merged_cells: "merged cells",
  conditional_format: "conditional formats (the check's highlights included)",
  validation: "data validation",
} as const;

/** What the add-in itself can take off first, so that the column can be inserted or deleted after all. */
const BLOCKER_FIRST: Readonly<Record<keyof typeof BLOCKERS, string>> = {
  table: "",
  merged_cells: "",
  conditional_format: "If these are the check's highlights, Clear them and press again. Otherwise: ",
  validation:
    "If this is the add-in's data validation, remove it (Remove validation) and press again. Otherwise: ",
};

export const en: UiStrings = {
  title: "KPI Sheet Checker",
  sheet: (name) => `Sheet "${name}"`,
  layout: {
    heading: "Table layout",
    names: { goal_sheet: "Priority-goal sheet (重点目標管理シート)", kpi_list: "KPI list" },
    headerRow: (row) => `Header: row ${row}`,
    notFound: "No table header was found. Choose the layout and the header row, then map each column.",
    chooseLayout: "Layout",
    headerRowLabel: "Header row",
    roles: {
      item: "Item number (①)",
      initiative: "Initiative",
      period: "Deadline",
      numericTarget: "Numeric target",
      midtermReport: "Midterm report",
      finalReport: "Final report",
      kpi: "KPI",
      baseline: "Baseline",
      target: "Target",
      revisedTarget: "Revised target",
      baselineTarget: "Baseline ⇒ target",
      actual: "Actual",
      status: "Status",
      unit: "Unit",
    },
    none: "(none)",
    recognised: "Found",
    chosen: "Chosen",
    useSelection: "Map the selection",
    useSelectionFor: "Map it as",
    reload: "Read the sheet again",
    summary: (layout, fiscalYear, rows) =>
      [layout, fiscalYear, plural(rows, "row", "rows")].filter(Boolean).join(" · "),
    mapByHand: "Map the columns of an existing table",
    noTable:
      "This sheet has no table. Add a new sheet from a form (for an existing table, map its columns under “Map the columns of an existing table” below).",
  },
  sections: {
    sheet: "Flags, computed columns, validation",
    newYear: "New fiscal year",
    summary: "Summary",
    settings: "Settings and self-test",
  },
  period: {
    fiscalYear: "Fiscal year",
    fiscalYearHint: {
      option: "As entered.",
      sheet: "Read from the sheet's title.",
      as_of: "The title names no year: the as-of date's fiscal year is used.",
    },
    asOf: "As of",
    asOfToday: "Today.",
    asOfChosen: "The sheet is judged on this date (saved in the workbook).",
    useToday: "Use today",
    judgedOn: (date) => `Judged as of ${date}`,
  },
  check: {
    button: "Check before submission",
    summary: (errors, warnings, overdueRows, rows) =>
      `${plural(rows, "row", "rows")} checked: ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(overdueRows, "overdue row", "overdue rows")}`,
    unreadRows: (count) => ` (${plural(count, "row was", "rows were")} not read and not checked)`,
    ready: "Ready to submit",
    readyDetail: (warnings) =>
      warnings > 0
        ? `No errors. Please also look at the ${plural(warnings, "warning", "warnings")}.`
        : "No errors and no warnings.",
    readyWithCaveats: (warnings, overdueRows) =>
      `Ready to submit (look at ${[
        warnings > 0 ? plural(warnings, "warning", "warnings") : "",
        overdueRows > 0 ? plural(overdueRows, "overdue row", "overdue rows") : "",
      ]
        .filter(Boolean)
        .join(" and ")})`,
    readyWithCaveatsDetail: "No errors. Select a cell in the list below to look at it.",
    notReady: "Fix before submitting",
    notReadyDetail: (errors) =>
      `There ${errors === 1 ? "is 1 error" : `are ${errors} errors`}. Select a cell to fix it.`,
    errors: (count) => `Errors (${count})`,
    warnings: (count) => `Warnings (${count})`,
    noFindings: "Nothing to report.",
    selectCell: (cell) => `Select cell ${cell}`,
  },
  actions: {
    heading: "In the sheet",
    flag: "Flag",
    flagHint:
      "Colours overdue rows and cells with findings and adds notes (values and cell formats are not changed).",
    clear: "Clear flags",
    compute: "Add computed columns",
    computeColumn: "Starting column",
    computeColumnAuto: "First empty column right of the table",
    computeHint:
      "Adds achievement, progress, grade and status (on a goal sheet: due date and overdue, and with an 実績値 column achievement, grade and status) as formulas, into empty cells only.",
  },
  settings: {
    heading: "Settings",
    gradePreset: "Grading",
    gradePresets: {
      abcd_100_80_60: "A ≥100%, B ≥80%, C ≥60%, D",
      abcd_100_90_80: "A ≥100%, B ≥90%, C ≥80%, D",
      marks: "◎ achieved, ○ on track, △ behind, × no progress",
    },
    startMonth: "Fiscal year starts in",
    month: (month) => MONTHS[month - 1] ?? String(month),
    statusOptions: "Status choices (the dropdown Prepare sets)",
    statusOptionsHint:
      "Separate them with commas. Leave it empty for the defaults (未着手, 実施中, 完了, 中止).",
  },
  busy: {
    reading: "Reading the sheet…",
    checking: "Checking…",
    writing: "Writing to the sheet…",
    starting: "Getting ready…",
  },
  notices: {
    flagged: (formats, notes) =>
      `Flagged in the sheet (${plural(formats, "conditional format", "conditional formats")}, ${plural(notes, "note", "notes")}).`,
    flaggedUserNotes: (cells) => `Cells that already have a note (${cells}) got no note from the checker.`,
    flaggedUnderUserRules: (count) =>
      `${plural(count, "cell with findings is", "cells with findings are")} not coloured because your own conditional formatting covers them (where two rules share cells, Excel does not let the add-in clear its own). See the list and the notes for what they say.`,
    flaggedForSize: (count) =>
      `There are many findings: ${plural(count, "cell is", "cells are")} coloured without a note.`,
    flaggedNoNotes: "This Excel has no notes: cells are coloured only.",
    cleared: (formats, notes) =>
      `Flags cleared (${plural(formats, "conditional format", "conditional formats")}, ${plural(notes, "note", "notes")}).`,
    clearedKept: (cells) => `Notes that someone edited (${cells}) were kept.`,
    flagPartialWrite:
      "Writing the flags (colours and notes) stopped part way, so some of them may be on the sheet. Flag again, or use Clear flags to remove them.",
    clearPartialWrite:
      "Clearing stopped part way, so some flags (colours and notes) may remain. Use Clear flags again.",
    computed: (address) => `Computed columns added (${address}).`,
    dismiss: "Dismiss",
  },
  summary: {
    heading: "Summary",
    show: "Show summary",
    buildSheet: "Make summary sheet",
    hint: "Counts every goal sheet and KPI list in the workbook. The summary sheet holds formulas referencing the sheets and a chart, which Excel updates when values change.",
    chartLabel: "Status by sheet",
    buckets: {
      achieved: "Achieved",
      on_track: "On track",
      behind: "Behind",
      overdue: "Overdue",
      no_status: "No status",
    },
    items: (count) => `${count} ${count === 1 ? "item" : "items"}`,
    barLabel: (sheet, counts) => `${sheet}: ${counts}`,
    count: (bucket, count) => `${bucket} ${count}`,
    separator: ", ",
    grades: (grades) => `Grades ${grades}`,
    built: (sheet, replaced) =>
      replaced ? `The summary sheet "${sheet}" was made again.` : `The summary sheet "${sheet}" was made.`,
    removeSheet: "Delete summary sheet",
    removed: (sheet) => `The summary sheet "${sheet}" was deleted.`,
    removedNone: "There is no summary sheet made by this add-in.",
    partialWrite:
      "A half-made summary sheet may be left in the workbook. Right-click its tab, delete it, then try again.",
  },
  collect: {
    heading: "Collect files",
    built: (sheet, replaced) =>
      replaced
        ? `The collected sheet "${sheet}" was made again.`
        : `The collected sheet "${sheet}" was made.`,
    partialWrite: "A half-made collected sheet may be left. Right-click its tab, delete it, then try again.",
  },
  failures: {
    cell_edit_mode: {
      title: "A cell is being edited",
      action: "Press Enter or Esc to finish editing the cell, then try again.",
    },
    access_denied: {
      title: "The sheet cannot be changed",
      action: "Unprotect the sheet, or open the workbook for editing, then try again.",
    },
    payload_too_large: {
      title: "The sheet is too large to send at once",
      action: "Delete unused rows or columns to make the table smaller, or split the sheet, then try again.",
    },
    not_found: {
      title: "The sheet or cell was not found",
      action: "It may have been renamed or deleted. Read the sheet again.",
    },
    not_supported: {
      title: "This Excel does not support this",
      action: "Update Excel, or try Excel on the web.",
    },
    busy: { title: "Excel is not responding", action: "Wait a moment, then try again." },
    conflict: {
      title: "Someone else is editing at the same time",
      action: "Wait for their changes to arrive, then try again.",
    },
    rules_unreadable: {
      title: "Excel cannot read this sheet's conditional formatting rules",
      action:
        "Another conditional formatting rule covers cells the add-in has coloured. When two rules cover the same cells, Excel does not let add-ins read them (a known Excel problem). In Home > Conditional Formatting > Manage Rules (Show formatting rules for: This Worksheet), move the overlapping rule's range off the table or delete it, then try again.",
    },
    general: {
      title: "Excel could not do this",
      action: "Try again. If it keeps failing, reopen the workbook.",
    },
  },
  nothingWritten: "Nothing was written to the sheet.",
  partialWrite:
    "Part of it may have been written. Check the computed columns' cells and delete them if unwanted.",
  unexpected: {
    title: "Something unexpected went wrong",
    action: "Close and reopen the pane. If it happens again, send the details below to your support contact.",
  },
  newYear: {
    partialWrite:
      "A half-made sheet may be left. The source sheet was not changed. Right-click the new sheet's tab, delete it, and try again.",
    heading: "New fiscal year",
    carry: "Carry forward to next year",
    carryHint:
      "Copies this sheet as next year's: items and targets stay; interim and final reports, actuals and status are emptied; the years in the title and in 期間・期限 move on. This sheet is not changed.",
    carried: (sheet, fromYear, toYear, emptied) =>
      `"${sheet}" was created (${formatFiscalYear(fromYear, "en")} → ${formatFiscalYear(toYear, "en")}; ${emptied} cells emptied).`,
    carriedFlags: (count) =>
      `${count} flags (colours and notes) that came with the copy were taken off the new sheet.`,
    carriedSchedule: (count) =>
      `${count} ${count === 1 ? "year" : "years"} in 期間・期限 moved on to the next fiscal year.`,
    carriedScheduleLeft: (parts) =>
      `These years in 期間・期限 were left as written (outside the fiscal year, or with no month): check them on the new sheet: ${parts}`,
    template: "New sheet",
    templateKind: "Form",
    templateKinds: { goal_sheet: "Priority-goal sheet", kpi_list: "KPI list (actuals for 4 years)" },
    templateYear: "Fiscal year of the new sheet",
    templateHint:
      "Adds a blank form as a new sheet, with column widths, wrapping, print setup (landscape, fit to width), data validation and computed columns. No existing sheet is changed.",
    inserted: (sheet) => `Sheet "${sheet}" was added.`,
  },
  selfTest: {
    heading: "Self-test",
    hint: "Checks on a temporary sheet that each feature of the add-in works in your Excel. The temporary sheet is deleted at the end and the workbook is left as it was. Do not switch sheets while it runs.",
    run: "Run self-test",
    running: "Checking…",
    resultsLabel: "Self-test results",
    capabilities: {
      read: "Reading a sheet",
      flag: "Flags (conditional formats)",
      notes: "Notes",
      clear: "Clearing flags",
      validation: "Data validation, set and restored",
      copy: "Sheet copy (carry forward)",
      chart: "Summary sheet and chart",
      function: "KPI formulas",
      settings: "Settings saved and read back",
      restore: "Workbook put back",
    },
    status: { pass: "OK", fail: "Failed", skip: "Skipped" },
    skipped: {
      notes_unsupported: "This Excel has no notes (ExcelApi 1.18 or later needed).",
      not_available: "This Excel does not offer this feature.",
      setup_failed: "Not checked: the temporary sheet could not be made.",
    },
    host: (version, platform, excelApi) => `Excel ${version} (${platform}, ExcelApi ${excelApi})`,
    summary: (passed, failed, skipped) =>
      `${passed} OK, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`,
    failedHint:
      "Features marked Failed do not work as expected in this Excel. Choose Copy results and paste them into a support request.",
    reportTitle: (date) => `KPI Sheet Checker self-test (${date})`,
    copy: "Copy results",
    copied: "Results copied. Paste them into your support request.",
    copyFailed: "Could not copy. Select the text below and copy it.",
    reportLabel: "Self-test results (text)",
  },
  prepare: {
    partialWrite:
      "Some data validation may be left half written. Choose Remove validation to put the earlier rules back.",
    heading: "Data validation",
    prepare: "Prepare sheet",
    prepareHint:
      "Adds a dropdown to the status column, a date rule to date columns, and input examples to baseline, target, actual and period cells. Existing rules are replaced only if you agree.",
    remove: "Remove validation",
    conflict: (ranges) =>
      `These ranges already have data validation and were left as they are: ${ranges}. Replace it? (Removing puts it back.)`,
    replace: "Replace",
    prepared: (ranges) => `Data validation added (${ranges}).`,
    preparedReplaced: (ranges) => `Existing rules replaced (${ranges}); removing puts them back.`,
    preparedSkipped: (ranges) => `Ranges with existing rules were not changed (${ranges}).`,
    removed: (ranges) => `Data validation removed (${ranges}).`,
    removedRestored: (ranges) => `The earlier rules are back (${ranges}).`,
    removedKept: (ranges) => `Rules changed since they were added were left in place (${ranges}).`,
    removedNone: "This sheet has no data validation added by the add-in.",
  },
  candidates: {
    heading: "Actual values found in the reports",
    hint: 'Numbers in the midterm and final reports that may be the actual. A value you confirm or type is written as text into an "実績値" column right of the table.',
    rowTitle: (row) => `Row ${row}`,
    target: "Target",
    candidatesOf: (group) => `Candidates for ${group}`,
    achievement: (rate) => `Achievement ${rate}`,
    noAchievement: "Achievement —",
    source: (sentence) => `"${sentence}"`,
    current: (text) => `実績値 column: ${text}`,
    confirm: "Confirm",
    typed: "Other value",
    typedPlaceholder: "e.g. 85%",
    type: "Enter",
    dismiss: "Dismiss",
    dismissed: (count) => `${count} dismissed ${count === 1 ? "item" : "items"}.`,
    restore: "Show dismissed candidates",
    none: "The reports on this sheet hold no number that could be an actual.",
    written: (cell, text) => `Wrote "${text}" in ${cell} and checked the sheet again.`,
    remove: "Remove 実績値 column",
    removeHint:
      "Removes the header and values of the 実績値 column the add-in added. Cells changed since are left as they are.",
    removed: (header, removed) => `The 実績値 column (${header}) was removed (${removed} cells).`,
    removedKept: (count, cells) =>
      `${count} cells changed since they were written were left as they are (${cells}).`,
    removedNone: "This sheet has no 実績値 column added by the add-in.",
    partialWrite:
      "Part of the 実績値 column may be left written. Choose Remove 実績値 column to remove what the add-in wrote.",
  },
  appIssues: {
    settings_invalid: (i) =>
      `The settings saved in the workbook (${i.field}) could not be read; the defaults are used.`,
    computed_cells_occupied: (i) =>
      `Cells in the computed columns' area from column ${i.column} are not empty (${i.cells}; ${i.count} in all). Nothing was written, so that no entry is overwritten. Choose empty columns.`,
    computed_columns_unsupported: (i) => UNSUPPORTED[i.reason],
    computed_column_invalid: (i) => `Column "${i.column}" cannot be used. Give a column name from A to XFD.`,
    computed_columns_overlap_table: (i) =>
      `Column ${i.column} is part of the table. Choose empty columns right of it.`,
    selection_other_sheet: (i) =>
      `The selection is on another sheet (${i.sheet}). Select the column's cells on this sheet.`,
    summary_no_sheets: () => "The workbook has no goal sheet or KPI list, so no summary sheet was made.",
    summary_sheet_taken: (i) =>
      `A sheet named "${i.sheet}" already exists and was not made by this add-in, so nothing was changed. Rename that sheet, then try again.`,
    collect_no_files: () => "There are no files to collect. Choose the files first.",
    collect_sheet_taken: (i) =>
      `A sheet named "${i.sheet}" already exists and was not made by this add-in, so nothing was changed. Make the sheet as "${i.freeName}", or rename that sheet and try again.`,
    status_options_invalid: (i) =>
      `The status choices "${i.text}" cannot be used. Give 1 to 20 different choices of up to 20 characters, separated by commas (未着手、実施中、完了).`,
    template_invalid: (i) =>
      i.field === "fiscalYear"
        ? "The fiscal year cannot be read. Enter it as 令和8年度, R8 or 2026."
        : i.field === "planYears"
          ? "Give a plan of 1 to 10 years."
          : "Give 1 to 500 rows.",
    validation_nothing: (i) =>
      i.reason === "no_rows"
        ? "The table has no rows, so there is nothing to validate."
        : "The table has no column to validate (status, period, baseline, target, actual, grade). Check the column mapping.",
    actual_cell_occupied: (i) =>
      `${i.cell} already holds "${i.content}", so nothing was written. Keep it if that is the value; to replace it, empty ${i.cell}, then confirm again.`,
    actual_column_changed: (i) =>
      `The header of the 実績値 column the add-in added (${i.cell}) no longer reads 実績値, or the table has moved. Choose Remove 実績値 column, then confirm again.`,
    actual_row_not_found: (i) =>
      `${i.item > 0 ? `Item ${formatItemMarker(i.item)}` : `Row ${i.row}`} is no longer in the table. Run the check again.`,
    revised_target_unsupported: (i) =>
      i.reason === "not_kpi_list"
        ? "A revised-target column can be added to a KPI list; this sheet was read as a goal sheet."
        : i.reason === "no_target"
          ? "No target column was found, so no revised-target column can be added. Choose the target column under column mapping."
          : "The target column is the sheet's last column, so no column can be added right of it.",
    revised_target_exists: (i) => `The revised-target column is already in column ${i.column}.`,
    revised_target_blocked: (i) =>
      `Excel's documentation does not say what ${i.action === "add" ? "inserting" : "deleting"} column ${i.column} does to ${BLOCKERS[i.blocker]}, so nothing was changed. ${BLOCKER_FIRST[i.blocker]}${
        i.action === "add"
          ? `Insert an empty column right of the targets yourself (right-click column ${i.column} → Insert), then press Revise targets again.`
          : `Delete column ${i.column} yourself (right-click the column → Delete).`
      }`,
    revised_target_missing: () => "This sheet has no revised-target column added by the add-in.",
    revised_target_moved: (i) =>
      `Column ${i.column}, where the revised-target column was added, no longer has its header: columns were probably inserted or deleted since. Nothing was changed; delete the column yourself if it is not needed.`,
    revised_target_filled: (i) =>
      `Cells of the revised-target column are filled (${i.cells}; ${i.count} in all). To remove the column with them, press Remove with entries.`,
  },
  revise: {
    heading: "Revised targets",
    add: "Revise targets",
    hint: "Adds a column headed 目標値（見直し後） right of the targets. The original targets stay as they are; the new column is left empty.",
    remove: "Remove revised column",
    removeAnyway: "Remove with entries",
    added: (cell, inserted) =>
      inserted
        ? `A column was inserted and 目標値（見直し後） added in ${cell}. Enter the revised targets there.`
        : `目標値（見直し後） added in ${cell}. Enter the revised targets there.`,
    addedOn: (isoDate) => `Added on ${isoDate}`,
    removed: (deleted) =>
      deleted
        ? "The revised-target column was deleted; the sheet is as it was."
        : "The revised-target header was emptied; the sheet is as it was.",
    templateOption: "Add a 目標値（見直し後） column for revised targets",
    resultsHeading: "Revised targets",
    rowLabel: (row, kpi) => (kpi === "" ? `Row ${row}` : `Row ${row} ${kpi}`),
    targetWithOriginal: (target, original) => `target ${target} (originally ${original})`,
    partialWrite:
      "Part of the revised-target column may be left. Check the column right of the targets and delete it if it is not needed.",
  },
};
