/* global Excel */
/**
 * Writing computed columns beside the active sheet's table, in one session run like the port's others
 * (runSession). The target area is read first and nothing is written when any of its cells holds a value
 * or a formula. A very large table needs several batches; if one fails, the blocks sent are undone (their
 * cells were empty, and their number formats were read before writing), and the failure says whether
 * anything may be left.
 */
import type { ComputedColumnsPlan, ComputedColumnsWrite, Planned, ProgressListener } from "../app/ports";
import type { SheetGrid } from "../core/sheetTable";
import { columnLetter } from "../core/sheetTable";
import type { WorkbookLimits } from "./createExcelWorkbook";
import type { ExcelHost } from "./excelHost";
import { ACTION_BYTES, jsonBytes } from "./payload";
import { readUsedRange } from "./readUsedRange";
import { runSession } from "./runSession";

/** How many occupied cells a refusal lists (it also gives the count). */
const OCCUPIED_LISTED = 20;

interface Block {
  /** 0-based first row and row count of the block. */
  readonly row: number;
  readonly rows: number;
  readonly formulas: string[][];
  readonly formats: string[][];
  /** The block's number formats before the write, to put back if a later block fails. */
  readonly originalFormats: string[][];
}

/**
 * Reads the active sheet, asks `planner` for formula columns, and writes them when every target cell is
 * empty (see WorkbookPort.writeComputedColumns).
 */
export async function writeComputedColumns<T>(
  host: ExcelHost,
  limits: WorkbookLimits,
  planner: (grid: SheetGrid) => Planned<T, ComputedColumnsPlan>,
  onProgress: ProgressListener | undefined,
): Promise<{ value: T; write: ComputedColumnsWrite | null }> {
  // Blocks sent to Excel, including one whose batch failed: Excel may have run part of it.
  const attempted: Block[] = [];
  let sheetName = "";
  let column = 0;
  // After a failure, the blocks sent are undone; anything may be left only when even that failed.
  const leftWritten = async () =>
    attempted.length > 0 && !(await undoBlocks(host, sheetName, column, attempted));
  return runSession(
    host,
    "compute",
    async (context) => {
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
    },
    leftWritten,
  );
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
