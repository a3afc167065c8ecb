/**
 * Finding the header row of a goal sheet or a KPI list: the row (or two) whose wording names the most
 * columns, and the role each named column plays in the layout it reads best as.
 */
import { MIN_RECOGNISED_ROLES, rowHasContent } from "./gridCells";
import type { HeaderKind } from "./headerSynonyms";
import { classifyHeader } from "./headerSynonyms";
import { isHeaderContinuation, mergeSecondHeaderRow } from "./secondHeaderRow";
import type { ColumnMapping, ColumnRole, SheetGrid, SheetLayout } from "./sheetTable";
import { COLUMN_ROLES } from "./sheetTable";

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
    actualValue: { role: "actual", rank: 2 },
    status: { role: "status", rank: 2 },
  },
  kpi_list: {
    initiative: { role: "initiative", rank: 2 },
    initiativeFallback: { role: "initiative", rank: 1 },
    period: { role: "period", rank: 2 },
    kpi: { role: "kpi", rank: 2 },
    baseline: { role: "baseline", rank: 2 },
    target: { role: "target", rank: 2 },
    revisedTarget: { role: "revisedTarget", rank: 2 },
    numericTarget: { role: "target", rank: 1 },
    targetGeneric: { role: "target", rank: 1 },
    baselineTarget: { role: "baselineTarget", rank: 2 },
    actualValue: { role: "actual", rank: 2 },
    actual: { role: "actual", rank: 2 },
    status: { role: "status", rank: 2 },
    unit: { role: "unit", rank: 2 },
  },
};

/**
 * The role a header kind names in a layout, or null when the layout has no column of that kind.
 * @example roleOfKind("kpi_list", "targetGeneric") // "target"
 */
export function roleOfKind(layout: SheetLayout, kind: HeaderKind): ColumnRole | null {
  return LAYOUT_KINDS[layout][kind]?.role ?? null;
}

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

/** Rows with content searched for the header; blank spacer rows do not count against it. */
const HEADER_SCAN_CONTENT_ROWS = 30;
/** A hard stop for the header search in a sheet of spacer rows. */
const HEADER_SCAN_MAX_ROWS = 300;

/** The layout's must-haves: without them the table cannot be checked. */
function hasRequiredRoles(layout: SheetLayout, roles: ColumnMapping): boolean {
  return layout === "goal_sheet"
    ? roles.initiative !== undefined && roles.period !== undefined
    : roles.kpi !== undefined && (roles.target !== undefined || roles.baselineTarget !== undefined);
}

/** A header reading: where the header is, which columns it names, and which of them the sheet named. */
export interface HeaderReading {
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

/** The best header row in the top of the sheet: most roles, then the first. */
export function searchHeader(grid: SheetGrid, mapping: ColumnMapping): HeaderReading | null {
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
export function readHeaderAt(
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
    // Leftmost of the strongest wording wins. A revised copy (目標値（見直し後）) has a role of its own.
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
