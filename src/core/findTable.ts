/**
 * Finding the table in a worksheet. Users do not keep their goal sheets and KPI lists at A1: a title
 * block (令和7年度 重点目標管理シート, 重点目標, 部局名 …) sits above the header, notes (特記事項, ※1 …)
 * below it, and merged cells leave most of the grid empty. So the header is recognised by its wording,
 * the rows are the ones below it that hold something in the table's columns, and the fiscal year comes
 * from the title.
 */
import { findFiscalYearInText } from "./fiscalYear";
import type { HeaderKind } from "./headerSynonyms";
import { classifyHeader, headerKey } from "./headerSynonyms";
import type { Issue, Result } from "./result";
import { fail, ok } from "./result";
import type {
  CellValue,
  ColumnMapping,
  ColumnRole,
  SheetGrid,
  SheetLayout,
  SheetTable,
  TableRow,
} from "./sheetTable";
import { COLUMN_ROLES, columnIndex } from "./sheetTable";
import { normalizeWidth, readItemMarker } from "./text";

export interface TableMatch {
  readonly table: SheetTable;
  /**
   * Roles whose column was found on the sheet (by its header, the ① markers or the cells' contents),
   * as opposed to those set by the caller's mapping.
   */
  readonly recognised: readonly ColumnRole[];
}

export interface FindTableOptions {
  /** Columns the user chose; they override recognition for the roles they name. */
  readonly mapping?: ColumnMapping;
  /** 1-based worksheet row of the header, when the user knows it; no search then. */
  readonly headerRow?: number;
  /** Used when the title does not name the fiscal year. */
  readonly fiscalYear?: number;
}

/**
 * Which role each header kind plays in a layout, and how strongly: a column named by a stronger kind
 * wins the role (具体的な取組内容 over 推進事項; 数値目標 over 目標).
 */
const LAYOUT_KINDS: Readonly<
  Record<SheetLayout, Partial<Record<HeaderKind, { readonly role: ColumnRole; readonly rank: number }>>>
> = {
  goal_sheet: {
    item: { role: "item", rank: 2 },
    initiative: { role: "initiative", rank: 2 },
    initiativeFallback: { role: "initiative", rank: 1 },
    period: { role: "period", rank: 2 },
    numericTarget: { role: "numericTarget", rank: 2 },
    target: { role: "numericTarget", rank: 1 },
    targetGeneric: { role: "numericTarget", rank: 1 },
    midtermReport: { role: "midtermReport", rank: 2 },
    finalReport: { role: "finalReport", rank: 2 },
    status: { role: "status", rank: 2 },
  },
  kpi_list: {
    initiative: { role: "initiative", rank: 2 },
    initiativeFallback: { role: "initiative", rank: 1 },
    period: { role: "period", rank: 2 },
    kpi: { role: "kpi", rank: 2 },
    baseline: { role: "baseline", rank: 2 },
    target: { role: "target", rank: 2 },
    numericTarget: { role: "target", rank: 1 },
    targetGeneric: { role: "target", rank: 1 },
    baselineTarget: { role: "baselineTarget", rank: 2 },
    actual: { role: "actual", rank: 2 },
    status: { role: "status", rank: 2 },
  },
};

/** Roles only one layout has; they break a tie when a header row could be read either way. */
const SPECIFIC_ROLES: Readonly<Record<SheetLayout, readonly ColumnRole[]>> = {
  goal_sheet: ["item", "numericTarget", "midtermReport", "finalReport"],
  kpi_list: ["kpi", "baseline", "target", "baselineTarget", "actual"],
};

const LAYOUTS: readonly SheetLayout[] = ["goal_sheet", "kpi_list"];

/** Every role a layout's headers can name. */
const LAYOUT_ROLES: Readonly<Record<SheetLayout, ReadonlySet<ColumnRole>>> = {
  goal_sheet: new Set(Object.values(LAYOUT_KINDS.goal_sheet).map((entry) => entry.role)),
  kpi_list: new Set(Object.values(LAYOUT_KINDS.kpi_list).map((entry) => entry.role)),
};

