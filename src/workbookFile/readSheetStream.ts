/**
 * A workbook's sheets read straight from the XML of its parts, streamed: the workbook and its
 * relationships, every worksheet, and only those shared strings the sheets use. Cells come out as
 * Office.js `range.values` gives them (the numbers as stored: dates stay serials), so the command-line
 * checker and the task pane check the same values. Memory stays bounded by the limits: a sheet is read
 * cell by cell and the read stops at the first cell past a limit.
 */
import type { CellValue, SheetGrid } from "../core/sheetTable";
import type { XlsxZip, ZipEntry } from "./xlsxZip";
import { XmlMalformedError, XmlScanner, attributeOf, decodeXmlText } from "./xmlScan";

/** How much of a workbook's sheets the checker reads. Documented in README.md. */
export interface SheetLimits {
  /** Rows of the used ranges (first to last row with a value) of all sheets together. */
  readonly maxRows: number;
  /** Cells of the used ranges (rows × columns) of all sheets together. */
  readonly maxCells: number;
  /** Characters of text held for all sheets together (each shared string counted once). */
  readonly maxTextLength: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxRows: 50_000,
  maxCells: 2_000_000,
  maxTextLength: 20_000_000,
};

/** Why a workbook's parts cannot be read as a workbook. */
export class WorkbookPartError extends Error {
  constructor(
    readonly kind: "no_workbook" | "malformed",
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}

/** A workbook past the sheet limits, with where it went past them. */
export class SheetLimitError extends Error {
  constructor(
    readonly limit: "rows" | "cells" | "text",
    readonly sheet: string,
    readonly row: number,
    readonly max: number,
  ) {
    super(`past the ${limit} limit on ${sheet} at row ${row}`);
  }
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;

/** A cell read from a sheet before shared strings are looked up: an index into them, or a value. */
interface SharedRef {
  readonly shared: number;
}
type RawValue = CellValue | SharedRef;

interface SheetCells {
  readonly name: string;
  readonly rows: number[];
  /** 0-based (A = 0). */
  readonly columns: number[];
  readonly values: RawValue[];
  readonly merges: { top: number; left: number; bottom: number; right: number }[];
}

/**
 * Every worksheet of the workbook in tab order, as grids of values. Throws WorkbookPartError when the zip
 * holds no workbook or a part is not well formed, SheetLimitError past the limits, and the zip's own errors.
 * Once `signal` is aborted, stops before the next part with the signal's reason.
 */
export async function readSheets(
  zip: XlsxZip,
  limits: SheetLimits = DEFAULT_SHEET_LIMITS,
  signal?: AbortSignal,
): Promise<SheetGrid[]> {
  const workbookPart = await findWorkbookPart(zip);
  const workbook = zip.entries.get(workbookPart.toLowerCase());
  if (workbook === undefined) throw new WorkbookPartError("no_workbook", workbookPart);
  const { sheets, date1904 } = await readWorkbookXml(zip, workbook);
  const relations = await readRelationships(zip, workbookPart);

  const budget: Budget = { rows: 0, cells: 0, text: 0 };
  const read: { cells: SheetCells; covered: Set<number> }[] = [];
  for (const sheet of sheets) {
    const relation = relations.get(sheet.id);
    // A sheet left unread would look checked: one the workbook lists without a part is damage.
    if (relation === undefined) {
      throw new WorkbookPartError("malformed", `sheet "${sheet.name}" has no part in ${workbookPart}`);
    }
    // Chart sheets and dialog sheets hold no cells to check.
    if (!WORKSHEET.test(relation.type)) continue;
    const entry = zip.entries.get(relation.target.toLowerCase());
    if (entry === undefined) throw new WorkbookPartError("malformed", `${relation.target} is missing`);
    signal?.throwIfAborted();
    const cells = await readWorksheet(zip, entry, sheet.name, date1904, limits, budget);
    read.push({ cells, covered: coveredByMerges(cells, entry.name) });
  }

  const wanted = new Set<number>();
  for (const { cells } of read) for (const v of cells.values) if (isSharedRef(v)) wanted.add(v.shared);
  let shared = new Map<number, string>();
  if (wanted.size > 0) {
    // Where the relationship is missing, the part Excel names it.
    const target =
      [...relations.values()].find((r) => SHARED_STRINGS.test(r.type))?.target ?? "xl/sharedStrings.xml";
    const entry = zip.entries.get(target.toLowerCase());
    if (entry === undefined) throw new WorkbookPartError("malformed", "the shared strings part is missing");
    signal?.throwIfAborted();
    shared = await readSharedStrings(zip, entry, wanted, limits, budget);
  }
  return read.map(({ cells, covered }) => toGrid(cells, shared, covered));
}

/** What the sheets read so far hold, against the limits. */
interface Budget {
  rows: number;
  cells: number;
  text: number;
}

function isSharedRef(value: RawValue): value is SharedRef {
  return typeof value === "object" && value !== null;
}

/** Runs a part through the scanner; a part that is not well formed is named in the error. */
async function scanPart(
  zip: XlsxZip,
  entry: ZipEntry,
  scanner: XmlScanner,
  stop?: () => boolean,
): Promise<void> {
  try {
    for await (const chunk of zip.readPart(entry)) {
      scanner.write(chunk);
      if (stop?.()) return;
    }
    scanner.end();
  } catch (error) {
    if (error instanceof XmlMalformedError) {
      throw new WorkbookPartError("malformed", `${entry.name}: ${error.message}`);
    }
    throw error;
  }
}

/** The workbook part named by the package's relationships (`xl/workbook.xml` when they are missing). */
async function findWorkbookPart(zip: XlsxZip): Promise<string> {
  const rels = zip.entries.get("_rels/.rels");
  if (rels !== undefined) {
    let target: string | undefined;
    await scanPart(
      zip,
      rels,
      new XmlScanner({
        open: (name, attributes) => {
          if (name !== "Relationship" || target !== undefined) return;
          if (OFFICE_DOCUMENT.test(attributeOf(attributes, "Type") ?? "")) {
            target = attributeOf(attributes, "Target");
          }
        },
        close: () => {},
        text: () => {},
      }),
    );
    if (target !== undefined) return resolvePart("/", target);
  }
  return "xl/workbook.xml";
}

/** A relationship's target as a part name: relative to the source part's folder, or absolute. */
function resolvePart(sourceFolder: string, target: string): string {
  const joined = target.startsWith("/")
    ? target
    : `/${[sourceFolder, target].filter((segment) => segment !== "").join("/")}`;
  return normalizePartName(joined);
}

/** A part name without its empty, `.` and `..` segments (a `..` above the root stays at the root). */
function normalizePartName(name: string): string {
  const segments: string[] = [];
  for (const segment of name.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/") + (name.endsWith("/") && segments.length > 0 ? "/" : "");
}

async function readWorkbookXml(
  zip: XlsxZip,
  entry: ZipEntry,
): Promise<{ sheets: { name: string; id: string }[]; date1904: boolean }> {
  const sheets: { name: string; id: string }[] = [];
  let root: string | undefined;
  let date1904 = false;
  await scanPart(
    zip,
    entry,
    new XmlScanner({
      open: (name, attributes) => {
        root ??= name;
        if (name === "sheet") {
          sheets.push({
            name: attributeOf(attributes, "name") ?? "",
            id: attributeOf(attributes, "id") ?? "",
          });
        } else if (name === "workbookPr") {
          const value = attributeOf(attributes, "date1904");
          date1904 = value === "1" || value === "true";
        }
      },
      close: () => {},
      text: () => {},
    }),
  );
  // The package's main part is something else (a document, a presentation): not a workbook.
  if (root !== "workbook") throw new WorkbookPartError("no_workbook", entry.name);
  return { sheets, date1904 };
}

async function readRelationships(
  zip: XlsxZip,
  partName: string,
): Promise<Map<string, { target: string; type: string }>> {
  const slash = partName.lastIndexOf("/");
  const folder = slash < 0 ? "" : partName.slice(0, slash);
  const relsName = normalizePartName(`${folder}/_rels/${partName.slice(slash + 1)}.rels`);
  const entry = zip.entries.get(relsName.toLowerCase());
  const relations = new Map<string, { target: string; type: string }>();
  if (entry === undefined) return relations;
  await scanPart(
    zip,
    entry,
    new XmlScanner({
      open: (name, attributes) => {
        if (name !== "Relationship") return;
        if (attributeOf(attributes, "TargetMode") === "External") return;
        relations.set(attributeOf(attributes, "Id") ?? "", {
          target: resolvePart(folder, attributeOf(attributes, "Target") ?? ""),
          type: attributeOf(attributes, "Type") ?? "",
        });
      },
      close: () => {},
      text: () => {},
    }),
  );
  return relations;
}

/**
 * One worksheet's cells with a value, read as the XML streams by. Counts the used range against the
 * workbook's budget as it grows, and stops at the first cell past a limit.
 */
async function readWorksheet(
  zip: XlsxZip,
  entry: ZipEntry,
  name: string,
  date1904: boolean,
  limits: SheetLimits,
  budget: Budget,
): Promise<SheetCells> {
  const sheet: SheetCells = { name, rows: [], columns: [], values: [], merges: [] };
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  let rowNumber = 0;
  let columnNumber = -1;
  // The cell being read.
  let type = "n";
  let value: string | null = null;
  let inline: string | null = null;
  let depth: "none" | "v" | "is" | "t" | "rPh" = "none";

  const charge = (): void => {
    const rows = bottom - top + 1;
    const cells = rows * (right - left + 1);
    if (budget.rows + rows > limits.maxRows)
      throw new SheetLimitError("rows", name, rowNumber, limits.maxRows);
    if (budget.cells + cells > limits.maxCells) {
      throw new SheetLimitError("cells", name, rowNumber, limits.maxCells);
    }
  };

  const finishCell = (): void => {
    const cell = toRawValue(type, value, inline, date1904);
    if (cell === null) return;
    if (typeof cell === "string") {
      budget.text += cell.length;
      if (budget.text > limits.maxTextLength) {
        throw new SheetLimitError("text", name, rowNumber, limits.maxTextLength);
      }
    }
    sheet.rows.push(rowNumber);
    sheet.columns.push(columnNumber);
    sheet.values.push(cell);
    const grew = rowNumber < top || rowNumber > bottom || columnNumber < left || columnNumber > right;
    if (rowNumber < top) top = rowNumber;
    if (rowNumber > bottom) bottom = rowNumber;
    if (columnNumber < left) left = columnNumber;
    if (columnNumber > right) right = columnNumber;
    if (grew) charge();
  };

  await scanPart(
    zip,
    entry,
    new XmlScanner({
      open: (element, attributes, selfClosing) => {
        switch (element) {
          case "row": {
            const r = attributeOf(attributes, "r");
            rowNumber = r === undefined ? rowNumber + 1 : Number(r);
            if (!Number.isInteger(rowNumber) || rowNumber < 1) {
              throw new WorkbookPartError("malformed", `${entry.name}: row number ${r}`);
            }
            columnNumber = -1;
            return;
          }
          case "c": {
            const r = attributeOf(attributes, "r");
            columnNumber = r === undefined ? columnNumber + 1 : columnOfReference(r, entry.name);
            type = attributeOf(attributes, "t") ?? "n";
            value = null;
            inline = null;
            if (selfClosing) finishCell();
            return;
          }
          case "v":
            if (!selfClosing) {
              depth = "v";
              value = "";
            }
            return;
          case "is":
            inline = "";
            depth = "is";
            return;
          case "rPh":
            // Phonetic guides (furigana) are not part of the cell's value.
            if (depth === "is") depth = "rPh";
            return;
          case "t":
            if (depth === "is" && !selfClosing) depth = "t";
            return;
          case "mergeCell": {
            const merge = parseRange(attributeOf(attributes, "ref") ?? "");
            if (merge !== null) sheet.merges.push(merge);
            return;
          }
          default:
            return;
        }
      },
      close: (element) => {
        if (element === "v" && depth === "v") depth = "none";
        else if (element === "t" && depth === "t") depth = "is";
        else if (element === "rPh" && depth === "rPh") depth = "is";
        else if (element === "is") depth = "none";
        else if (element === "c") finishCell();
      },
      text: (raw) => {
        if (depth === "v") value += raw;
        else if (depth === "t") inline += raw;
        else return;
        // Raw text is at most a few times longer than its value (entities): stop one that cannot fit.
        if ((value?.length ?? 0) + (inline?.length ?? 0) > limits.maxTextLength * 2) {
          throw new SheetLimitError("text", name, rowNumber, limits.maxTextLength);
        }
      },
    }),
  );
  if (sheet.values.length > 0) {
    budget.rows += bottom - top + 1;
    budget.cells += (bottom - top + 1) * (right - left + 1);
  }
  return sheet;
}

/**
 * A cell's value by its type (`t`): shared string, inline string, formula text result, boolean, error,
 * ISO date, or number (the default). A formula with no cached result, and empty text, read as empty.
 */
function toRawValue(type: string, value: string | null, inline: string | null, date1904: boolean): RawValue {
  switch (type) {
    case "s": {
      if (value === null) return null;
      const index = Number(value);
      return Number.isInteger(index) && index >= 0 ? { shared: index } : null;
    }
    case "inlineStr":
      return emptyAsNull(detach(unescapeOoxml(decodeXmlText(inline ?? value ?? ""))));
    case "str":
      return value === null ? null : emptyAsNull(detach(unescapeOoxml(decodeXmlText(value))));
    case "b":
      return value === null ? null : value.trim() === "1" || value.trim() === "true";
    case "e":
      return value === null ? null : emptyAsNull(detach(decodeXmlText(value).trim()));
    case "d":
      return value === null ? null : serialOfIsoDate(decodeXmlText(value).trim(), date1904);
    default: {
      if (value === null || value.trim() === "") return null;
      const number = Number(value);
      return Number.isFinite(number) ? number : null;
    }
  }
}

/**
 * A copy of text cut from a chunk of XML. V8 keeps a slice of a string as a view of the whole (from 13
 * characters on), so one kept cell would hold its 64 KiB chunk alive, and a part's cells the whole part;
 * flattening a concatenation copies just the text.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

function emptyAsNull(text: string): CellValue {
  return text === "" ? null : text;
}

/**
 * Excel writes characters XML cannot hold as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), and a
 * literal `_x` that would read as one as `_x005F_`.
 */
function unescapeOoxml(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A `t="d"` cell (ISO 8601, written by some tools) as the serial Excel would store. */
function serialOfIsoDate(text: string, date1904: boolean): CellValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (match === null) return emptyAsNull(text);
  const [, y, mo, d, h, mi, sec] = match;
  const ms =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)) + Number(sec ?? 0) * 1000;
  if (date1904) return (ms - EPOCH_1904) / MS_PER_DAY;
  const serial = (ms - EPOCH_1900) / MS_PER_DAY;
  // Excel's 1900 system counts a 29 February 1900 that never was: days before March 1900 are one less.
  return serial < 61 ? serial - 1 : serial;
}

/** The 0-based column of an A1 reference (`AB12` → 27). */
function columnOfReference(reference: string, part: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const c = reference.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
  }
  if (i === 0 || column > 16_384)
    throw new WorkbookPartError("malformed", `${part}: cell reference ${reference}`);
  return column - 1;
}

