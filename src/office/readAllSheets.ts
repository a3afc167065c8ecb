/* global Excel */
/**
 * Reading the used ranges of many worksheets together: one sync learns every used range's size and
 * reads each sheet's first rows, which covers goal sheets and KPI lists whole; longer sheets are read in
 * blocks of rows packed into requests of about 4 MB. The number of syncs grows with the workbook's
 * bytes, not with its sheets or rows.
 */
import type { CellValue, SheetGrid } from "../core/sheetTable";
import { jsonBytes } from "./payload";
import type { ReadLimits } from "./readUsedRange";
import { isPayloadTooLarge } from "./toWorkbookFailure";

/**
 * Rows read with the sizes in the first sync, shared among the sheets (each gets at least 10, at most
 * `limits.firstRows`): 40 sheets get 100 rows each, 100 sheets 40, which covers goal sheets and KPI
 * lists whole. Excel refusing the response as too large halves the rows and asks again.
 */
const FIRST_ROWS_IN_ALL = 4000;
const MIN_FIRST_ROWS = 10;
const MAX_RETRIES = 4;
/** Rows vary; the estimate from the first rows is scaled up so a block rarely comes out larger. */
const ESTIMATE_MARGIN = 1.25;
const BYTES_PER_CELL_GUESS = 48;

/**
 * Reads the values of the given worksheets (their names already loaded) in tab order.
 * @example await readAllSheets(context, worksheets.items) // [{ name: "1 防災力", firstRow: 1, … }, …]
 */
export async function readAllSheets(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  limits: ReadLimits,
): Promise<SheetGrid[]> {
  if (sheets.length === 0) return [];
  let firstRows = Math.min(
    limits.firstRows,
    Math.max(MIN_FIRST_ROWS, Math.floor(FIRST_ROWS_IN_ALL / sheets.length)),
  );
  const queue = () =>
    sheets.map((sheet) => {
      const used = sheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
      const first = used.getIntersectionOrNullObject(sheet.getRange(`1:${firstRows}`)).load("values");
      return { sheet, used, first, values: [] as CellValue[][] };
    });
  let reads = queue();
  for (let retries = 0; ; retries++) {
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a retry only when Excel refused the response as too large
      await context.sync();
      break;
    } catch (error) {
      if (!isPayloadTooLarge(error) || retries >= MAX_RETRIES || firstRows === 1) throw error;
      firstRows = Math.max(1, Math.floor(firstRows / 2));
      reads = queue();
    }
  }

  const pending: { read: (typeof reads)[number]; bytesPerRow: number }[] = [];
  for (const read of reads) {
    if (!read.first.isNullObject) for (const row of read.first.values) read.values.push(row as CellValue[]);
    const got = read.values.length;
    const bytesPerRow =
      (got > 0 ? jsonBytes(read.values) / got : read.used.columnCount * BYTES_PER_CELL_GUESS) *
      ESTIMATE_MARGIN;
    if (got < read.used.rowCount) pending.push({ read, bytesPerRow });
  }

  // Blocks of rows from any sheet, as many as fit in one response, until every sheet is read.
  while (pending.length > 0) {
    let room = limits.responseBytes;
    const blocks: { read: (typeof reads)[number]; range: Excel.Range }[] = [];
    for (const item of pending) {
      const { read, bytesPerRow } = item;
      const left = read.used.rowCount - read.values.length;
      const rows = Math.min(left, Math.floor(room / bytesPerRow));
      if (rows < 1) {
        if (blocks.length > 0) break;
      }
      const count = Math.max(1, rows);
      const range = read.sheet
        .getRangeByIndexes(
          read.used.rowIndex + read.values.length,
          read.used.columnIndex,
          count,
          read.used.columnCount,
        )
        .load("values");
      blocks.push({ read, range });
      room -= count * bytesPerRow;
      if (room <= 0) break;
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of values: more than one only when the workbook passes Excel's request limit
    await context.sync();
    for (const { read, range } of blocks)
      for (const row of range.values) read.values.push(row as CellValue[]);
    for (let i = pending.length - 1; i >= 0; i--) {
      const item = pending[i];
      if (item && item.read.values.length >= item.read.used.rowCount) pending.splice(i, 1);
    }
  }

  return reads.map(({ sheet, used, values }) => ({
    name: sheet.name,
    firstRow: used.rowIndex + 1,
    firstColumn: used.columnIndex,
    values,
  }));
}