/** A header names at least this many roles; fewer is a title block or a row of data. */
const MIN_RECOGNISED_ROLES = 3;
/** Rows with content searched for the header; blank spacer rows do not count against it. */
const HEADER_SCAN_CONTENT_ROWS = 30;
/** A hard stop for the header search in a sheet of spacer rows. */
const HEADER_SCAN_MAX_ROWS = 300;
/** A title (`令和7年度 重点目標管理シート`) is short; longer text above the header is prose (現況・課題). */
const MAX_TITLE_LENGTH = 40;

const NON_SPACE = /\S/;
const SPACES = /\s+/g;
const SPECIAL_NOTES = /^\s*特\s*記\s*事\s*項/;
const GOAL_SHEET_TITLE = /重点目標管理シート/;
const NOTE_LINE = /^\s*(?:※|[【［[(（]\s*注|注\s*[0-9０-９)）:：.．])/;
const ARROW = /[⇒→➡]/;
/** A header's second row: the as-of year under 基準値 / 目標値 (`R6年度末`, `（R10年度末）`, `2024年度`). */
const HEADER_YEAR_TAG =
  /^\(?(?:(?:令和|平成|R|H)\d{1,2}(?:年度?)?|\d{4}年度?)(?:末|当初|時点)?(?:実績|見込み?)?\)?$/;
const ITEM_NUMBER = /^\d{1,2}\.?$/;

/** The layout's must-haves: without them the table cannot be checked. */
function hasRequiredRoles(layout: SheetLayout, roles: ColumnMapping): boolean {
  return layout === "goal_sheet"
    ? roles.initiative !== undefined && roles.period !== undefined
    : roles.kpi !== undefined && (roles.target !== undefined || roles.baselineTarget !== undefined);
}

/** A header reading: where the header is, which columns it names, and which of them the sheet named. */
interface HeaderReading {
  readonly layout: SheetLayout;
  /** Grid index of the header's (first) row. */
  readonly headerIndex: number;
  /** Grid index of the first row below the header (after a second header row). */
  readonly dataStart: number;
  readonly columns: ColumnMapping;
  readonly recognised: ReadonlySet<ColumnRole>;
  /** Worksheet columns of every 実績 column, left to right, when recognition picks the actual column. */
  readonly actualCandidates: readonly number[];
  /** Whether to look for the unlabelled ① column; not when the user gave every column. */
  readonly detectItem: boolean;
  readonly score: number;
  readonly specific: number;
}

/**
 * Finds the goal-sheet or KPI-list table in a sheet by its header row, maps the columns, and returns
 * the rows below it.
 * @example
 * findTable({ name: "総務部", firstRow: 1, firstColumn: 0, values: [
 *   ["令和7年度 重点目標管理シート"],
 *   [null, "取組項目及び方法・手段（何をどのように）", "期間・期限（いつ・いつまでに）", "数値目標（どの水準まで）"],
 *   ["①", "○ 危機管理防災体制の強化", "通年", "(1) 職員向け操作研修の定期実施"],
 * ] })
 * // ok({ table: { layout: "goal_sheet", headerRow: 2, fiscalYear: 2025,
 * //   columns: { item: 0, initiative: 1, period: 2, numericTarget: 3 }, rows: [{ row: 3, … }] }, … })
 */
export function findTable(grid: SheetGrid, options: FindTableOptions = {}): Result<TableMatch> {
  if (isGridEmpty(grid)) return fail({ code: "sheet_empty", sheet: grid.name });
  const mapping = options.mapping ?? {};
  const reading =
    options.headerRow === undefined
      ? searchHeader(grid, mapping)
      : readHeaderAt(grid, options.headerRow - grid.firstRow, mapping, true);
  if (reading === null) {
    const issue: Issue =
      options.headerRow === undefined
        ? { code: "table_not_found", sheet: grid.name }
        : { code: "table_not_found", sheet: grid.name, headerRow: options.headerRow };
    return fail(issue);
  }
  return ok(buildTable(grid, reading, options.fiscalYear ?? null));
}

/**
 * Builds the table from an explicit mapping (the user's choice in the task pane or `--map role=COLUMN`
 * on the CLI). Rows below `headerRow` are read with the same rules as findTable; a second header row
 * (`R6年度末` under `基準値`) is skipped. Throws RangeError for a mapping that is not column indices.
 * @example
 * tableFromMapping(grid, { initiative: 1, period: 2 }, 8, "goal_sheet")
 * // { headerRow: 8, columns: { initiative: 1, period: 2 },
 * //   rows: [{ row: 9, cells: { initiative: "○ 危機管理…", period: "(1)5月、1月 …" } }, …], … }
 */
export function tableFromMapping(
  grid: SheetGrid,
  mapping: ColumnMapping,
  headerRow: number,
  layout: SheetLayout,
): SheetTable {
  if (!Number.isInteger(headerRow)) throw new RangeError(`header row must be an integer, got ${headerRow}`);
  for (const role of COLUMN_ROLES) {
    const column = mapping[role];
    if (column !== undefined && (!Number.isInteger(column) || column < 0)) {
      throw new RangeError(`column of ${role} must be a 0-based index, got ${column}`);
    }
  }
  const headerIndex = headerRow - grid.firstRow;
  const dataStart = isHeaderContinuation(grid.values[headerIndex], grid.values[headerIndex + 1])
    ? headerIndex + 2
    : headerIndex + 1;
  const reading: HeaderReading = {
    layout,
    headerIndex,
    dataStart,
    columns: { ...mapping },
    recognised: new Set(),
    actualCandidates: [],
    detectItem: false,
    score: 0,
    specific: 0,
  };
  return buildTable(grid, reading, null).table;
}

const MAPPING_SEPARATORS = /[\s,、;]+/;
const MAPPING_EQUALS = /\s*[=:]\s*/g;
const MAPPING_PART = /^([A-Za-z]+)=([A-Za-z]+)$/;
const ROLE_BY_NAME: ReadonlyMap<string, ColumnRole> = new Map(
  COLUMN_ROLES.map((role) => [role.toLowerCase(), role]),
);

/**
 * Parses `--map` text `initiative=B,period=C,target=F` into a ColumnMapping; fails naming the bad part.
 * @example parseColumnMapping("initiative=B,period=C") // ok({ initiative: 1, period: 2 })
 * @example parseColumnMapping("period=1A") // fail({ code: "mapping_unreadable", text: "period=1A" })
 */
export function parseColumnMapping(text: string): Result<ColumnMapping> {
  const parts = normalizeWidth(text)
    .replace(MAPPING_EQUALS, "=")
    .split(MAPPING_SEPARATORS)
    .filter((part) => part !== "");
  if (parts.length === 0) return fail({ code: "mapping_unreadable", text });
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const issues: Issue[] = [];
  for (const part of parts) {
    const match = MAPPING_PART.exec(part);
    const role = match ? ROLE_BY_NAME.get((match[1] ?? "").toLowerCase()) : undefined;
    const column = match ? columnIndex(match[2] ?? "") : null;
    // A role or a column named twice is a typo, not a choice: say which part, do not pick one.
    if (role === undefined || column === null || mapping[role] !== undefined || taken.has(column)) {
      issues.push({ code: "mapping_unreadable", text: part });
      continue;
    }
    mapping[role] = column;
    taken.add(column);
  }
  return issues.length > 0 ? fail(...issues) : ok(mapping);
}

// ---------------------------------------------------------------------------------------------------
// The header

function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most cells start with a visible character: decide without the regex.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first !== 0x3000 && first !== 0xa0) return false;
  return !NON_SPACE.test(value);
}

