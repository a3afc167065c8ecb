/**
 * Headers that span two rows: the as-of years under 基準値 / 目標値 (`R6年度末`), sub-column names under a
 * group (`基準値 | 目標値` under `基準値 ⇒ 目標値`, `数値 | 年度` under `基準値`, `R5 | R6` under `実績`), or the
 * header typed out again on both rows instead of merged. The second row is part of the header, never a
 * row of data with values that cannot be read.
 */
import type { HeaderKind } from "./headerSynonyms";
import { classifyHeader, headerKey, isSubColumnName } from "./headerSynonyms";
import { isBlank } from "./gridCells";
import type { CellValue } from "./sheetTable";
import { normalizeWidth } from "./text";
import { ERA_LABEL_PATTERN, ERA_YEAR_PATTERN } from "./era";

const SPACES = /\s+/g;
/** A header's second row: the as-of year under 基準値 / 目標値 (`R6年度末`, `（R10年度末）`, `2024年度`). */
const HEADER_YEAR_TAG = new RegExp(
  `^\\(?(?:(?:${ERA_LABEL_PATTERN})(?:${ERA_YEAR_PATTERN})(?:年度?)?|\\d{4}年度?)(?:末|当初|時点)?(?:実績|見込み?)?\\)?$`,
);

/**
 * A row under the header that belongs to it: the as-of year under 基準値 / 目標値 (`R6年度末`), the
 * header's own texts written again (a two-row header typed out on both rows instead of merged), or the
 * names of the sub-columns of a group (`基準値 | 目標値` under `基準値 ⇒ 目標値`, `数値 | 年度` under a
 * merged `基準値`). A row of header names alone is a header of its own (the row above it is a title),
 * unless the row above names columns too and the names sit under one of its groups.
 */
export function isHeaderContinuation(
  header: readonly CellValue[] | undefined,
  next: readonly CellValue[] | undefined,
): boolean {
  if (header === undefined || next === undefined) return false;
  const headerKeys = new Set<string>();
  for (const value of header)
    if (typeof value === "string" && !isBlank(value)) headerKeys.add(headerKey(value));
  // One cell above a row of headers is a title (令和7年度 KPI進捗管理表), never the first header row.
  if (header.filter((value) => !isBlank(value)).length < 2) return false;
  let yearTags = 0;
  let repeats = 0;
  const named: number[] = [];
  const parts: number[] = [];
  for (let column = 0; column < next.length; column++) {
    const value = next[column];
    if (isBlank(value)) continue;
    if (typeof value !== "string") return false;
    if (HEADER_YEAR_TAG.test(normalizeWidth(value).replace(SPACES, ""))) yearTags++;
    else if (headerKeys.has(headerKey(value))) repeats++;
    else if (classifyHeader(value) !== null) named.push(column);
    else if (isSubColumnName(value)) parts.push(column);
    else return false;
  }
  const runs = headerRuns(header, next.length);
  const underGroup = (column: number): boolean => {
    const run = runs[column];
    return run !== undefined && run.end - run.start >= 2 && !isBlank(header[run.start]);
  };
  // `数値 | 年度` name the parts of a value column; they say nothing outside a group over them.
  if (!parts.every(underGroup)) return false;
  if (yearTags > 0 || repeats > 0 || (parts.length > 0 && named.length === 0)) return true;
  if (named.length < 2 || header.filter((value) => classifyHeader(value) !== null).length < 2) return false;
  return named.every(underGroup);
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
export function mergeSecondHeaderRow(
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
    else if (
      (kinds[column] ?? null) === null &&
      (groupKind === "actual" || groupKind === "actualValue") &&
      !isBlank(below)
    ) {
      kinds[column] = "actual";
    }
  }
}
