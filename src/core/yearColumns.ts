/**
 * KPI lists with a column per year: `R6目標 | R7目標 | R8目標`, `令和6年度実績 | 令和7年度実績`, `実績` over
 * `R5 | R6`. A row is judged against the columns of the fiscal year being checked, never the first target
 * beside the last actual; a year without its column is said, not replaced by another year's.
 */
import { ERA_NOTATION_PATTERN, yearOfEraNotation } from "./era";
import { roleOfKind } from "./findHeader";
import { isBlank } from "./gridCells";
import { classifyHeader } from "./headerSynonyms";
import type { Issue } from "./result";
import { isHeaderContinuation, mergeSecondHeaderRow } from "./secondHeaderRow";
import type {
  CellValue,
  ColumnMapping,
  SheetGrid,
  SheetLayout,
  SheetTable,
  TableRow,
  YearColumn,
  YearlyRole,
} from "./sheetTable";
import { normalizeWidth } from "./text";

const YEARLY_ROLES: readonly YearlyRole[] = ["target", "actual"];
/** An era year in a header (`R7実績`, `令和6年度`, `H28`); the era letter is not the end of a word (KPI). */
const ERA_YEAR = new RegExp(ERA_NOTATION_PATTERN);
const WESTERN_YEAR = /(?<!\d)(20\d{2})(?!\d)/;
/** A month after the year (`R7.3末`, `2025年3月`): January to March belong to the fiscal year before. */
const MONTH_AFTER = /^\s*[.．/年]\s*(\d{1,2})(?!\d)/;

/**
 * The fiscal year a header names, or null. A date's year is its fiscal year's (`R7.3末` is FY2024). Era-less
 * years (`24年度`) are left unread: the era is a guess.
 * @example headerYear("令和6年度実績") // 2024
 * @example headerYear("2025年度 目標") // 2025
 */
export function headerYear(value: CellValue | undefined): number | null {
  if (typeof value !== "string") return null;
  const text = normalizeWidth(value);
  const era = ERA_YEAR.exec(text);
  if (era) {
    const year = yearOfEraNotation(era[1] ?? "", era[2] ?? "");
    if (year !== null) return fiscalYearAt(year, text.slice(era.index + era[0].length));
  }
  const western = WESTERN_YEAR.exec(text);
  return western
    ? fiscalYearAt(Number(western[1]), text.slice(western.index + (western[0]?.length ?? 0)))
    : null;
}

/** The fiscal year of a calendar year followed by a month (`R7.3末` is in FY2024); the year itself without one. */
function fiscalYearAt(year: number, rest: string): number {
  const month = Number(MONTH_AFTER.exec(rest)?.[1] ?? 0);
  return month >= 1 && month <= 3 ? year - 1 : year;
}

/**
 * The target and actual columns whose header names a year. For a role whose column the header names,
 * every column the header gives the same role counts (R7実績 and R8実績 both); a column the user chose
 * under another name counts alone.
 * @example readYearColumns(grid, 3, "kpi_list", { kpi: 1, target: 7, actual: 8 })
 * // [{ role: "target", column: 7, fiscalYear: 2028, label: "目標値 ※2 R10年度末" },
 * //  { role: "actual", column: 8, fiscalYear: 2025, label: "R7実績" }, { role: "actual", column: 9, … }]
 */
export function readYearColumns(
  grid: SheetGrid,
  headerIndex: number,
  layout: SheetLayout,
  columns: ColumnMapping,
): YearColumn[] {
  const header = grid.values[headerIndex];
  if (layout !== "kpi_list" || header === undefined) return [];
  const next = grid.values[headerIndex + 1];
  const second = next !== undefined && isHeaderContinuation(header, next) ? next : [];
  const kinds = header.map(classifyHeader);
  mergeSecondHeaderRow(header, kinds, second);
  const width = Math.max(header.length, second.length);
  const found: YearColumn[] = [];
  for (const role of YEARLY_ROLES) {
    const chosen = columns[role];
    if (chosen === undefined) continue;
    const offset = chosen - grid.firstColumn;
    const kind = kinds[offset] ?? null;
    const siblings: number[] = [];
    if (kind !== null && roleOfKind(layout, kind) === role) {
      for (let c = 0; c < width; c++) {
        const other = kinds[c] ?? null;
        if (other !== null && roleOfKind(layout, other) === role) siblings.push(c);
      }
    } else siblings.push(offset);
    for (const c of siblings) {
      const fiscalYear = headerYear(header[c]) ?? headerYear(second[c]);
      if (fiscalYear === null) continue;
      const label = [header[c], second[c]]
        .filter((value): value is string => typeof value === "string" && !isBlank(value))
        .map((value) => normalizeWidth(value).replace(/\s+/g, " ").trim())
        .join(" ");
      found.push({ role, column: grid.firstColumn + c, fiscalYear, label });
    }
  }
  return found;
}

/** What choosing a fiscal year's columns found wrong, pinned to a header column. */
export interface YearColumnNote {
  readonly role: YearlyRole;
  readonly column: number;
  readonly label: string;
  readonly issue: Issue;
}

/**
 * The table as judged in `fiscalYear`: its target and actual columns are that year's where the header has
 * a column per year. A year without its column leaves the role unread (`year_column_missing`); a lone
 * actual column that names another year is kept with a warning (`actual_year_differs`). A lone target
 * column naming a year (`目標値 (R10年度末)`) is the plan's end, not a year's target.
 * @example tableForFiscalYear(table, 2025).table.columns.target // the R7目標 column
 */
export function tableForFiscalYear(
  table: SheetTable,
  fiscalYear: number,
): { table: SheetTable; notes: YearColumnNote[] } {
  const yearly = table.yearColumns ?? [];
  const notes: YearColumnNote[] = [];
  if (yearly.length === 0) return { table, notes };
  const columns: ColumnMapping = { ...table.columns };
  // Per role: the index of the year's column in yearly, or null when the role is not read.
  const picks: Partial<Record<YearlyRole, number | null>> = {};
  for (const role of YEARLY_ROLES) {
    const own = yearly.flatMap((column, index) => (column.role === role ? [{ column, index }] : []));
    const last = own[own.length - 1]?.column;
    if (last === undefined) continue;
    const match = own.find((entry) => entry.column.fiscalYear === fiscalYear);
    if (match !== undefined) {
      columns[role] = match.column.column;
      picks[role] = match.index;
    } else if (own.length >= 2) {
      delete columns[role];
      picks[role] = null;
      const years = own.map((entry) => entry.column.fiscalYear).join(", ");
      notes.push({
        role,
        column: last.column,
        label: last.label,
        issue: { code: "year_column_missing", side: role, fiscalYear, years },
      });
    } else if (role === "actual") {
      notes.push({
        role,
        column: last.column,
        label: last.label,
        issue: { code: "actual_year_differs", fiscalYear, year: last.fiscalYear, label: last.label },
      });
    }
  }
  const roles = YEARLY_ROLES.filter((role) => picks[role] !== undefined);
  if (roles.length === 0) return { table, notes };
  const rows = table.rows.map((row): TableRow => {
    const cells = { ...row.cells };
    for (const role of roles) {
      const pick = picks[role];
      if (pick === null || pick === undefined) delete cells[role];
      else cells[role] = row.yearCells?.[pick] ?? null;
    }
    return { row: row.row, cells };
  });
  return { table: { ...table, columns, rows }, notes };
}