function rowHasContent(row: readonly CellValue[] | undefined): boolean {
  if (row === undefined) return false;
  for (const value of row) if (!isBlank(value)) return true;
  return false;
}

function isGridEmpty(grid: SheetGrid): boolean {
  for (const row of grid.values) if (rowHasContent(row)) return false;
  return true;
}

/** The best header row in the top of the sheet: most roles, then the first. */
function searchHeader(grid: SheetGrid, mapping: ColumnMapping): HeaderReading | null {
  let best: HeaderReading | null = null;
  let contentRows = 0;
  const end = Math.min(grid.values.length, HEADER_SCAN_MAX_ROWS);
  for (let index = 0; index < end && contentRows < HEADER_SCAN_CONTENT_ROWS; index++) {
    if (!rowHasContent(grid.values[index])) continue;
    contentRows++;
    const reading = readHeaderAt(grid, index, mapping, false);
    if (reading !== null && (best === null || reading.score > best.score)) best = reading;
  }
  return best;
}

/**
 * Reads row `index` (and a second header row under it) as a header. The user's mapping fills in and
 * overrides roles; a searched row must still name MIN_RECOGNISED_ROLES roles with at least one of them
 * from its own wording, since the mapping alone says nothing about where the header is.
 */
function readHeaderAt(
  grid: SheetGrid,
  index: number,
  mapping: ColumnMapping,
  chosenByUser: boolean,
): HeaderReading | null {
  const row = grid.values[index];
  if (row === undefined) return null;
  const kinds = row.map(classifyHeader);
  const next = grid.values[index + 1];
  const twoRows = isHeaderContinuation(row, next);
  if (twoRows && next !== undefined) mergeSecondHeaderRow(row, kinds, next);

  let best: HeaderReading | null = null;
  for (const layout of LAYOUTS) {
    const reading = readLayout(grid, index, twoRows ? index + 2 : index + 1, kinds, layout, mapping);
    if (!hasRequiredRoles(layout, reading.columns)) continue;
    if (!chosenByUser && (reading.score < MIN_RECOGNISED_ROLES || reading.recognised.size === 0)) continue;
    if (
      best === null ||
      reading.score > best.score ||
      (reading.score === best.score && reading.specific > best.specific)
    ) {
      best = reading;
    }
  }
  return best;
}

