import { describe, expect, test } from "vitest";
import { classifyHeader, headerKey, isSubColumnName } from "./headerSynonyms";

describe("headerKey", () => {
  test.each([
    ["期間・期限\n（いつ・いつまでに）", "期間・期限"],
    [
      "中間報告\n（目標に対する進捗状況・進捗度）及び\n（中間報告の時点で取組項目に対する方法・手段の見直しを行った点）",
      "中間報告及び",
    ],
    ["推進項目のＫＰＩ　※３", "推進項目のKPI"],
    ["基準値　※1\n(R6年度末)", "基準値"],
    ["目標値（（見直し）後）", "目標値"],
    ["期末報告（目標に対する達成状況", "期末報告"],
    ["実績）（R7", "実績)"],
    ["指標(1)(2(3))名(注", "指標名"],
    ["((目標値)", ""],
    ["", ""],
  ])("reads %j as %j", (input, expected) => {
    expect(headerKey(input)).toBe(expected);
  });
});

describe("classifyHeader", () => {
  test.each([
    // goal sheet (重点目標管理シート)
    ["取組項目及び方法・手段（何をどのように）", "initiative"],
    ["取組内容", "initiative"],
    ["期間・期限（いつ・いつまでに）", "period"],
    ["期限", "period"],
    ["実施時期", "period"],
    ["スケジュール", "period"],
    ["数値目標（どの水準まで）", "numericTarget"],
    ["目標", "targetGeneric"],
    ["中間報告（目標に対する進捗状況・進捗度）", "midtermReport"],
    ["中間", "midtermReport"],
    ["期末報告（目標に対する達成状況・達成度）", "finalReport"],
    ["最終報告", "finalReport"],
    ["期末", "finalReport"],
    ["No.", "item"],
    // KPI list
    ["推進事項達成に向けた具体的な取組内容", "initiative"],
    ["推進事項", "initiativeFallback"],
    ["推進項目のＫＰＩ　※３", "kpi"],
    ["成果指標", "kpi"],
    ["基準値　※1", "baseline"],
    ["現状値", "baseline"],
    ["当初値", "baseline"],
    ["目標値　※2\n（R10年度末）", "target"],
    ["R10目標", "targetGeneric"],
    ["基準値 ⇒ 目標値", "baselineTarget"],
    ["現状値→目標値", "baselineTarget"],
    ["実績値", "actualValue"],
    ["実績", "actualValue"],
    ["実績値（確定）", "actualValue"],
    ["R7実績", "actual"],
    ["現況値", "actual"],
    ["状況", "status"],
    ["進捗状況", "status"],
    ["ステータス", "status"],
    // other municipalities' headings
    ["工程", "period"],
    // when work starts or results are checked is no due date (事務事業評価シート, 総合計画 数値目標一覧)
    ["実施期間の開始", null],
    ["開始年度", null],
    ["着手時期", null],
    ["確認時期", null],
    ["実施項目", "initiative"],
    ["施策", "initiativeFallback"],
    ["事務事業名", "initiativeFallback"],
    ["目標（指標）", "targetGeneric"],
    ["今年度の目標", "targetGeneric"],
    ["令和7年度目標", "targetGeneric"],
    ["2025年度 目標", "targetGeneric"],
    ["目標(指標)名", "kpi"],
    ["目標数値", "target"],
    ["令和元年度の現在値", "actual"],
    ["令和6年度実績", "actual"],
    ["単位", "unit"],
    ["進捗状況（上半期）", "midtermReport"],
    ["取組状況（中間）", "midtermReport"],
    ["実績・成果（年度末）", "finalReport"],
    ["成果（下半期）", "finalReport"],
    // a value column whose explanation names a time is still a value column
    ["実績値（R7年度末）", "actualValue"],
    ["実績・成果", "actual"],
  ] as const)("classifies %j as %s", (input, expected) => {
    expect(classifyHeader(input)).toBe(expected);
  });

  test.each([
    // title block of a goal sheet: none of these is a column header
    ["令和7年度 重点目標管理シート"],
    ["重点目標"],
    ["部局名"],
    ["優先順位"],
    ["現況・課題"],
    ["目的・効果"],
    ["該当するSDGsの目標"],
    ["特記事項"],
    ["重点項目"],
    ["推進項目"],
    ["R6年度末"],
    ["①"],
    ["担当課"],
    ["自己評価"],
    ["目標(指標)の説明"],
    // prose that happens to contain 期間 and 目標
    ["第四次行財政改革大綱の推進期間が令和7年度をもって終了することから、新たな目標を定める必要があります。"],
    [""],
    ["   "],
  ])("does not take %j for a header", (input) => {
    expect(classifyHeader(input)).toBeNull();
  });

  test.each([[null], [2025], [true], [undefined]])(
    "returns null for a cell that is not text (%j)",
    (input) => {
      expect(classifyHeader(input)).toBeNull();
    },
  );
});

describe("classifyHeader on a revised target", () => {
  // How a list that keeps both targets heads the second one: the task pane's 目標値を見直す adds
  // `目標値（見直し後）`; the other wordings are the verbs municipal plans use for a revision (見直し, 修正,
  // 変更, 改定), before or after 目標値. No published list of this shape was found to cite.
  test.each([
    ["目標値（見直し後）", "revisedTarget"],
    ["目標値\n(見直し後)", "revisedTarget"],
    ["目標値（修正後）", "revisedTarget"],
    ["目標値（R8見直し）", "revisedTarget"],
    ["目標（変更後）", "revisedTarget"],
    ["見直し後目標値", "revisedTarget"],
    ["見直し後の目標値", "revisedTarget"],
    ["修正目標値", "revisedTarget"],
    ["変更後目標", "revisedTarget"],
    ["変更後の目標値", "revisedTarget"],
    ["改定後目標値 ※2", "revisedTarget"],
    // The target as first set stays the target, and is not 当初値 ⇒ 目標値.
    ["当初目標値", "target"],
    ["目標値（当初）", "target"],
    ["目標値 ※2\n（R10年度末）", "target"],
    ["当初値 ⇒ 目標値", "baselineTarget"],
  ])("reads %j as %j", (input, expected) => {
    expect(classifyHeader(input)).toBe(expected);
  });
});

describe("isSubColumnName", () => {
  test.each([["数値"], ["年度"], ["時点"], ["単位"], ["数値 ※1"]])(
    "takes %j for a part of a column group",
    (input) => {
      expect(isSubColumnName(input)).toBe(true);
    },
  );

  test.each([["R5"], ["111 件"], ["数値目標"], [""], [null], [12]])("does not take %j for one", (input) => {
    expect(isSubColumnName(input)).toBe(false);
  });
});
