import type { TableMatch } from "./findTable";
import { findTable, tableFromMapping } from "./findTable";
import type { Result } from "./result";
import { fail, ok } from "./result";
import type { ColumnMapping, ColumnRole, SheetGrid, SheetLayout, SheetTable } from "./sheetTable";
import { COLUMN_ROLES } from "./sheetTable";

/** What the user has said about a sheet's table (the pane's saved choices, the checker's `--map`). */
export interface TableChoices {
  /** Columns the user chose; they override recognition for the roles they name. */
  readonly mapping?: ColumnMapping;
  /** 1-based worksheet row of the header, when the user fixed it. */
  readonly headerRow?: number;
  /** The layout the user gave; with a header row and columns, it reads a sheet whose headers say nothing. */
  readonly layout?: SheetLayout;
  /** Roles the user set to "none": recognition's column for them is dropped. */
  readonly excluded?: readonly ColumnRole[];
}

/**
 * Finds the table in a grid with the user's choices: the mapping overrides recognition, excluded roles
 * are dropped, and a sheet whose headers are not recognised is still read when the user has given its
 * layout, header row and columns. Fails as findTable does (sheet_empty, table_not_found) otherwise.
 * @example findChosenTable(goalSheet2, { excluded: ["status"] })
 * // ok({ table: { layout: "goal_sheet", headerRow: 8, fiscalYear: 2025, columns: { item: 0, initiative: 1, … } }, … })
 * @example findChosenTable(memo, {}) // fail({ code: "table_not_found", sheet: "メモ" })
 */
export function findChosenTable(grid: SheetGrid, choices: TableChoices): Result<TableMatch> {
  const mapping = choices.mapping ?? {};
  const found = findTable(grid, {
    mapping,
    ...(choices.headerRow !== undefined ? { headerRow: choices.headerRow } : {}),
  });
  let table: SheetTable;
  let recognised: readonly ColumnRole[];
  if (found.ok) {
    table = found.value.table;
    recognised = found.value.recognised;
  } else if (choices.layout !== undefined && choices.headerRow !== undefined && hasAnyColumn(mapping)) {
    // The headers say nothing the core recognises, but the user has said where everything is.
    table = tableFromMapping(grid, mapping, choices.headerRow, choices.layout);
    recognised = [];
  } else {
    return fail(...found.issues);
  }

  const excluded = new Set(choices.excluded ?? []);
  if ([...excluded].some((role) => table.columns[role] !== undefined)) {
    const titleYear = table.fiscalYear;
    const columns: ColumnMapping = {};
    for (const role of COLUMN_ROLES) {
      const column = table.columns[role];
      if (column !== undefined && !excluded.has(role)) columns[role] = column;
    }
    table = { ...tableFromMapping(grid, columns, table.headerRow, table.layout), fiscalYear: titleYear };
    recognised = recognised.filter((role) => !excluded.has(role));
  }
  return ok({ table, recognised });
}

function hasAnyColumn(mapping: ColumnMapping): boolean {
  return COLUMN_ROLES.some((role) => mapping[role] !== undefined);
}