/**
 * A row under the header that belongs to it: the as-of year under 基準値 / 目標値 (`R6年度末`), the
 * header's own texts written again (a two-row header typed out on both rows instead of merged), or the
 * names of the sub-columns of a group (`基準値 | 目標値` under `基準値 ⇒ 目標値`). A row of header names
 * alone is a header of its own (the row above it is a title), unless the row above names columns too and
 * the names sit under one of its groups.
 */
function isHeaderContinuation(
  header: readonly CellValue[] | undefined,
  next: readonly CellValue[] | undefined,
): boolean {
  if (header === undefined || next === undefined) return false;
  const headerKeys = new Set<string>();
  for (const value of header)
    if (typeof value === "string" && !isBlank(value)) headerKeys.add(headerKey(value));
  let yearTags = 0;
  let repeats = 0;
  const named: number[] = [];
  for (let column = 0; column < next.length; column++) {
    const value = next[column];
    if (isBlank(value)) continue;
    if (typeof value !== "string") return false;
    if (HEADER_YEAR_TAG.test(normalizeWidth(value).replace(SPACES, ""))) yearTags++;
    else if (headerKeys.has(headerKey(value))) repeats++;
    else if (classifyHeader(value) !== null) named.push(column);
    else return false;
  }
  if (yearTags > 0 || repeats > 0) return true;
  if (named.length < 2 || header.filter((value) => classifyHeader(value) !== null).length < 2) return false;
  const runs = headerRuns(header, next.length);
  return named.every((column) => {
    const run = runs[column];
    return run !== undefined && run.end - run.start >= 2 && !isBlank(header[run.start]);
  });
}

/** A group of header columns: a cell and the cells right of it that are empty or repeat its text. */
interface HeaderRun {
  readonly start: number;
  readonly end: number;
}

/** The run each column of the header row belongs to (merged groups leave the cells after the first empty). */
function headerRuns(header: readonly CellValue[], minWidth: number): HeaderRun[] {
  const width = Math.max(header.length, minWidth);
  const runs: HeaderRun[] = [];
  let start = 0;
  for (let column = 1; column <= width; column++) {
    const value = header[column];
    const startValue = header[start];
    const continues =
      column < width &&
      (isBlank(value) ||
        (typeof value === "string" &&
          typeof startValue === "string" &&
          !isBlank(startValue) &&
          headerKey(value) === headerKey(startValue)));
    if (continues) continue;
    for (let c = start; c < column; c++) runs[c] = { start, end: column };
    start = column;
  }
  return runs;
}

/**
 * Fills the header's kinds from its second row. A name in the second row wins inside a group of the
 * header row (`基準値 | 目標値` under `基準値 ⇒ 目標値`, merged or written over both columns); elsewhere it
 * fills only an empty header cell. A 実績 group title spread over several year columns (`実績` above `R7`,
 * `R8`) is merged, so Excel gives it only above the first: the year columns right of it take the same kind.
 */
