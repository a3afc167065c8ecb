import { describe, expect, it, test } from "vitest";
import { expectReading } from "../../test/expectReading";
import { TARGET_REVISION_CASES } from "./golden/targetRevisionCases";
import { summarizeValue } from "./golden/valueCases";
import type { KpiValue } from "./parseKpiValue";
import { parseKpiValue } from "./parseKpiValue";
import type { TargetReading } from "./readTargetRevision";
import {
  isBlockingRevisionIssue,
  parseTargetPair,
  parseTargetText,
  revisionIssues,
  withRevisedColumn,
} from "./readTargetRevision";

// Seed 004 (注1): 目標値は、第３次総合振興計画（令和８年度～）の策定後に見直す可能性があります. The notations
// below are the ways a revised target is written beside the original in one cell.

function read(text: string): KpiValue {
  const result = parseKpiValue(text);
  if (!result.ok) throw new Error(`unreadable: ${text}`);
  return result.value;
}

/** A reading as [target amount, target unit, original amount or null]. */
function brief(reading: TargetReading): [number | null, string, number | null] {
  return [reading.target.amount, reading.target.unit, reading.original?.amount ?? null];
}

describe("parseTargetText", () => {
  test.each([
    ["120件（見直し後 150件）", [150, "件", 120]],
    ["120件(見直し後150件)", [150, "件", 120]],
    ["120件（修正後150件）", [150, "件", 120]],
    ["120件（変更後：150件）", [150, "件", 120]],
    ["120件（R8見直し後 150件）", [150, "件", 120]],
    ["120件（令和８年度見直し後 150件）", [150, "件", 120]],
    ["36.4 ％（見直し後 40.0 ％）", [0.4, "%", 0.364]],
    ["4,352 ｔ（見直し後 4,000 ｔ以下）", [4000, "t", 4352]],
    // An arrow in a target cell, labelled as the revision.
    ["120件→150件（R8見直し）", [150, "件", 120]],
    ["120件⇒150件（修正後）", [150, "件", 120]],
    // No original to keep: a target first set at the revision.
    ["－（見直し後 150件）", [150, "件", null]],
    // Without a revision: read as any value.
    ["120 件", [120, "件", null]],
    ["150件（R8見直し）", [150, "件", null]],
    // A revision still to be decided: the target stands.
    ["120件（見直し後は未定）", [120, "件", null]],
  ] as const)("reads %j", (text, expected) => {
    const result = parseTargetText(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      const [amount, unit, original] = brief(result.value);
      expect([amount === null ? null : Math.round(amount * 1e9) / 1e9, unit, original]).toEqual(expected);
    }
  });

  test.each([
    // Two numbers without a word that says which is the revision: refused, the second named.
    ["120件→150件", "value_multiple_numbers", "→150件"],
    ["120件（150件）", "value_multiple_numbers", undefined],
    ["120件（見直し予定 150件）", "value_multiple_numbers", undefined],
    // A revision that cannot be read itself: the bracket is named.
    ["120件（見直し後 30件増）", "value_relative_change", "（見直し後 30件増）"],
    ["120件（見直し後 －）", "value_unreadable", "（見直し後 －）"],
    ["120件（見直し後 150件）（R8）", "value_multiple_numbers", undefined],
    // An original that cannot be read: named too.
    ["R4 120件 2件（見直し後 150件）", "value_multiple_numbers", "2件"],
  ] as const)("refuses %j (%s)", (text, code, part) => {
    const result = parseTargetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.code).toBe(code);
      if (part !== undefined) expect(result.issues[0]).toMatchObject({ part });
      expect(result.issues[0]).toMatchObject({ text });
    }
  });

  it("reads a number cell and an empty one as a target without a revision", () => {
    expect(parseTargetText(120)).toMatchObject({
      ok: true,
      value: { target: { amount: 120 }, original: null },
    });
    expect(parseTargetText(null)).toMatchObject({ ok: true, value: { target: { missing: true } } });
    expect(parseTargetText(true).ok).toBe(false);
  });
});

describe("parseTargetPair", () => {
  it("reads seed 004's pair with the revised target in brackets", () => {
    const result = parseTargetPair("111 件 ⇒ 120 件（見直し後 150件）");
    expect(result).toMatchObject({
      ok: true,
      value: { baseline: { amount: 111 }, target: { target: { amount: 150 }, original: { amount: 120 } } },
    });
  });

  it("keeps a pair's arrow for the baseline: a labelled second arrow is not a revision", () => {
    // In a 基準値 ⇒ 目標値 cell the arrow is the pair's; 120件 is the baseline here.
    expect(parseTargetPair("120件→150件（R8見直し）")).toMatchObject({
      ok: true,
      value: { baseline: { amount: 120 }, target: { target: { amount: 150 }, original: null } },
    });
    expect(parseTargetPair("111件⇒120件→150件（R8見直し）")).toMatchObject({
      ok: false,
      issues: [{ code: "pair_unreadable" }],
    });
  });

  it("names the side of what it cannot read", () => {
    expect(parseTargetPair("111 件 ⇒ 120 件（見直し後 30件増）")).toMatchObject({
      ok: false,
      issues: [{ code: "value_relative_change", side: "target", part: "（見直し後 30件増）" }],
    });
    expect(parseTargetPair("111 件")).toMatchObject({ ok: false, issues: [{ code: "pair_unreadable" }] });
    expect(parseTargetPair(null)).toMatchObject({ ok: false, issues: [{ code: "pair_unreadable" }] });
  });
});

