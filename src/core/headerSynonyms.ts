/**
 * How sheets word their column headers. One column goes by many names (期限, 時期, スケジュール), and
 * headers carry line breaks, full-width parentheses and ※ note marks; this table is the one place that
 * knows the wording. Which role a kind plays depends on the layout (findTable decides: `目標` is the
 * 数値目標 of a goal sheet but the 目標値 of a KPI list).
 */
import type { CellValue } from "./sheetTable";
import { normalizeWidth } from "./text";

/** What a header says its column holds, before the layout turns it into a ColumnRole. */
export type HeaderKind =
  | "item" // No. / 番号
  | "initiative" // 取組項目, 取組内容
  | "initiativeFallback" // 推進事項, 施策, 事業名: the initiative only when no 取組内容 column exists
  | "period" // 期間, 期限, 時期, スケジュール, 工程
  | "numericTarget" // 数値目標
  | "target" // 目標値, 目標数値, 当初目標値
  | "revisedTarget" // 目標値（見直し後）, 見直し後目標値, 修正目標値, 変更後の目標値
  | "targetGeneric" // 目標 alone: 数値目標 on a goal sheet, 目標値 on a KPI list
  | "midtermReport" // 中間報告
  | "finalReport" // 期末報告, 最終報告
  | "kpi" // ＫＰＩ, 指標, 目標(指標)名
  | "baseline" // 基準値, 現状値, 当初値
  | "baselineTarget" // 基準値 ⇒ 目標値 in one column
  | "actualValue" // 実績値, 実績 alone (実績値（確定）): the actual of a KPI list, and of a goal sheet too
  | "actual" // R7実績, 現況値, 令和元年度の現在値: the actual of a KPI list
  | "status" // 状況, 進捗状況, ステータス
  | "unit"; // 単位: the unit of the value columns beside it, whose cells hold plain numbers

/** A revised target named in the key: 見直し後目標値, 修正目標値, 変更後の目標値, 改定後目標. */
const REVISED_TARGET_KEY = /^(?:見直し?|修正|変更|改定|改訂)後?の?目標値?$/;
/**
 * A target column whose explanation says it is the revision: 目標値（見直し後）, 目標値（修正後）,
 * 目標値（R8見直し）. The explanation is what headerKey drops, so it is read from the whole text.
 */
const REVISED_NOTE = /\([^()]*(?:見直し?|修正|変更|改定|改訂)後?\)/;

/**
 * Header patterns, tried in order on the header key (see headerKey); the first match wins, so the
 * specific wordings come before the words they contain (`基準値⇒目標値` before `目標値`,
 * `推進項目のKPI` before anything with 項目, `推進事項達成に向けた具体的な取組内容` before `推進事項`).
 */