function mergeSecondHeaderRow(
  header: readonly CellValue[],
  kinds: (HeaderKind | null)[],
  second: readonly CellValue[],
): void {
  const width = Math.max(kinds.length, second.length);
  const runs = headerRuns(header, width);
  const own = [...kinds];
  for (let column = 0; column < width; column++) {
    const run = runs[column] ?? { start: column, end: column + 1 };
    const below = second[column];
    const belowKind = classifyHeader(below);
    const groupKind = own[run.start] ?? null;
    const inGroup = run.end - run.start >= 2;
    if (belowKind !== null && (inGroup || (kinds[column] ?? null) === null)) kinds[column] = belowKind;
    else if ((kinds[column] ?? null) === null && groupKind === "actual" && !isBlank(below)) {
      kinds[column] = "actual";
    }
  }
}

function readLayout(
  grid: SheetGrid,
  headerIndex: number,
  dataStart: number,
  kinds: readonly (HeaderKind | null)[],
  layout: SheetLayout,
  mapping: ColumnMapping,
): HeaderReading {
  const claimed = new Set<number>();
  for (const role of COLUMN_ROLES) {
    const column = mapping[role];
    if (column !== undefined) claimed.add(column);
  }
  const found: ColumnMapping = {};
  const rankOf: Partial<Record<ColumnRole, number>> = {};
  const actualCandidates: number[] = [];
  const table = LAYOUT_KINDS[layout];
  kinds.forEach((kind, offset) => {
    if (kind === null) return;
    const entry = table[kind];
    const column = grid.firstColumn + offset;
    if (entry === undefined || claimed.has(column)) return;
    if (entry.role === "actual") actualCandidates.push(column);
    // Leftmost of the strongest wording wins; later duplicates are usually a revised copy (目標値 (見直し後)).
    if (found[entry.role] === undefined || entry.rank > (rankOf[entry.role] ?? 0)) {
      found[entry.role] = column;
      rankOf[entry.role] = entry.rank;
    }
  });

  const columns: ColumnMapping = {};
  const recognised = new Set<ColumnRole>();
  for (const role of COLUMN_ROLES) {
    const chosen = mapping[role];
    const column = chosen ?? found[role];
    if (column === undefined) continue;
    columns[role] = column;
    if (chosen === undefined) recognised.add(role);
  }
  let score = 0;
  let specific = 0;
  const ownRoles = LAYOUT_ROLES[layout];
  for (const role of COLUMN_ROLES) {
    if (columns[role] === undefined || !ownRoles.has(role)) continue;
    score++;
    if (SPECIFIC_ROLES[layout].includes(role)) specific++;
  }
  return {
    layout,
    headerIndex,
    dataStart,
    columns,
    recognised,
    actualCandidates: mapping.actual === undefined ? actualCandidates : [],
    detectItem: layout === "goal_sheet" && mapping.item === undefined,
    score,
    specific,
  };
}

// ---------------------------------------------------------------------------------------------------
// The rows

function cellAt(grid: SheetGrid, index: number, column: number): CellValue {
  const offset = column - grid.firstColumn;
  if (offset < 0) return null;
  return grid.values[index]?.[offset] ?? null;
}

function firstNonBlank(row: readonly CellValue[]): CellValue {
  for (const value of row) if (!isBlank(value)) return value;
  return null;
}

/**
 * Grid indices of the rows that belong to the table: those with content in `columns`, up to 特記事項,
 * the next sheet's title, a repeat of the header, or a ※ note once the table has begun.
 */
function collectRowIndices(
  grid: SheetGrid,
  start: number,
  columns: readonly number[],
  anchorColumn: number | undefined,
  anchorHeader: string | null,
): number[] {
  const offsets = columns.map((column) => column - grid.firstColumn).filter((offset) => offset >= 0);
  const indices: number[] = [];
  for (let index = Math.max(start, 0); index < grid.values.length; index++) {
    const row = grid.values[index];
    if (row === undefined) continue;
    const first = firstNonBlank(row);
    if (typeof first === "string") {
      if (SPECIAL_NOTES.test(first) || GOAL_SHEET_TITLE.test(first)) break;
      if (indices.length > 0 && NOTE_LINE.test(first)) break;
    }
    if (anchorHeader !== null && anchorColumn !== undefined) {
      const anchor = cellAt(grid, index, anchorColumn);
      if (typeof anchor === "string" && anchor.trim() === anchorHeader) break;
    }
    for (const offset of offsets) {
      if (!isBlank(row[offset])) {
        indices.push(index);
        break;
      }
    }
  }
  return indices;
}

