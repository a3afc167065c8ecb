/**
 * A1 addresses for the fake Excel: `E11`, `A9:G12`, `1:100`, `A:A`, `'2 行財政改革'!E11`, and lists of
 * them (`A1:B2, C5`). Rows and columns are 0-based inside the fake, as Office.js indexes are.
 */
import { columnIndex, columnLetter } from "../../src/core/sheetTable";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

/** Splits `'My sheet'!A1:B2` into the sheet name (or null) and the address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

function parseEnd(text: string): { row: number | null; column: number | null } | null {
  const cell = CELL.exec(text);
  if (cell) {
    const column = columnIndex(cell[1] ?? "");
    const row = Number(cell[2]) - 1;
    return column === null ? null : { row, column };
  }
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1, column: null };
  const column = COLUMN.exec(text);
  if (column) {
    const index = columnIndex(column[1] ?? "");
    return index === null ? null : { row: null, column: index };
  }
  return null;
}

/** One rectangle: `E11`, `A9:G12`, `1:100`, `A:C`. Throws for anything else, as Excel does. */
export function parseArea(local: string): Area {
  const [from, to, extra] = local.split(":");
  if (extra !== undefined || from === undefined) throw invalidAddress(local);
  const a = parseEnd(from);
  const b = parseEnd(to ?? from);
  if (a === null || b === null) throw invalidAddress(local);
  const r0 = a.row ?? 0;
  const r1 = b.row ?? (a.row === null ? MAX_ROWS - 1 : a.row);
  const c0 = a.column ?? 0;
  const c1 = b.column ?? (a.column === null ? MAX_COLUMNS - 1 : a.column);
  const area = { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  if (area.r0 < 0 || area.r1 >= MAX_ROWS || area.c0 < 0 || area.c1 >= MAX_COLUMNS)
    throw invalidAddress(local);
  return area;
}

/** A list of rectangles separated by commas (or semicolons). */
export function parseAreas(local: string): Area[] {
  return local
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map(parseArea);
}

export function formatArea(area: Area): string {
  const a = `${columnLetter(area.c0)}${area.r0 + 1}`;
  if (area.r0 === area.r1 && area.c0 === area.c1) return a;
  return `${a}:${columnLetter(area.c1)}${area.r1 + 1}`;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word (KPI一覧 is one). */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersect(a: Area, b: Area): Area | null {
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  const c0 = Math.max(a.c0, b.c0);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

export function rowsOf(area: Area): number {
  return area.r1 - area.r0 + 1;
}

export function columnsOf(area: Area): number {
  return area.c1 - area.c0 + 1;
}

export function invalidAddress(text: string): Error {
  return Object.assign(new Error(`The argument is invalid or missing or has an incorrect format: ${text}`), {
    code: "InvalidArgument",
  });
}