export const HEADER_PATTERNS: readonly { readonly kind: HeaderKind; readonly pattern: RegExp }[] = [
  // 当初目標値 is the target as first set, beside its revision; not 当初値 ⇒ 目標値.
  { kind: "target", pattern: /^当初の?目標値?$/ },
  { kind: "revisedTarget", pattern: REVISED_TARGET_KEY },
  { kind: "baselineTarget", pattern: /(?:基準|現状|当初)値?.*目標/ },
  { kind: "midtermReport", pattern: /中間報告|^中間(?!目標)/ },
  { kind: "finalReport", pattern: /期末報告|最終報告|^期末(?!目標)/ },
  { kind: "kpi", pattern: /KPI|指標|^目標名$/ },
  { kind: "numericTarget", pattern: /数値目標/ },
  { kind: "initiative", pattern: /取り?組み?(?:項目|内容)|具体的な取り?組|^実施項目$/ },
  { kind: "initiativeFallback", pattern: /^(?:推進事項|施策名?|事業名|事務事業名)$/ },
  // A column of when the work starts (開始年度, 実施期間の開始, 着手) or when results are checked (確認時期)
  // holds no due date: read as one, a start would be overdue a year later. Such a column is left unread.
  { kind: "period", pattern: /^(?!.*(?:開始|着手|確認))(?:.*(?:期限|時期|期間|スケジュール)|工程(?:表)?$)/ },
  { kind: "baseline", pattern: /基準値|現状値|当初値|^基準$|^現状$/ },
  // A goal sheet's reports may be headed 実績・成果 or 取組実績: only 実績値 or 実績 alone is its value column.
  { kind: "actualValue", pattern: /^実績値?$/ },
  { kind: "actual", pattern: /実績|現況値|現在値/ },
  { kind: "target", pattern: /目標値|^目標数値$/ },
  { kind: "targetGeneric", pattern: /^(?:(?:令和|平成|[RH])?\d{1,4}年?度?末?|最終|今年度の?)?目標$/ },
  { kind: "status", pattern: /状況|ステータス|^進捗度?$|^状態$/ },
  { kind: "item", pattern: /^(?:NO\.?|番号|項番|#)$/ },
  { kind: "unit", pattern: /^単位$/ },
];

/**
 * A goal sheet's report columns named by what they report and when: `進捗状況（上半期）` is the 中間報告,
 * `実績・成果（年度末）` the 期末報告. The time sits in the parentheses headerKey drops, so it is read from
 * the whole text; a value column (`実績値（R7年度末）`) is not a report.
 */
const REPORT_KEY = /^(?:進捗状況|進捗|取組状況|取組実績|実績・成果|成果|実施状況)$/;
const MIDTERM_WHEN = /上半期|上期|中間|9月末/;
const FINAL_WHEN = /年度末|期末|下半期|下期|最終|年間/;

/** Names of the parts of a value column in a header's second row (`基準値` over `数値 | 年度`). */
const SUB_COLUMN_NAME = /^(?:数値|値|年度|年度末|時点|年月|基準年度?|単位|目標|実績)$/;

/** Text longer than this (after the explanation is removed) is prose in a title block, not a header. */
const MAX_HEADER_KEY_LENGTH = 30;
/** Raw headers are longer than their keys (the 中間報告 header explains itself in ~70 characters). */
const MAX_HEADER_RAW_LENGTH = 200;

const NOTE_MARK = /※\s*\d*/g;
const SPACES = /\s+/g;

/**
 * The part of a header that names the column: width-normalised, without the parenthesised explanation,
 * ※ note marks or spaces, upper-cased.
 * @example headerKey("期間・期限\n（いつ・いつまでに）") // "期間・期限"
 */
export function headerKey(text: string): string {
  const key = withoutParentheses(normalizeWidth(text));
  return key.replace(NOTE_MARK, "").replace(SPACES, "").toUpperCase();
}

/**
 * The text without its parenthesised explanations, nested ones included, and without an explanation left
 * open at the end (`目標値(R10`). One pass that keeps the text as pieces between brackets, with a stack of
 * how many pieces stood before each open bracket, so a cell of 32,767 nested brackets costs no more than
 * one of plain text (stripping the innermost pair again and again was quadratic). A `)` with no `(` before
 * it is kept, as text. Typed arrays sized once: no allocation per bracket.
 */
function withoutParentheses(text: string): string {
  if (!text.includes("(")) return text;
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  const opened = new Int32Array(text.length);
  let pieces = 0;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN) {
      starts[pieces] = start;
      ends[pieces] = i;
      pieces++;
      opened[depth++] = pieces;
      start = i;
    } else if (code === CLOSE && depth > 0) {
      // Back to the pieces before the matching "(": the explanation and its bracket go.
      pieces = opened[--depth] ?? 0;
      start = i + 1;
    }
  }
  if (depth > 0) pieces = opened[depth - 1] ?? 0;
  else {
    starts[pieces] = start;
    ends[pieces] = text.length;
    pieces++;
  }
  let kept = "";
  for (let p = 0; p < pieces; p++) kept += text.slice(starts[p], ends[p]);
  return kept;
}

const OPEN = 0x28; // (
const CLOSE = 0x29; // )

/**
 * What a header cell says its column holds, or null when it is empty, not text, prose, or unknown.
 * @example classifyHeader("推進項目のＫＰＩ ※３") // "kpi"
 */
export function classifyHeader(value: CellValue | undefined): HeaderKind | null {
  if (typeof value !== "string" || value.length > MAX_HEADER_RAW_LENGTH) return null;
  const key = headerKey(value);
  if (key === "" || key.length > MAX_HEADER_KEY_LENGTH) return null;
  if (REPORT_KEY.test(key)) {
    const text = normalizeWidth(value);
    if (MIDTERM_WHEN.test(text)) return "midtermReport";
    if (FINAL_WHEN.test(text)) return "finalReport";
  }
  for (const { kind, pattern } of HEADER_PATTERNS) {
    if (!pattern.test(key)) continue;
    if ((kind === "target" || kind === "targetGeneric") && REVISED_NOTE.test(normalizeWidth(value)))
      return "revisedTarget";
    return kind;
  }
  return null;
}

/**
 * Whether a cell of a header's second row names a part of the column group above it (`数値`, `年度`)
 * rather than a column of its own.
 * @example isSubColumnName("年度") // true
 */
export function isSubColumnName(value: CellValue | undefined): boolean {
  return typeof value === "string" && SUB_COLUMN_NAME.test(headerKey(value));
}