function isItemMarker(value: CellValue): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 99;
  if (typeof value !== "string") return false;
  return readItemMarker(value) !== null || ITEM_NUMBER.test(normalizeWidth(value));
}

/**
 * On a goal sheet the ①… column has no header: it is the column left of 取組項目, when its cells below
 * hold item numbers.
 */
function findItemColumn(
  grid: SheetGrid,
  reading: HeaderReading,
  rowIndices: readonly number[],
): number | undefined {
  const initiative = reading.columns.initiative;
  if (!reading.detectItem || reading.columns.item !== undefined || initiative === undefined) {
    return undefined;
  }
  const column = initiative - 1;
  if (column < grid.firstColumn || COLUMN_ROLES.some((role) => reading.columns[role] === column))
    return undefined;
  if (!isBlank(cellAt(grid, reading.headerIndex, column))) return undefined;
  return rowIndices.some((index) => isItemMarker(cellAt(grid, index, column))) ? column : undefined;
}

/** Of several 実績 columns (R7実績, R8実績), the latest one filled in; the first when none is. */
function chooseActualColumn(
  grid: SheetGrid,
  candidates: readonly number[],
  rowIndices: readonly number[],
): number | undefined {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const column = candidates[i];
    if (column !== undefined && rowIndices.some((index) => !isBlank(cellAt(grid, index, column))))
      return column;
  }
  return candidates[0];
}

/**
 * `111 件 ⇒ 120 件` under a 基準値 header whose 目標値 neighbour stays empty: the two data cells are merged,
 * so Excel gives both values in the 基準値 cell. Read that column as baselineTarget.
 */
function holdsBaselineTargetPairs(
  grid: SheetGrid,
  baseline: number,
  target: number | undefined,
  rowIndices: readonly number[],
): boolean {
  let filled = 0;
  let pairs = 0;
  for (const index of rowIndices) {
    if (target !== undefined && !isBlank(cellAt(grid, index, target))) return false;
    const value = cellAt(grid, index, baseline);
    if (isBlank(value)) continue;
    filled++;
    if (typeof value === "string" && ARROW.test(value)) pairs++;
  }
  return pairs > 0 && pairs * 2 >= filled;
}

function findFiscalYearAbove(grid: SheetGrid, headerIndex: number): number | null {
  for (let index = Math.min(headerIndex, grid.values.length) - 1; index >= 0; index--) {
    const row = grid.values[index];
    if (row === undefined) continue;
    for (const value of row) {
      if (typeof value !== "string" || value.length > MAX_TITLE_LENGTH * 2 || NOTE_LINE.test(value)) continue;
      const text = normalizeWidth(value);
      if (text.length > MAX_TITLE_LENGTH) continue;
      const fiscalYear = findFiscalYearInText(text);
      if (fiscalYear !== null) return fiscalYear;
    }
  }
  return null;
}

/** Each role's index into a grid row; negative when its column lies left of the grid. */
type RoleOffsets = Partial<Record<ColumnRole, number>>;

function roleOffsets(grid: SheetGrid, columns: ColumnMapping): RoleOffsets {
  const offsets: RoleOffsets = {};
  for (const role of COLUMN_ROLES) {
    const column = columns[role];
    if (column !== undefined) offsets[role] = column - grid.firstColumn;
  }
  return offsets;
}

/** A mapped role's cell, null when empty (or only spaces); undefined when the role is not mapped. */
function cellOf(row: readonly CellValue[], offset: number | undefined): CellValue | undefined {
  if (offset === undefined) return undefined;
  const value = offset < 0 ? null : row[offset];
  return isBlank(value) ? null : (value ?? null);
}

/**
 * One object literal for every row, so all rows share one shape: filling the cells role by role made
 * building a 100,000-row table several times slower. Unmapped roles are present but undefined.
 */