describe("withRevisedColumn", () => {
  const written = (text: string): TargetReading => {
    const result = parseTargetText(text);
    if (!result.ok) throw new Error(text);
    return result.value;
  };

  it("takes the revised column's value, keeping the written target as the original", () => {
    const result = withRevisedColumn(written("120 件"), read("150 件"));
    expect(result).toMatchObject({ ok: true, value: { target: { amount: 150 }, original: { amount: 120 } } });
  });

  it("reads a blank or － revised cell as no revision", () => {
    expect(withRevisedColumn(written("120 件"), null)).toMatchObject({
      ok: true,
      value: { target: { amount: 120 }, original: null },
    });
    expect(withRevisedColumn(written("120 件"), read("－"))).toMatchObject({
      ok: true,
      value: { target: { amount: 120 }, original: null },
    });
  });

  it("refuses two revisions that disagree, and accepts two that agree", () => {
    expect(withRevisedColumn(written("120件（見直し後 150件）"), read("160件"))).toEqual({
      ok: false,
      issues: [{ code: "target_revision_conflict", original: "120件", revised: "150件", column: "160件" }],
    });
    expect(withRevisedColumn(written("120件（見直し後 150件）"), read("150"))).toMatchObject({
      ok: true,
      value: { target: { amount: 150 }, original: { amount: 120 } },
    });
  });
});

describe("revisionIssues", () => {
  it("says a revision to another unit stops the judgement", () => {
    const issues = revisionIssues({ target: read("150 人"), original: read("120 件") });
    expect(issues).toEqual([
      {
        code: "target_revision_unit_changed",
        original: "120 件",
        revised: "150 人",
        originalUnit: "件",
        revisedUnit: "人",
      },
    ]);
    expect(issues.map(isBlockingRevisionIssue)).toEqual([true]);
  });

  it("says a revision that turns the aim around, judged the revised way", () => {
    const issues = revisionIssues({ target: read("100 件以下"), original: read("120 件") });
    expect(issues).toEqual([
      {
        code: "target_revision_direction_changed",
        original: "120 件",
        revised: "100 件以下",
        originalDirection: "increase",
        revisedDirection: "decrease",
      },
    ]);
    expect(issues.map(isBlockingRevisionIssue)).toEqual([false]);
  });

  it("reads the direction with the KPI's name, as the judgement does", () => {
    // ＣＯ２排出量 is a reduction both ways: no change.
    const co2 = { target: read("4,000 ｔ"), original: read("4,352 ｔ") };
    expect(revisionIssues(co2, "行政事務におけるＣＯ２排出量")).toEqual([]);
  });

  it("finds nothing in a revision that keeps unit and direction, a plain number, or no revision", () => {
    expect(revisionIssues({ target: read("150 件"), original: read("120 件") })).toEqual([]);
    expect(revisionIssues({ target: read("150"), original: read("120 件") })).toEqual([]);
    expect(revisionIssues({ target: read("150 件"), original: null })).toEqual([]);
  });
});

describe("the golden target-revision cases", () => {
  test.each(TARGET_REVISION_CASES.map((c) => [c.input, c.kind, c] as const))(
    "reads %j in a %s cell",
    (input, kind, { expected }) => {
      const result =
        kind === "pair"
          ? parseTargetPair(input)
          : (() => {
              const r = parseTargetText(input);
              return r.ok ? { ok: true as const, value: { baseline: null, target: r.value } } : r;
            })();
      if ("issues" in expected) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.issues.map((i) => i.code)).toEqual(expected.issues);
          if (expected.parts)
            expect(result.issues.map((i) => ("part" in i ? (i.part ?? "") : ""))).toEqual(expected.parts);
        }
        return;
      }
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { baseline, target } = result.value;
      expectReading(summarizeValue(target.target), expected.target);
      if (expected.original === null) expect(target.original).toBeNull();
      else expectReading(summarizeValue(target.original as KpiValue), expected.original);
      if (expected.baseline) expectReading(summarizeValue(baseline as KpiValue), expected.baseline);
    },
  );
});
