/**
 * Revised targets. A plan's targets may be revised after it is set (seed 004's 注1: 目標値は、第３次総合振興計画
 * の策定後に見直す可能性があります), and lists keep both: a second column (目標値（見直し後）, 修正目標値), or one
 * cell that holds both (`120件（見直し後 150件）`, `120件→150件（R8見直し）`). A row is judged against the
 * revised target; the original is kept beside it. The sheet check and the formulas read a target through
 * this one reading, so both judge against the same number or refuse alike.
 *
 * Only notations that say in words that the second number is the revision are read. Any other cell with a
 * second number stays the value reader's refusal, which names the part it could not read: a wrong target
 * gives a rate that looks real.
 */
import type { Direction } from "./direction";
import { inferDirection } from "./direction";
import type { Issue, ValueIssue } from "./issues";
import type { KpiValue } from "./parseKpiValue";
import { parseKpiValue } from "./parseKpiValue";
import { parseKpiPair, splitAtArrow } from "./parseKpiPair";
import type { Result } from "./result";
import { fail, ok } from "./result";

/** A target cell as read: the target to judge against, and the one it replaced when it was revised. */
export interface TargetReading {
  /** The target judged against: the revised one when there is one. */
  readonly target: KpiValue;
  /** The target as first set, when a revision replaced it; null when there is none (or it was －). */
  readonly original: KpiValue | null;
}

/** A 基準値 ⇒ 目標値 cell whose target may carry its revision (`111 件 ⇒ 120 件（見直し後 150件）`). */
export interface PairReading {
  readonly baseline: KpiValue;
  readonly target: TargetReading;
}

/** A fiscal year before the revision word (`R8`, `令和8年度`, `2026年度の`): when it was revised, not a value. */
const REVISION_YEAR = String.raw`(?:(?:令和|平成|[RHＲＨ])\s*[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2})\s*(?:年度|年)?\s*の?\s*`;
/** The words that say a value is the revision: 見直し後, 修正後, 変更後, 改定後, 改訂後 (見直し alone too). */
const REVISION_WORD = String.raw`(?:見直し後?|見直後|修正後|変更後|改定後|改訂後)`;
/** A label that says the value before it is a revision, without a value of its own: `（R8見直し）`, `（修正後）`. */
const REVISION_LABEL_WORD = String.raw`(?:見直し後?|見直後|修正後?|変更後?|改定後?|改訂後?)`;

/**
 * `…（見直し後 150件）` at the end of a cell: the revised value in brackets after the original. The value
 * starts with its number (or a missing marker) right after the word: `（見直し予定 150件）` is a plan to
 * revise, not a revision, and is left to the value reader's refusal.
 */
const REVISED_IN_BRACKETS = new RegExp(
  String.raw`[（(]\s*(?:${REVISION_YEAR})?${REVISION_WORD}[\s:：]*((?:約|概ね)?[0-9０-９△▲－−].*?)\s*[）)]\s*$`,
  "u",
);
/** `…（R8見直し）` at the end of a cell: a label saying the value (after an arrow) is the revision. */
const REVISION_LABEL = new RegExp(
  String.raw`[（(]\s*(?:${REVISION_YEAR})?${REVISION_LABEL_WORD}\s*[）)]\s*$`,
  "u",
);

/**
 * Reads a target cell that may hold its revision: `120件（見直し後 150件）`, `120件（修正後150件）`,
 * `120件（R8見直し後 150件）`, and, in a target column, `120件→150件（R8見直し）`. A cell without a revision
 * reads as parseKpiValue reads it. A part that cannot be read is refused with the part named (`part`).
 * @example parseTargetText("120件（見直し後 150件）")
 * // { ok: true, value: { target: { amount: 150, unit: "件", … }, original: { amount: 120, unit: "件", … } } }
 * @example parseTargetText("120件（見直し後 30件増）") // fails: value_relative_change, part "（見直し後 30件増）"
 */
export function parseTargetText(input: string | number | boolean | null | undefined): Result<TargetReading> {
  if (typeof input !== "string") return readPlain(input);
  return readRevision(input, true);
}

/**
 * Reads a 基準値 ⇒ 目標値 cell whose target may carry its revision in brackets:
 * `111 件 ⇒ 120 件（見直し後 150件）`. Issues carry the side they concern; a cell without exactly one arrow
 * fails as parseKpiPair fails (`pair_unreadable`).
 * @example parseTargetPair("111 件 ⇒ 120 件（見直し後 150件）").value.target.target.amount // 150
 */
export function parseTargetPair(input: string | null | undefined): Result<PairReading> {
  const text = input ?? "";
  const sides = typeof text === "string" ? splitAtArrow(text) : null;
  if (sides === null) {
    const pair = parseKpiPair(text);
    return pair.ok ? ok({ baseline: pair.value.baseline, target: unrevised(pair.value.target) }) : pair;
  }
  const baseline = parseKpiValue(sides[0]);
  // The arrow of a pair is the baseline's: a second arrow on the target side would have split it.
  const target = readRevision(sides[1], false);
  if (baseline.ok && target.ok) return ok({ baseline: baseline.value, target: target.value });
  const issues: Issue[] = [];
  if (!baseline.ok) for (const issue of baseline.issues) issues.push({ ...issue, side: "baseline" } as Issue);
  if (!target.ok) for (const issue of target.issues) issues.push({ ...issue, side: "target" } as Issue);
  return fail(...issues);
}

