/**
 * A 期間・期限 cell as every edge needs it: resolveDue's reading, checked against the dates Excel can hold,
 * and the one due date a formula or a row reports (the latest of the cell, or of sub-item n).
 */
import type { IsoDate } from "./calendar";
import { isExcelDate } from "./parseDateText";
import type { DeadlineReading, Due, ResolveDueOptions } from "./resolveDue";
import { duesForSubItem, resolveDue } from "./resolveDue";
import type { Result } from "./result";
import { fail, ok } from "./result";

/**
 * Reads a 期間・期限 cell for a sheet of the given fiscal year, and refuses a due date Excel cannot hold
 * (`9999年度末` ends on 10000-03-31; Excel's dates end on 9999-12-31) with `date_out_of_range` rather than
 * carry a day no cell can show.
 * @example readDeadline("R8. 3月", 2025) // ok: entries [{ subItems: null, dues: [{ due: "2026-03-31", … }] }]
 * @example readDeadline("9999年度末", 2025) // fails: date_out_of_range (10000-03-31)
 */
export function readDeadline(
  text: string | null | undefined,
  fiscalYear: number,
  options?: ResolveDueOptions,
): Result<DeadlineReading> {
  const result = resolveDue(text, fiscalYear, options);
  if (!result.ok) return result;
  // resolveDue remembers its readings: each is checked once, not on every row that repeats its text.
  const known = CHECKED.get(result);
  if (known !== undefined) return known;
  const checked = checkedAgainstExcel(result, text ?? "");
  CHECKED.set(result, checked);
  return checked;
}

/** Each reading of resolveDue with the result of checking its dates against Excel's. */
const CHECKED = new WeakMap<Result<DeadlineReading>, Result<DeadlineReading>>();

function checkedAgainstExcel(
  result: Result<DeadlineReading> & { ok: true },
  text: string,
): Result<DeadlineReading> {
  for (const entry of result.value.entries) {
    for (const due of entry.dues) {
      const outside = outsideExcel(due.due) ?? outsideExcel(due.start);
      if (outside !== null) {
        return fail({ code: "date_out_of_range", role: "due", source: due.source, due: outside, text });
      }
    }
  }
  return result;
}

function outsideExcel(date: IsoDate | null): IsoDate | null {
  return date !== null && !isExcelDate(date) ? date : null;
}

/**
 * The latest due date among dues; null when none has a date (随時, …から).
 * @example latestDueIn(readDeadline("(1)5月、1月", 2025).value.entries[0].dues) // "2026-01-31"
 */
export function latestDueIn(dues: readonly Due[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const due of dues) if (due.due !== null && (latest === null || due.due > latest)) latest = due.due;
  return latest;
}

/**
 * The due date a cell reports: the latest of the whole cell, or of sub-item n (its own entries, else the
 * cell's unmarked ones). Fails, saying why, when the sub-item is not in the text (`sub_item_not_found`) or
 * nothing has a date (`deadline_no_fixed_due` for 随時, `deadline_start_only` for `5月から`).
 * @example dueOfReading(reading("(1)5月、1月 (2)(3)年度内"), 1) // { ok: true, value: "2026-01-31" }
 * @example dueOfReading(reading("(1)5月 (2)1月"), 3) // fails: sub_item_not_found
 */
export function dueOfReading(reading: DeadlineReading, subItem: number | null): Result<IsoDate> {
  let latest: IsoDate | null = null;
  let dues: readonly Due[] | null = null;
  if (subItem === null) {
    for (const entry of reading.entries) {
      const entryLatest = latestDueIn(entry.dues);
      if (entryLatest !== null && (latest === null || entryLatest > latest)) latest = entryLatest;
    }
  } else {
    dues = duesForSubItem(reading, subItem);
    if (dues.length === 0) return fail({ code: "sub_item_not_found", subItem, text: reading.text });
    latest = latestDueIn(dues);
  }
  if (latest !== null) return ok(latest);

  // Nothing with a date: say why (随時, or a start only), for the sub-item asked about.
  const undated = (dues ?? reading.entries.flatMap((entry) => entry.dues)).find((due) => due.due === null);
  const source = undated?.source ?? reading.text;
  const where = subItem === null ? {} : { subItem };
  return fail(
    undated?.kind === "start_only"
      ? { code: "deadline_start_only", source, ...where }
      : { code: "deadline_no_fixed_due", source, ...where },
  );
}
