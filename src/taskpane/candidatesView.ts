/**
 * 実績値の候補 as the pane lists them: after a check of a goal sheet, one group per item (and sub-item)
 * whose reports hold numbers that may be its actual, each with the target it is for, the value, the
 * sentence it came from and the achievement it would give. Plain data, tested without a DOM.
 */
import type { ActualTarget } from "../app/planActualColumn";
import { ACTUAL_HEADER, actualTextOf } from "../app/planActualColumn";
import type { SubmissionReport } from "../app/runSubmissionCheck";
import { candidateKey } from "../app/settings";
import type { ValueCandidate } from "../core/findValueCandidates";
import { splitReportBySubItem } from "../core/readReport";
import type { CellValue } from "../core/sheetTable";
import { formatItemMarker } from "../core/text";
import type { UiStrings } from "./strings/uiStrings";

export interface CandidateView {
  /** The value as it would go into the 実績値 column: `84.3%`. */
  readonly value: string;
  /** The report's sentence it came from, quoted. */
  readonly source: string;
  /** `達成率 93.7%`, or `達成率 —` when the target names no number to judge it by. */
  readonly achievement: string;
}

export interface CandidateGroupView {
  /** The item's candidateKey (`6:1`), for 見送る and for what was said about it. */
  readonly key: string;
  readonly target: ActualTarget;
  /** `⑥ (1)` */
  readonly title: string;
  /** The 数値目標 it is for: the sub-item's part when the target has sub-items. */
  readonly targetText: string;
  /** What the sheet's 実績値 column holds for it as last checked; null when nothing (or not read). */
  readonly current: string | null;
  /** The preferred candidate first, as the core offers them. */
  readonly candidates: readonly CandidateView[];
}

export interface CandidatesView {
  readonly groups: readonly CandidateGroupView[];
  /** Groups with candidates that the user dismissed on this sheet (見送る). */
  readonly dismissed: number;
  /** Whether the table's header row has a 実績値 column right of the table (the add-in's, likely). */
  readonly actualColumn: boolean;
}

const SUB_ITEM_LINE = /^\((\d{1,2})\)\s*(.*)$/;
/** A sub-item marker as people write it: `(1)`, `（２）`. */
const MARKER = /[(（]\s*([0-9０-９]{1,2})\s*[)）]/g;

/**
 * The value candidates of a checked sheet, by item and sub-item, without the ones dismissed.
 * @example candidatesView(report, [], ja).groups[0]
 * // { key: "6:1", title: "⑥ (1)", targetText: "消防団員の確保（定員1,850人）充足率90%",
 * //   candidates: [{ value: "84.3%", source: "「充足率84.3%」", achievement: "達成率 —" }], … }
 */
export function candidatesView(
  report: SubmissionReport | null,
  dismissed: readonly string[],
  strings: UiStrings,
): CandidatesView {
  if (report === null) return { groups: [], dismissed: 0, actualColumn: false };
  const hidden = new Set(dismissed);
  const cells = new Map<number, Partial<Record<string, CellValue>>>();
  for (const row of report.detection.table.rows) cells.set(row.row, row.cells);
  const groups: CandidateGroupView[] = [];
  let dismissedCount = 0;
  for (const row of report.evaluation.rows) {
    const bySubItem = new Map<number | null, ValueCandidate[]>();
    for (const candidate of row.valueCandidates) {
      const list = bySubItem.get(candidate.subItem) ?? [];
      list.push(candidate);
      bySubItem.set(candidate.subItem, list);
    }
    const subItems = [...bySubItem.keys()].sort((a, b) => (a ?? -1) - (b ?? -1));
    for (const subItem of subItems) {
      const target: ActualTarget = { item: row.item, row: row.row, subItem };
      const key = candidateKey(target);
      if (hidden.has(key)) {
        dismissedCount++;
        continue;
      }
      const rowCells = cells.get(row.row) ?? {};
      const marker = row.item === null ? strings.candidates.rowTitle(row.row) : formatItemMarker(row.item);
      groups.push({
        key,
        target,
        title: subItem === null ? marker : `${marker} (${subItem})`,
        targetText: partFor(textOf(rowCells.numericTarget), subItem),
        current: lineFor(textOf(rowCells.actual), subItem),
        candidates: (bySubItem.get(subItem) ?? []).map((candidate) => ({
          value: actualTextOf(candidate),
          source: strings.candidates.source(candidate.text || candidate.excerpt),
          achievement:
            candidate.achievementRate === null
              ? strings.candidates.noAchievement
              : strings.candidates.achievement(percentOf(candidate.achievementRate)),
        })),
      });
    }
  }
  // The core reads a 実績値 column as the goal sheet's actuals; one it did not take into the table (a
  // header it does not know as such) still counts when it stands right of the table.
  const { columns } = report.detection.table;
  const right = Math.max(...Object.values(columns).filter((c) => c !== undefined), -1);
  const actualColumn = report.detection.columnChoices.some(
    (choice) =>
      choice.header === ACTUAL_HEADER && (choice.column === columns.actual || choice.column > right),
  );
  return { groups, dismissed: dismissedCount, actualColumn };
}

/**
 * An achievement rate as a percentage with one decimal.
 * @example percentOf(0.9366) // "93.7%"
 */
export function percentOf(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

function textOf(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * The part of a text under a sub-item's marker, as written; the core's (width-normalised) part when the
 * marker is shared (`(2)(3)`, `(1)～(3)`), the whole text when it has none.
 */
function partFor(text: string, subItem: number | null): string {
  if (subItem === null) return text;
  const markers = [...text.matchAll(MARKER)];
  const index = markers.findIndex((m) => Number((m[1] ?? "").normalize("NFKC")) === subItem);
  const own = markers[index];
  const next = markers[index + 1];
  if (own !== undefined && (next === undefined || next.index > own.index + own[0].length)) {
    const before = markers[index - 1];
    const shared = before !== undefined && before.index + before[0].length >= own.index - 1;
    if (!shared) return text.slice(own.index + own[0].length, next?.index ?? text.length).trim();
  }
  const part = splitReportBySubItem(text).find((segment) => segment.subItems?.includes(subItem));
  return part === undefined ? text : part.text.trim();
}

/** A sub-item's line of a 実績値 cell (`(3) 2校` → `2校`); the whole cell without a sub-item. */
function lineFor(text: string, subItem: number | null): string | null {
  if (text === "") return null;
  if (subItem === null) return text;
  for (const line of text.split(/\r?\n/)) {
    const match = SUB_ITEM_LINE.exec(line.trim());
    if (match && Number(match[1]) === subItem) return match[2] ?? null;
  }
  return null;
}