function readCells(row: readonly CellValue[], offsets: RoleOffsets): TableRow["cells"] {
  return {
    item: cellOf(row, offsets.item),
    initiative: cellOf(row, offsets.initiative),
    period: cellOf(row, offsets.period),
    numericTarget: cellOf(row, offsets.numericTarget),
    midtermReport: cellOf(row, offsets.midtermReport),
    finalReport: cellOf(row, offsets.finalReport),
    kpi: cellOf(row, offsets.kpi),
    baseline: cellOf(row, offsets.baseline),
    target: cellOf(row, offsets.target),
    baselineTarget: cellOf(row, offsets.baselineTarget),
    actual: cellOf(row, offsets.actual),
    status: cellOf(row, offsets.status),
  };
}

function buildTable(grid: SheetGrid, reading: HeaderReading, fiscalYearFallback: number | null): TableMatch {
  const columns: ColumnMapping = { ...reading.columns };
  const recognised = new Set(reading.recognised);
  const mappedColumns = COLUMN_ROLES.flatMap((role) => {
    const column = columns[role];
    return column === undefined ? [] : [column];
  });
  // The item column and every 実績 column are not settled yet; a row with content only there still counts.
  const initiative = columns.initiative;
  const candidateColumns = [...mappedColumns, ...reading.actualCandidates];
  if (reading.detectItem && columns.item === undefined && initiative !== undefined) {
    candidateColumns.push(initiative - 1);
  }
  const anchorColumn =
    reading.layout === "goal_sheet" ? columns.initiative : (columns.kpi ?? columns.initiative);
  const anchorCell = anchorColumn === undefined ? null : cellAt(grid, reading.headerIndex, anchorColumn);
  const anchorHeader =
    typeof anchorCell === "string" && NON_SPACE.test(anchorCell) ? anchorCell.trim() : null;
  const candidateRows = collectRowIndices(
    grid,
    reading.dataStart,
    candidateColumns,
    anchorColumn,
    anchorHeader,
  );

  const item = findItemColumn(grid, reading, candidateRows);
  if (item !== undefined) {
    columns.item = item;
    recognised.add("item");
  }
  if (reading.actualCandidates.length > 1) {
    const actual = chooseActualColumn(grid, reading.actualCandidates, candidateRows);
    if (actual !== undefined) columns.actual = actual;
  }
  const baseline = columns.baseline;
  if (
    reading.layout === "kpi_list" &&
    baseline !== undefined &&
    recognised.has("baseline") &&
    columns.baselineTarget === undefined &&
    holdsBaselineTargetPairs(grid, baseline, columns.target, candidateRows)
  ) {
    columns.baselineTarget = baseline;
    delete columns.baseline;
    delete columns.target;
    recognised.delete("baseline");
    recognised.delete("target");
    recognised.add("baselineTarget");
  }

  const offsets = roleOffsets(grid, columns);
  const mappedOffsets = COLUMN_ROLES.flatMap((role) => {
    const offset = offsets[role];
    return offset === undefined || offset < 0 ? [] : [offset];
  });
  const rows: TableRow[] = [];
  for (const index of candidateRows) {
    const row = grid.values[index];
    if (row === undefined || !mappedOffsets.some((offset) => !isBlank(row[offset]))) continue;
    rows.push({ row: grid.firstRow + index, cells: readCells(row, offsets) });
  }

  const table: SheetTable = {
    sheetName: grid.name,
    layout: reading.layout,
    headerRow: grid.firstRow + reading.headerIndex,
    columns,
    rows,
    fiscalYear: findFiscalYearAbove(grid, reading.headerIndex) ?? fiscalYearFallback,
  };
  return { table, recognised: COLUMN_ROLES.filter((role) => recognised.has(role)) };
}

// ---------------------------------------------------------------------------------------------------
// Rows below the header that the table did not take

/** What ended the table above rows that were left unread. */
export type UnreadRowsReason =
  | "header_repeated" // the header again: a second table, or a header repeated for printing
  | "sheet_title" // the next sheet's title (令和8年度 重点目標管理シート)
  | "note"; // a ※ note line inside the table

export interface UnreadRows {
  /** 1-based worksheet rows that look like rows of the table but are not among its rows, in order. */
  readonly rows: readonly number[];
  /** The row that ended the table above the first of them, when one did. */
  readonly stop: { readonly row: number; readonly reason: UnreadRowsReason } | null;
}

/**
 * A header row: three kinds of column named. Counting kinds, not cells, keeps a data row of
 * `期間中 5 件 | 期間中 10 件` (期間 is a header word) from passing for one.
 */
