/**
 * Golden cases for target cells that hold their revision (parseTargetText, parseTargetPair): Japanese
 * inputs beside the reading a person expects, written by hand. Seed 004 says its targets may be revised
 * (注1: 目標値は、第３次総合振興計画（令和８年度～）の策定後に見直す可能性があります); these are the ways a cell
 * keeps both. Only notations whose words say which number is the revision are read; any other second
 * number is refused, naming the part (`parts`).
 */
import type { ExpectedIssues, ValueReading } from "./valueCases";

/** Where the cell stands: a 目標値 cell, or a 基準値 ⇒ 目標値 cell (whose arrow is the pair's). */
export type TargetCellKind = "target" | "pair";

export interface TargetRevisionReading {
  /** The target judged against: the revised one when there is one. */
  target: ValueReading;
  /** The target it replaced, or null. */
  original: ValueReading | null;
  /** A pair's baseline; absent for a 目標値 cell. */
  baseline?: ValueReading;
}

export interface TargetRevisionCase {
  readonly input: string;
  readonly kind: TargetCellKind;
  readonly note?: string;
  readonly expected: TargetRevisionReading | ExpectedIssues;
}

function read(amount: number, unit: string, more: Partial<ValueReading> = {}): ValueReading {
  return {
    amount,
    unit,
    missing: false,
    qualifier: "none",
    period: "snapshot",
    yearTag: null,
    approximate: false,
    warnings: [],
    ...more,
  };
}

function refused(issue: string, part?: string): ExpectedIssues {
  return part === undefined ? { issues: [issue] } : { issues: [issue], parts: [part] };
}

export const TARGET_REVISION_CASES: readonly TargetRevisionCase[] = [
  // --- the revision in brackets after the original
  {
    input: "120件（見直し後 150件）",
    kind: "target",
    expected: { target: read(150, "件"), original: read(120, "件") },
  },
  {
    input: "120件（修正後150件）",
    kind: "target",
    expected: { target: read(150, "件"), original: read(120, "件") },
  },
  {
    input: "12 箇所（R8見直し後 15 箇所）",
    kind: "target",
    note: "the year of the revision is not a value",
    expected: { target: read(15, "箇所"), original: read(12, "箇所") },
  },
  {
    input: "50.0 ％（変更後：45.0 ％以上）",
    kind: "target",
    note: "the revision makes it a floor to keep",
    expected: { target: read(0.45, "%", { qualifier: "at_least" }), original: read(0.5, "%") },
  },
  {
    input: "－（見直し後 1,000 人）",
    kind: "target",
    note: "a target first set at the revision: no original",
    expected: { target: read(1000, "人"), original: null },
  },
  // --- an arrow in a 目標値 cell, labelled as the revision
  {
    input: "120件→150件（R8見直し）",
    kind: "target",
    expected: { target: read(150, "件"), original: read(120, "件") },
  },
  // --- seed 004's pair with the revision of its target
  {
    input: "111 件 ⇒ 120 件（見直し後 150件）",
    kind: "pair",
    expected: { baseline: read(111, "件"), target: read(150, "件"), original: read(120, "件") },
  },
  {
    input: "R4 7,072 ｔ ⇒ 4,352 ｔ（見直し後 4,000 ｔ）",
    kind: "pair",
    expected: {
      baseline: read(7072, "t", { yearTag: 2022 }),
      target: read(4000, "t"),
      original: read(4352, "t"),
    },
  },
  {
    input: "120件→150件（R8見直し）",
    kind: "pair",
    note: "in a pair the arrow is the pair's: 120件 is the baseline, (R8見直し) a note on the target",
    expected: { baseline: read(120, "件"), target: read(150, "件", { yearTag: 2026 }), original: null },
  },
  // --- refused: a second number without words that say it is the revision
  {
    input: "120件→150件",
    kind: "target",
    note: "a pair in a 目標値 cell, or a revision? not guessed",
    expected: refused("value_multiple_numbers", "→150件"),
  },
  { input: "120件（150件）", kind: "target", expected: refused("value_multiple_numbers", "(150件)") },
  {
    input: "120件（見直し予定 150件）",
    kind: "target",
    note: "a revision planned is not a revision made",
    expected: refused("value_multiple_numbers", "(見直し予定 150件)"),
  },
  {
    input: "120件（見直し後 30件増）",
    kind: "target",
    note: "a change, not a level",
    expected: refused("value_relative_change", "（見直し後 30件増）"),
  },
  {
    input: "111件⇒120件→150件（R8見直し）",
    kind: "pair",
    note: "two arrows in a pair",
    expected: refused("pair_unreadable"),
  },
];