function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(ref.trim());
  if (match === null) return null;
  const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = match;
  const a = columnOfReference(c1, ref);
  const b = columnOfReference(c2, ref);
  return {
    top: Math.min(Number(r1), Number(r2)),
    bottom: Math.max(Number(r1), Number(r2)),
    left: Math.min(a, b),
    right: Math.max(a, b),
  };
}

/** Only the shared strings the sheets use, by index: rich text runs joined, phonetic guides left out. */
async function readSharedStrings(
  zip: XlsxZip,
  entry: ZipEntry,
  wanted: ReadonlySet<number>,
  limits: SheetLimits,
  budget: Budget,
): Promise<Map<number, string>> {
  const strings = new Map<number, string>();
  let index = -1;
  let text: string | null = null;
  let inText = false;
  let inPhonetic = false;
  let last = -1;
  for (const n of wanted) if (n > last) last = n;
  // A shared string belongs to no one sheet: the refusal names the part.
  const overText = (): SheetLimitError => new SheetLimitError("text", "", 0, limits.maxTextLength);
  await scanPart(
    zip,
    entry,
    new XmlScanner({
      open: (name, _attributes, selfClosing) => {
        if (name === "si") {
          index++;
          text = wanted.has(index) ? "" : null;
          if (selfClosing && text !== null) strings.set(index, "");
        } else if (name === "rPh") inPhonetic = true;
        else if (name === "t" && !selfClosing && !inPhonetic) inText = true;
      },
      close: (name) => {
        if (name === "t") inText = false;
        else if (name === "rPh") inPhonetic = false;
        else if (name === "si" && text !== null) {
          const value = unescapeOoxml(decodeXmlText(text));
          budget.text += value.length;
          if (budget.text > limits.maxTextLength) throw overText();
          strings.set(index, detach(value));
          text = null;
        }
      },
      text: (raw) => {
        if (!inText || text === null) return;
        text += raw;
        if (budget.text + text.length > limits.maxTextLength * 2) throw overText();
      },
    }),
    // Strings after the last one a sheet uses need not be read.
    () => index > last,
  );
  return strings;
}

