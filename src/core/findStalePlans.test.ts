import { describe, expect, it, test } from "vitest";
import { findStalePlans } from "./findStalePlans";

// Seed 000 is a 令和7年度 (FY2025) sheet; the 中間報告 is read on 2025-11-21.
const FY = 2025;
const AS_OF = "2025-11-21";

describe("findStalePlans", () => {
  it("finds a plan for October still said on 21 November, for both sub-items of a broken-off list", () => {
    expect(
      findStalePlans(
        "(1) サイバー攻撃の被害はなく、システムの安定稼働を維持 (2) e-learningを活用し研修を実施予定（10～12月） (3) マイナンバー・情報セキュリティに係る内部監査・ (4) 自己点検を実施予定(10月)",
        FY,
        AS_OF,
      ),
    ).toEqual([
      {
        subItems: [3, 4],
        month: 10,
        year: 2025,
        plannedBy: "2025-10-31",
        excerpt: "マイナンバー・情報セキュリティに係る内部監査・ 自己点検を実施予定(10月)",
      },
    ]);
  });

  test.each([
    ["(2) e-learningを活用し研修を実施予定（10～12月）", "2025-11-21", []],
    ["(2) e-learningを活用し研修を実施予定（10～12月）", "2026-01-01", [12]],
    [
      "(2) 11月に県内先進自治体の視察、日弁連と制度の整備・運用についての意見交換を実施予定",
      "2025-11-21",
      [],
    ],
    [
      "(2) 11月に県内先進自治体の視察、日弁連と制度の整備・運用についての意見交換を実施予定",
      "2025-11-30",
      [],
    ],
    [
      "(2) 11月に県内先進自治体の視察、日弁連と制度の整備・運用についての意見交換を実施予定",
      "2025-12-01",
      [11],
    ],
    ["(1)～(3) 第五次大綱の策定について、5月に行財政改革推進委員会に諮問。12月に答申予定", "2025-11-21", []],
    [
      "(1)～(3) 第五次大綱の策定について、5月に行財政改革推進委員会に諮問。12月に答申予定",
      "2026-01-05",
      [12],
    ],
    [
      "(2) 12月に明るい選挙推進大会を開催する予定で、 実施内容の検討、参加者との調整を進めた。",
      "2025-11-21",
      [],
    ],
    ["(3) (4) 3月の執行に向けて準備を進めた。", "2026-04-01", []],
    ["(3) 制度を構築し運用に係る庁内研修を実施予定", "2026-03-31", []],
    ["10月にパブリックコメントを実施し、今後、市民意見を反映していく予定", "2025-11-21", []],
    ["R7.10月に研修を実施予定", "2025-11-21", [10]],
    ["R7. 10月に研修を実施予定", "2025-11-21", [10]],
    ["令和7年12月～1月に実施予定", "2026-02-01", [1]],
    ["5月から8月まで募集予定", "2025-09-01", [8]],
    ["10月から実施予定", "2026-03-31", []],
    ["10月以降に実施予定", "2026-03-31", []],
    ["交付予定者7名(10月)", "2025-11-21", []],
    ["10月に予定どおり実施した", "2025-11-21", []],
  ])("reads %s on %s as stale for months %j", (text, asOf, months) => {
    expect(findStalePlans(text, FY, asOf).map((plan) => plan.month)).toEqual(months);
  });

  it("gives the plan and its month, and only the 予定 statement, not the done one before it", () => {
    expect(
      findStalePlans(
        "(1)～(2) 総合管理計画の策定について、5月に行財政改革推進委員会に諮問。12月に答申予定 計画(案)を行政管理課で作成し、審議中",
        FY,
        "2026-01-05",
      ),
    ).toEqual([
      { subItems: [1, 2], month: 12, year: 2025, plannedBy: "2025-12-31", excerpt: "12月に答申予定" },
    ]);
  });

  it("maps January to March into the next calendar year", () => {
    expect(findStalePlans("1月に研修を実施予定", FY, "2026-02-01")).toEqual([
      { subItems: null, month: 1, year: 2026, plannedBy: "2026-01-31", excerpt: "1月に研修を実施予定" },
    ]);
    expect(findStalePlans("1月に研修を実施予定", FY, "2025-11-21")).toEqual([]);
  });

  it("honours another fiscal-year start month", () => {
    // A fiscal year that starts in January keeps 3月 in the same calendar year.
    expect(findStalePlans("3月に実施予定", 2025, "2025-04-01", 1).map((plan) => plan.year)).toEqual([2025]);
  });

  it("reports one stale plan per month in a statement", () => {
    expect(findStalePlans("9月に研修を実施予定、9月に監査も予定", FY, AS_OF)).toHaveLength(1);
  });

  test.each([[null], [undefined], [""], ["研修を実施した。"], ["自己点検を実施予定"]])(
    "finds nothing in %j",
    (text) => {
      expect(findStalePlans(text, FY, AS_OF)).toEqual([]);
    },
  );

  test.each([
    ["2025/11/21", 4],
    ["2025-02-30", 4],
    ["", 4],
    [AS_OF, 0],
    [AS_OF, 13],
  ])(
    "throws a RangeError for an as-of date %j or a start month %i the caller got wrong",
    (asOf, startMonth) => {
      expect(() => findStalePlans("10月に実施予定", FY, asOf, startMonth)).toThrow(RangeError);
    },
  );
});
