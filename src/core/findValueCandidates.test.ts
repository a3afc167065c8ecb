import { describe, expect, it, test } from "vitest";
import { findValueCandidates, readNumericTargets } from "./findValueCandidates";
import { CANDIDATE_CASES } from "./golden/candidateCases";

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

describe("findValueCandidates on the golden cases (src/core/golden/candidateCases.ts)", () => {
  test.each(CANDIDATE_CASES.map((c) => [c.source, c] as const))("%s", (_source, c) => {
    const found = findValueCandidates(c.report, c.target);
    expect(
      found.map((candidate) => ({
        subItem: candidate.subItem,
        amount: candidate.amount,
        unit: candidate.unit,
        achievementRate: candidate.achievementRate,
        ...(candidate.parts.length > 0 ? { parts: candidate.parts } : {}),
      })),
    ).toEqual(
      c.expected.map((e) => ({
        ...e,
        achievementRate: e.achievementRate === null ? null : expect.closeTo(e.achievementRate, 9),
      })),
    );
  });
});

describe("findValueCandidates: sub-items, sentences, rates and order", () => {
  it("offers a report without markers for the one numeric sub-item of the target, with its rate", () => {
    expect(findValueCandidates("参加者45人", "(1) 講座の開催 (2) 参加者50人以上")).toMatchObject([
      { amount: 45, subItem: 2, achievementRate: 0.9, text: "参加者45人" },
    ]);
  });

  it("offers no sub-item and no rate when the number could answer two sub-items", () => {
    expect(findValueCandidates("30人が参加", "(1) 講座に50人 (2) 研修に40人")).toMatchObject([
      { amount: 30, subItem: null, achievementRate: null },
    ]);
  });

  it("uses the one achievement rule: target ÷ actual for a ceiling (以下)", () => {
    expect(findValueCandidates("超過勤務は月25時間", "月20時間以下")[0]?.achievementRate).toBeCloseTo(
      0.8,
      10,
    );
  });

  it("puts a total stated as such before a partial count", () => {
    expect(
      findValueCandidates("新たに6名が入団し、団員は総勢15名となった", "団員20人").map((c) => c.amount),
    ).toEqual([15, 6]);
  });

  it("puts a number labelled like the target before an unlabelled one", () => {
    expect(findValueCandidates("うち女性は60%、充足率84.3%", "充足率90%").map((c) => c.amount)).toEqual([
      0.843, 0.6,
    ]);
  });

  it("never adds rates: two percentages in a list are offered each on their own", () => {
    expect(findValueCandidates("男性40%、女性60%", "受診率50%").map((c) => c.parts)).toEqual([[], []]);
  });

  it("does not add counts that something other than a list mark separates", () => {
    expect(findValueCandidates("小学校76点を受け付け、中学校3点", "20点以上").map((c) => c.amount)).toEqual([
      76, 3,
    ]);
  });

  it("never offers the earlier value of a change written with an arrow", () => {
    expect(findValueCandidates("会員数:523人(H28年度末)→730人(H30.2月末)", "会員数800人")).toMatchObject([
      { amount: 730 },
    ]);
  });

  it("gives the sentence of the number, and only the phrase of a sentence longer than 80 characters", () => {
    const [short] = findValueCandidates("応募があった。 小学校76点のみ。", "20点");
    expect(short?.text).toBe("小学校76点のみ。");
    const long = `${"あ".repeat(100)}、参加者30人、${"い".repeat(100)}。`;
    expect(findValueCandidates(long, "参加者50人")[0]?.text).toBe("参加者30人");
  });
});

describe("readNumericTargets", () => {
  it("reads each numeric sub-item with its direction, never a capacity or a rate without a number", () => {
    const targets = readNumericTargets(
      "(1) 消防団員の確保（定員1,850人）充足率90% (2) 20点以上の作品 (3) 受診率向上 (4) 超過勤務10時間以下",
    );
    expect(targets.map((t) => [t.subItem, t.target.amount, t.target.unit, t.direction])).toEqual([
      [1, 0.9, "%", "increase"],
      [2, 20, "点", "maintain"],
      [4, 10, "時間", "decrease"],
    ]);
  });

  test.each([null, undefined, "", "受診率向上", "7月に試行開設"])("reads no value in %j", (text) => {
    expect(readNumericTargets(text)).toEqual([]);
  });
});

describe("findValueCandidates with a sub-item that names two values", () => {
  it("offers the number for the sub-item, with no rate, since either value could be meant", () => {
    expect(findValueCandidates("(1) 12件", "(1) 10件又は20件")).toMatchObject([
      { amount: 12, subItem: 1, achievementRate: null },
    ]);
    expect(readNumericTargets("(1) 10件又は20件").map((t) => t.target.amount)).toEqual([10, 20]);
  });
});