/**
 * Marks the cells of merged areas other than their top-left one: Office.js gives a merged area's value at
 * its top left only. Each area is clipped to the cells that hold values; Excel's merged areas do not
 * overlap, so the work stays within the used range, and a sheet whose areas pile up past that is damaged.
 */
function coveredByMerges(sheet: SheetCells, part: string): Set<number> {
  const covered = new Set<number>();
  if (sheet.merges.length === 0 || sheet.values.length === 0) return covered;
  const key = (row: number, column: number): number => row * 16_384 + column;
  const cells = new Set<number>();
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (let i = 0; i < sheet.values.length; i++) {
    const row = sheet.rows[i] ?? 0;
    const column = sheet.columns[i] ?? 0;
    cells.add(key(row, column));
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
  }
  let work = 0;
  const maxWork = 4 * Math.max(cells.size, (bottom - top + 1) * (right - left + 1));
  for (const m of sheet.merges) {
    const r0 = Math.max(m.top, top);
    const r1 = Math.min(m.bottom, bottom);
    const c0 = Math.max(m.left, left);
    const c1 = Math.min(m.right, right);
    work += Math.max(0, r1 - r0 + 1) * Math.max(0, c1 - c0 + 1);
    if (work > maxWork) throw new WorkbookPartError("malformed", `${part}: merged areas overlap`);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        if ((r !== m.top || c !== m.left) && cells.has(key(r, c))) covered.add(key(r, c));
      }
    }
  }
  return covered;
}

