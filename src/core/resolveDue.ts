/**
 * Reads a 期間・期限 cell into due dates. A due date is the last day by which the work must be done;
 * month precision means the month's last day, and a bare month is placed inside the sheet's fiscal year
 * (`1月` on an FY2025 sheet is January 2026).
 *
 * The reader scans each sub-item's text for date notations and leaves everything else alone: cells carry
 * labels and prose (`選挙期日`, `任期満了日前30日以内に実施する。`) that are not deadlines. Text that looks
 * like a date but cannot be read (`R7.1O月`, `R7.2.30`, `13月`) fails the whole cell: a guessed due date
 * would make an item look on time, or overdue, when it is neither.
 */

import type { IsoDate } from "./calendar";
import { MARKER_OPEN, RANGE_END_BEYOND_CAP } from "./deadlinePatterns";
import type { FiscalContext } from "./fiscalContext";
import { contextOf } from "./fiscalContext";
import { DEFAULT_START_MONTH } from "./fiscalYear";
import type { Issue, Result } from "./result";
import { fail, ok } from "./result";
import { scanSegment } from "./scanDeadline";
import type { SubItemSegment } from "./splitBySubItem";
import { splitBySubItem } from "./splitBySubItem";
import { normalizeWidth } from "./text";

/**
 * - `date`: a due date.
 * - `continuous`: 通年, work that goes on all year: due at the fiscal year's end, never overdue before it.
 * - `no_fixed_due`: 随時, 適宜, 選挙時: no date, and none is invented.
 * - `start_only`: `…から` alone: a start, not a deadline.
 */
export type DueKind = "date" | "continuous" | "no_fixed_due" | "start_only";

export interface Due {
  readonly kind: DueKind;
  /** First day of a range (`R7. 5月～R8. 1月` → 2025-05-01), of `…から`, or of the fiscal year for 通年. */
  readonly start: IsoDate | null;
  /** The last day by which the work must be done; null for no_fixed_due and start_only. */
  readonly due: IsoDate | null;
  /** The fragment of the width-normalised text this was read from. */
  readonly source: string;
  /** The due date is after the fiscal year's last day: kept as written, and flagged. */
  readonly beyondFiscalYear: boolean;
}

export interface DueEntry {
  /** Sub-items these dues are for; null when the text has no (n) markers (the dues apply to the whole item). */
  readonly subItems: readonly number[] | null;
  /** `(1)5月、1月` gives two dues for sub-item 1. */
  readonly dues: readonly Due[];
}

export interface DeadlineReading {
  /** The cell's text as given; each due's `source` is a fragment of its width-normalised form. */
  readonly text: string;
  readonly fiscalYear: number;
  readonly entries: readonly DueEntry[];
  /** Things worth telling the user that do not stop the reading (a due beyond the fiscal year). */
  readonly warnings: readonly Issue[];
}

export interface ResolveDueOptions {
  /** The month the fiscal year starts in; 4 (April) unless a sheet says otherwise. */
  readonly startMonth?: number;
  /** The fiscal year a plan starts in (a KPI list's period), for `N年目`; without it `2年目` is refused. */
  readonly planStart?: number | null;
}

/**
 * Reads the due dates of a 期間・期限 cell for a sheet of the given fiscal year, one entry per sub-item group.
 * @example resolveDue("(1)5月、1月 (2)(3)年度内 (4)通年", 2025)
 * // ok: entries [{ subItems: [1], dues: 2025-05-31, 2026-01-31 }, { subItems: [2, 3], dues: 2026-03-31 },
 * //              { subItems: [4], dues: continuous until 2026-03-31 }]
 */
export function resolveDue(
  text: string | null | undefined,
  fiscalYear: number,
  options?: ResolveDueOptions,
): Result<DeadlineReading> {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1900 || fiscalYear > 2200) {
    return fail({ code: "fiscal_year_unreadable", text: String(fiscalYear) });
  }
  if (text == null || text.trim() === "") return fail({ code: "deadline_empty" });
  const planStart = options?.planStart ?? null;
  if (planStart !== null && !Number.isInteger(planStart)) {
    return fail({ code: "fiscal_year_unreadable", text: String(planStart) });
  }
  const startMonth = options?.startMonth ?? DEFAULT_START_MONTH;
  // A sheet repeats a handful of notations (通年, 年度内) down thousands of rows, and Excel recalculates
  // custom functions often: each fiscal year's context remembers its recent readings.
  return contextOf({ fiscalYear, startMonth, planStart }, readCell).read(text);
}

function readCell(text: string, context: FiscalContext): Result<DeadlineReading> {
  const entries: DueEntry[] = [];
  const warnings: Issue[] = [];
  const issues: Issue[] = [];
  for (const segment of segmentsOf(text)) {
    const beyondCap = segment.subItems === null ? null : RANGE_END_BEYOND_CAP.exec(segment.text);
    if (beyondCap !== null) {
      // `(1)～(100)`: a range past (99), the most a sub-item marker can name. Reading `(1)` alone would
      // drop the rest of the range without a word.
      const opening = segment.subItems?.[segment.subItems.length - 1] ?? "";
      issues.push({
        code: "deadline_unreadable",
        source: `(${opening})${beyondCap[0].trim()}`,
        reason: "sub_item_range_too_long",
      });
      continue;
    }
    const dues: Due[] = [];
    scanSegment(segment.text, context, dues, issues);
    if (dues.length === 0) {
      // A sub-item whose text holds no deadline is worth a word; text before the first marker is a label.
      if (segment.subItems !== null) {
        warnings.push({
          code: "deadline_unreadable",
          ...subItemParams(segment.subItems),
          source: segment.text,
        });
      }
      continue;
    }
    entries.push({ subItems: segment.subItems, dues });
    for (const due of dues) {
      if (!due.beyondFiscalYear) continue;
      warnings.push({
        code: "deadline_beyond_fiscal_year",
        due: due.due,
        fiscalYearEnd: context.end,
        source: due.source,
        ...subItemParams(segment.subItems),
      });
    }
  }
  if (issues.length > 0) return fail(...issues.map((issue) => ({ ...issue, text })));
  if (entries.length === 0) return fail({ code: "deadline_unreadable", text });
  return ok({ text, fiscalYear: context.fiscalYear, entries, warnings });
}

/**
 * The dues that apply to sub-item n: the entries naming n, else the entries without markers.
 * @example duesForSubItem(reading("(1)8月30日 (2)通年"), 1) // [{ kind: "date", due: "2025-08-30", … }]
 */
export function duesForSubItem(reading: DeadlineReading, subItem: number): readonly Due[] {
  const named: Due[] = [];
  const unmarked: Due[] = [];
  for (const entry of reading.entries) {
    if (entry.subItems === null) unmarked.push(...entry.dues);
    else if (entry.subItems.includes(subItem)) named.push(...entry.dues);
  }
  return named.length > 0 ? named : unmarked;
}

/** Most cells have no (n) marker (`通年`, `年度末まで`): they need no splitting, only width normalisation. */
function segmentsOf(text: string): readonly SubItemSegment[] {
  if (!MARKER_OPEN.test(text)) {
    const normalized = normalizeWidth(text);
    return normalized === "" ? [] : [{ subItems: null, text: normalized }];
  }
  return splitBySubItem(text);
}

function subItemParams(subItems: readonly number[] | null): Record<string, number | string> {
  if (subItems === null || subItems.length === 0) return {};
  const first = subItems[0] ?? 0;
  return subItems.length === 1 ? { subItem: first } : { subItem: first, subItems: subItems.join(",") };
}
