/* global Excel */
/**
 * Reading a worksheet's used range as values in few round trips. The first sync learns the used range's
 * size and reads its first rows at once, which covers most goal sheets and KPI lists whole. Larger sheets
 * are read in blocks of rows sized from the bytes per row seen in the first rows, so that no response
 * passes Excel on the web's limit: the number of syncs grows with the sheet's bytes, not its rows.
 */
import type { ProgressListener } from "../app/ports";
import type { CellValue, SheetGrid } from "../core/sheetTable";
import { REQUEST_BUDGET_BYTES, jsonBytes } from "./payload";
import { isPayloadTooLarge } from "./toWorkbookFailure";

export interface ReadLimits {
  /** Largest response to ask for, in bytes. */
  readonly responseBytes: number;
  /** Rows read together with the used range's size, in the first sync. */
  readonly firstRows: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { responseBytes: REQUEST_BUDGET_BYTES, firstRows: 100 };

/** Rows vary; the estimate from the first rows is scaled up so a block rarely comes out larger. */
const ESTIMATE_MARGIN = 1.25;
/** A guess at a row's bytes per cell when the first rows hold nothing to measure. */
const BYTES_PER_CELL_GUESS = 48;
/** Halvings of a block that Excel still refuses as too large, before giving up. */
const MAX_RETRIES = 4;

export interface ReadHooks {
  /**
   * Called after the first sync, before the next: queue loads that depend on what the first sync
   * loaded (conditional formats' rules, notes' locations). Returns the bytes it expects back (0 when
   * it queued nothing): they go with the next block of rows, which is made that much smaller, or in a
   * sync of their own when the whole sheet came in the first sync.
   */
  readonly afterFirstSync?: () => number;
  readonly onProgress?: ProgressListener;
}

/**
 * Reads the used range's values (loads queued before the call go with the first sync).
 * @example await readUsedRange(context, context.workbook.worksheets.getActiveWorksheet())
 * // { name: "KPI", firstRow: 1, firstColumn: 0, values: [["第２期上野町長マニフェスト…"], …] }
 */
export async function readUsedRange(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  hooks: ReadHooks = {},
): Promise<SheetGrid> {
  sheet.load("name");
  const used = sheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const first = used
    .getIntersectionOrNullObject(sheet.getRange(`1:${limits.firstRows}`))
    .load("rowCount,values");
  await context.sync();

  const values: CellValue[][] = [];
  if (!first.isNullObject) for (const row of first.values) values.push(row as CellValue[]);
  const total = used.rowCount;
  hooks.onProgress?.({ phase: "reading", done: values.length, total });

  let extraBytes = hooks.afterFirstSync?.() ?? 0;
  const bytesPerRow =
    (values.length > 0 ? jsonBytes(values) / values.length : used.columnCount * BYTES_PER_CELL_GUESS) *
    ESTIMATE_MARGIN;
  let blockRows = Math.max(1, Math.floor(limits.responseBytes / bytesPerRow));
  let retries = 0;

  while (values.length < total) {
    const room = Math.max(bytesPerRow, limits.responseBytes - extraBytes);
    const rows = Math.min(blockRows, Math.max(1, Math.floor(room / bytesPerRow)), total - values.length);
    const block = sheet
      .getRangeByIndexes(used.rowIndex + values.length, used.columnIndex, rows, used.columnCount)
      .load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of about 4 MB: more than one only when the data passes Excel's request limit
      await context.sync();
    } catch (error) {
      // A block of unusually long texts: Excel refused the response; ask for half as many rows.
      if (!isPayloadTooLarge(error) || retries >= MAX_RETRIES || rows === 1) throw error;
      retries++;
      blockRows = Math.max(1, Math.floor(rows / 2));
      // The failed batch took the extra loads with it: queue them again.
      if (extraBytes > 0) extraBytes = hooks.afterFirstSync?.() ?? 0;
      continue;
    }
    extraBytes = 0;
    for (const row of block.values) values.push(row as CellValue[]);
    hooks.onProgress?.({ phase: "reading", done: values.length, total });
  }
  if (extraBytes > 0) await context.sync();

  return { name: sheet.name, firstRow: used.rowIndex + 1, firstColumn: used.columnIndex, values };
}