function namesColumns(row: readonly CellValue[]): boolean {
  const kinds = new Set<HeaderKind>();
  for (const value of row) {
    const kind = classifyHeader(value);
    if (kind !== null) kinds.add(kind);
  }
  return kinds.size >= MIN_RECOGNISED_ROLES;
}

/** A row fills at least this many of the table's columns to look like one of its rows. */
const MIN_FILLED_FOR_DATA = 2;

/**
 * Rows below a table's header that look like its rows (its KPI or initiative and another of its columns
 * filled in, and rows between such rows with anything in its columns) but are
 * not among them: the table ended above them (at a repeated header, the next sheet's title or a ※ note),
 * so they were never checked. The 特記事項 block and notes are not rows of the table.
 * @example findUnreadRows(grid, table)
 * // { rows: [12, 13, 14], stop: { row: 11, reason: "header_repeated" } }
 */
export function findUnreadRows(grid: SheetGrid, table: SheetTable): UnreadRows {
  const read = new Set<number>();
  for (const row of table.rows) read.add(row.row);
  const headerIndex = table.headerRow - grid.firstRow;
  const header = grid.values[headerIndex];
  let start = headerIndex + 1;
  if (isHeaderContinuation(header, grid.values[start])) start++;
  const offsets = COLUMN_ROLES.flatMap((role) => {
    const column = table.columns[role];
    return column === undefined || column < grid.firstColumn ? [] : [column - grid.firstColumn];
  });
  const anchorColumn =
    table.layout === "goal_sheet"
      ? table.columns.initiative
      : (table.columns.kpi ?? table.columns.initiative);
  const anchorCell = anchorColumn === undefined ? null : cellAt(grid, headerIndex, anchorColumn);
  const anchorHeader =
    typeof anchorCell === "string" && NON_SPACE.test(anchorCell) ? anchorCell.trim() : null;

  const rows: number[] = [];
  let stop: UnreadRows["stop"] = null;
  // The first row that ended the table since the last row it read.
  let lastStop: UnreadRows["stop"] = null;
  let inSpecialNotes = false;
  // Rows with one cell filled (an initiative without a KPI) count only between rows that look like data.
  let pending: number[] = [];
  for (let index = Math.max(start, 0); index < grid.values.length; index++) {
    const row = grid.values[index];
    if (row === undefined) continue;
    const worksheetRow = grid.firstRow + index;
    if (read.has(worksheetRow)) {
      lastStop = null;
      pending = [];
      continue;
    }
    const first = firstNonBlank(row);
    if (typeof first === "string" && SPECIAL_NOTES.test(first)) {
      inSpecialNotes = true;
      pending = [];
      continue;
    }
    if (typeof first === "string" && GOAL_SHEET_TITLE.test(first)) {
      inSpecialNotes = false;
      lastStop ??= { row: worksheetRow, reason: "sheet_title" };
      pending = [];
      continue;
    }
    const anchor = anchorColumn === undefined ? null : cellAt(grid, index, anchorColumn);
    if (
      (anchorHeader !== null && typeof anchor === "string" && anchor.trim() === anchorHeader) ||
      namesColumns(row)
    ) {
      inSpecialNotes = false;
      lastStop ??= { row: worksheetRow, reason: "header_repeated" };
      pending = [];
      if (isHeaderContinuation(row, grid.values[index + 1])) index++;
      continue;
    }
    if (inSpecialNotes) continue;
    if (typeof first === "string" && NOTE_LINE.test(first)) {
      lastStop ??= { row: worksheetRow, reason: "note" };
      pending = [];
      continue;
    }
    let filled = 0;
    for (const offset of offsets) if (!isBlank(row[offset])) filled++;
    if (filled === 0) continue;
    // A row of the table fills its KPI (or initiative) and another column; a footer (担当課 | 企画課) seldom does.
    if (filled < MIN_FILLED_FOR_DATA || (anchorColumn !== undefined && isBlank(anchor))) {
      if (rows.length > 0 || lastStop !== null) pending.push(worksheetRow);
      continue;
    }
    rows.push(...pending, worksheetRow);
    pending = [];
    stop ??= lastStop;
  }
  return { rows, stop };
}
