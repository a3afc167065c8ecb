import { describe, expect, it, test } from "vitest";
import { findValueCandidates } from "./findValueCandidates";

describe("findValueCandidates", () => {
  it("offers the fill rate, not the capacity or the head counts (seed 000, goal 1 item ⑥)", () => {
    expect(
      findValueCandidates(
        "(1) 今年度新たに6名の学生が入団し、学生団員は総勢15名 新たな入団促進事業を推進【充足率84.3%】 (2) 福利厚生の実施化を図るため、今年度から新規4施設を追加し、家族での利用を促進",
        "(1) 消防団員の確保（定員1,850人）充足率90% (2) 消防団員へ周知、利用促進",
      ),
    ).toMatchObject([{ amount: 0.843, unit: "%", label: "充足率", excerpt: "充足率84.3%", subItems: [1] }]);
  });

  it("offers the examination rate, not the as-of date or the months (seed 000, goal 3 item ①)", () => {
    expect(
      findValueCandidates(
        "(5) 健診受診率84.8%(R7.10.1時点)、ヘルスクリーニング未受診者へ個別健診受診勧奨(R7.9～10月) 新規採用職員全員との個別面談(産業カウンセラー・保健師、R7.8月～9月)、管理監督者向けラインケア研修(R7.10月)",
        "(5) 健康診断の受診率向上、受診勧奨相談体制の強化、産業医等面談勧奨の実施",
      ),
    ).toMatchObject([
      { amount: 0.848, unit: "%", label: "受診率", excerpt: "健診受診率84.8%(R7.10.1時点)", subItems: [5] },
    ]);
  });

  test.each([
    // report, target, [amount, unit, label] of each candidate
    ["(3) 高校2校への貸出を実施", "(3) 15校以上への貸出を実施。", [[2, "校", "高校"]]],
    [
      "(1) 8月30日に防災訓練を実施し、5会場で合計1,012人参加",
      "(1) 市民1,000人以上の参加",
      [[1012, "人", ""]],
    ],
    ["(5) 6名が投票事務に従事", "(5) 投票事務従事者10人", [[6, "人", ""]]],
    ["町ホームページのアクセス数 130 万PV", "150万PV", [[1_300_000, "PV", "アクセス数"]]],
    ["受講者1万2600人", "13,000人", [[12_600, "人", "受講者"]]],
    ["コピー用紙 6,878 千枚", "4,322 千枚", [[6_878_000, "枚", "コピー用紙"]]],
    ["庁内約73%の課室で利用", "利用割合80%", [[0.73, "%", "庁内"]]],
    ["充足率84.3%、前年比2.1%増", "充足率90%", [[0.843, "%", "充足率"]]],
    [
      "加入率84.3%、参加率60%",
      "充足率90%",
      [
        [0.843, "%", "加入率"],
        [0.6, "%", "参加率"],
      ],
    ],
    ["目標90%に対し84.3%", "90%", [[0.843, "%", ""]]],
    ["(1) 7月28日に連絡員会議を実施", "(1) 会議を年2回", []],
    ["(R7.10.1時点)", "受診率90%", []],
    ["(1)～(3) 第2回会議を開催", "(1) 3回", []],
    ["交付予定者7名", "交付者10人", []],
  ])("finds in %s for the target %s: %j", (report, target, expected) => {
    expect(findValueCandidates(report, target).map((c) => [c.amount, c.unit, c.label])).toEqual(expected);
  });

  it("pairs sub-items: a number in (2) is not offered for the target of (1)", () => {
    expect(findValueCandidates("(1) 研修を実施 (2) 参加者30人", "(1) 参加者50人 (2) 年2回")).toEqual([]);
  });

  it("offers numbers of a report without markers for any sub-item of the target", () => {
    expect(findValueCandidates("参加者30人", "(1) 年2回 (2) 参加者50人")).toMatchObject([
      { amount: 30, unit: "人", label: "参加者", excerpt: "参加者30人", subItems: null },
    ]);
  });

  it("applies a target without markers to every sub-item of the report", () => {
    expect(findValueCandidates("(1) 20件 (2) 5件", "30件").map((c) => c.subItems)).toEqual([[1], [2]]);
  });

  test.each([
    [null, "充足率90%"],
    [undefined, "充足率90%"],
    ["", "充足率90%"],
    ["充足率84.3%", null],
    ["充足率84.3%", undefined],
    ["充足率84.3%", ""],
    ["充足率84.3%", "消防団員へ周知、利用促進"],
    ["消防団員へ周知", "充足率90%"],
  ])("offers nothing for report %j and target %j", (report, target) => {
    expect(findValueCandidates(report, target)).toEqual([]);
  });

  it("offers nothing for a target that names more than 32 different values: a list, not a target", () => {
    // 33 different kanji, each the label of a rate: 一率90%、丄率90%、…
    const labels = Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x4e00 + i * 7));
    const target = labels.map((label) => `${label}率90%`).join("、");
    expect(findValueCandidates("一率84.3%", target)).toEqual([]);
    expect(findValueCandidates("一率84.3%", target.split("、").slice(0, 32).join("、"))).toHaveLength(1);
  });

  it("keeps an excerpt to its phrase near the number when the report has no break for thousands of characters", () => {
    const [candidate] = findValueCandidates(`${"あ".repeat(10_000)}参加者30人`, "参加者50人");
    expect(candidate?.amount).toBe(30);
    expect(candidate?.excerpt).toBe(`${"あ".repeat(40)}参加者30人`);
  });

  it("skips a number in a capacity note that opened long before it", () => {
    const candidates = findValueCandidates(`（定員${"あ".repeat(5000)}30人）参加者25人`, "参加者50人");
    expect(candidates.map(({ amount, label }) => ({ amount, label }))).toEqual([
      { amount: 25, label: "参加者" },
    ]);
  });
});