/**
 * The reading with a revised-target column's value: a blank (or －) cell there means no revision. A target
 * cell that gives its own revision must agree with the column (same amount and unit), or the row cannot
 * be judged: `target_revision_conflict`.
 * @example withRevisedColumn(read("120件"), value("150件")) // { target: 150件, original: 120件 }
 */
export function withRevisedColumn(reading: TargetReading, column: KpiValue | null): Result<TargetReading> {
  if (column === null || column.missing) return ok(reading);
  if (reading.original !== null) {
    if (sameValue(reading.target, column)) return ok(reading);
    return fail({
      code: "target_revision_conflict",
      original: reading.original.text,
      revised: reading.target.text,
      column: column.text,
    });
  }
  return ok({ target: column, original: reading.target.missing ? null : reading.target });
}

/**
 * What a revision changed that the reader must see: the unit (件 → 人: `target_revision_unit_changed`, no
 * rate then) and the direction (increase → 以下: `target_revision_direction_changed`, judged against the
 * revised target). A value without a unit (a number cell) takes the other's: no change. Empty when the
 * revision keeps both, or there is no revision.
 * @example revisionIssues({ target: read("150人"), original: read("120件") }) // [{ code: "target_revision_unit_changed", … }]
 */
export function revisionIssues(reading: TargetReading, kpiName?: string | null): Issue[] {
  const { original, target } = reading;
  if (original === null || original.missing || target.missing) return [];
  const issues: Issue[] = [];
  const texts = { original: original.text, revised: target.text };
  if (original.unit !== "" && target.unit !== "" && original.unit !== target.unit) {
    issues.push({
      code: "target_revision_unit_changed",
      ...texts,
      originalUnit: original.unit,
      revisedUnit: target.unit,
    });
  }
  const originalDirection: Direction = inferDirection(original, kpiName);
  const revisedDirection: Direction = inferDirection(target, kpiName);
  if (originalDirection !== revisedDirection) {
    issues.push({ code: "target_revision_direction_changed", ...texts, originalDirection, revisedDirection });
  }
  return issues;
}

/** Whether an issue stops the judgement: a revision to another unit leaves nothing to compare. */
export function isBlockingRevisionIssue(issue: Issue): boolean {
  return issue.code === "target_revision_unit_changed" || issue.code === "target_revision_conflict";
}

// ---------------------------------------------------------------------------------------------------

function unrevised(target: KpiValue): TargetReading {
  return { target, original: null };
}

function readPlain(input: string | number | boolean | null | undefined): Result<TargetReading> {
  const result = parseKpiValue(input);
  return result.ok ? ok(unrevised(result.value)) : result;
}

function readRevision(text: string, arrowMeansRevision: boolean): Result<TargetReading> {
  // Most targets hold no revision word: a scan for its first characters spares them the patterns.
  if (!mayHoldRevision(text)) return readPlain(text);
  const inBrackets = REVISED_IN_BRACKETS.exec(text);
  if (inBrackets) {
    return readBoth(text, text.slice(0, inBrackets.index), inBrackets[1] ?? "", inBrackets[0]);
  }
  if (arrowMeansRevision) {
    const label = REVISION_LABEL.exec(text);
    const sides = label ? splitAtArrow(text.slice(0, label.index)) : null;
    if (label && sides) return readBoth(text, sides[0], sides[1], text.slice(label.index));
  }
  return readPlain(text);
}

/**
 * Both targets of a cell. A side that cannot be read refuses the cell, naming that side's part (the
 * bracket of the revision, or the original before it) so the message points at what to fix.
 */
function readBoth(
  text: string,
  originalText: string,
  revisedText: string,
  revisedPart: string,
): Result<TargetReading> {
  const original = parseKpiValue(originalText);
  const revised = parseKpiValue(revisedText);
  if (!original.ok) return fail(...original.issues.map((issue) => inCell(issue, text, originalText)));
  if (!revised.ok) return fail(...revised.issues.map((issue) => inCell(issue, text, revisedPart)));
  if (revised.value.missing) return fail({ code: "value_unreadable", text, part: revisedPart.trim() });
  return ok({ target: revised.value, original: original.value.missing ? null : original.value });
}

/** A side's issue as the whole cell's: the cell's text, and the side's part as the part not read. */
function inCell(issue: ValueIssue, text: string, sidePart: string): ValueIssue {
  const part = "part" in issue && issue.part !== undefined ? issue.part : sidePart.trim();
  if (issue.code === "value_empty") return { code: "value_unreadable", text, part };
  if (issue.code === "value_doubled_unit") return { ...issue, text };
  return { ...issue, text, part };
}

/** Whether the text has 見, 修, 変 or 改, the first characters of every revision word. */
function mayHoldRevision(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x898b || c === 0x4fee || c === 0x5909 || c === 0x6539) return true;
  }
  return false;
}

function sameValue(a: KpiValue, b: KpiValue): boolean {
  return a.amount === b.amount && (a.unit === b.unit || a.unit === "" || b.unit === "");
}