/** A sheet's cells as the dense grid of its used range, merged areas holding their value at the top left. */
function toGrid(
  sheet: SheetCells,
  shared: ReadonlyMap<number, string>,
  covered: ReadonlySet<number>,
): SheetGrid {
  const keep: number[] = [];
  const values: CellValue[] = [];
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (let i = 0; i < sheet.values.length; i++) {
    const raw = sheet.values[i] ?? null;
    const value = isSharedRef(raw) ? emptyAsNull(shared.get(raw.shared) ?? "") : raw;
    const row = sheet.rows[i] ?? 0;
    const column = sheet.columns[i] ?? 0;
    if (value === null || covered.has(row * 16_384 + column)) continue;
    keep.push(i);
    values.push(value);
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
  }
  if (values.length === 0) return { name: sheet.name, firstRow: 1, firstColumn: 0, values: [] };
  const width = right - left + 1;
  const grid: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) grid.push(new Array<CellValue>(width).fill(null));
  keep.forEach((i, n) => {
    const gridRow = grid[(sheet.rows[i] ?? top) - top];
    if (gridRow !== undefined) gridRow[(sheet.columns[i] ?? left) - left] = values[n] ?? null;
  });
  return { name: sheet.name, firstRow: top, firstColumn: left, values: grid };
}
